// The % changes of one result that the chart's hover and the results table show (resultChange, changeFromPrevious):
// from the TM-3 baseline and nadir as of that result and from the result before it, with hand-computed values and
// the edge cases (the first result, a baseline or previous result of 0, another assay).
#include "core/analytics/MarkerAnalysis.h"
#include "tests/core/analytics/MarkerTestData.h"
#include "tests/support/TestSupport.h"

using namespace onco;
using namespace onco::analytics;
using namespace onco::test::markers;

namespace {

/** The series of CA 15-3 of a record and each result's changes, evaluated on that result. */
struct Changes
{
    MarkerSeries series;
    QList<ResultChange> each;
};

Changes changesOf(const PatientRecord& r)
{
    const MarkerSettings settings = MarkerSettings::fromKnowledge(kb());
    Changes c;
    c.series = markerSeries(r, QStringLiteral("CA15-3"), kb(), d("2030-01-01"), settings);
    const QList<MarkerTrend> trends =
        analyseEachResult(c.series, clinical::describeLines(r, kb(), d("2030-01-01")), settings);
    for (const MarkerTrend& t : trends)
        c.each << resultChange(c.series, t);
    return c;
}

}  // namespace

TEST(MarkerChange, FromBaselineNadirAndPreviousHandComputed)
{
    PatientRecord r;
    r.markers = {ca153("2025-01-01", 20.0), ca153("2025-02-01", 16.0), ca153("2025-03-01", 24.0),
                 ca153("2025-04-01", 30.0)};
    const Changes c = changesOf(r);
    ASSERT_EQ(c.each.size(), 4);

    // The first result: the baseline itself (0 %), no nadir yet, nothing before it.
    EXPECT_EQ(c.each[0].index, 0);
    EXPECT_TRUE(c.each[0].isBaseline);
    EXPECT_FALSE(c.each[0].isNadir);
    ASSERT_TRUE(c.each[0].fromBaselinePercent.has_value());
    EXPECT_DOUBLE_EQ(*c.each[0].fromBaselinePercent, 0.0);
    EXPECT_FALSE(c.each[0].fromNadirPercent.has_value());
    EXPECT_FALSE(c.each[0].fromPreviousPercent.has_value());

    // 16: the nadir so far (0 % from itself), 20 % below the baseline and the previous result.
    EXPECT_TRUE(c.each[1].isNadir);
    EXPECT_FALSE(c.each[1].isBaseline);
    EXPECT_DOUBLE_EQ(*c.each[1].fromNadirPercent, 0.0);
    EXPECT_DOUBLE_EQ(*c.each[1].fromBaselinePercent, -20.0);
    EXPECT_DOUBLE_EQ(*c.each[1].fromPreviousPercent, -20.0);

    // 24: (24 − 16) / 16 = +50 % from the nadir and the previous result, (24 − 20) / 20 = +20 % from the baseline.
    EXPECT_FALSE(c.each[2].isNadir);
    EXPECT_DOUBLE_EQ(*c.each[2].fromNadirPercent, 50.0);
    EXPECT_DOUBLE_EQ(*c.each[2].fromBaselinePercent, 20.0);
    EXPECT_DOUBLE_EQ(*c.each[2].fromPreviousPercent, 50.0);

    // 30: +87.5 % from the nadir, +50 % from the baseline, +25 % from 24.
    EXPECT_DOUBLE_EQ(*c.each[3].fromNadirPercent, 87.5);
    EXPECT_DOUBLE_EQ(*c.each[3].fromBaselinePercent, 50.0);
    EXPECT_DOUBLE_EQ(*c.each[3].fromPreviousPercent, 25.0);
    EXPECT_DOUBLE_EQ(*changeFromPrevious(c.series, 3), 25.0);
}

TEST(MarkerChange, AZeroBaselineOrPreviousGivesNoPercentage)
{
    PatientRecord r;
    r.markers = {ca153("2025-01-01", 0.0), ca153("2025-02-01", 5.0), ca153("2025-03-01", 10.0)};
    const Changes c = changesOf(r);
    ASSERT_EQ(c.each.size(), 3);
    EXPECT_TRUE(c.each[0].isBaseline);
    EXPECT_FALSE(c.each[0].fromBaselinePercent.has_value());  // 0 → 0 is no percentage either
    EXPECT_FALSE(c.each[1].fromBaselinePercent.has_value());
    EXPECT_FALSE(c.each[1].fromPreviousPercent.has_value());  // after a 0
    EXPECT_DOUBLE_EQ(*c.each[1].fromNadirPercent, 0.0);       // 5 is the nadir after the baseline
    EXPECT_FALSE(c.each[2].fromBaselinePercent.has_value());
    EXPECT_DOUBLE_EQ(*c.each[2].fromNadirPercent, 100.0);
    EXPECT_DOUBLE_EQ(*c.each[2].fromPreviousPercent, 100.0);
}

TEST(MarkerChange, AnotherAssayIsNotComparedWithTheResultBefore)
{
    PatientRecord r;
    r.markers = {ca153("2025-01-01", 20.0), ca153("2025-02-01", 25.0, 25.0, QStringLiteral("Abbott Architect")),
                 ca153("2025-03-01", 30.0, 25.0, QStringLiteral("Abbott Architect"))};
    const Changes c = changesOf(r);
    ASSERT_EQ(c.each.size(), 3);
    EXPECT_FALSE(comparableResults(c.series, 0, 1));
    EXPECT_TRUE(comparableResults(c.series, 1, 2));
    EXPECT_FALSE(comparableResults(c.series, 2, 3));  // out of range
    EXPECT_FALSE(changeFromPrevious(c.series, 1).has_value());
    EXPECT_FALSE(c.each[1].fromPreviousPercent.has_value());
    EXPECT_FALSE(c.each[1].fromBaselinePercent.has_value());  // TM-3: the baseline is of another assay
    EXPECT_DOUBLE_EQ(*c.each[2].fromPreviousPercent, 20.0);
    EXPECT_FALSE(changeFromPrevious(c.series, 0).has_value());
    EXPECT_FALSE(changeFromPrevious(c.series, 7).has_value());
}

TEST(MarkerChange, TheBaselineOfTheCurrentLine)
{
    // The line starts on 15 Feb: its baseline is the last result before, 50; 30 is 40 % below it.
    PatientRecord r;
    r.therapies = {line("2025-02-15", nullptr, {QStringLiteral("letrozole")})};
    r.markers = {ca153("2025-01-01", 40.0), ca153("2025-02-10", 50.0), ca153("2025-03-10", 30.0)};
    const Changes c = changesOf(r);
    ASSERT_EQ(c.each.size(), 3);
    EXPECT_FALSE(c.each[2].isBaseline);
    EXPECT_TRUE(c.each[2].isNadir);
    EXPECT_DOUBLE_EQ(*c.each[2].fromBaselinePercent, -40.0);
    EXPECT_DOUBLE_EQ(*c.each[2].fromPreviousPercent, -40.0);
}

TEST(MarkerChange, ATrendOutOfRangeGivesNothing)
{
    PatientRecord r;
    r.markers = {ca153("2025-01-01", 20.0)};
    const Changes c = changesOf(r);
    MarkerTrend none;
    const ResultChange change = resultChange(c.series, none);
    EXPECT_EQ(change.index, -1);
    EXPECT_FALSE(change.fromBaselinePercent || change.fromNadirPercent || change.fromPreviousPercent);
}
