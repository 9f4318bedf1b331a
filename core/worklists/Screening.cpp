#include "core/worklists/Screening.h"

#include "core/analytics/MarkerSettings.h"
#include "core/assessments/Recompute.h"
#include "core/knowledge/Knowledge.h"
#include "core/rules/Assess.h"
#include "core/services/RecordReads.h"
#include "core/settings/AppSettings.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/Storage.h"
#include "core/storage/WorklistRepository.h"
#include "core/util/Clock.h"

#include <algorithm>

namespace onco::worklists {

namespace {

constexpr qint64 kSpan = 2000;  // patient ids read at once for an in-memory assessment

/** The actionable options of a summary with since when each holds. */
QList<OptionEntry> optionsOf(const assessments::StoredAssessment& s, const QHash<QString, QDate>& storedSince,
                             const QDate& asOf, bool inMemory)
{
    QList<OptionEntry> out;
    for (const assessments::StoredOption& o : s.options) {
        if (!o.actionable())
            continue;
        // The stored history says since when the option holds. Without a stored "option" row on or before as_of,
        // a summary computed in memory became an option now; a stored one since its own evaluation date.
        QDate since = storedSince.value(o.drug);
        if (!since.isValid())
            since = inMemory ? asOf : s.asOf;
        out.append({o.drug, since, since.isValid() && since.daysTo(asOf) <= kNewOptionDays, o.flags});
    }
    return out;
}

QStringList esr1ActionsOf(const assessments::StoredAssessment& s)
{
    QStringList out;
    for (const QString& a : s.actions)
        if (a == QLatin1String("ESR1_TEST_DUE") || a == QLatin1String("ESR1_RETEST_DUE"))
            out << a;
    return out;
}

}  // namespace

Result<Screening> buildScreening(Storage& storage, const QList<assessments::StoredAssessment>& summaries,
                                 const assessments::Freshness& now, const QSet<qint64>& inMemory)
{
    WorklistRepository& queries = storage.worklists();
    const auto patients = queries.patients();
    if (!patients)
        return patients.error();
    const auto prints = queries.lastPrints();
    if (!prints)
        return prints.error();
    const auto since = queries.optionsSince(now.asOf);
    if (!since)
        return since.error();
    const auto changedByKnowledge = queries.lastKnowledgeChanges(toCode(now.jurisdiction));
    if (!changedByKnowledge)
        return changedByKnowledge.error();

    QHash<qint64, int> byId;
    byId.reserve(summaries.size());
    for (int i = 0; i < summaries.size(); ++i)
        byId.insert(summaries[i].patientId, i);

    Screening out;
    out.asOf = now.asOf;
    out.jurisdiction = now.jurisdiction;
    out.knowledgeVersion = now.knowledgeVersion;
    out.assessedInMemory = int(inMemory.size());
    for (const PatientIdentity& p : patients.value()) {
        if (p.archived)
            continue;
        ++out.screened;
        Entry e;
        e.patientId = p.id;
        e.lastChange = p.updatedAt;
        e.lastPrinted = prints->value(p.id);
        e.knowledgeChanges = changedByKnowledge->value(p.id);
        if (const auto found = byId.constFind(p.id); found != byId.constEnd()) {
            e.summary = summaries[*found];
            e.assessedInMemory = inMemory.contains(p.id);
            if (!e.assessedInMemory && e.summary.isStale(now.asOf, now.knowledgeVersion, now.jurisdiction))
                ++out.stale;
            if (e.summary.deceased.isValid()) {  // on no worklist (issue 14)
                ++out.deceased;
                continue;
            }
            e.options = optionsOf(e.summary, since->value(p.id), now.asOf, e.assessedInMemory);
            e.esr1Actions = esr1ActionsOf(e.summary);
        } else {
            e.summary.patientId = p.id;
            ++out.stale;
        }
        const QList<Kind> kinds = allKinds();
        if (std::none_of(kinds.begin(), kinds.end(), [&](Kind k) { return e.on(k); }))
            continue;
        e.mrn = p.mrn;
        e.name = p.name;
        e.nameLatin = p.nameLatin;
        out.entries.append(std::move(e));
    }
    return out;
}

Result<Screening> WorklistSource::screenStored(const assessments::Freshness& now) const
{
    auto storage = m_connect();
    if (!storage)
        return storage.error();
    return worklists::screenStored(*storage.value(), now);
}

Result<Screening> screenStored(Storage& storage, const assessments::Freshness& now)
{
    const auto stored = storage.assessments().readAll();
    if (!stored)
        return stored.error();
    return buildScreening(storage, stored.value(), now);
}

Result<QList<assessments::StoredAssessment>> assessInMemory(const ServiceContext& cases,
                                                            const QList<qint64>& patientIds,
                                                            const assessments::Freshness& now,
                                                            const std::function<void(int, int)>& progress)
{
    QList<qint64> ids = patientIds;
    std::sort(ids.begin(), ids.end());
    const rules::RuleContext context{now.asOf, now.jurisdiction, cases.knowledge};
    const auto markers = settings::markerSettings(cases.knowledge);
    const QDateTime computedAt = cases.clock.now();
    QList<assessments::StoredAssessment> out;
    out.reserve(ids.size());
    int done = 0;
    while (done < ids.size()) {
        const qint64 first = ids[done];
        int end = done;
        while (end < ids.size() && ids[end] - first < kSpan)
            ++end;
        auto records = readRecordRange(cases.storage.patients(), first, ids[end - 1], true);
        if (!records)
            return records.error();
        for (const PatientRecord& r : records.value())
            if (std::binary_search(ids.begin() + done, ids.begin() + end, r.patient.id))
                out << assessments::summarize(rules::assess(r, context), r, cases.knowledge, markers, computedAt);
        done = end;
        if (progress)
            progress(done, int(ids.size()));
    }
    return out;
}

Result<Screening> screen(const ServiceContext& cases, const ScreenRequest& request)
{
    assessments::AssessmentRepository& store = cases.storage.assessments();
    const auto stale = store.staleIds(request.now);
    if (!stale)
        return stale.error();
    int recomputed = 0;
    if (request.storeSummaries && !stale->isEmpty()) {
        const auto outcome = assessments::recomputeAssessments(cases, stale.value(), request.now, request.progress);
        if (!outcome)
            return outcome.error();
        recomputed = outcome->recomputed;
    }
    auto summaries = store.readAll();
    if (!summaries)
        return summaries.error();
    QSet<qint64> inMemory;
    if (!request.storeSummaries && !stale->isEmpty()) {
        const auto computed = assessInMemory(cases, stale.value(), request.now, request.progress);
        if (!computed)
            return computed.error();
        // Replace the stored summaries that were not current (and add those never stored), keeping id order.
        QHash<qint64, int> position;
        for (int i = 0; i < summaries->size(); ++i)
            position.insert(summaries->at(i).patientId, i);
        for (const assessments::StoredAssessment& s : computed.value()) {
            inMemory.insert(s.patientId);
            if (const auto p = position.constFind(s.patientId); p != position.constEnd())
                summaries.value()[*p] = s;
            else
                summaries.value().append(s);
        }
    }
    auto screening = buildScreening(cases.storage, summaries.value(), request.now, inMemory);
    if (screening)
        screening.value().recomputed = recomputed;
    return screening;
}

}  // namespace onco::worklists
