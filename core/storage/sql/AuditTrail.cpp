#include "core/storage/sql/AuditTrail.h"

#include "core/storage/sql/SqlConnection.h"
#include "core/util/Clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace onco {

namespace {

struct Row
{
    qint64 id = 0;
    QString at, user, action, entity;
    QVariant entityId, patientId;
    QString before, after, prevHash, hash;
};

QString computeHash(const Row& r)
{
    const QJsonArray content{r.prevHash,
                             QString::number(r.id),
                             r.at,
                             r.user,
                             r.action,
                             r.entity,
                             r.entityId.isNull() ? QString() : r.entityId.toString(),
                             r.patientId.isNull() ? QString() : r.patientId.toString(),
                             r.before,
                             r.after};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

QString compact(const QJsonObject& o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

}  // namespace

AuditTrail::AuditTrail(SqlConnection& db, const Clock& clock, QString user, QString headPath)
    : m_db(db)
    , m_clock(clock)
    , m_user(std::move(user))
    , m_headPath(std::move(headPath))
{}

Status AuditTrail::append(const AuditRecord& record)
{
    if (auto s = m_db.lockAuditChain(); !s)
        return Error{s.error().kind, tr("audit trail") + QStringLiteral(": ") + s.error().message};
    QSqlQuery& last = m_db.prepared(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last.exec())
        return failedQuery(m_db, last, tr("audit trail"));
    Row row;
    row.prevHash = genesisHash();
    qint64 lastId = 0;
    if (last.next()) {
        lastId = last.value(0).toLongLong();
        row.prevHash = last.value(1).toString();
    }
    last.finish();
    if (m_db.dialect() == SqlConnection::Dialect::Sqlite) {
        // AUTOINCREMENT remembers the highest id ever issued: a deleted tail leaves a gap that verify() finds.
        QSqlQuery& seq = m_db.prepared(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'"));
        if (seq.exec() && seq.next())
            lastId = std::max(lastId, seq.value(0).toLongLong());
        seq.finish();
    }

    row.id = lastId + 1;
    row.at = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    row.user = m_user;
    row.action = record.action;
    row.entity = record.entity;
    row.entityId = record.entityId ? QVariant(record.entityId) : QVariant();
    row.patientId = record.patientId ? QVariant(record.patientId) : QVariant();
    row.before = compact(record.before);
    row.after = compact(record.after);
    row.hash = computeHash(row);

    QSqlQuery& insert = m_db.prepared(QStringLiteral(
        "INSERT INTO audit_log (id, at, \"user\", action, entity, entity_id, patient_id, before_json, after_json, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values{row.id,
                              row.at,
                              row.user,
                              row.action,
                              row.entity,
                              row.entityId,
                              row.patientId,
                              row.before.isEmpty() ? QVariant() : QVariant(row.before),
                              row.after.isEmpty() ? QVariant() : QVariant(row.after),
                              row.prevHash,
                              row.hash};
    for (int i = 0; i < values.size(); ++i)
        insert.bindValue(i, values[i]);
    if (!insert.exec()) {
        const QSqlError e = insert.lastError();
        insert.finish();
        return m_db.error(tr("audit trail"), e);
    }
    insert.finish();
    return {};
}

Status AuditTrail::writeHead() const
{
    if (m_headPath.isEmpty())
        return {};
    return writeHeadOf(m_db, m_headPath);
}

Status AuditTrail::writeHeadOf(SqlConnection& db, const QString& headPath)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return db.error(tr("audit trail"), q.lastError());
    QJsonObject head{{QStringLiteral("format"), QStringLiteral("oncocase-audit-head/1")},
                     {QStringLiteral("last_id"), 0},
                     {QStringLiteral("hash"), genesisHash()}};
    if (q.next()) {
        head[QStringLiteral("last_id")] = q.value(0).toLongLong();
        head[QStringLiteral("hash")] = q.value(1).toString();
    }
    QSaveFile file(headPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(head).toJson()) < 0 || !file.commit())
        return Error{ErrorKind::Io, tr("%1: the audit head cannot be written").arg(headPath)};
    return {};
}

Result<qint64> AuditTrail::lastId()
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"));
    if (!q.exec() || !q.next())
        return failedQuery(m_db, q, tr("audit trail"));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<StoreChanges> AuditTrail::changesAfter(qint64 id)
{
    // The newest row first: rows appended while the changes are read are left for the next check.
    const auto last = lastId();
    if (!last)
        return last.error();
    StoreChanges changes;
    changes.lastId = std::max(id, *last);
    if (*last <= id)
        return changes;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT action, entity, patient_id FROM audit_log WHERE id > ? "
                                                "AND id <= ? AND action IN ('insert', 'update', 'delete', 'generate') "
                                                "ORDER BY id"));
    q.bindValue(0, id);
    q.bindValue(1, *last);
    if (!q.exec())
        return failedQuery(m_db, q, tr("audit trail"));
    const auto addOnce = [](QList<qint64>& list, qint64 patientId) {
        if (!list.contains(patientId))
            list.append(patientId);
    };
    while (q.next()) {
        const QString action = q.value(0).toString();
        const bool patientRow = q.value(1).toString() == QLatin1String("patient");
        const qint64 patientId = q.value(2).toLongLong();
        if (action == QLatin1String("generate") || patientId <= 0)
            changes.bulk = true;
        else if (patientRow && action == QLatin1String("insert"))
            addOnce(changes.added, patientId);
        else if (patientRow && action == QLatin1String("delete"))
            addOnce(changes.removed, patientId);
        else
            addOnce(changes.changed, patientId);
    }
    q.finish();
    // A patient added (with her records) or removed is announced as that only.
    changes.changed.removeIf(
        [&](qint64 patientId) { return changes.added.contains(patientId) || changes.removed.contains(patientId); });
    return changes;
}

