// Issue 4 goal on the 100,000-patient database: a keystroke in the patient list answers in under 30 ms.
// A keystroke costs one search (the ordered ids of every match) plus the display data of the first screenful.
#include "core/assessments/Recompute.h"
#include "core/knowledge/Knowledge.h"
#include "core/patientlist/ListAssessments.h"
#include "core/patientlist/PatientDirectory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include "../BenchSupport.h"

using namespace onco;

namespace {

constexpr int kScreenful = 40;

struct DirectorySession
{
    DirectorySession()
        : session(bench::syntheticDatabasePath())
        , directory(session.app->storage(), Knowledge::builtin(), session.clock)
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
                    int(PatientSort::LastChange), int(PatientSort::BirthDate), int(PatientSort::Sex),
                    int(PatientSort::OutpatientNumber)},
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

/** The list as the program runs it: on a private copy of the synthetic database with every patient's stored
 *  assessment summary (computed once, some 30 s), the list's assessment source set. */
struct SummarySession
{
    SummarySession()
    {
        const QString source = bench::syntheticDatabasePath();
        path = QDir(dir.path()).filePath(QStringLiteral("list.sqlite"));
        for (const char* suffix : {"", "-wal"})
            if (QFile::exists(source + QLatin1String(suffix)))
                QFile::copy(source + QLatin1String(suffix), path + QLatin1String(suffix));
        session = std::make_unique<bench::Session>(path);
        const assessments::Freshness now{session->clock.today(), Knowledge::builtin().version(), Jurisdiction::UsFda};
        if (!assessments::recomputeStale(session->context(), now))
            qFatal("recompute failed");
        directory = std::make_unique<PatientDirectory>(session->app->storage(), Knowledge::builtin(), session->clock);
        if (auto s = directory->syncKnowledge(); !s)
            qFatal("%s", qPrintable(s.error().message));
        directory->setAssessmentsAvailable(true);
    }
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<bench::Session> session;
    std::unique_ptr<PatientDirectory> directory;
};

SummarySession& withSummaries()
{
    static SummarySession s;
    return s;
}

/** A keystroke with the stored summaries joined: search, chips, and the screenful's rows with their assessments. */
void BM_PatientSearchKeystrokeWithSummary(benchmark::State& state)
{
    PatientDirectory& dir = *withSummaries().directory;
    PatientQuery query{QString::fromUtf8(kTexts[state.range(0)])};
    query.serdOptionOnly = state.range(1) & 1;
    query.actionDueOnly = state.range(1) & 2;
    state.SetLabel(QStringLiteral("\"%1\"%2%3")
                       .arg(query.text, query.serdOptionOnly ? QStringLiteral(" +SERD option") : QString(),
                            query.actionDueOnly ? QStringLiteral(" +action due") : QString())
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
BENCHMARK(BM_PatientSearchKeystrokeWithSummary)
    ->ArgsProduct({{0, 1, 2, 3, 5, 7, 8, 10}, {0, 1, 2}})
    ->Unit(benchmark::kMillisecond);

/** Sorting the whole list by the oral SERD column or the number of due actions (a header click), and a keystroke
 *  while sorted so. */
void BM_PatientSearchSortedBySummary(benchmark::State& state)
{
    PatientDirectory& dir = *withSummaries().directory;
    PatientQuery query{QString::fromUtf8(kTexts[state.range(1)])};
    query.sort = state.range(0) ? PatientSort::DueActions : PatientSort::SerdStatus;
    for (auto _ : state) {
        const auto ids = dir.search(query);
        const auto rows = dir.rows(ids->mid(0, kScreenful));
        benchmark::DoNotOptimize(rows);
    }
}
BENCHMARK(BM_PatientSearchSortedBySummary)->ArgsProduct({{0, 1}, {0, 2, 8}})->Unit(benchmark::kMillisecond);

}  // namespace
