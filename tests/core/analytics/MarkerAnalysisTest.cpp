// TM-1 … TM-6 (clinical-rules.md §6) with hand-computed values.
#include "core/analytics/MarkerAnalysis.h"

#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"
#include "tests/core/analytics/MarkerTestData.h"
#include "tests/support/TestSupport.h"

#include <cmath>

using namespace onco;
using namespace onco::analytics;
using namespace onco::test::markers;

namespace {

MarkerAnalysis analyse(const PatientRecord& r, const char* asOf,
                       const MarkerSettings& s = MarkerSettings::fromKnowledge(kb()))
{
    return analyseMarker(r, QStringLiteral("CA15-3"), kb(), d(asOf), s);
}

}  // namespace

// --- TM-1 -----------------------------------------------------------------------------------------------------

TEST(MarkerAnalytics, Tm1KeepsValueUnitUlnAndAssayOfEachResult)
{
    PatientRecord r;
    r.markers = {ca153("2025-02-01", 31.5, 30.0, QStringLiteral("Abbott Architect")), ca153("2025-01-01", 20.0)};
    const MarkerSeries s =
        markerSeries(r, QStringLiteral("CA 15-3"), kb(), d("2025-12-31"), MarkerSettings::fromKnowledge(kb()));
    EXPECT_EQ(s.analyte, QStringLiteral("CA15-3"));
    EXPECT_EQ(s.catalogueUnit, QStringLiteral("U/mL"));
    ASSERT_EQ(s.points.size(), 2);
    EXPECT_EQ(s.points[0].result.date, d("2025-01-01"));  // date order
    EXPECT_EQ(s.points[1].result.value, 31.5);
    EXPECT_EQ(s.points[1].result.unit, QStringLiteral("U/mL"));
    EXPECT_EQ(s.points[1].uln, 30.0);
    EXPECT_EQ(s.points[1].ulnSource, UlnSource::Result);
    EXPECT_EQ(s.points[1].result.assay, QStringLiteral("Abbott Architect"));
}

TEST(MarkerAnalytics, Tm1CatalogueDefaultsAreSiteEditableAndOnlyFillAMissingUln)
{
    const MarkerSettings catalogue = MarkerSettings::fromKnowledge(kb());
    EXPECT_EQ(catalogue.uln(QStringLiteral("CA15-3")), 25.0);
    EXPECT_EQ(catalogue.uln(QStringLiteral("CEA")), 5.0);
    EXPECT_EQ(catalogue.uln(QStringLiteral("CA27.29")), 38.0);
    EXPECT_EQ(catalogue.uln(QStringLiteral("CA125")), 35.0);
    EXPECT_EQ(catalogue.risePercent, 25.0);
    EXPECT_EQ(catalogue.newLineWindowDays, 60);

    PatientRecord r;
    r.markers = {ca153("2025-01-01", 28.0, std::nullopt), ca153("2025-02-01", 28.0, 27.0)};
    MarkerSettings site = catalogue;
    site.defaultUln[QStringLiteral("CA15-3")] = 30.0;
    const MarkerSeries s = markerSeries(r, QStringLiteral("CA15-3"), kb(), d("2025-12-31"), site);
    EXPECT_EQ(s.points[0].uln, 30.0);
    EXPECT_EQ(s.points[0].ulnSource, UlnSource::SiteDefault);
    EXPECT_EQ(s.points[1].uln, 27.0);  // the result's own ULN wins over the site's
    EXPECT_EQ(s.points[1].ulnSource, UlnSource::Result);
}

// --- TM-2 -----------------------------------------------------------------------------------------------------

TEST(MarkerAnalytics, Tm2AboveUlnUsesTheResultsOwnUln)
{
    PatientRecord r;
    r.markers = {ca153("2025-01-01", 28.0, 30.0), ca153("2025-02-01", 28.0, std::nullopt),
                 ca153("2025-03-01", 25.0, 25.0), ca153("2025-04-01", 25.1, 25.0)};
    const MarkerSeries s =
        markerSeries(r, QStringLiteral("CA15-3"), kb(), d("2025-12-31"), MarkerSettings::fromKnowledge(kb()));
    EXPECT_EQ(s.points[0].aboveUln, false);  // 28 under its lab's 30, though over the catalogue's 25
    EXPECT_EQ(s.points[1].aboveUln, true);   // no own ULN: the site default 25
    EXPECT_EQ(s.points[2].aboveUln, false);  // equal to the ULN is not above it
    EXPECT_EQ(s.points[3].aboveUln, true);
    const MarkerAnalysis a = analyse(r, "2025-12-31");
    EXPECT_TRUE(a.trend.aboveUln);
    EXPECT_TRUE(a.trend.flags().contains(QStringLiteral("ABOVE_ULN")));
}