Result<LastChange> AuditTrail::lastChange(qint64 patientId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT \"user\", at FROM audit_log WHERE patient_id = ? AND action "
                                                "IN ('insert', 'update', 'delete') ORDER BY id DESC LIMIT 1"));
    q.bindValue(0, patientId);
    if (!q.exec())
        return failedQuery(m_db, q, tr("audit trail"));
    LastChange change;
    if (q.next()) {
        change.user = q.value(0).toString();
        change.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    }
    q.finish();
    return change;
}

AuditReport AuditTrail::verify() const
{
    AuditReport report;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, \"user\", action, entity, entity_id, patient_id, before_json, "
                               "after_json, prev_hash, hash FROM audit_log ORDER BY id"))) {
        report.ok = false;
        report.problem = tr("the audit trail cannot be read: %1").arg(q.lastError().text());
        return report;
    }
    QString previous = genesisHash();
    qint64 expected = 1;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.at = q.value(1).toString();
        r.user = q.value(2).toString();
        r.action = q.value(3).toString();
        r.entity = q.value(4).toString();
        r.entityId = q.value(5);
        r.patientId = q.value(6);
        r.before = q.value(7).toString();
        r.after = q.value(8).toString();
        r.prevHash = q.value(9).toString();
        r.hash = q.value(10).toString();
        if (r.id != expected) {
            report.ok = false;
            report.firstBadId = expected;
            report.problem = tr("rows %1 to %2 were removed").arg(expected).arg(r.id - 1);
            return report;
        }
        if (r.prevHash != previous || computeHash(r) != r.hash) {
            report.ok = false;
            report.firstBadId = r.id;
            report.problem = r.prevHash != previous ? tr("row %1 does not follow the row before it").arg(r.id)
                                                    : tr("row %1 was altered").arg(r.id);
            return report;
        }
        previous = r.hash;
        ++expected;
        ++report.rows;
    }

    if (m_headPath.isEmpty())
        return report;
    QFile headFile(m_headPath);
    if (!headFile.open(QIODevice::ReadOnly)) {
        report.notes << tr("no audit head beside the database: a removed tail cannot be detected");
        return report;
    }
    const QJsonObject head = QJsonDocument::fromJson(headFile.readAll()).object();
    const qint64 headId = head.value(QStringLiteral("last_id")).toInteger(-1);
    const QString headHash = head.value(QStringLiteral("hash")).toString();
    if (headId < 0 || headHash.size() != 64) {
        report.notes << tr("the audit head beside the database is unreadable");
    } else if (headId > report.rows) {
        report.ok = false;
        report.firstBadId = report.rows + 1;
        report.problem = tr("rows %1 to %2 were removed from the end").arg(report.rows + 1).arg(headId);
    } else {
        QSqlQuery at(m_db.connection());
        at.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
        at.bindValue(0, headId);
        const QString stored = at.exec() && at.next() ? at.value(0).toString() : genesisHash();
        if (stored != headHash) {
            report.ok = false;
            report.firstBadId = headId;
            report.problem = tr("row %1 does not match the audit head").arg(headId);
        } else if (headId < report.rows) {
            report.notes << tr("the audit head lags %1 row(s) behind (the program stopped before updating it)")
                                .arg(report.rows - headId);
        }
    }
    return report;
}

}  // namespace onco
