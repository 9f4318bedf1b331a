// Screening 100,000 synthetic patients for the worklists (product.md §8; goal under 3 s): from current stored
// summaries (what `oncocase screen` does on a day the window already brought them up to date), the window's read of
// the stored summaries, the CSV of all lists, and the worst case of assessing everyone in memory (another date or
// jurisdiction, or a read-only database).
#include "core/assessments/Recompute.h"
#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"
#include "core/worklists/Screening.h"
#include "core/worklists/WorklistExport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include "../BenchSupport.h"

using namespace onco;

namespace {

assessments::Freshness freshness(const bench::Session& s, Jurisdiction j = Jurisdiction::UsFda)
{
    return {s.clock.today(), Knowledge::builtin().version(), j};
}

/** A private copy of the synthetic database with every summary current (computed once, outside the timings). */
struct Current
{
    Current()
    {
        const QString source = bench::syntheticDatabasePath();
        path = QDir(dir.path()).filePath(QStringLiteral("worklists.sqlite"));
        for (const char* suffix : {"", "-wal"})
            if (QFile::exists(source + QLatin1String(suffix)))
                QFile::copy(source + QLatin1String(suffix), path + QLatin1String(suffix));
        session = std::make_unique<bench::Session>(path);
        if (!assessments::recomputeStale(session->context(), freshness(*session)))
            qFatal("recompute failed");
    }
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<bench::Session> session;
};

Current& current()
{
    static Current c;
    return c;
}

void count(benchmark::State& state, const worklists::Screening& s)
{
    state.counters["screened"] = s.screened;
    state.counters["serd"] = s.count(worklists::Kind::SerdOption);
    state.counters["esr1"] = s.count(worklists::Kind::Esr1Test);
    state.counters["rise"] = s.count(worklists::Kind::MarkerRise);
    state.counters["unprinted"] = s.count(worklists::Kind::NotPrinted);
}

/** `oncocase screen` without its process start: stale check, read, lists, CSV of every list. */
void BM_ScreenCurrentSummaries100k(benchmark::State& state)
{
    const ServiceContext cases = current().session->context();
    for (auto _ : state) {
        const auto s = worklists::screen(cases, {freshness(*current().session), true});
        if (!s || s->screened < 100000 || s->recomputed != 0) {
            state.SkipWithError("screening failed or summaries were not current");
            break;
        }
        const QByteArray csv =
            worklists::toCsv(s.value(), worklists::allKinds(), Language::english(), Knowledge::builtin());
        benchmark::DoNotOptimize(csv);
        count(state, s.value());
    }
}
BENCHMARK(BM_ScreenCurrentSummaries100k)->Unit(benchmark::kMillisecond)->Iterations(3);

/** The window's worklists: the stored summaries as they are. */
void BM_ScreenStored100k(benchmark::State& state)
{
    Storage& storage = current().session->app->storage();
    for (auto _ : state) {
        const auto s = worklists::screenStored(storage, freshness(*current().session));
        if (!s)
            state.SkipWithError("screening failed");
        else
            count(state, s.value());
    }
}
BENCHMARK(BM_ScreenStored100k)->Unit(benchmark::kMillisecond)->Iterations(3);

/** Nobody current for the jurisdiction asked: all 100,000 assessed in memory, nothing stored. */
void BM_ScreenInMemory100k(benchmark::State& state)
{
    const ServiceContext cases = current().session->context();
    for (auto _ : state) {
        const auto s = worklists::screen(cases, {freshness(*current().session, Jurisdiction::EuEma), false});
        if (!s || s->assessedInMemory < 100000)
            state.SkipWithError("screening failed");
        else
            count(state, s.value());
    }
}
BENCHMARK(BM_ScreenInMemory100k)->Unit(benchmark::kSecond)->Iterations(1);

}  // namespace
