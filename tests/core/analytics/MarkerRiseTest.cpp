// TM-4 (confirmed rise), TM-5 (new-line window), TM-6 (correlate with imaging), and the choice of the current line.
#include "core/analytics/MarkerAnalysis.h"
#include "core/caseformat/CaseCodec.h"
#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"
#include "tests/core/analytics/MarkerTestData.h"
#include "tests/support/TestSupport.h"

using namespace onco;
using namespace onco::analytics;
using namespace onco::clinical;
using namespace onco::test::markers;

namespace {

MarkerTrend trendOf(const PatientRecord& r, const char* asOf,
                    const MarkerSettings& s = MarkerSettings::fromKnowledge(kb()))
{
    return analyseMarker(r, QStringLiteral("CA15-3"), kb(), d(asOf), s).trend;
}

PatientRecord caseFile(const QString& path)
{
    QList<CaseError> errors;
    const auto file = CaseCodec(kb(), QDate(2026, 11, 21)).parse(test::readFile(path), errors);
    EXPECT_TRUE(file.has_value()) << (errors.isEmpty() ? "" : errors.first().toString().toStdString());
    return file ? file->record : PatientRecord{};
}

}  // namespace

// --- TM-4 -----------------------------------------------------------------------------------------------------

TEST(MarkerRise, Tm4ExactlyTwentyFivePercentAboveNadirCounts)
{
    PatientRecord r;
    // nadir 18.4; 23.0 is exactly 25 % above it (18.4 × 1.25 is not exact in binary floating point).
    r.markers = {ca153("2025-01-01", 40.0), ca153("2025-02-01", 18.4), ca153("2025-03-01", 23.0, 22.0),
                 ca153("2025-04-01", 23.0, 22.0)};
    const MarkerTrend t = trendOf(r, "2025-12-31");
    EXPECT_EQ(t.nadir, 1);
    EXPECT_NEAR(*t.changeFromNadirPercent, 25.0, 1e-9);
    EXPECT_NEAR(*t.previousChangeFromNadirPercent, 25.0, 1e-9);
    EXPECT_TRUE(t.riseCriteriaMet);
    EXPECT_TRUE(t.markerRise);
    EXPECT_TRUE(t.flags().contains(QStringLiteral("MARKER_RISE")));
}

TEST(MarkerRise, Tm4JustUnderTwentyFivePercentDoesNot)
{
    PatientRecord r;
    r.markers = {ca153("2025-01-01", 40.0), ca153("2025-02-01", 20.0), ca153("2025-03-01", 30.0, 22.0),
                 ca153("2025-04-01", 24.99, 22.0)};  // latest 24.95 % above nadir
    EXPECT_FALSE(trendOf(r, "2025-12-31").markerRise);
    r.markers[2].value = 24.99;  // the previous one under, the latest over
    r.markers[3].value = 30.0;
    const MarkerTrend t = trendOf(r, "2025-12-31");
    EXPECT_FALSE(t.riseCriteriaMet);  // not confirmed
    EXPECT_FALSE(t.markerRise);
}

TEST(MarkerRise, Tm4TheLatestMustBeAboveItsUln)
{
    PatientRecord r;
    r.markers = {ca153("2025-01-01", 40.0), ca153("2025-02-01", 10.0), ca153("2025-03-01", 15.0),
                 ca153("2025-04-01", 20.0)};  // 100 % above nadir, confirmed, but under the ULN of 25
    EXPECT_FALSE(trendOf(r, "2025-12-31").markerRise);
    r.markers[3].value = 25.0;  // at the ULN: not above it
    EXPECT_FALSE(trendOf(r, "2025-12-31").markerRise);
    r.markers[3].value = 25.5;
    EXPECT_TRUE(trendOf(r, "2025-12-31").markerRise);
    r.markers[3].uln = 30.0;  // the result's own ULN decides
    EXPECT_FALSE(trendOf(r, "2025-12-31").markerRise);
}

TEST(MarkerRise, Tm4ThresholdIsSiteConfigurable)
{
    PatientRecord r;
    r.markers = {ca153("2025-01-01", 40.0), ca153("2025-02-01", 20.0), ca153("2025-03-01", 24.0),
                 ca153("2025-04-01", 26.0)};  // previous 20 % above nadir, latest 30 %
    MarkerSettings s = MarkerSettings::fromKnowledge(kb());
    EXPECT_FALSE(trendOf(r, "2025-12-31", s).markerRise);
    s.risePercent = 20.0;
    EXPECT_TRUE(trendOf(r, "2025-12-31", s).markerRise);
}

// --- TM-5 -----------------------------------------------------------------------------------------------------

