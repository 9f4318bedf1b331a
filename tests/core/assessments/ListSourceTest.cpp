// The patient list over the stored summaries: the chips and sort orders run in SQL and agree with the codes the
// list reads; a recompute changes what the list reads.
#include "core/assessments/AssessmentService.h"
#include "core/demo/DemoData.h"
#include "core/patientlist/ListAssessments.h"
#include "core/patientlist/PatientDirectory.h"
#include "tests/support/TestSupport.h"

using namespace onco;

namespace {

class ListSource : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(importDemoPatients(t.service()).ok());
        const QList<PatientListEntry> patients = t.service().listPatients().value();
        for (const PatientListEntry& p : patients)
            ASSERT_TRUE(summaries.recompute(p.id).ok());
        dir.setAssessmentsAvailable(true);
    }
    QList<qint64> search(PatientQuery q)
    {
        q.includeArchived = true;
        return dir.search(q).value();
    }
    /** DEMO-0004 (on elacestrant) without his elacestrant line: both oral SERDs become options to act on now. */
    qint64 stopElacestrant()
    {
        const qint64 patient = id("DEMO-0004");
        PatientRecord r = t.service().loadPatient(patient).value();
        const auto line = std::find_if(r.therapies.begin(), r.therapies.end(), [](const TherapyLine& l) {
            return l.drugs.contains(QStringLiteral("elacestrant"));
        });
        EXPECT_NE(line, r.therapies.end());
        EXPECT_TRUE(t.service().remove<TherapyLine>(line->id).ok());  // the service recomputes his summary
        return patient;
    }
    QHash<qint64, ListAssessment> all()
    {
        QHash<qint64, ListAssessment> out;
        const QList<PatientListRow> rows = dir.rows(search({})).value();
        for (const PatientListRow& r : rows)
            out.insert(r.patient.id, r.assessment);
        return out;
    }
    qint64 id(const char* mrn) { return t.service().findPatientId(QLatin1String(mrn)).value_or(0); }

    test::TempDatabase t;
    assessments::AssessmentService summaries{t.context(), t.service()};
    PatientDirectory dir{t.storage(), t.service().knowledge(), t.clock()};
};

}  // namespace

TEST_F(ListSource, RowsCarryTheStoredStatusesFlagsAndActions)
{
    const QHash<qint64, ListAssessment> rows = all();
    ASSERT_EQ(rows.size(), 15);
    const ListAssessment& foshan = rows.value(id("DEMO-0001"));
    EXPECT_TRUE(foshan.present);
    EXPECT_TRUE(foshan.serdStatuses.contains(QStringLiteral("elacestrant:option")))
        << foshan.serdStatuses.join(' ').toStdString();
    // DEMO-0001 is on elacestrant now.
    EXPECT_TRUE(foshan.serdFlags.contains(QStringLiteral("elacestrant:ALREADY_ON")));
    EXPECT_EQ(patientlist::serdRank(foshan), 1);
    for (auto it = rows.begin(); it != rows.end(); ++it)  // DEMO-0012 died: no option cards
        EXPECT_EQ(it->serdStatuses.size(), it.key() == id("DEMO-0012") ? 0 : 2);
    EXPECT_EQ(rows.value(id("DEMO-0012")).deceased, QDate(2016, 5, 2));
}

TEST_F(ListSource, ChipsSelectWhatTheRowsSay)
{
    stopElacestrant();
    const QHash<qint64, ListAssessment> rows = all();
    QList<qint64> actionable, due;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        if (patientlist::serdRank(*it) == 0)
            actionable << it.key();
        if (!it->dueActions.isEmpty())
            due << it.key();
    }
    EXPECT_FALSE(actionable.isEmpty());
    EXPECT_FALSE(due.isEmpty());
    PatientQuery q;
    q.serdOptionOnly = true;
    QList<qint64> found = search(q);
    std::sort(found.begin(), found.end());
    std::sort(actionable.begin(), actionable.end());
    EXPECT_EQ(found, actionable);
    q = {};
    q.actionDueOnly = true;
    found = search(q);
    std::sort(found.begin(), found.end());
    std::sort(due.begin(), due.end());
    EXPECT_EQ(found, due);
}

TEST_F(ListSource, SortsBySerdRankAndByTheNumberOfDueActionsInSql)
{
    stopElacestrant();
    const QHash<qint64, ListAssessment> rows = all();
    ASSERT_TRUE(dir.canSort(PatientSort::SerdStatus));
    ASSERT_TRUE(dir.canSort(PatientSort::DueActions));
    PatientQuery q;
    q.sort = PatientSort::SerdStatus;
    const QList<qint64> bySerd = search(q);
    ASSERT_EQ(bySerd.size(), 15);  // archived ones too
    QSet<int> ranks;
    for (int i = 0; i < bySerd.size(); ++i) {
        ranks.insert(patientlist::serdRank(rows.value(bySerd[i])));
        if (i > 0) {
            EXPECT_LE(patientlist::serdRank(rows.value(bySerd[i - 1])), patientlist::serdRank(rows.value(bySerd[i])));
        }
    }
    EXPECT_GE(ranks.size(), 3);  // the demo covers several situations
    q.order = Qt::DescendingOrder;
    const QList<qint64> reversed = search(q);
    EXPECT_GE(patientlist::serdRank(rows.value(reversed.front())), patientlist::serdRank(rows.value(reversed.back())));

    q = {};
    q.sort = PatientSort::DueActions;
    const QList<qint64> byDue = search(q);
    for (int i = 1; i < byDue.size(); ++i)
        EXPECT_GE(rows.value(byDue[i - 1]).dueActions.size(), rows.value(byDue[i]).dueActions.size());
    EXPECT_GT(rows.value(byDue.front()).dueActions.size(), 0);
}

TEST_F(ListSource, APatientWithoutASummarySortsLastAndShowsNothing)
{
    PatientRecord r = test::sampleRecord(QStringLiteral("T-NOSUM"));
    const auto stored = t.service().importRecord(r, false);  // summaries follow the service: remove hers
    ASSERT_TRUE(stored.ok());
    ASSERT_TRUE(
        t.db().exec(QStringLiteral("DELETE FROM assessment_summaries WHERE patient_id = %1").arg(stored.value())).ok());
    PatientQuery q;
    q.sort = PatientSort::SerdStatus;
    EXPECT_EQ(search(q).back(), stored.value());
    q.sort = PatientSort::DueActions;
    EXPECT_EQ(search(q).back(), stored.value());
    const ListAssessment a = all().value(stored.value());
    EXPECT_FALSE(a.present);
    EXPECT_EQ(patientlist::serdRank(a), 5);
}

TEST_F(ListSource, ARecomputeChangesWhatTheListReads)
{
    EXPECT_EQ(patientlist::serdRank(all().value(id("DEMO-0004"))), 1);
    const qint64 patient = stopElacestrant();
    const ListAssessment a = all().value(patient);
    EXPECT_FALSE(a.serdFlags.contains(QStringLiteral("elacestrant:ALREADY_ON")));
    EXPECT_EQ(patientlist::serdRank(a), 0);
}
