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
