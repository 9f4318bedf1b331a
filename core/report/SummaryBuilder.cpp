#include "core/report/SummaryBuilder.h"

#include "core/knowledge/Knowledge.h"
#include "core/rules/RuleContext.h"
#include "core/services/CaseService.h"
#include "core/settings/AppSettings.h"
#include "core/util/Clock.h"
#include "core/util/UserName.h"

#include <algorithm>

namespace onco::report {

namespace {

template <typename T> void dropAfter(QList<T>& list, const QDate& asOf)
{
    list.removeIf([&](const T& item) { return item.date.isValid() && item.date > asOf; });
}

template <typename T> void byDate(QList<T>& list)
{
    std::stable_sort(list.begin(), list.end(), [](const T& a, const T& b) { return a.date < b.date; });
}

Jurisdiction chooseJurisdiction(const std::optional<Jurisdiction>& chosen)
{
    return settings::chooseJurisdiction(chosen, std::nullopt);
}

}  // namespace

PatientRecord recordAsOf(const PatientRecord& record, const QDate& asOf)
{
    PatientRecord r = record;
    if (r.diagnosis && r.diagnosis->date.isValid() && r.diagnosis->date > asOf)
        r.diagnosis.reset();
    dropAfter(r.biopsies, asOf);
    dropAfter(r.events, asOf);
    dropAfter(r.markers, asOf);
    dropAfter(r.genomics, asOf);
    r.therapies.removeIf([&](const TherapyLine& t) { return t.start > asOf; });
    for (TherapyLine& t : r.therapies)
        if (t.end.isValid() && t.end > asOf) {
            t.end = QDate();
            t.stopReason = StopReason::Unrecorded;
            t.bestResponse = BestResponse::Unrecorded;
        }
    r.medications.removeIf([&](const Medication& m) { return m.start > asOf; });
    for (Medication& m : r.medications)
        if (m.end.isValid() && m.end > asOf)
            m.end = QDate();
    return r;
}

SummaryData buildSummary(const PatientRecord& record, const SummaryOptions& options, const Knowledge& knowledge,
                         const QDate& today, const AssessmentSource& source)
{
    SummaryData data;
    data.asOf = options.asOf.isValid() ? options.asOf : today;
    data.record = recordAsOf(record, data.asOf);
    byDate(data.record.biopsies);
    byDate(data.record.events);
    byDate(data.record.genomics);
    byDate(data.record.markers);
    std::stable_sort(data.record.therapies.begin(), data.record.therapies.end(),
                     [](const TherapyLine& a, const TherapyLine& b) { return a.start < b.start; });
    data.printedOn = today;
    data.printedBy = currentUserName();
    data.hospital = settings::hospitalName();
    data.jurisdiction = chooseJurisdiction(options.jurisdiction);
    data.knowledgeVersion = knowledge.version();
    data.knowledgeLastVerified = knowledge.lastVerified();
    if (source) {
        data.assessment = source(data.record, data.asOf, options.jurisdiction, knowledge);
        if (data.assessment)
            data.jurisdiction = data.assessment->jurisdiction;
    }
    return data;
}

Result<SummaryData> buildSummary(CaseService& service, qint64 patientId, const SummaryOptions& options,
                                 const AssessmentSource& source)
{
    auto record = service.loadPatient(patientId);
    if (!record)
        return record.error();
    return buildSummary(record.value(), options, service.knowledge(), service.clock().today(), source);
}

}  // namespace onco::report