namespace {
/** A line from 2025-01-01; a confirmed rise whose latest result is on `latest`. */
PatientRecord newLineRecord(const char* latest)
{
    PatientRecord r;
    r.therapies = {line("2025-01-01", nullptr, {QStringLiteral("fulvestrant")})};
    r.markers = {ca153("2024-12-20", 50.0), ca153("2025-01-20", 20.0), ca153("2025-02-15", 30.0), ca153(latest, 32.0)};
    return r;
}
}  // namespace

TEST(MarkerRise, Tm5NoRiseOnDaySixtyAfterANewLine)
{
    const MarkerTrend t = trendOf(newLineRecord("2025-03-02"), "2025-12-31");  // 2025-01-01 + 60 days
    EXPECT_TRUE(t.riseCriteriaMet);
    EXPECT_FALSE(t.markerRise);
    EXPECT_EQ(t.suppressingLineStart, d("2025-01-01"));
    EXPECT_FALSE(t.flags().contains(QStringLiteral("MARKER_RISE")));
}

TEST(MarkerRise, Tm5RiseOnDaySixtyOne)
{
    const MarkerTrend t = trendOf(newLineRecord("2025-03-03"), "2025-12-31");
    EXPECT_TRUE(t.riseCriteriaMet);
    EXPECT_TRUE(t.markerRise);
    EXPECT_FALSE(t.suppressingLineStart.isValid());
}

TEST(MarkerRise, Tm5AnyNewNonSupportiveLineSuppressesButASupportiveOneDoesNot)
{
    PatientRecord r = newLineRecord("2025-06-01");
    r.markers[2].date = d("2025-05-01");
    EXPECT_TRUE(trendOf(r, "2025-12-31").markerRise);
    r.therapies.append(line("2025-05-20", nullptr, {QStringLiteral("zoledronic acid")}));  // supportive
    EXPECT_TRUE(trendOf(r, "2025-12-31").markerRise);
    r.therapies.append(line("2025-05-10", "2025-05-25", {QStringLiteral("capecitabine")}));  // ended, but new
    const MarkerTrend t = trendOf(r, "2025-12-31");
    EXPECT_FALSE(t.markerRise);
    EXPECT_EQ(t.suppressingLineStart, d("2025-05-10"));
}

// --- TM-6 -----------------------------------------------------------------------------------------------------

TEST(MarkerRise, Tm6AsksToCorrelateWithImagingInEitherLanguage)
{
    const PatientRecord r = newLineRecord("2025-03-03");
    const MarkerAnalysis a =
        analyseMarker(r, QStringLiteral("CA15-3"), kb(), d("2025-12-31"), MarkerSettings::fromKnowledge(kb()));
    const Phrase p = correlateWithImaging(QStringLiteral("CA 15-3"), a.series, a.trend);
    ASSERT_FALSE(p.isEmpty());
    EXPECT_EQ(QByteArray(p.context), QByteArray("Analytics"));
    const QString en = p.render(Language::english(), kb());
    EXPECT_TRUE(en.contains(QStringLiteral("CA 15-3 is 60 % above its nadir (20 U/mL on 20 Jan 2025)")))
        << en.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("correlate with imaging")));
    const QString zh = p.render(Language::chinese(), kb());
    EXPECT_TRUE(zh.contains(QStringLiteral("影像"))) << zh.toStdString();
    EXPECT_TRUE(zh.contains(QStringLiteral("2025年1月20日")));

    EXPECT_TRUE(
        correlateWithImaging(QStringLiteral("CA 15-3"), a.series, trendOf(newLineRecord("2025-03-02"), "2025-12-31"))
            .isEmpty());
}

TEST(MarkerRise, Tm4ConventionNoteNamesTheSiteThreshold)
{
    MarkerSettings s = MarkerSettings::fromKnowledge(kb());
    s.risePercent = 20;
    const QString en = riseConventionNote(s).render(Language::english(), kb());
    EXPECT_TRUE(en.contains(QStringLiteral("20 % is a local convention"))) << en.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("60 days")));
    const QString zh = riseConventionNote(s).render(Language::chinese(), kb());
    EXPECT_TRUE(zh.contains(QStringLiteral("20"))) << zh.toStdString();
    EXPECT_NE(zh, en);
}

// --- Current line -----------------------------------------------------------------------------------------------

