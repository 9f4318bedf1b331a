// kill -9 of a client in the middle of an import into a PostgreSQL server (issue 12): every patient is there whole
// or not at all, and the audit chain verifies. A throwaway cluster (PgTestCluster), the real executable.
#include "tests/support/PgTestCluster.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace onco;

TEST(ServerImport, AClientKilledMidImportLeavesWholePatientsAndAVerifiedChain)
{
    test::PgTestCluster& cluster = test::PgTestCluster::shared();
    ASSERT_TRUE(cluster.problem().isEmpty()) << cluster.problem().toStdString();
    const QString url = cluster.newDatabase();
    const QString database = url.section(QLatin1Char('/'), -1);

    // 600 case files of one vignette under their own MRNs: each is one transaction of some twenty rows.
    QTemporaryDir dir;
    const QJsonObject vignette =
        QJsonDocument::fromJson(test::readFile(test::dataPath(QStringLiteral("vignettes/V01.case.json")))).object();
    QStringList files;
    for (int i = 0; i < 600; ++i) {
        QJsonObject c = vignette;
        QJsonObject patient = c.value(QStringLiteral("patient")).toObject();
        patient[QStringLiteral("mrn")] = QStringLiteral("KILL-%1").arg(i, 4, 10, QLatin1Char('0'));
        c[QStringLiteral("patient")] = patient;
        const QString path = dir.filePath(QStringLiteral("c%1.json").arg(i));
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(c).toJson());
        files << path;
    }

    QProcess import;
    import.setProcessChannelMode(QProcess::MergedChannels);
    import.start(QStringLiteral(ONCO_BINARY),
                 QStringList{QStringLiteral("import"), QStringLiteral("--database"), url} + files);
    ASSERT_TRUE(import.waitForStarted());
    // Kill it once some patients are in, long before the last one.
    int imported = 0;
    for (int tries = 0; tries < 600 && imported < 40; ++tries) {
        QThread::msleep(20);
        try {
            imported = cluster.psql(database, QStringLiteral("SELECT count(*) FROM patients")).toInt();
        } catch (const std::runtime_error&) {
            imported = 0;  // the schema is not there yet
        }
    }
    import.kill();  // SIGKILL
    import.waitForFinished();
    const int patients = cluster.psql(database, QStringLiteral("SELECT count(*) FROM patients")).toInt();
    ASSERT_GE(patients, 40);
    ASSERT_LT(patients, 600) << "the import ended before it was killed; the test proves nothing";

    // Whole or nothing: every patient has exactly the vignette's rows.
    const QString perPatient = cluster.psql(
        database,
        QStringLiteral("SELECT DISTINCT (SELECT count(*) FROM diagnoses d WHERE d.patient_id = p.id) || '/' || "
                       "(SELECT count(*) FROM therapy_lines t WHERE t.patient_id = p.id) || '/' || "
                       "(SELECT count(*) FROM marker_results m WHERE m.patient_id = p.id) || '/' || "
                       "(SELECT count(*) FROM disease_events e WHERE e.patient_id = p.id) FROM patients p"));
    const QString expected = QStringLiteral("%1/%2/%3/%4")
                                 .arg(vignette.contains(QStringLiteral("diagnosis")) ? 1 : 0)
                                 .arg(vignette.value(QStringLiteral("therapies")).toArray().size())
                                 .arg(vignette.value(QStringLiteral("markers")).toArray().size())
                                 .arg(vignette.value(QStringLiteral("events")).toArray().size());
    EXPECT_EQ(perPatient, expected);

    QProcess verify;
    verify.setProcessChannelMode(QProcess::MergedChannels);
    verify.start(QStringLiteral(ONCO_BINARY), {QStringLiteral("verify"), QStringLiteral("--database"), url});
    ASSERT_TRUE(verify.waitForFinished(60000));
    const QString report = QString::fromUtf8(verify.readAll());
    EXPECT_EQ(verify.exitCode(), 0) << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("Audit trail"))) << report.toStdString();
}

namespace {

struct Outcome
{
    int code = -1;
    QString out;
};

Outcome oncocase(const QStringList& args, const QByteArray& input = {}, const QStringList& env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(ONCO_BINARY), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}

}  // namespace

TEST(ServerImport, ADeskDatabaseMovesToTheServerWholeWithItsChainAndAccounts)
{
    test::PgTestCluster& cluster = test::PgTestCluster::shared();
    ASSERT_TRUE(cluster.problem().isEmpty()) << cluster.problem().toStdString();
    QTemporaryDir dir;
    const QString desk = dir.filePath(QStringLiteral("desk.sqlite"));
    ASSERT_EQ(oncocase({QStringLiteral("demo"), QStringLiteral("--database"), desk}).code, 0);
    ASSERT_EQ(oncocase({QStringLiteral("account"), QStringLiteral("init"), QStringLiteral("--database"), desk,
                        QStringLiteral("--name"), QStringLiteral("wang.li")},
                       "admin-pass-1\n")
                  .code,
              0);
    const QStringList admin{QStringLiteral("ONCOCASE_USER=wang.li"), QStringLiteral("ONCOCASE_PASSWORD=admin-pass-1")};
    const QString server = cluster.newDatabase();

    const Outcome moved = oncocase(
        {QStringLiteral("move-to-server"), QStringLiteral("--database"), desk, QStringLiteral("--server"), server}, {},
        admin);
    ASSERT_EQ(moved.code, 0) << moved.out.toStdString();
    EXPECT_TRUE(moved.out.contains(QStringLiteral("patients: 15 rows copied, 15 in the copy")))
        << moved.out.toStdString();
    EXPECT_TRUE(moved.out.contains(QStringLiteral("1 account(s) copied"))) << moved.out.toStdString();

    // The same record on both; the chain verifies on the server and goes on there.
    const Outcome fromDesk =
        oncocase({QStringLiteral("export"), QStringLiteral("--database"), desk, QStringLiteral("--patient"),
                  QStringLiteral("DEMO-0001"), QStringLiteral("--output"), dir.filePath(QStringLiteral("a.json"))},
                 {}, admin);
    const Outcome fromServer =
        oncocase({QStringLiteral("export"), QStringLiteral("--database"), server, QStringLiteral("--patient"),
                  QStringLiteral("DEMO-0001"), QStringLiteral("--output"), dir.filePath(QStringLiteral("b.json"))},
                 {}, admin);
    ASSERT_EQ(fromDesk.code, 0) << fromDesk.out.toStdString();
    ASSERT_EQ(fromServer.code, 0) << fromServer.out.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(test::readFile(dir.filePath(QStringLiteral("a.json")))),
              QJsonDocument::fromJson(test::readFile(dir.filePath(QStringLiteral("b.json")))));
    const Outcome verify = oncocase({QStringLiteral("verify"), QStringLiteral("--database"), server});
    EXPECT_EQ(verify.code, 0) << verify.out.toStdString();

    // New records on the server take ids after the copied ones.
    const Outcome added = oncocase({QStringLiteral("import"), QStringLiteral("--database"), server,
                                    test::dataPath(QStringLiteral("vignettes/V03.case.json"))},
                                   {}, admin);
    EXPECT_EQ(added.code, 0) << added.out.toStdString();

    // Only into an empty database.
    const Outcome again = oncocase(
        {QStringLiteral("move-to-server"), QStringLiteral("--database"), desk, QStringLiteral("--server"), server}, {},
        admin);
    EXPECT_EQ(again.code, 2) << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("not empty"))) << again.out.toStdString();
}
