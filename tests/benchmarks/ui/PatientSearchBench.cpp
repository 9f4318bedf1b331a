// Issue 4 goal on the 100,000-patient database: a keystroke in the patient list answers in under 30 ms.
// A keystroke costs one search (the ordered ids of every match) plus the display data of the first screenful.
#include "core/knowledge/Knowledge.h"
#include "core/services/PatientDirectory.h"

#include <benchmark/benchmark.h>

#include "../BenchSupport.h"

using namespace onco;

namespace {

constexpr int kScreenful = 40;

struct DirectorySession
{
    DirectorySession()
        : session(bench::syntheticDatabasePath())
        , directory(*session.db, Knowledge::builtin(), session.clock)
    {
        if (auto s = directory.syncKnowledge(); !s)
            qFatal("%s", qPrintable(s.error().message));
    }
    bench::Session session;
    PatientDirectory directory;
};

DirectorySession& shared()
{
    static DirectorySession s;
    return s;
}

const char* const kTexts[] = {"",   "z",    "zh", "zhang",     "zl",    "zhangl",  "zhang li",
                              "张", "张丽", "丽", "SYN-00500", "50000", "Zhang Li"};

void BM_PatientSearchKeystroke(benchmark::State& state)
{
    PatientDirectory& dir = shared().directory;
    PatientQuery query{QString::fromUtf8(kTexts[state.range(0)])};
    query.advancedOnly = state.range(1) != 0;
    state.SetLabel(QStringLiteral("\"%1\"%2")
                       .arg(query.text, query.advancedOnly ? QStringLiteral(" +advanced") : QString())
                       .toStdString());
    qint64 matches = 0;
    for (auto _ : state) {
        const auto ids = dir.search(query);
        if (!ids) {
            state.SkipWithError(qPrintable(ids.error().message));
            break;
        }
        const auto rows = dir.rows(ids->mid(0, kScreenful));
        benchmark::DoNotOptimize(rows);
        matches = ids->size();
    }
    state.counters["matches"] = double(matches);
}
BENCHMARK(BM_PatientSearchKeystroke)
    ->ArgsProduct({benchmark::CreateDenseRange(0, int(std::size(kTexts)) - 1, 1), {0}})
    ->Args({0, 1})
    ->Args({1, 1})
    ->Unit(benchmark::kMillisecond);

void BM_PatientSearchSorted(benchmark::State& state)
{
    PatientDirectory& dir = shared().directory;
    PatientQuery query;
    query.sort = PatientSort(state.range(0));
    query.order = state.range(1) ? Qt::DescendingOrder : Qt::AscendingOrder;
    for (auto _ : state) {
        const auto ids = dir.search(query);
        benchmark::DoNotOptimize(ids);
    }
}
BENCHMARK(BM_PatientSearchSorted)
    ->ArgsProduct({{int(PatientSort::Name), int(PatientSort::Mrn), int(PatientSort::Age), int(PatientSort::Advanced),
                    int(PatientSort::LastChange)},
                   {0, 1}})
    ->Unit(benchmark::kMillisecond);

void BM_PatientListPage(benchmark::State& state)
{
    PatientDirectory& dir = shared().directory;
    const QList<qint64> ids = dir.search(PatientQuery{}).value().mid(50000, kScreenful);
    for (auto _ : state) {
        const auto rows = dir.rows(ids);
        benchmark::DoNotOptimize(rows);
    }
}
BENCHMARK(BM_PatientListPage)->Unit(benchmark::kMillisecond);

}  // namespace