TEST(CurrentLine, IsTheLatestStartedLineActiveOnTheDay)
{
    PatientRecord r;
    r.therapies = {line("2020-01-01", nullptr, {QStringLiteral("letrozole")}),
                   line("2023-01-01", "2023-04-01", {QStringLiteral("capecitabine")}),
                   line("2024-01-01", nullptr, {QStringLiteral("goserelin")})};  // supportive: never current
    const QList<LineInfo> lines = describeLines(r, kb(), d("2025-01-01"));
    EXPECT_EQ(currentLine(lines, d("2025-01-01"))->recordIndex, 0);  // the active one, not the later ended one
    EXPECT_EQ(currentLine(lines, d("2023-02-01"))->recordIndex, 1);  // both active: the later start
    EXPECT_EQ(currentLine(lines, d("2023-04-01"))->recordIndex, 1);  // the end day is still on the line
    EXPECT_FALSE(currentLine(lines, d("2019-12-31")).has_value());
}

TEST(CurrentLine, WhenNoneIsActiveTheLatestStartedLine)
{
    PatientRecord r;
    r.therapies = {line("2020-01-01", "2021-01-01", {QStringLiteral("tamoxifen")}, Setting::Adjuvant),
                   line("2022-01-01", "2022-06-01", {QStringLiteral("paclitaxel")})};
    const QList<LineInfo> lines = describeLines(r, kb(), d("2025-01-01"));
    EXPECT_EQ(currentLine(lines, d("2025-01-01"))->recordIndex, 1);
    EXPECT_EQ(currentLine(lines, d("2021-06-01"))->recordIndex, 0);  // adjuvant lines count too
}

TEST(CurrentLine, LinesStartingAfterAsOfAreIgnoredAndLaterEndsAreOngoing)
{
    PatientRecord r;
    r.therapies = {line("2024-01-01", "2025-06-01", {QStringLiteral("letrozole")}, Setting::Advanced),
                   line("2025-07-01", nullptr, {QStringLiteral("fulvestrant")})};
    r.therapies[0].stopReason = StopReason::Progression;
    const QList<LineInfo> lines = describeLines(r, kb(), d("2025-03-01"));
    ASSERT_EQ(lines.size(), 1);
    EXPECT_FALSE(lines[0].line.end.isValid());
    EXPECT_EQ(lines[0].line.stopReason, StopReason::Unrecorded);
    r.markers = {ca153("2023-12-01", 30.0), ca153("2024-06-01", 20.0), ca153("2025-02-01", 40.0),
                 ca153("2025-08-01", 80.0)};
    const MarkerTrend t = trendOf(r, "2025-03-01");
    EXPECT_EQ(t.latest, 2);  // the August result is after as_of
    EXPECT_EQ(t.currentLineStart, d("2024-01-01"));
    EXPECT_EQ(t.baseline, 0);
}

TEST(CurrentLine, AdvancedLineNumbersSkipSupportiveAndEarlyLines)
{
    PatientRecord r;
    r.therapies = {line("2022-08-01", nullptr, {QStringLiteral("goserelin"), QStringLiteral("letrozole")}),
                   line("2019-04-20", "2019-09-25", {QStringLiteral("docetaxel")}, Setting::Adjuvant),
                   line("2022-04-15", "2022-07-20", {QStringLiteral("capecitabine")}),
                   line("2022-05-01", nullptr, {QStringLiteral("zoledronic acid")})};
    r.therapies[0].lineNumberOverride = 3;
    const QList<LineInfo> lines = describeLines(r, kb(), d("2025-01-01"));
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[0].recordIndex, 1);
    EXPECT_FALSE(lines[0].advancedNumber.has_value());
    EXPECT_EQ(lines[1].advancedNumber, 1);
    EXPECT_TRUE(lines[2].supportive);
    EXPECT_FALSE(lines[2].advancedNumber.has_value());
    EXPECT_EQ(lines[3].advancedNumber, 2);
    EXPECT_EQ(lines[3].overrideNumber, 3);
    EXPECT_EQ(lines[3].classes, (QList<DrugClass>{DrugClass::Ofs, DrugClass::AI}));
}

// --- No results, and the two reference patients -------------------------------------------------------------------

TEST(MarkerAnalytics, NoResultsGiveAnEmptyAnalysis)
{
    PatientRecord r;
    r.therapies = {line("2025-01-01", nullptr, {QStringLiteral("letrozole")})};
    EXPECT_TRUE(analytesOf(r, kb(), d("2025-12-31")).isEmpty());
    EXPECT_TRUE(analyseMarkers(r, kb(), d("2025-12-31"), MarkerSettings::fromKnowledge(kb())).isEmpty());
    const MarkerTrend t = trendOf(r, "2025-12-31");
    EXPECT_EQ(t.latest, -1);
    EXPECT_EQ(t.baseline, -1);
    EXPECT_TRUE(t.flags().isEmpty());
    r.markers = {ca153("2026-01-01", 30.0)};  // only after as_of
    EXPECT_TRUE(analytesOf(r, kb(), d("2025-12-31")).isEmpty());
    EXPECT_EQ(trendOf(r, "2025-12-31").latest, -1);
}

