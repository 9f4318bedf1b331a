// The open patient's snapshot (OpenPatient): one edit through CaseService reads her record once and runs the rules
// once; the snapshot's record, as_of and assessment agree with the stored record; an old snapshot stays as it was;
// a removed patient is published as unavailable; other patients' changes read nothing.
#include "core/services/PatientSnapshot.h"

#include "core/assessments/AssessmentService.h"
#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"
#include "core/rules/Assess.h"
#include "core/rules/AssessmentJson.h"
#include "core/rules/RuleContext.h"
#include "core/settings/AppSettings.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>

#include <algorithm>

using namespace onco;

namespace {

QByteArray json(const rules::Assessment& a)
{
    return QJsonDocument(rules::assessmentToJson(a, Language::english(), Knowledge::builtin())).toJson();
}

GeneticResult esr1Mutation(qint64 patientId)
{
    GeneticResult g;
    g.patientId = patientId;
    g.date = QDate(2026, 11, 1);
    g.gene = QStringLiteral("ESR1");
    g.variant = QStringLiteral("p.D538G");
    g.result = GeneticOutcome::Mutated;
    g.specimen = Specimen::Plasma;
    g.origin = Origin::Somatic;
    return g;
}

class PatientSnapshotTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        patient = t.service().importRecord(test::sampleRecord(), false).value();
        other = t.service().importRecord(test::sampleRecord(QStringLiteral("T-0002")), false).value();
    }

    test::TempDatabase t;
    OpenPatient open{t.service()};
    qint64 patient = 0;
    qint64 other = 0;
};

}  // namespace

TEST_F(PatientSnapshotTest, NothingIsOpenAtFirst)
{
    EXPECT_EQ(open.snapshot(), nullptr);
    EXPECT_FALSE(open.isReady());
    EXPECT_EQ(open.loads(), 0);
    EXPECT_EQ(open.runs(), 0);
}

TEST_F(PatientSnapshotTest, OpeningAPatientPublishesOneSnapshot)
{
    QSignalSpy published(&open, &OpenPatient::snapshotChanged);
    open.setPatient(patient);
    EXPECT_EQ(published.count(), 1);
    EXPECT_EQ(open.loads(), 1);
    EXPECT_EQ(open.runs(), 1);
    ASSERT_TRUE(open.isReady());
    EXPECT_EQ(open.snapshot()->patientId, patient);

    open.setPatient(0);
    EXPECT_EQ(published.count(), 2);
    EXPECT_EQ(open.snapshot(), nullptr);
    EXPECT_EQ(open.loads(), 1);
}

TEST_F(PatientSnapshotTest, AnEditLoadsTheRecordOnceAndRunsTheRulesOnce)
{
    open.setPatient(patient);
    const int loads = open.loads();
    const int runs = open.runs();
    QSignalSpy published(&open, &OpenPatient::snapshotChanged);

    const auto saved = t.service().save(esr1Mutation(patient));
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();

    EXPECT_EQ(published.count(), 1);
    EXPECT_EQ(open.loads(), loads + 1);
    EXPECT_EQ(open.runs(), runs + 1);
    ASSERT_TRUE(open.isReady());
    EXPECT_TRUE(std::any_of(open.snapshot()->record.genomics.begin(), open.snapshot()->record.genomics.end(),
                            [&](const GeneticResult& g) { return g.id == saved.value(); }));
}

TEST_F(PatientSnapshotTest, AnotherPatientsEditReadsNothing)
{
    open.setPatient(patient);
    const PatientSnapshotPtr before = open.snapshot();
    QSignalSpy published(&open, &OpenPatient::snapshotChanged);

    ASSERT_TRUE(t.service().save(esr1Mutation(other)).ok());

    EXPECT_EQ(published.count(), 0);
    EXPECT_EQ(open.loads(), 1);
    EXPECT_EQ(open.runs(), 1);
    EXPECT_EQ(open.snapshot(), before);
}

TEST_F(PatientSnapshotTest, RecordAsOfAndAssessmentAgree)
{
    open.setPatient(patient);
    ASSERT_TRUE(open.isReady());
    const PatientSnapshot& s = *open.snapshot();
    EXPECT_EQ(s.record, t.service().loadPatient(patient).value());
    EXPECT_EQ(s.asOf, t.clock().today());
    EXPECT_EQ(s.jurisdiction, settings::chooseJurisdiction(std::nullopt, std::nullopt));
    EXPECT_EQ(s.assessment.asOf, s.asOf);
    EXPECT_EQ(s.assessment.jurisdiction, s.jurisdiction);
    EXPECT_EQ(json(s.assessment), json(rules::assess(s.record, {s.asOf, s.jurisdiction, Knowledge::builtin()})));
}

