#include <QCoreApplication>
#ifdef ONCO_BENCH_GUI
#include <QApplication>
#endif

#include <benchmark/benchmark.h>

int main(int argc, char** argv)
{
#ifdef ONCO_BENCH_GUI
    // Benchmarks that paint (printing, charts) need a QApplication; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
