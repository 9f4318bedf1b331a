// Issue 3 goal: one assessment takes under 1 ms (DEMO-0001, the Foshan case, and a synthetic patient with 3–5 lines
// and ~15 marker results from the 100,000-patient database).
#include "core/caseformat/CaseCodec.h"
#include "core/demo/DemoData.h"
#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"
#include "core/rules/Assess.h"
#include "core/rules/AssessmentJson.h"

#include <QJsonDocument>

#include <benchmark/benchmark.h>

#include "../BenchSupport.h"

using namespace onco;

namespace {

const QDate kAsOf(2026, 11, 21);

PatientRecord demo0001()
{
    QList<CaseError> errors;
    const auto file = CaseCodec(Knowledge::builtin(), kAsOf).parse(demoCaseFiles().front(), errors);
    if (!file)
        qFatal("DEMO-0001 does not parse");
    return file->record;
}

PatientRecord synthetic()
{
    bench::Session s(bench::syntheticDatabasePath());
    const auto record = s.service->loadPatient(*s.service->findPatientId(QStringLiteral("SYN-0050000")));
    if (!record)
        qFatal("no synthetic patient");
    return record.value();
}

void BM_AssessDemo0001(benchmark::State& state)
{
    const PatientRecord record = demo0001();
    const rules::RuleContext context{kAsOf, Jurisdiction::CnNmpa, Knowledge::builtin()};
    for (auto _ : state)
        benchmark::DoNotOptimize(rules::assess(record, context));
}
BENCHMARK(BM_AssessDemo0001)->Unit(benchmark::kMicrosecond);

void BM_AssessSyntheticPatient(benchmark::State& state)
{
    const PatientRecord record = synthetic();
    const rules::RuleContext context{kAsOf, Jurisdiction::UsFda, Knowledge::builtin()};
    for (auto _ : state)
        benchmark::DoNotOptimize(rules::assess(record, context));
}
BENCHMARK(BM_AssessSyntheticPatient)->Unit(benchmark::kMicrosecond);

// What `oncocase assess --lang zh_CN` adds: every text rendered in Chinese and the JSON written.
void BM_AssessDemo0001ToChineseJson(benchmark::State& state)
{
    const PatientRecord record = demo0001();
    const rules::RuleContext context{kAsOf, Jurisdiction::CnNmpa, Knowledge::builtin()};
    for (auto _ : state)
        benchmark::DoNotOptimize(QJsonDocument(rules::assessmentToJson(rules::assess(record, context),
                                                                       Language::chinese(), Knowledge::builtin()))
                                     .toJson());
}
BENCHMARK(BM_AssessDemo0001ToChineseJson)->Unit(benchmark::kMicrosecond);

}  // namespace
