#pragma once

#include "core/domain/Enums.h"
#include "core/knowledgepack/KnowledgePack.h"
#include "core/storage/Storage.h"

#include <QStringList>

namespace onco {
class Clock;
}

namespace onco::knowledgepack {

struct InstallRequest
{
    QByteArray pack;          ///< the file's bytes
    bool dryRun = false;      ///< check and preview only
    bool allowOlder = false;  ///< install although not newer than the pack in force (rollback)
    QDate asOf;               ///< the patients whose options change are listed for this date …
    Jurisdiction jurisdiction = Jurisdiction::UsFda;        ///< … and jurisdiction (assessed in memory)
    Jurisdiction storedJurisdiction = Jurisdiction::UsFda;  ///< the program's: stored assessments are recomputed in it
};

/** One patient's oral SERD card whose status or flags change with the new knowledge. */
using PatientChange = KnowledgeChange;

struct InstallOutcome
{
    QString fromVersion;
    QString toVersion;
    QStringList changes;  ///< describeChanges()
    bool installed = false;
    InstalledPack pack;
    QList<PatientChange> patients;
    int recomputed = 0;
};

/**
 * Checks a pack, lists what it changes and the patients whose option status or flags change with it, and, unless
 * refused or a dry run, stores it in the database, records the install in the audit trail and recomputes every stored
 * assessment with it. Refuses
 * (InvalidInput, nothing changed) a malformed pack, naming each field, and one not newer than `inForce` unless
 * allowOlder.
 */
Result<InstallOutcome> installKnowledge(Storage& storage, const Clock& clock, const Knowledge& inForce,
                                        const InstallRequest& request);

}  // namespace onco::knowledgepack
