// installKnowledge(): check, preview, store and audit a knowledge pack, then recompute the stored assessments and
// report the patients whose options changed.
#include "core/knowledgepack/KnowledgeInstall.h"

#include "core/assessments/Recompute.h"
#include "core/knowledgepack/PackText.h"
#include "core/rules/Assess.h"
#include "core/rules/Codes.h"
#include "core/services/RecordReads.h"
#include "core/services/ServiceContext.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/KnowledgeRepository.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/WorklistRepository.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace onco::knowledgepack {

namespace {

/** The patients whose oral SERD status or flags differ between two knowledge packs, assessed in memory (nothing is
 *  stored) on `asOf` under `jurisdiction`, in blocks of patients. */
Result<QList<PatientChange>> changedPatients(Storage& storage, const Knowledge& from, const Knowledge& to,
                                             const QDate& asOf, Jurisdiction jurisdiction)
{
    QList<PatientChange> changes;
    auto identities = storage.worklists().patients();
    if (!identities)
        return identities.error();
    if (identities->isEmpty())
        return changes;
    const qint64 last = identities->back().id;
    constexpr qint64 kBlock = 500;
    for (qint64 first = identities->front().id; first <= last; first += kBlock) {
        auto records = readRecordRange(storage.patients(), first, first + kBlock - 1, false);
        if (!records)
            return records.error();
        for (const PatientRecord& r : *records) {
            const rules::Assessment before = rules::assess(r, {asOf, jurisdiction, from});
            const rules::Assessment after = rules::assess(r, {asOf, jurisdiction, to});
            for (const rules::OptionCard& card : after.options) {
                const rules::OptionCard* was = before.option(card.drug);
                const QStringList now = rules::codesOf(card.flags);
                const QStringList then = was ? rules::codesOf(was->flags) : QStringList();
                if (was && was->status == card.status && now == then)
                    continue;
                PatientChange c;
                c.patientId = r.patient.id;
                c.mrn = r.patient.mrn;
                c.name = QStringList{r.patient.name, r.patient.nameLatin}.join(QLatin1String("  ")).trimmed();
                c.drug = card.drug;
                c.before = was ? rules::optionStatusCode(was->status) : QString();
                c.after = rules::optionStatusCode(card.status);
                for (const QString& f : now)
                    if (!then.contains(f))
                        c.flagsAdded << f;
                for (const QString& f : then)
                    if (!now.contains(f))
                        c.flagsRemoved << f;
                changes << c;
            }
        }
    }
    std::sort(changes.begin(), changes.end(), [](const PatientChange& a, const PatientChange& b) {
        return a.mrn != b.mrn ? a.mrn < b.mrn : a.drug < b.drug;
    });
    return changes;
}

}  // namespace

Result<InstallOutcome> installKnowledge(Storage& storage, const Clock& clock, const Knowledge& inForce,
                                        const InstallRequest& request)
{
    const QStringList problems = checkPack(request.pack, clock.today());
    if (!problems.isEmpty())
        return Error{ErrorKind::InvalidInput, PackText::tr("the knowledge pack is refused:") + QLatin1String("\n  ") +
                                                  problems.join(QLatin1String("\n  "))};
    auto parsed = Knowledge::fromJson(request.pack);
    if (!parsed)
        return parsed.error();
    const Knowledge& pack = *parsed;
    InstallOutcome o;
    o.fromVersion = inForce.version();
    o.toVersion = pack.version();
    if (compareVersions(pack.version(), inForce.version()) <= 0 && !request.allowOlder)
        return Error{
            ErrorKind::InvalidInput,
            PackText::tr("the knowledge pack %1 is not newer than the one in force (%2); use --allow-older to go back "
                         "to it")
                .arg(pack.version(), inForce.version())};
    o.changes = describeChanges(inForce, pack);
    auto patients = changedPatients(storage, inForce, pack, request.asOf, request.jurisdiction);
    if (!patients)
        return patients.error();
    o.patients = *patients;
    if (request.dryRun)
        return o;
    if (storage.isReadOnly())
        return Error{ErrorKind::ReadOnly, PackText::tr("the database is open read-only")};
    // The worklist "Changed by the last knowledge update" lists the cards changed under the program's jurisdiction.
    QList<PatientChange> stored = o.patients;
    if (request.storedJurisdiction != request.jurisdiction) {
        auto other = changedPatients(storage, inForce, pack, request.asOf, request.storedJurisdiction);
        if (!other)
            return other.error();
        stored = *other;
    }
    {
        auto tx = storage.beginWrite();
        if (!tx)
            return tx.error();
        InstalledPack row;
        row.version = pack.version();
        row.lastVerified = pack.lastVerified();
        row.format = QLatin1String(kFormat);
        row.content = request.pack;
        row.installedBy = storage.audit().user();
        row.rollback = compareVersions(pack.version(), inForce.version()) <= 0;
        auto added = storage.knowledgePacks().add(row);
        if (!added)
            return added.error();
        o.pack = *added;
        if (auto s = storage.knowledgePacks().addChanges(o.pack.id, toCode(request.storedJurisdiction), stored); !s)
            return s.error();
        AuditRecord audit;
        audit.action = QStringLiteral("knowledge_install");
        audit.entity = QStringLiteral("knowledge");
        audit.entityId = o.pack.id;
        audit.before = {{QStringLiteral("version"), inForce.version()},
                        {QStringLiteral("last_verified"), inForce.lastVerified().toString(Qt::ISODate)}};
        audit.after = {{QStringLiteral("version"), o.pack.version},
                       {QStringLiteral("last_verified"), o.pack.lastVerified.toString(Qt::ISODate)},
                       {QStringLiteral("sha256"), o.pack.sha256},
                       {QStringLiteral("rollback"), o.pack.rollback}};
        if (auto s = storage.audit().append(audit); !s)
            return s.error();
        if (auto s = (*tx)->commit(); !s)
            return s.error();
    }
    if (auto s = storage.audit().writeHead(); !s)
        return s.error();
    o.installed = true;
    // The stored assessments (the list, the worklists) follow the new knowledge now, for the program's date and
    // jurisdiction; a pack of the same version as before may still differ, so every one is recomputed.
    auto identities = storage.worklists().patients();
    if (!identities)
        return identities.error();
    QList<qint64> ids;
    for (const auto& p : *identities)
        ids << p.id;
    const ServiceContext context{storage, clock, pack};
    auto recomputed =
        assessments::recomputeAssessments(context, ids, {clock.today(), pack.version(), request.storedJurisdiction});
    if (!recomputed)
        return recomputed.error();
    o.recomputed = recomputed->recomputed;
    return o;
}

}  // namespace onco::knowledgepack