TEST(MarkerAnalytics, AnalytesInCatalogueOrderThenOthers)
{
    PatientRecord r;
    MarkerResult cea = ca153("2025-01-01", 3.0);
    cea.analyte = QStringLiteral("CEA");
    MarkerResult tps = cea;
    tps.analyte = QStringLiteral("TPS");
    MarkerResult alias = ca153("2025-01-01", 3.0);
    alias.analyte = QStringLiteral("CA 15.3");
    r.markers = {tps, cea, alias};
    EXPECT_EQ(analytesOf(r, kb(), d("2025-12-31")),
              (QStringList{QStringLiteral("CA15-3"), QStringLiteral("CEA"), QStringLiteral("TPS")}));
}

TEST(MarkerAnalytics, Demo0001FallingOnElacestrant)
{
    const PatientRecord r = caseFile(QStringLiteral(ONCO_SOURCE_DIR "/resources/demo/DEMO-0001.json"));
    const MarkerAnalysis a =
        analyseMarker(r, QStringLiteral("CA15-3"), kb(), d("2026-11-21"), MarkerSettings::fromKnowledge(kb()));
    ASSERT_EQ(a.series.points.size(), 22);
    EXPECT_EQ(a.trend.currentLineStart, d("2025-06-05"));
    EXPECT_EQ(a.series.points[a.trend.baseline].result.date, d("2025-05-15"));          // 96.4
    EXPECT_EQ(a.series.points[a.trend.nadir].result.date, d("2026-06-09"));             // 18.4
    EXPECT_NEAR(*a.trend.changeFromBaselinePercent, (18.9 - 96.4) / 96.4 * 100, 1e-9);  // −80.4 %
    EXPECT_NEAR(*a.trend.changeFromNadirPercent, (18.9 - 18.4) / 18.4 * 100, 1e-9);     // +2.7 %
    EXPECT_FALSE(a.trend.markerRise);
    EXPECT_FALSE(a.trend.aboveUln);
    EXPECT_FALSE(a.trend.assayChanged);
}

TEST(MarkerAnalytics, Demo0001ConfirmedRiseOnLetrozoleBeforeTheProgression)
{
    const PatientRecord r = caseFile(QStringLiteral(ONCO_SOURCE_DIR "/resources/demo/DEMO-0001.json"));
    const MarkerAnalysis a =
        analyseMarker(r, QStringLiteral("CA15-3"), kb(), d("2025-05-12"), MarkerSettings::fromKnowledge(kb()));
    EXPECT_EQ(a.trend.currentLineStart, d("2022-08-01"));                       // goserelin + letrozole
    EXPECT_EQ(a.series.points[a.trend.baseline].result.date, d("2022-07-25"));  // 49.3
    EXPECT_EQ(a.series.points[a.trend.nadir].result.date, d("2023-07-12"));     // 17.6
    EXPECT_EQ(a.series.points[a.trend.latest].result.date, d("2025-03-18"));    // 79.8
    EXPECT_NEAR(*a.trend.changeFromNadirPercent, 353.409090909, 1e-6);          // (79.8 − 17.6) / 17.6
    EXPECT_NEAR(*a.trend.previousChangeFromNadirPercent, 248.295454545, 1e-6);  // (61.3 − 17.6) / 17.6
    EXPECT_TRUE(a.trend.markerRise);
    // Eight rising results from the nadir 17.6 to 79.8; fit computed independently: 270.198 days.
    EXPECT_EQ(a.trend.doublingTimeResults, 8);
    EXPECT_NEAR(*a.trend.doublingTimeDays, 270.1977, 1e-3);
}

TEST(MarkerAnalytics, V57TwoResultsOnTheNewLine)
{
    const PatientRecord r = caseFile(test::dataPath(QStringLiteral("vignettes/V57.case.json")));
    const MarkerAnalysis a =
        analyseMarker(r, QStringLiteral("CA15-3"), kb(), d("2025-07-10"), MarkerSettings::fromKnowledge(kb()));
    ASSERT_EQ(a.series.points.size(), 2);
    EXPECT_EQ(a.trend.baseline, 0);  // 96.4 on 2025-05-15, before elacestrant started on 2025-06-05
    EXPECT_EQ(a.trend.nadir, 1);
    EXPECT_NEAR(*a.trend.changeFromBaselinePercent, (41.2 - 96.4) / 96.4 * 100, 1e-9);
    EXPECT_DOUBLE_EQ(*a.trend.changeFromNadirPercent, 0.0);
    EXPECT_TRUE(a.trend.aboveUln);
    EXPECT_FALSE(a.trend.markerRise);
    EXPECT_FALSE(a.trend.assayChanged);  // no assay recorded on either: comparable
}
