#include "core/report/SummaryBuilder.h"

#include "core/settings/AppSettings.h"
#include "tests/core/report/ReportTestData.h"
#include "tests/support/TestSupport.h"

using namespace onco;
using namespace onco::report;

TEST(SummaryBuilder, LeavesOutWhatWasNotKnownOnTheAsOfDate)
{
    const PatientRecord full = test::demoRecord(0);
    ASSERT_EQ(full.patient.mrn, QStringLiteral("DEMO-0001"));
    const PatientRecord r = recordAsOf(full, QDate(2025, 5, 1));
    // The progression of 12 May 2025 and the ESR1 test of 20 May 2025 came later.
    EXPECT_EQ(r.events.size(), 3);
    EXPECT_TRUE(r.genomics.isEmpty());
    // Goserelin + letrozole (to 12 May 2025) was still running; elacestrant had not started.
    ASSERT_EQ(r.therapies.size(), 3);
    const TherapyLine& current = r.therapies.last();
    EXPECT_TRUE(current.drugs.contains(QStringLiteral("letrozole")));
    EXPECT_FALSE(current.end.isValid());
    EXPECT_EQ(current.stopReason, StopReason::Unrecorded);
    EXPECT_EQ(current.bestResponse, BestResponse::Unrecorded);
    for (const MarkerResult& m : r.markers)
        EXPECT_LE(m.date, QDate(2025, 5, 1));
    EXPECT_EQ(recordAsOf(full, QDate(2026, 11, 21)), full);
}

TEST(SummaryBuilder, GathersHeaderFactsAndTheAssessment)
{
    const test::SettingGuard hospital(settings::kHospitalName, QStringLiteral("  佛山市第一人民医院 "));
    const test::SettingGuard jurisdiction(settings::kJurisdiction, QStringLiteral("CN-NMPA"));
    const PatientRecord record = test::demoRecord(0);
    SummaryData d = test::summaryOf(record);
    EXPECT_EQ(d.hospital, QStringLiteral("佛山市第一人民医院"));
    EXPECT_EQ(d.jurisdiction, Jurisdiction::CnNmpa);
    EXPECT_EQ(d.printedOn, QDate(2026, 11, 21));
    EXPECT_FALSE(d.printedBy.isEmpty());
    EXPECT_EQ(d.knowledgeVersion, Knowledge::builtin().version());
    EXPECT_FALSE(d.assessment.has_value());

    // The source sees the record as of the date and the jurisdiction asked for; its jurisdiction is printed.
    QDate seenAsOf;
    std::optional<Jurisdiction> seenJurisdiction;
    const AssessmentSource source = [&](const PatientRecord& r, const QDate& asOf, std::optional<Jurisdiction> j,
                                        const Knowledge&) -> std::optional<AssessmentSection> {
        EXPECT_EQ(r.patient.mrn, QStringLiteral("DEMO-0001"));
        seenAsOf = asOf;
        seenJurisdiction = j;
        AssessmentSection a;
        a.jurisdiction = Jurisdiction::Hk;
        return a;
    };
    SummaryOptions options;
    options.jurisdiction = Jurisdiction::EuEma;
    d = buildSummary(record, options, Knowledge::builtin(), QDate(2026, 11, 21), source);
    EXPECT_EQ(d.asOf, QDate(2026, 11, 21));
    EXPECT_EQ(seenAsOf, QDate(2026, 11, 21));
    EXPECT_EQ(seenJurisdiction, Jurisdiction::EuEma);
    ASSERT_TRUE(d.assessment.has_value());
    EXPECT_EQ(d.jurisdiction, Jurisdiction::Hk);
}

TEST(SummaryBuilder, UnknownPatientIsNotFound)
{
    test::TempDatabase t;
    const auto d = buildSummary(t.service(), 4711, SummaryOptions{}, {});
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().kind, ErrorKind::NotFound);
}

TEST(SummaryBuilder, SortsTheCourseByDate)
{
    PatientRecord r = test::demoRecord(0);
    std::reverse(r.therapies.begin(), r.therapies.end());
    std::reverse(r.events.begin(), r.events.end());
    const SummaryData d = test::summaryOf(r);
    for (int i = 1; i < d.record.therapies.size(); ++i)
        EXPECT_LE(d.record.therapies[i - 1].start, d.record.therapies[i].start);
    for (int i = 1; i < d.record.events.size(); ++i)
        EXPECT_LE(d.record.events[i - 1].date, d.record.events[i].date);
}
