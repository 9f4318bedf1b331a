#include "core/storage/sql/AuditTrail.h"

#include "tests/support/TestSupport.h"

#include <QFile>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace onco;

namespace {

/** Runs SQL on the raw handle with the append-only triggers out of the way (what a tamperer would do). */
void tamper(SqlConnection& db, const char* sql)
{
    if (db.dialect() == SqlConnection::Dialect::Postgres) {
        ASSERT_TRUE(db.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER; %1; ALTER TABLE audit_log "
                                           "ENABLE TRIGGER USER")
                                .arg(QString::fromUtf8(sql)))
                        .ok());
        return;
    }
    const QString script = QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; %1")
                               .arg(QString::fromUtf8(sql));
    ASSERT_TRUE(dynamic_cast<Database&>(db).execScript(script).ok());
}

qint64 auditRows(SqlConnection& db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next() ? q.value(0).toLongLong() : -1;
}

/** A database with a few audited changes. */
struct Populated : test::TempDatabase
{
    Populated()
    {
        auto id = service().importRecord(test::sampleRecord(), false);
        EXPECT_TRUE(id.ok());
        MarkerResult m{0, *id, QDate(2025, 6, 1), QStringLiteral("CEA"), 4.2, QStringLiteral("ng/mL"), 5.0};
        EXPECT_TRUE(service().save(m).ok());
    }
};

}  // namespace

TEST(AuditTrail, IntactChainVerifies)
{
    Populated t;
    const AuditReport r = t.audit().verify();
    EXPECT_TRUE(r.ok) << r.problem.toStdString();
    EXPECT_EQ(r.rows, auditRows(t.db()));
    EXPECT_GT(r.rows, 8);
    EXPECT_TRUE(r.notes.isEmpty());
}

TEST(AuditTrail, TableIsAppendOnly)
{
    Populated t;
    EXPECT_FALSE(t.db().exec(QStringLiteral("UPDATE audit_log SET user = 'x' WHERE id = 1")).ok());
    EXPECT_FALSE(t.db().exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")).ok());
}

TEST(AuditTrail, AnEditedRowIsFound)
{
    Populated t;
    tamper(t.db(), "UPDATE audit_log SET after_json = replace(after_json, 'CA15-3', 'CEA') WHERE entity = 'marker' "
                   "AND id = (SELECT min(id) FROM audit_log WHERE entity = 'marker');");
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT min(id) FROM audit_log WHERE entity = 'marker'")) && q.next());
    const AuditReport r = t.audit().verify();
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.firstBadId, q.value(0).toLongLong());
    EXPECT_TRUE(r.problem.contains(QStringLiteral("altered")));
}

TEST(AuditTrail, ADeletedRowInTheMiddleIsFound)
{
    Populated t;
    tamper(t.db(), "DELETE FROM audit_log WHERE id = 3;");
    const AuditReport r = t.audit().verify();
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.firstBadId, 3);
}

TEST(AuditTrail, ACutOffTailIsFoundThroughTheHead)
{
    Populated t;
    const qint64 rows = auditRows(t.db());
    tamper(t.db(), "DELETE FROM audit_log WHERE id > (SELECT max(id) - 2 FROM audit_log);");
    const AuditReport r = t.audit().verify();
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.firstBadId, rows - 1);
    EXPECT_TRUE(r.problem.contains(QStringLiteral("removed from the end")));
}

TEST(AuditTrail, ARewrittenTailWithNewRowsIsFound)
{
    Populated t;
    // Cut the tail, then keep working: new rows continue the chain from the cut, but ids leave a gap.
    tamper(t.db(), "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log);");
    auto id = t.service().findPatientId(QStringLiteral("T-0001"));
    ASSERT_TRUE(t.service().save(MarkerResult{0, *id, QDate(2025, 7, 1), QStringLiteral("CEA"), 5.0}).ok());
    const AuditReport r = t.audit().verify();
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.problem.contains(QStringLiteral("removed")));
}

TEST(AuditTrail, MissingHeadIsNotedNotFailed)
{
    Populated t;
    QFile::remove(AuditTrail::headPathFor(t.path()));
    const AuditReport r = t.audit().verify();
    EXPECT_TRUE(r.ok);
    ASSERT_EQ(r.notes.size(), 1);
    EXPECT_TRUE(r.notes[0].contains(QStringLiteral("cannot be detected")));
}

TEST(AuditTrail, RowsRecordUserActionAndBeforeAfter)
{
    Populated t;
    auto id = *t.service().findPatientId(QStringLiteral("T-0001"));
    auto rec = t.service().loadPatient(id);
    MarkerResult m = rec->markers.front();
    m.value = 91.0;
    ASSERT_TRUE(t.service().save(m).ok());
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT \"user\", action, entity, entity_id, patient_id, before_json, after_json "
                                      "FROM audit_log ORDER BY id DESC LIMIT 1")) &&
                q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("tester"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("update"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("marker"));
    EXPECT_EQ(q.value(3).toLongLong(), m.id);
    EXPECT_EQ(q.value(4).toLongLong(), id);
    EXPECT_TRUE(q.value(5).toString().contains(QStringLiteral("88.5")));
    EXPECT_TRUE(q.value(6).toString().contains(QStringLiteral("91")));
}
