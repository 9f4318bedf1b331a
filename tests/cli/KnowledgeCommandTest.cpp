// oncocase knowledge show / export / install through the real executable (issue 20): export then install an edited
// pack changes what assess --database says, a malformed or older pack is refused with the database byte-identical,
// --dry-run changes nothing, --allow-older goes back, the install is audited and the stored knowledge survives
// reopening.
#include "tests/support/CommandTest.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace onco;

namespace {

using test::Outcome;

class KnowledgeCommand : public test::CommandTest
{
protected:
    static QByteArray hashOf(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    }

    /** The exported built-in pack, edited: elacestrant approved in CN-NMPA, version raised. */
    QString editedPack(const QString& version = QStringLiteral("2026.12.2"))
    {
        const QString exported = file(QStringLiteral("exported.json"));
        const Outcome r = oncocase({QStringLiteral("knowledge"), QStringLiteral("export"), exported});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        QFile in(exported);
        EXPECT_TRUE(in.open(QIODevice::ReadOnly));
        QJsonObject pack = QJsonDocument::fromJson(in.readAll()).object();
        pack[QStringLiteral("version")] = version;
        QJsonArray approvals = pack.value(QStringLiteral("approvals")).toArray();
        for (int i = 0; i < approvals.size(); ++i) {
            QJsonObject a = approvals[i].toObject();
            if (a.value(QStringLiteral("drug")) == QStringLiteral("elacestrant") &&
                a.value(QStringLiteral("jurisdiction")) == QStringLiteral("CN-NMPA")) {
                a[QStringLiteral("approved")] = true;
                a[QStringLiteral("date")] = QStringLiteral("2026-11-01");  // before V74's as_of (2026-11-25)
                a[QStringLiteral("verified")] = true;
                a[QStringLiteral("source")] = QStringLiteral("fictional test source");
                approvals[i] = a;
            }
        }
        pack[QStringLiteral("approvals")] = approvals;
        return write(QStringLiteral("edited-%1.json").arg(version), pack);
    }

    QString write(const QString& name, const QJsonObject& pack)
    {
        QFile out(file(name));
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(pack).toJson());
        return out.fileName();
    }

    QStringList elacestrantFlags(const QString& db)
    {
        const Outcome r =
            oncocase({QStringLiteral("assess"), QStringLiteral("--database"), db, QStringLiteral("--patient"),
                      QStringLiteral("DEMO-0001"), QStringLiteral("--jurisdiction"), QStringLiteral("CN-NMPA")});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        QStringList flags;
        for (const auto& o : r.json().value(QStringLiteral("options")).toArray())
            if (o.toObject().value(QStringLiteral("drug")) == QStringLiteral("elacestrant"))
                for (const auto& f : o.toObject().value(QStringLiteral("flags")).toArray())
                    flags << f.toString();
        return flags;
    }