TEST_F(PatientSnapshotTest, OverridesOfAsOfAndJurisdictionPublishANewAssessment)
{
    open.setPatient(patient);
    const QDate day(2025, 6, 30);
    open.setAsOf(day);
    open.setJurisdiction(Jurisdiction::CnNmpa);
    ASSERT_TRUE(open.isReady());
    const PatientSnapshot& s = *open.snapshot();
    EXPECT_EQ(s.asOf, day);
    EXPECT_EQ(s.jurisdiction, Jurisdiction::CnNmpa);
    EXPECT_EQ(s.assessment.asOf, day);
    EXPECT_EQ(s.assessment.jurisdiction, Jurisdiction::CnNmpa);
    EXPECT_EQ(json(s.assessment), json(rules::assess(s.record, {day, Jurisdiction::CnNmpa, Knowledge::builtin()})));

    open.setAsOf({});  // back to today
    EXPECT_EQ(open.snapshot()->asOf, t.clock().today());
}

TEST_F(PatientSnapshotTest, APublishedSnapshotNeverChanges)
{
    open.setPatient(patient);
    const PatientSnapshotPtr before = open.snapshot();
    const PatientRecord recordBefore = before->record;

    ASSERT_TRUE(t.service().save(esr1Mutation(patient)).ok());

    EXPECT_NE(open.snapshot(), before);
    EXPECT_EQ(before->record, recordBefore);
    EXPECT_EQ(open.snapshot()->record.genomics.size(), recordBefore.genomics.size() + 1);
}

TEST_F(PatientSnapshotTest, ARemovedPatientIsPublishedAsUnavailable)
{
    open.setPatient(patient);
    ASSERT_TRUE(open.isReady());
    QSignalSpy published(&open, &OpenPatient::snapshotChanged);

    // CaseService has no way to delete a patient (she is archived instead): the row goes directly, and the removal
    // is announced as the storage layer would.
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.prepare(QStringLiteral("DELETE FROM patients WHERE id = ?")));
    q.addBindValue(patient);
    ASSERT_TRUE(q.exec());
    emit t.service().patientRemoved(patient);

    EXPECT_EQ(published.count(), 1);
    ASSERT_NE(open.snapshot(), nullptr);
    EXPECT_FALSE(open.isReady());
    EXPECT_EQ(open.snapshot()->state, PatientSnapshot::State::Unavailable);
    EXPECT_EQ(open.snapshot()->patientId, patient);
    EXPECT_FALSE(open.snapshot()->problem.isEmpty());
    EXPECT_EQ(open.runs(), 1);  // nothing to assess
}

TEST_F(PatientSnapshotTest, TheStoredAssessmentOfTheOpenPatientComesFromHerSnapshot)
{
    assessments::AssessmentService stored(t.context(), t.service());
    stored.followOpenPatient(open);
    open.setPatient(patient);  // opening stores her assessment (none was stored) without reading her again
    ASSERT_TRUE(open.isReady());
    EXPECT_EQ(stored.loads(), 0);
    ASSERT_TRUE(stored.summary(patient).value().has_value());
    const int loads = open.loads();
    const int runs = open.runs();
    QSignalSpy changed(&stored, &assessments::AssessmentService::assessmentChanged);

    ASSERT_TRUE(t.service().save(esr1Mutation(patient)).ok());  // one edit of the open patient
    EXPECT_EQ(open.loads(), loads + 1);
    EXPECT_EQ(open.runs(), runs + 1);
    EXPECT_EQ(stored.loads(), 0);  // nothing read a second time
    ASSERT_EQ(changed.count(), 1);
    const auto snapshot = open.snapshot();
    const auto row = stored.summary(patient).value();
    ASSERT_TRUE(row.has_value());
    EXPECT_EQ(row->recordUpdatedAt, snapshot->record.patient.updatedAt);
    EXPECT_EQ(row->esr1, snapshot->assessment.esr1);
    EXPECT_TRUE(stored.staleIds()->contains(other));  // other patients are not touched …

    ASSERT_TRUE(t.service().save(esr1Mutation(other)).ok());  // … until they change: read and assessed here
    EXPECT_EQ(stored.loads(), 1);
    EXPECT_FALSE(stored.staleIds()->contains(other));
    EXPECT_EQ(open.loads(), loads + 1);  // and the open patient is not read for it
}