TEST(MarkerAnalytics, Tm2UnknownAnalyteWithoutUlnIsNeitherAboveNorBelow)
{
    PatientRecord r;
    MarkerResult x;
    x.date = d("2025-01-01");
    x.analyte = QStringLiteral("TPS");
    x.value = 120;
    x.unit = QStringLiteral("U/L");
    r.markers = {x};
    const MarkerAnalysis a =
        analyseMarker(r, QStringLiteral("TPS"), kb(), d("2025-12-31"), MarkerSettings::fromKnowledge(kb()));
    ASSERT_EQ(a.series.points.size(), 1);
    EXPECT_EQ(a.series.points[0].ulnSource, UlnSource::None);
    EXPECT_FALSE(a.series.points[0].aboveUln.has_value());
    EXPECT_FALSE(a.trend.aboveUln);
}

// --- TM-3 -----------------------------------------------------------------------------------------------------

TEST(MarkerAnalytics, Tm3BaselineIsTheLastResultOnOrBeforeTheCurrentLineStart)
{
    PatientRecord r;
    r.therapies = {line("2025-03-01", nullptr, {QStringLiteral("letrozole")})};
    r.markers = {ca153("2025-01-10", 60.0), ca153("2025-03-01", 40.0), ca153("2025-04-15", 20.0),
                 ca153("2025-06-01", 30.0)};
    const MarkerAnalysis a = analyse(r, "2025-12-31");
    EXPECT_EQ(a.trend.currentLineStart, d("2025-03-01"));
    EXPECT_EQ(a.trend.currentLine, 0);
    EXPECT_EQ(a.trend.baseline, 1);  // drawn on the day the line started: on or before
    EXPECT_EQ(a.trend.nadir, 2);
    EXPECT_EQ(a.trend.latest, 3);
    EXPECT_DOUBLE_EQ(*a.trend.changeFromBaselinePercent, -25.0);  // (30 − 40) / 40
    EXPECT_DOUBLE_EQ(*a.trend.changeFromNadirPercent, 50.0);      // (30 − 20) / 20
}

TEST(MarkerAnalytics, Tm3BaselineIsTheFirstResultWhenNoneBeforeTheLineOrNoLine)
{
    PatientRecord r;
    r.therapies = {line("2025-03-01", nullptr, {QStringLiteral("letrozole")})};
    r.markers = {ca153("2025-03-20", 50.0), ca153("2025-05-01", 40.0), ca153("2025-06-01", 45.0)};
    MarkerAnalysis a = analyse(r, "2025-12-31");
    EXPECT_EQ(a.trend.baseline, 0);
    EXPECT_EQ(a.trend.nadir, 1);
    EXPECT_DOUBLE_EQ(*a.trend.changeFromBaselinePercent, -10.0);

    r.therapies.clear();
    a = analyse(r, "2025-12-31");
    EXPECT_EQ(a.trend.currentLine, -1);
    EXPECT_EQ(a.trend.baseline, 0);
}

TEST(MarkerAnalytics, Tm3NadirIsTheLowestResultAfterTheBaselineNotTheBaselineItself)
{
    PatientRecord r;
    r.therapies = {line("2025-03-01", nullptr, {QStringLiteral("letrozole")})};
    r.markers = {ca153("2025-02-20", 10.0), ca153("2025-04-01", 30.0), ca153("2025-05-01", 20.0),
                 ca153("2025-06-01", 20.0), ca153("2025-07-01", 26.0)};
    const MarkerAnalysis a = analyse(r, "2025-12-31");
    EXPECT_EQ(a.trend.baseline, 0);
    EXPECT_EQ(a.trend.nadir, 2);  // the earlier of two equal lows; the lower baseline is not the nadir
    EXPECT_DOUBLE_EQ(*a.trend.changeFromNadirPercent, 30.0);
    EXPECT_DOUBLE_EQ(*a.trend.changeFromBaselinePercent, 160.0);
}

TEST(MarkerAnalytics, Tm3OnlyTheBaselineGivesNoNadir)
{
    PatientRecord r;
    r.markers = {ca153("2025-01-01", 30.0)};
    const MarkerAnalysis a = analyse(r, "2025-12-31");
    EXPECT_EQ(a.trend.baseline, 0);
    EXPECT_EQ(a.trend.nadir, -1);
    EXPECT_EQ(a.trend.previous, -1);
    EXPECT_FALSE(a.trend.changeFromNadirPercent.has_value());
    EXPECT_DOUBLE_EQ(*a.trend.changeFromBaselinePercent, 0.0);
    EXPECT_FALSE(a.trend.markerRise);
}

