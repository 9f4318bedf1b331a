// The stored assessment summary on 100,000 synthetic patients: the full recompute (what a new day or a new knowledge
// version costs, run in the background), one synchronous recompute after an edit, and the list model's one-query
// read of every summary.
#include "core/assessments/AssessmentService.h"
#include "core/assessments/Recompute.h"
#include "core/knowledge/Knowledge.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include "../BenchSupport.h"

using namespace onco;

namespace {

/** A private copy of the synthetic database (the benchmark writes summaries into it). */
struct Copy
{
    Copy()
    {
        const QString source = bench::syntheticDatabasePath();
        path = QDir(dir.path()).filePath(QStringLiteral("summary.sqlite"));
        for (const char* suffix : {"", "-wal"})
            if (QFile::exists(source + QLatin1String(suffix)))
                QFile::copy(source + QLatin1String(suffix), path + QLatin1String(suffix));
    }
    QTemporaryDir dir;
    QString path;
};

assessments::Freshness freshness(const bench::Session& s)
{
    return {s.clock.today(), Knowledge::builtin().version(), Jurisdiction::UsFda};
}

void BM_SummaryFullRecompute100k(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        Copy copy;
        bench::Session s(copy.path);
        state.ResumeTiming();
        const auto outcome = assessments::recomputeStale(s.context(), freshness(s));
        if (!outcome)
            state.SkipWithError(qPrintable(outcome.error().message));
        else if (outcome->recomputed < 100000)
            state.SkipWithError("fewer patients than expected");
        state.counters["patients"] = outcome ? outcome->recomputed : 0;
    }
}
BENCHMARK(BM_SummaryFullRecompute100k)->Unit(benchmark::kSecond)->Iterations(1);

struct Computed
{
    Computed()
        : session(copy.path)
    {
        if (!assessments::recomputeStale(session.context(), freshness(session)))
            qFatal("recompute failed");
    }
    Copy copy;
    bench::Session session;
};

Computed& computed()
{
    static Computed c;
    return c;
}

void BM_SummaryReadAll100k(benchmark::State& state)
{
    assessments::AssessmentRepository& store = computed().session.app->storage().assessments();
    for (auto _ : state) {
        const auto all = store.readAll();
        if (!all || all->size() < 100000)
            state.SkipWithError("read failed");
        benchmark::DoNotOptimize(all);
    }
}
BENCHMARK(BM_SummaryReadAll100k)->Unit(benchmark::kMillisecond);

void BM_SummaryRecomputeOnePatient(benchmark::State& state)
{
    CaseService& cases = *computed().session.service;
    assessments::AssessmentService service(computed().session.context(), cases);
    service.setJurisdiction(Jurisdiction::UsFda);
    const qint64 id = *cases.findPatientId(bench::middleMrn());
    for (auto _ : state)
        if (!service.recompute(id))
            state.SkipWithError("recompute failed");
}
BENCHMARK(BM_SummaryRecomputeOnePatient)->Unit(benchmark::kMillisecond);

}  // namespace