    QString versionIn(const QString& db)
    {
        const Outcome r = oncocase({QStringLiteral("knowledge"), QStringLiteral("show"), QStringLiteral("--database"),
                                    db, QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return r.json().value(QStringLiteral("version")).toString();
    }
};

}  // namespace

TEST_F(KnowledgeCommand, ShowsTheBuiltInKnowledge)
{
    const Outcome r = oncocase(
        {QStringLiteral("knowledge"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(QStringLiteral("version")).toString(), QStringLiteral("2026.12.1"));
    EXPECT_EQ(o.value(QStringLiteral("source")).toString(), QStringLiteral("builtin"));
    EXPECT_TRUE(o.value(QStringLiteral("installed")).isNull());
    EXPECT_GE(o.value(QStringLiteral("approvals")).toArray().size(), 8);
    const Outcome text = oncocase({QStringLiteral("knowledge"), QStringLiteral("show")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("vepdegestrant US-FDA: approved 2026-05-01")))
        << text.out.toStdString();
}

TEST_F(KnowledgeCommand, InstallChangesTheAssessmentAndShowReportsIt)
{
    const QString db = demo();
    ASSERT_TRUE(elacestrantFlags(db).contains(QStringLiteral("NOT_APPROVED_IN_JURISDICTION")));
    const QString pack = editedPack();

    const QByteArray before = hashOf(db);
    const Outcome dry =
        oncocase({QStringLiteral("knowledge"), QStringLiteral("install"), QStringLiteral("--database"), db, pack,
                  QStringLiteral("--dry-run"), QStringLiteral("--jurisdiction"), QStringLiteral("CN-NMPA")});
    ASSERT_EQ(dry.code, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("elacestrant in CN-NMPA"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("DEMO-0001 elacestrant"))) << dry.out.toStdString();
    EXPECT_EQ(hashOf(db), before);  // a dry run changes nothing

    const Outcome r = oncocase({QStringLiteral("knowledge"), QStringLiteral("install"), QStringLiteral("--database"),
                                db, pack, QStringLiteral("--jurisdiction"), QStringLiteral("CN-NMPA")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("2026.12.1 → 2026.12.2"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("−NOT_APPROVED_IN_JURISDICTION"))) << r.out.toStdString();
    EXPECT_FALSE(elacestrantFlags(db).contains(QStringLiteral("NOT_APPROVED_IN_JURISDICTION")));
    EXPECT_EQ(versionIn(db), QStringLiteral("2026.12.2"));
    const Outcome shown = oncocase({QStringLiteral("knowledge"), QStringLiteral("show"), QStringLiteral("--database"),
                                    db, QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(shown.json().value(QStringLiteral("source")).toString(), QStringLiteral("installed"));
    EXPECT_FALSE(shown.json()
                     .value(QStringLiteral("installed"))
                     .toObject()
                     .value(QStringLiteral("installed_by"))
                     .toString()
                     .isEmpty());
    // Exported from the database: the pack as installed.
    const QString again = file(QStringLiteral("again.json"));
    ASSERT_EQ(
        oncocase({QStringLiteral("knowledge"), QStringLiteral("export"), QStringLiteral("--database"), db, again}).code,
        0);
    EXPECT_EQ(hashOf(again), hashOf(pack));
    // The audit trail holds the install and still verifies.
    const Outcome verify = oncocase({QStringLiteral("verify"), QStringLiteral("--database"), db});
    EXPECT_EQ(verify.code, 0) << verify.out.toStdString() << verify.err.toStdString();
}

TEST_F(KnowledgeCommand, RefusesWithTheDatabaseByteIdentical)
{
    const QString db = demo();
    QFile in(editedPack());
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QJsonObject good = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject bad = good;
    QJsonArray labels = bad.value(QStringLiteral("labels")).toArray();
    QJsonObject label = labels[0].toObject();
    QJsonArray criteria = label.value(QStringLiteral("criteria")).toArray();
    criteria << QStringLiteral("SERD-NOPE");
    label[QStringLiteral("criteria")] = criteria;
    labels[0] = label;
    bad[QStringLiteral("labels")] = labels;
    QJsonArray drugs = bad.value(QStringLiteral("drugs")).toArray();
    QJsonObject drug = drugs[0].toObject();
    drug[QStringLiteral("class")] = QStringLiteral("AROMATASE");
    drugs[0] = drug;
    bad[QStringLiteral("drugs")] = drugs;
    const QByteArray before = hashOf(db);
    Outcome r = oncocase({QStringLiteral("knowledge"), QStringLiteral("install"), QStringLiteral("--database"), db,
                          write(QStringLiteral("bad.json"), bad)});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("labels[0].criteria["))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("SERD-NOPE"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("drugs[0].class: unknown class \"AROMATASE\""))) << r.err.toStdString();
    EXPECT_EQ(hashOf(db), before);

    QFile notJson(file(QStringLiteral("garbage.json")));
    ASSERT_TRUE(notJson.open(QIODevice::WriteOnly));
    notJson.write("{\"format\": \"oncocase-knowledge/1\", ");
    notJson.close();
    r = oncocase(
        {QStringLiteral("knowledge"), QStringLiteral("install"), QStringLiteral("--database"), db, notJson.fileName()});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(hashOf(db), before);

    QJsonObject same = good;  // not newer than the one in force
    same[QStringLiteral("version")] = QStringLiteral("2026.12.1");
    r = oncocase({QStringLiteral("knowledge"), QStringLiteral("install"), QStringLiteral("--database"), db,
                  write(QStringLiteral("same.json"), same)});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--allow-older"))) << r.err.toStdString();
    EXPECT_EQ(hashOf(db), before);
}

TEST_F(KnowledgeCommand, AllowOlderRollsBack)
{
    const QString db = demo();
    ASSERT_EQ(oncocase({QStringLiteral("knowledge"), QStringLiteral("install"), QStringLiteral("--database"), db,
                        editedPack(QStringLiteral("2026.12.3"))})
                  .code,
              0);
    const QString older = editedPack(QStringLiteral("2026.12.2"));
    EXPECT_EQ(
        oncocase({QStringLiteral("knowledge"), QStringLiteral("install"), QStringLiteral("--database"), db, older})
            .code,
        2);
    EXPECT_EQ(versionIn(db), QStringLiteral("2026.12.3"));
    const Outcome r = oncocase({QStringLiteral("knowledge"), QStringLiteral("install"), QStringLiteral("--database"),
                                db, older, QStringLiteral("--allow-older")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(versionIn(db), QStringLiteral("2026.12.2"));
}

TEST_F(KnowledgeCommand, AssessACaseFileWithAPack)
{
    const QString pack = editedPack();
    const QString vignette = QStringLiteral(ONCO_SOURCE_DIR "/tests/data/vignettes/V74.case.json");
    auto elacestrantFlagsOf = [](const Outcome& o) {
        QStringList flags;
        for (const auto& card : o.json().value(QStringLiteral("options")).toArray())
            if (card.toObject().value(QStringLiteral("drug")) == QStringLiteral("elacestrant"))
                for (const auto& f : card.toObject().value(QStringLiteral("flags")).toArray())
                    flags << f.toString();
        return flags;
    };
    Outcome r = oncocase({QStringLiteral("assess"), vignette, QStringLiteral("--knowledge"), pack});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("knowledge_version")).toString(), QStringLiteral("2026.12.2"));
    EXPECT_FALSE(elacestrantFlagsOf(r).contains(QStringLiteral("NOT_APPROVED_IN_JURISDICTION")));
    EXPECT_TRUE(elacestrantFlagsOf(r).contains(QStringLiteral("PRIOR_INVESTIGATIONAL_AGENT")));
    r = oncocase({QStringLiteral("assess"), vignette});
    EXPECT_EQ(r.json().value(QStringLiteral("knowledge_version")).toString(), QStringLiteral("2026.12.1"));
    EXPECT_TRUE(elacestrantFlagsOf(r).contains(QStringLiteral("NOT_APPROVED_IN_JURISDICTION")));
    // A pack that does not check is refused before anything is assessed; --knowledge is for case files only.
    QFile bad(file(QStringLiteral("bad.json")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("{\"format\": \"oncocase-knowledge/2\"}");
    bad.close();
    r = oncocase({QStringLiteral("assess"), vignette, QStringLiteral("--knowledge"), bad.fileName()});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("format"))) << r.err.toStdString();
    r = oncocase({QStringLiteral("assess"), QStringLiteral("--database"), demo(), QStringLiteral("--patient"),
                  QStringLiteral("DEMO-0001"), QStringLiteral("--knowledge"), pack});
    EXPECT_EQ(r.code, 2);
}
