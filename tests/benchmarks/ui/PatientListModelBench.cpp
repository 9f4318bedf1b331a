// The patient list model on 100,000 patients: one keystroke = a new query (search + model reset) and the display
// text of the first screenful of rows, as the view paints them.
#include "core/knowledge/Knowledge.h"
#include "core/patientlist/PatientDirectory.h"
#include "ui/patients/PatientListModel.h"

#include <benchmark/benchmark.h>

#include "../BenchSupport.h"

using namespace onco;

namespace {

void BM_PatientListModelKeystroke(benchmark::State& state)
{
    static bench::Session session(bench::syntheticDatabasePath());
    static PatientDirectory& directory = session.app->directory();
    static const bool synced = directory.syncKnowledge().ok();
    if (!synced)
        state.SkipWithError("knowledge sync failed");
    static PatientListModel model(*session.service, directory);
    const char* texts[] = {"", "z", "zh", "zl", "张", "张丽", "syn-00500"};
    PatientQuery query;
    query.text = QString::fromUtf8(texts[state.range(0)]);
    state.SetLabel(QStringLiteral("\"%1\"").arg(query.text).toStdString());
    for (auto _ : state) {
        model.setQuery(query);
        const int rows = std::min(model.rowCount(), 40);
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < PatientListModel::ColumnCount; ++c)
                benchmark::DoNotOptimize(model.index(r, c).data());
    }
    state.counters["rows"] = double(model.rowCount());
}
BENCHMARK(BM_PatientListModelKeystroke)->DenseRange(0, 6)->Unit(benchmark::kMillisecond);

}  // namespace
