#include "core/analytics/MarkerAnalysis.h"
#include "core/knowledge/Knowledge.h"
#include "core/storage/StoredAssessment.h"

namespace onco::assessments {

bool StoredOption::actionable() const
{
    return status == rules::OptionStatus::Option && !flags.contains(QLatin1String("ALREADY_ON")) &&
           !flags.contains(QLatin1String("CURRENT_LINE_NOT_PROGRESSED"));
}

const StoredOption* StoredAssessment::option(const QString& drug) const
{
    for (const StoredOption& o : options)
        if (o.drug == drug)
            return &o;
    return nullptr;
}

bool StoredAssessment::isStale(const QDate& today, const QString& version, Jurisdiction current) const
{
    return asOf != today || knowledgeVersion != version || jurisdiction != current;
}

StoredAssessment summarize(const rules::Assessment& a, qint64 patientId, const QDateTime& recordUpdatedAt,
                           const QDateTime& computedAt)
{
    StoredAssessment s;
    s.patientId = patientId;
    s.asOf = a.asOf;
    s.computedAt = computedAt;
    s.recordUpdatedAt = recordUpdatedAt;
    s.knowledgeVersion = a.knowledgeVersion;
    s.jurisdiction = a.jurisdiction;
    s.advanced = a.advancedDisease;
    s.resistance = a.resistance.overall;
    s.resistanceRule = a.resistance.rule;
    for (const rules::OptionCard& c : a.options)
        s.options.append({c.drug, c.status, rules::codesOf(c.flags)});
    s.actions = a.actionCodes();
    s.deceased = a.deceased;
    s.esr1 = a.esr1;
    s.esr1Date = a.esr1Date;
    if (const rules::AdvancedLine* l = a.currentLine()) {
        s.currentLine = l->numberOverride.value_or(l->number);
        s.currentLineStart = l->start;
        s.currentDrugs = l->drugs;
    }
    return s;
}

bool hasMarkerRise(const PatientRecord& record, const Knowledge& knowledge, const QDate& asOf,
                   const analytics::MarkerSettings& markers)
{
    if (record.markers.isEmpty())
        return false;
    for (const analytics::MarkerAnalysis& m : analytics::analyseMarkers(record, knowledge, asOf, markers))
        if (m.trend.markerRise)
            return true;
    return false;
}

QList<StoredMarkerRise> markerRisesOf(const PatientRecord& record, const Knowledge& knowledge, const QDate& asOf,
                                      const analytics::MarkerSettings& markers)
{
    QList<StoredMarkerRise> rises;
    if (record.markers.isEmpty())
        return rises;
    for (const analytics::MarkerAnalysis& m : analytics::analyseMarkers(record, knowledge, asOf, markers)) {
        const analytics::MarkerTrend& t = m.trend;
        if (!t.markerRise || t.nadir < 0 || t.latest < 0)
            continue;
        const MarkerResult& latest = m.series.points.at(t.latest).result;
        const MarkerInfo* info = knowledge.marker(m.series.analyte);
        StoredMarkerRise r;
        r.analyte = m.series.analyte;
        r.label = info ? info->label : m.series.analyte;
        r.nadir = m.series.points.at(t.nadir).result.value;
        r.latest = latest.value;
        r.unit = latest.unit.trimmed().isEmpty() ? m.series.catalogueUnit : latest.unit.trimmed();
        r.date = latest.date;
        rises.append(r);
    }
    return rises;
}

StoredAssessment summarize(const rules::Assessment& a, const PatientRecord& record, const Knowledge& knowledge,
                           const analytics::MarkerSettings& markers, const QDateTime& computedAt)
{
    StoredAssessment s = summarize(a, record.patient.id, record.patient.updatedAt, computedAt);
    s.markerRises = markerRisesOf(record, knowledge, a.asOf, markers);
    s.markerRise = !s.markerRises.isEmpty();  // the same as hasMarkerRise(): a rise always has a nadir
    return s;
}

}  // namespace onco::assessments
