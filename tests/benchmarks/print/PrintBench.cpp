// Issue 6 goal: one patient summary PDF in under 300 ms — the whole user action: load the patient, build the
// summary (HTML in the print language, figures), lay it out on A4 pages, write the PDF and its audit row.
#include "core/demo/DemoData.h"
#include "core/report/SummaryData.h"
#include "tests/benchmarks/BenchSupport.h"
#include "ui/print/SummaryPrinter.h"

#include <QDir>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace onco;

namespace {

/** A database of the demo patients in a folder of its own (printing writes audit rows). */
struct DemoDatabase
{
    DemoDatabase()
        : session(QDir(dir.path()).filePath(QStringLiteral("print-bench.sqlite")))
    {
        if (!importDemoPatients(*session.service).ok())
            qFatal("cannot import the demo patients");
    }
    qint64 id(int demo) const
    {
        return *session.service->findPatientId(QStringLiteral("DEMO-%1").arg(demo, 4, 10, QLatin1Char('0')));
    }
    QString file(const QString& name) const { return QDir(dir.path()).filePath(name); }

    QTemporaryDir dir;
    bench::Session session;
};

DemoDatabase& demo()
{
    static DemoDatabase database;
    return database;
}

const report::PrintLanguage kLanguages[] = {report::PrintLanguage::Chinese, report::PrintLanguage::English,
                                            report::PrintLanguage::Bilingual};

// Args: print language (0 Chinese, 1 English, 2 bilingual), demo patient number (1 = the Foshan case,
// 6 = the longest course).
void BM_SummaryPdf(benchmark::State& state)
{
    DemoDatabase& db = demo();
    SummaryPrinter printer(*db.session.service);
    report::SummaryOptions options;
    options.language = kLanguages[state.range(0)];
    const QList<qint64> ids{db.id(int(state.range(1)))};
    const QString path = db.file(QStringLiteral("summary.pdf"));
    for (auto _ : state) {
        const auto pages = printer.writePdf(ids, options, path);
        if (!pages) {
            state.SkipWithError(qPrintable(pages.error().message));
            break;
        }
        benchmark::DoNotOptimize(pages.value());
    }
}
BENCHMARK(BM_SummaryPdf)->ArgsProduct({{0, 1, 2}, {1, 6}})->Unit(benchmark::kMillisecond);

// Batch printing: all twelve demo patients in one PDF (for a worklist), bilingual.
void BM_BatchPdf(benchmark::State& state)
{
    DemoDatabase& db = demo();
    SummaryPrinter printer(*db.session.service);
    report::SummaryOptions options;
    options.language = report::PrintLanguage::Bilingual;
    QList<qint64> ids;
    for (int i = 1; i <= 12; ++i)
        ids << db.id(i);
    const QString path = db.file(QStringLiteral("batch.pdf"));
    for (auto _ : state) {
        const auto pages = printer.writePdf(ids, options, path);
        if (!pages) {
            state.SkipWithError(qPrintable(pages.error().message));
            break;
        }
    }
}
BENCHMARK(BM_BatchPdf)->Unit(benchmark::kMillisecond);

}  // namespace