TEST(MarkerAnalytics, Tm3DoublingTimeFromALogLinearFitOfTheLastRisingResults)
{
    PatientRecord r;
    // 10 → 20 → 40 every 30 days: doubling exactly every 30 days.
    r.markers = {ca153("2025-01-01", 50.0), ca153("2025-02-01", 10.0), ca153("2025-03-03", 20.0),
                 ca153("2025-04-02", 40.0)};
    MarkerAnalysis a = analyse(r, "2025-12-31");
    ASSERT_TRUE(a.trend.doublingTimeDays.has_value());
    EXPECT_NEAR(*a.trend.doublingTimeDays, 30.0, 1e-9);
    EXPECT_EQ(a.trend.doublingTimeResults, 3);

    // 10, 15, 30, 40 at days 0, 30, 60, 90: slope = 105 ln2 / 4500 per day, doubling time 4500 / 105 days.
    r.markers = {ca153("2025-01-01", 10.0), ca153("2025-01-31", 15.0), ca153("2025-03-02", 30.0),
                 ca153("2025-04-01", 40.0)};
    a = analyse(r, "2025-12-31");
    ASSERT_TRUE(a.trend.doublingTimeDays.has_value());
    EXPECT_NEAR(*a.trend.doublingTimeDays, 4500.0 / 105.0, 1e-9);
    EXPECT_EQ(a.trend.doublingTimeResults, 4);
}

TEST(MarkerAnalytics, Tm3NoDoublingTimeWithFewerThanThreeRisingResults)
{
    PatientRecord r;
    r.markers = {ca153("2025-01-01", 10.0), ca153("2025-02-01", 20.0)};
    EXPECT_FALSE(analyse(r, "2025-12-31").trend.doublingTimeDays.has_value());
    // A plateau breaks the run: 20 → 20 → 40 is one rise.
    r.markers = {ca153("2025-01-01", 10.0), ca153("2025-02-01", 20.0), ca153("2025-03-01", 20.0),
                 ca153("2025-04-01", 40.0)};
    EXPECT_FALSE(analyse(r, "2025-12-31").trend.doublingTimeDays.has_value());
    // Falling at the end: no doubling time even after earlier rises.
    r.markers = {ca153("2025-01-01", 10.0), ca153("2025-02-01", 20.0), ca153("2025-03-01", 40.0),
                 ca153("2025-04-01", 35.0)};
    EXPECT_FALSE(analyse(r, "2025-12-31").trend.doublingTimeDays.has_value());
    // No results at all.
    EXPECT_FALSE(analyse(PatientRecord{}, "2025-12-31").trend.doublingTimeDays.has_value());
}

TEST(MarkerAnalytics, Tm3ResultsOfAnotherAssayAreNotCompared)
{
    PatientRecord r;
    r.therapies = {line("2025-03-01", nullptr, {QStringLiteral("letrozole")})};
    const QString other = QStringLiteral("Abbott Architect");
    r.markers = {ca153("2025-02-20", 40.0), ca153("2025-04-01", 20.0, 25.0, other),
                 ca153("2025-05-01", 30.0, 25.0, other), ca153("2025-06-01", 36.0, 25.0, other)};
    const MarkerAnalysis a = analyse(r, "2025-12-31");
    EXPECT_TRUE(a.trend.assayChanged);
    EXPECT_TRUE(a.trend.flags().contains(QStringLiteral("ASSAY_CHANGED")));
    EXPECT_FALSE(a.trend.changeFromBaselinePercent.has_value());  // baseline from the other assay
    EXPECT_EQ(a.trend.nadir, 1);                                  // nadir among the same assay
    EXPECT_DOUBLE_EQ(*a.trend.changeFromNadirPercent, 80.0);
    EXPECT_TRUE(a.trend.markerRise);  // 36 and 30 are both >= 25 % above 20, within one assay
}

TEST(MarkerAnalytics, Tm3AssayChangeBetweenTheLastTwoResultsPreventsConfirmation)
{
    PatientRecord r;
    r.markers = {ca153("2025-01-01", 20.0), ca153("2025-02-01", 30.0), ca153("2025-03-01", 40.0),
                 ca153("2025-04-01", 50.0, 25.0, QStringLiteral("Abbott Architect"))};
    const MarkerAnalysis a = analyse(r, "2025-12-31");
    EXPECT_TRUE(a.trend.assayChanged);
    EXPECT_FALSE(a.trend.previousChangeFromNadirPercent.has_value());
    EXPECT_FALSE(a.trend.changeFromBaselinePercent.has_value());
    EXPECT_EQ(a.trend.nadir, 3);  // the only comparable result after the baseline is the evaluated one
    EXPECT_DOUBLE_EQ(*a.trend.changeFromNadirPercent, 0.0);
    EXPECT_FALSE(a.trend.doublingTimeDays.has_value());
    EXPECT_FALSE(a.trend.markerRise);
}

TEST(MarkerAnalytics, Tm3AssayNamesCompareCaseInsensitivelyAndEquivalentUnitsMatch)
{
    PatientRecord r;
    MarkerResult a1 = ca153("2025-01-01", 20.0, 25.0, QStringLiteral("roche  elecsys "));
    MarkerResult a2 = ca153("2025-02-01", 30.0);
    a2.unit = QStringLiteral("kU/L");
    MarkerResult a3 = ca153("2025-03-01", 30.0);
    a3.unit = QString();  // read as the catalogue unit
    r.markers = {a1, a2, a3};
    EXPECT_FALSE(analyse(r, "2025-12-31").trend.assayChanged);
}
