#pragma once

#include <QJsonObject>
#include <QStringList>

namespace onco::test {

/**
 * Compares an assessment document (case-format.md §2) with a vignette's expected file (tests/data/vignettes/README.md):
 * exact advanced_disease, overall/adjuvant/first_line/rule (a null must be null), *_include codes present, *_exclude
 * codes absent, per drug the exact option status and the status of each named criterion. Keys the expected file
 * leaves out are not checked. Returns one line per difference; empty when everything matches.
 */
QStringList checkVignette(const QJsonObject& expected, const QJsonObject& assessment);

/** Every vignette id (V01 …) in tests/data/vignettes. */
QStringList vignetteIds();

}  // namespace onco::test
