#include "core/storage/sqlite/Database.h"

#include "core/storage/sqlite/SqliteStorage.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace onco;

namespace {

QByteArray digest(const QString& path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

/** The schema as SQLite stores it, for comparing two databases. */
QStringList schemaOf(Database& db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ') +
                   q.value(2).toString();
    return out;
}

/** A closed, populated database file in `dir`. */
QString makeDatabase(const QTemporaryDir& dir, const QString& name = QStringLiteral("db.sqlite"))
{
    const QString path = QDir(dir.path()).filePath(name);
    auto db = Database::open(path);
    EXPECT_TRUE(db.ok());
    FixedClock clock(QDate(2026, 11, 21));
    SqliteStorage serviceStorage(*db.value(), clock, QStringLiteral("t"));
    CaseService service(serviceStorage, clock, Knowledge::builtin());
    EXPECT_TRUE(service.importRecord(test::sampleRecord(), false).ok());
    return path;
}

int rawExec(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc;
}

void expectRefusedUntouched(const QString& path, ErrorKind kind, Database::Mode mode = Database::Mode::ReadWrite)
{
    const QByteArray before = digest(path);
    auto db = Database::open(path, mode);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, kind) << db.error().message.toStdString();
    EXPECT_TRUE(db.error().message.contains(QDir::toNativeSeparators(path))) << db.error().message.toStdString();
    EXPECT_EQ(digest(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

}  // namespace

TEST(Database, FreshFileHasLatestSchemaAndPragmas)
{
    test::TempDatabase t;
    EXPECT_EQ(t.sqlite().schemaVersion(), Database::latestVersion());
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), Database::kApplicationId);
    EXPECT_TRUE(t.sqlite().preMigrationBackup().isEmpty());
}

TEST(Database, MigrationFilesAreNumberedWithoutGaps)
{
    const QStringList files = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files, QDir::Name);
    ASSERT_EQ(files.size(), Database::latestVersion());
    for (int i = 0; i < files.size(); ++i)
        EXPECT_EQ(files[i].section(QLatin1Char('_'), 0, 0).toInt(), i + 1) << files[i].toStdString();
}

TEST(Database, EveryEarlierSchemaMigratesToTheSameSchemaAsAFreshFile)
{
    QTemporaryDir dir;
    auto fresh = Database::open(QDir(dir.path()).filePath(QStringLiteral("fresh.sqlite")));
    ASSERT_TRUE(fresh.ok());
    const QStringList expected = schemaOf(*fresh.value());
    for (int version = 1; version < Database::latestVersion(); ++version) {
        const QString path = QDir(dir.path()).filePath(QStringLiteral("v%1.sqlite").arg(version));
        {
            auto old = Database::openAtVersion(path, version);
            ASSERT_TRUE(old.ok());
            EXPECT_EQ(old.value()->schemaVersion(), version);
        }
        auto migrated = Database::open(path);
        ASSERT_TRUE(migrated.ok()) << migrated.error().message.toStdString();
        EXPECT_EQ(schemaOf(*migrated.value()), expected) << "from schema " << version;
        EXPECT_TRUE(QFile::exists(migrated.value()->preMigrationBackup()));
    }
}

TEST(Database, ReleasedSchemaFixturesOpenWithTheirData)
{
    // tests/data/db/vN.sqlite were written by the release that introduced schema N (12 demo patients each).
    const QStringList fixtures = QDir(test::dataPath(QStringLiteral("db"))).entryList({QStringLiteral("v*.sqlite")});
    ASSERT_FALSE(fixtures.isEmpty());
    for (const QString& name : fixtures) {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(name);
        ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("db/") + name), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const int version = name.mid(1).section(QLatin1Char('.'), 0, 0).toInt();
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        EXPECT_EQ(db.value()->schemaVersion(), Database::latestVersion());
        EXPECT_EQ(db.value()->preMigrationBackup().isEmpty(), version == Database::latestVersion());
        FixedClock clock(QDate(2026, 11, 21));
        SqliteStorage serviceStorage(*db.value(), clock, QStringLiteral("t"));
        CaseService service(serviceStorage, clock, Knowledge::builtin());
        const auto id = service.findPatientId(QStringLiteral("DEMO-0001"));
        ASSERT_TRUE(id.has_value());
        const auto rec = service.loadPatient(*id);
        ASSERT_TRUE(rec.ok());
        EXPECT_EQ(rec->therapies.size(), 4);
        EXPECT_EQ(service.listPatients()->size(), 12);
        EXPECT_TRUE(serviceStorage.audit().verify().ok);
    }
}

