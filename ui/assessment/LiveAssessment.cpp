#include "ui/assessment/LiveAssessment.h"

namespace onco {

namespace {

/** What an unavailable snapshot (or none) shows: nothing. */
const PatientSnapshot& empty()
{
    static const PatientSnapshot none;
    return none;
}

}  // namespace

LiveAssessment::LiveAssessment(OpenPatient& open, QObject* parent)
    : QObject(parent)
    , m_open(open)
    , m_snapshot(open.snapshot())
{
    connect(&open, &OpenPatient::snapshotChanged, this, &LiveAssessment::onSnapshotChanged);
}

void LiveAssessment::setAsOf(const QDate& asOf)
{
    m_open.setAsOf(asOf);
}

void LiveAssessment::setJurisdiction(std::optional<Jurisdiction> jurisdiction)
{
    m_open.setJurisdiction(jurisdiction);
}

void LiveAssessment::recompute()
{
    m_open.refresh();
}

void LiveAssessment::onSnapshotChanged()
{
    m_snapshot = m_open.snapshot();
    emit changed();
}

const rules::Assessment& LiveAssessment::assessment() const
{
    return isValid() ? m_snapshot->assessment : empty().assessment;
}

const PatientRecord& LiveAssessment::record() const
{
    return isValid() ? m_snapshot->record : empty().record;
}

const QList<MarkerRiseNote>& LiveAssessment::markerRises() const
{
    return isValid() ? m_snapshot->markerRises : empty().markerRises;
}

const Phrase& LiveAssessment::riseConvention() const
{
    return isValid() ? m_snapshot->riseConvention : empty().riseConvention;
}

CaseService& LiveAssessment::service() const
{
    return m_open.service();
}

}  // namespace onco
