// Case files in and out, as both `oncocase import/export` and the window use them.
#include "core/services/CaseFiles.h"

#include "core/storage/sql/AuditTrail.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace onco;

namespace {

class CaseFiles : public ::testing::Test
{
protected:
    QString vignette(const char* name)
    {
        return test::dataPath(QStringLiteral("vignettes/%1.case.json").arg(QLatin1String(name)));
    }
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = QDir(t.dir()).filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    int auditRows(const char* action)
    {
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(QLatin1String(action));
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    test::TempDatabase t;
};

}  // namespace

TEST_F(CaseFiles, AValidFileImportsInItsOwnTransaction)
{
    const CaseFileImport file = casefiles::importFile(t.service(), vignette("V57"), false);
    EXPECT_TRUE(file.valid());
    EXPECT_TRUE(file.imported());
    EXPECT_TRUE(file.problems().isEmpty());
    EXPECT_EQ(t.service().findPatientId(file.mrn()), file.patientId);
}

TEST_F(CaseFiles, AnInvalidFileNamesEveryProblemWithItsJsonPathAndWritesNothing)
{
    QJsonObject o = QJsonDocument::fromJson(test::readFile(vignette("V05"))).object();
    QJsonArray lines = o.value(QStringLiteral("therapies")).toArray();
    QJsonObject line = lines[0].toObject();
    line.insert(QStringLiteral("drugs"), QJsonArray{QStringLiteral("letrazole")});
    lines[0] = line;
    o.insert(QStringLiteral("therapies"), lines);
    const QString bad = write(QStringLiteral("bad.json"), QJsonDocument(o).toJson());
    const CaseFileImport file = casefiles::importFile(t.service(), bad, false);
    EXPECT_FALSE(file.valid());
    EXPECT_FALSE(file.imported());
    ASSERT_FALSE(file.errors.isEmpty());
    EXPECT_EQ(file.errors.front().path, QStringLiteral("therapies[0].drugs[0]"));
    EXPECT_TRUE(file.problems().front().startsWith(QStringLiteral("therapies[0].drugs[0]: ")));
    EXPECT_TRUE(t.service().listPatients().value().isEmpty());

    const CaseFileImport missing =
        casefiles::importFile(t.service(), QDir(t.dir()).filePath(QStringLiteral("none.json")), false);
    ASSERT_TRUE(missing.failure.has_value());
    EXPECT_EQ(missing.failure->kind, ErrorKind::InvalidInput);
    const CaseFileImport notJson = casefiles::importFile(t.service(), write(QStringLiteral("x.json"), "{"), false);
    EXPECT_FALSE(notJson.valid());
    EXPECT_FALSE(notJson.problems().isEmpty());
}

TEST_F(CaseFiles, AnExistingMrnIsReplacedOnlyWhenAsked)
{
    ASSERT_TRUE(casefiles::importFile(t.service(), vignette("V57"), false).imported());
    CaseFileImport again = casefiles::read(vignette("V57"), t.service().knowledge(), t.clock().today());
    ASSERT_TRUE(again.valid());
    casefiles::store(t.service(), again, false);
    EXPECT_FALSE(again.imported());
    ASSERT_TRUE(again.failure.has_value());
    casefiles::store(t.service(), again, true);
    EXPECT_TRUE(again.imported());
}

TEST_F(CaseFiles, ExportWritesTheRecordAndAuditsIt)
{
    const CaseFileImport in = casefiles::importFile(t.service(), vignette("V57"), false);
    ASSERT_TRUE(in.imported());
    const QString path = QDir(t.dir()).filePath(QStringLiteral("out.json"));
    ASSERT_TRUE(casefiles::exportFile(t.service(), in.patientId, path).ok());
    EXPECT_EQ(auditRows("export"), 1);
    const CaseFileImport back = casefiles::read(path, t.service().knowledge(), t.clock().today());
    ASSERT_TRUE(back.valid()) << back.problems().join('\n').toStdString();
    EXPECT_EQ(back.record->therapies.size(), t.service().loadPatient(in.patientId)->therapies.size());
    // A file that cannot be written is reported, and not audited.
    EXPECT_FALSE(
        casefiles::exportFile(t.service(), in.patientId, QDir(t.dir()).filePath(QStringLiteral("no/such/dir/x.json")))
            .ok());
    EXPECT_EQ(auditRows("export"), 1);
}
