#include "BenchSupport.h"

#include "core/demo/DemoData.h"
#include "core/knowledge/Knowledge.h"
#include "core/storage/sqlite/SqliteStorage.h"

#include <QDir>
#include <QFile>

#include <cstdio>

namespace onco::bench {

QString middleMrn()
{
    const QString mrn = qEnvironmentVariable("ONCO_BENCH_MIDDLE_MRN");
    return mrn.isEmpty() ? QStringLiteral("SYN-0050000") : mrn;
}

QString syntheticDatabasePath(int patients, quint64 seed)
{
    if (const QString chosen = qEnvironmentVariable("ONCO_BENCH_DATABASE"); !chosen.isEmpty())
        return chosen;
    const QString path = QDir(QStringLiteral(ONCO_BENCH_DIR))
                             .filePath(QStringLiteral("synthetic-%1-seed%2.sqlite").arg(patients).arg(seed));
    if (QFile::exists(path))
        return path;
    const QString partial = path + QStringLiteral(".building");
    for (const char* suffix : {"", "-wal", "-shm", ".audit-head"})
        QFile::remove(partial + QLatin1String(suffix));
    {
        Session s(partial);
        if (!importDemoPatients(*s.service).ok() ||
            !generateSyntheticPatients(*s.service, patients, seed, [&](int done) {
                 std::fprintf(stderr, "\rgenerating synthetic database: %d / %d", done, patients);
             }).ok())
            qFatal("cannot build the synthetic database");
        std::fprintf(stderr, "\n");
    }
    QFile::rename(partial, path);
    QFile::rename(partial + QStringLiteral(".audit-head"), path + QStringLiteral(".audit-head"));
    return path;
}

Session::Session(const QString& path)
{
    auto opened =
        AppContext::open({path, Storage::Access::ReadWrite, &clock, QStringLiteral("bench")}, Knowledge::builtin());
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    app = std::move(opened).value();
    auto* sqlite = dynamic_cast<SqliteStorage*>(&app->storage());
    db = sqlite ? &sqlite->database() : nullptr;
    service = &app->cases();
}

}  // namespace onco::bench
