// Marker analytics on one patient: what opening the marker chart or the timeline computes.
// Goal (product.md): opening a patient < 50 ms, so the analytics of a typical patient should stay well under 1 ms
// and a patient with 2,000 results (every result analysed as of itself, for the hover) under 50 ms.
#include "core/analytics/MarkerAnalysis.h"
#include "core/caseformat/CaseCodec.h"
#include "core/knowledge/Knowledge.h"

#include <QFile>

#include <benchmark/benchmark.h>
#include <cmath>

using namespace onco;
using namespace onco::analytics;

namespace {

PatientRecord demoPatient()
{
    QFile f(QStringLiteral(":/demo/DEMO-0001.json"));
    f.open(QIODevice::ReadOnly);
    QList<CaseError> errors;
    const auto file = CaseCodec(Knowledge::builtin(), QDate(2026, 11, 21)).parse(f.readAll(), errors);
    return file ? file->record : PatientRecord{};
}

PatientRecord manyResults(int count)
{
    PatientRecord r;
    TherapyLine line;
    line.start = QDate(2015, 1, 1);
    line.drugs = {QStringLiteral("letrozole"), QStringLiteral("palbociclib")};
    r.therapies << line;
    for (int i = 0; i < count; ++i) {
        MarkerResult m;
        m.date = QDate(2015, 1, 2).addDays(2 * i);
        m.analyte = QStringLiteral("CA15-3");
        m.value = 25 + 15 * std::sin(i / 60.0);
        m.unit = QStringLiteral("U/mL");
        m.uln = 25;
        r.markers << m;
    }
    return r;
}

void BM_AnalyseMarkersDemo0001(benchmark::State& state)
{
    const PatientRecord record = demoPatient();
    const MarkerSettings settings = MarkerSettings::fromKnowledge(Knowledge::builtin());
    for (auto _ : state)
        benchmark::DoNotOptimize(analyseMarkers(record, Knowledge::builtin(), QDate(2026, 11, 21), settings));
}
BENCHMARK(BM_AnalyseMarkersDemo0001)->Unit(benchmark::kMicrosecond);

void BM_AnalyseEachResult(benchmark::State& state)
{
    const PatientRecord record = manyResults(int(state.range(0)));
    const MarkerSettings settings = MarkerSettings::fromKnowledge(Knowledge::builtin());
    const QDate asOf(2026, 11, 21);
    const QList<clinical::LineInfo> lines = clinical::describeLines(record, Knowledge::builtin(), asOf);
    for (auto _ : state) {
        const MarkerSeries series =
            markerSeries(record, QStringLiteral("CA15-3"), Knowledge::builtin(), asOf, settings);
        benchmark::DoNotOptimize(analyseEachResult(series, lines, settings));
    }
}
BENCHMARK(BM_AnalyseEachResult)->Arg(22)->Arg(2000)->Unit(benchmark::kMillisecond);

}  // namespace