TEST(Database, MissingFileIsCreatedButNotInReadOnlyMode)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("sub/new.sqlite"));
    auto ro = Database::open(path, Database::Mode::ReadOnly);
    ASSERT_FALSE(ro.ok());
    EXPECT_EQ(ro.error().kind, ErrorKind::NotFound);
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(Database::open(path).ok());
    EXPECT_TRUE(QFile::exists(path));
}

TEST(Database, TextFileIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    expectRefusedUntouched(path, ErrorKind::NotOurDatabase);
}

TEST(Database, EmptyFileIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("empty.sqlite"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    expectRefusedUntouched(path, ErrorKind::NotOurDatabase);
}

TEST(Database, ForeignSqliteDatabaseIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("other.sqlite"));
    ASSERT_EQ(rawExec(path, "CREATE TABLE t (x); INSERT INTO t VALUES (1);"), SQLITE_OK);
    expectRefusedUntouched(path, ErrorKind::NotOurDatabase);
}

TEST(Database, NewerSchemaIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    ASSERT_EQ(rawExec(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 999;"), SQLITE_OK);
    expectRefusedUntouched(path, ErrorKind::NewerSchema);
    expectRefusedUntouched(path, ErrorKind::NewerSchema, Database::Mode::ReadOnly);
}

TEST(Database, TruncatedFileIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    QFile f(path);
    ASSERT_GT(f.size(), 8192);
    ASSERT_TRUE(f.resize(f.size() / 2));
    expectRefusedUntouched(path, ErrorKind::Corrupt);
}

TEST(Database, DamagedHeaderIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.seek(16);
    f.write("\x00\x07", 2);  // page size 7: impossible
    f.close();
    expectRefusedUntouched(path, ErrorKind::Corrupt);
}

TEST(Database, CorruptPagesAreReportedWhenReadAndTheFileIsUntouched)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    f.seek(4096);  // every page after the first: scrambled
    f.write(QByteArray(int(size - 4096), '\xA5'));
    f.close();
    const QByteArray before = digest(path);
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        if (db.ok()) {
            FixedClock clock(QDate(2026, 11, 21));
            SqliteStorage serviceStorage(*db.value(), clock, QStringLiteral("t"));
            CaseService service(serviceStorage, clock, Knowledge::builtin());
            const auto list = service.listPatients();
            ASSERT_FALSE(list.ok());
            EXPECT_EQ(list.error().kind, ErrorKind::Corrupt) << list.error().message.toStdString();
        } else {
            EXPECT_EQ(db.error().kind, ErrorKind::Corrupt) << db.error().message.toStdString();
        }
    }
    EXPECT_EQ(digest(path), before);
}

TEST(Database, ReadOnlyFileIsRefusedForWritingAndOpensForReading)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    expectRefusedUntouched(path, ErrorKind::ReadOnly);
    const QByteArray before = digest(path);
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        EXPECT_TRUE(db.value()->isReadOnly());
    }
    EXPECT_EQ(digest(path), before);
}

TEST(Database, FileLockedByAnotherConnectionIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    sqlite3* holder = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &holder), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(holder, "PRAGMA journal_mode = DELETE; PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    const QByteArray before = digest(path);
    auto db = Database::open(path);
    EXPECT_FALSE(db.ok());
    if (!db.ok()) {
        EXPECT_EQ(db.error().kind, ErrorKind::Locked) << db.error().message.toStdString();
    }
    EXPECT_EQ(digest(path), before);
    sqlite3_exec(holder, "ROLLBACK;", nullptr, nullptr, nullptr);
    sqlite3_close(holder);
}

TEST(Database, BackupIsAnEqualCopy)
{
    test::TempDatabase t;
    ASSERT_TRUE(t.service().importRecord(test::sampleRecord(), false).ok());
    const QString copy = QDir(t.dir()).filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(t.sqlite().backupTo(copy).ok());
    auto db = Database::open(copy, Database::Mode::ReadOnly);
    ASSERT_TRUE(db.ok());
    SqliteStorage serviceStorage(*db.value(), t.clock(), QStringLiteral("t"));
    CaseService service(serviceStorage, t.clock(), Knowledge::builtin());
    const auto a = t.service().loadPatient(*t.service().findPatientId(QStringLiteral("T-0001")));
    const auto b = service.loadPatient(*service.findPatientId(QStringLiteral("T-0001")));
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a.value(), b.value());
}
