// Issue 2 goals on the 100,000-patient database: load one patient <= 10 ms, save one edit <= 20 ms,
// and the QtSql load within 1.5x of the same load through the raw sqlite3 API.
#include "core/domain/RecordFields.h"

#include <QFile>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include "BenchSupport.h"

using namespace onco;

namespace {

qint64 middlePatient(CaseService& service)
{
    return *service.findPatientId(bench::middleMrn());
}

/** The same rows and the same column mapping as SqlTable, through the sqlite3 C API. */
template <typename T> QList<T> rawLoad(sqlite3* db, qint64 patientId, bool patientOwned = true)
{
    QStringList names{QStringLiteral("id")};
    if (patientOwned)
        names << QStringLiteral("patient_id");
    for (const auto& c : fields<T>())
        names << QLatin1Char('"') + QLatin1String(c.name) + QLatin1Char('"');
    const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %4")
                               .arg(names.join(QLatin1Char(',')), QLatin1String(RecordKind<T>::table),
                                    patientOwned ? QStringLiteral("patient_id") : QStringLiteral("id"),
                                    QLatin1String(RecordKind<T>::order))
                               .toUtf8();
    thread_local QHash<QByteArray, sqlite3_stmt*> cache;
    sqlite3_stmt*& stmt = cache[sql];
    if (!stmt)
        sqlite3_prepare_v3(db, sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    sqlite3_bind_int64(stmt, 1, patientId);
    QList<T> rows;
    const auto& cols = fields<T>();
    const int offset = patientOwned ? 2 : 1;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        T value;
        value.id = sqlite3_column_int64(stmt, 0);
        for (int i = 0; i < cols.size(); ++i) {
            QVariant v;
            switch (sqlite3_column_type(stmt, offset + i)) {
            case SQLITE_INTEGER:
                v = sqlite3_column_int64(stmt, offset + i);
                break;
            case SQLITE_FLOAT:
                v = sqlite3_column_double(stmt, offset + i);
                break;
            case SQLITE_TEXT:
                v = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, offset + i)),
                                      sqlite3_column_bytes(stmt, offset + i));
                break;
            default:
                break;
            }
            cols[i].set(value, v);
        }
        rows.append(std::move(value));
    }
    sqlite3_reset(stmt);
    return rows;
}

void BM_LoadPatient(benchmark::State& state)
{
    bench::Session s(bench::syntheticDatabasePath());
    const qint64 id = middlePatient(*s.service);
    for (auto _ : state) {
        auto rec = s.service->loadPatient(id);
        benchmark::DoNotOptimize(rec);
    }
}
BENCHMARK(BM_LoadPatient)->Unit(benchmark::kMicrosecond);

void BM_LoadPatientRawSqlite(benchmark::State& state)
{
    if (isServerLocation(bench::syntheticDatabasePath())) {
        state.SkipWithError("a server database: no raw sqlite3 comparison");
        return;
    }
    sqlite3* db = nullptr;
    sqlite3_open_v2(QFile::encodeName(bench::syntheticDatabasePath()).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    bench::Session s(bench::syntheticDatabasePath());
    const qint64 id = middlePatient(*s.service);
    for (auto _ : state) {
        PatientRecord rec;
        rec.patient = rawLoad<Patient>(db, id, false).value(0);
        const auto d = rawLoad<Diagnosis>(db, id);
        if (!d.isEmpty())
            rec.diagnosis = d.front();
        rec.biopsies = rawLoad<Biopsy>(db, id);
        rec.events = rawLoad<DiseaseEvent>(db, id);
        rec.therapies = rawLoad<TherapyLine>(db, id);
        rec.markers = rawLoad<MarkerResult>(db, id);
        rec.genomics = rawLoad<GeneticResult>(db, id);
        rec.medications = rawLoad<Medication>(db, id);
        benchmark::DoNotOptimize(rec);
    }
    sqlite3_close_v2(db);
}
BENCHMARK(BM_LoadPatientRawSqlite)->Unit(benchmark::kMicrosecond);

void BM_SaveOneEdit(benchmark::State& state)
{
    bench::Session s(bench::syntheticDatabasePath());
    const qint64 id = middlePatient(*s.service);
    MarkerResult marker = s.service->loadPatient(id)->markers.front();
    const double original = marker.value;
    int i = 0;
    for (auto _ : state) {
        marker.value = original + (++i % 2);
        auto saved = s.service->save(marker);
        if (!saved)
            state.SkipWithError(qPrintable(saved.error().message));
    }
    marker.value = original;
    s.service->save(marker);
}
BENCHMARK(BM_SaveOneEdit)->Unit(benchmark::kMillisecond);

}  // namespace
