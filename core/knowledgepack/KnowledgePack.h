#pragma once

#include "core/knowledge/Knowledge.h"
#include "core/storage/KnowledgeRepository.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>

#include <memory>
#include <optional>

namespace onco::knowledgepack {

// Knowledge packs (issue 20; format documented in resources/knowledge/README.md): the built-in knowledge data and any
// pack a department installs share one format, `oncocase-knowledge/1`. These functions check a pack, compare two,
// and choose the knowledge in force for a store.

/** The pack formats this program reads. Any change of the structure gets a new one; format 1 packs stay readable. */
inline constexpr const char* kFormat = "oncocase-knowledge/1";

/** Every problem of a pack, each naming its field ("labels[2].criteria[1]: unknown criterion \"SERD-XYZ\""); empty
 *  when the pack can be installed. `today`: last_verified and dates may not lie after it. */
QStringList checkPack(const QByteArray& json, const QDate& today);

/** Compares two versions such as 2026.12.1 part by part, numerically: <0, 0 or >0. */
int compareVersions(const QString& a, const QString& b);

/** What changes from `from` to `to`, one line each: drugs added or removed (or their class), approvals and labels
 *  added, removed or changed, and the counts of the other sections when they differ. Empty when nothing differs. */
QStringList describeChanges(const Knowledge& from, const Knowledge& to);

/** The knowledge a store works with, and where it comes from. */
struct InForce
{
    std::shared_ptr<const Knowledge> knowledge;
    std::optional<InstalledPack> installed;  ///< the store's latest install, also when the built-in pack is newer
    bool fromStore = false;                  ///< the installed pack is in force (else the built-in one)
};

/**
 * The knowledge in force for a store: its installed pack when it is as new as the built-in one or newer, or was
 * installed as a rollback; else the built-in pack (a program upgrade brings newer knowledge). A stored pack that no
 * longer reads is an error (the store was tampered with or damaged).
 */
Result<InForce> knowledgeInForce(KnowledgeRepository& packs, const Knowledge& builtin);

/** Knowledge last verified more than this many days before today is stale: the window and the print say so. */
inline constexpr int kStaleAfterDays = 180;
bool isStale(const Knowledge& knowledge, const QDate& today);

}  // namespace onco::knowledgepack
