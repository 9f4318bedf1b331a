#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace onco::clinical {

/** The AJCC anatomic stage groups a diagnosis may be recorded with ("0", "I", "IA" … "IIIC", "IV"); the main
 *  groups without a letter are kept for records that only have them. */
const QStringList& stageGroups();

/**
 * The stage group `text` stands for: Roman or Arabic numerals, any letter case or width, with or without "Stage"
 * or 期 ("Stage IIa", "2A", "ⅡA期", "4" → "IIA", "IIA", "IIA", "IV"); IVA–IVC are stage IV (spec §1 ADV-1).
 * An empty text is "" (not recorded); anything else is nullopt (unknown: refused with a field message).
 */
std::optional<QString> normalizeStage(const QString& text);

}  // namespace onco::clinical
