#include "core/storage/sql/SqlPatients.h"

#include "core/storage/sql/SqlConnection.h"
#include "core/storage/sql/SqlTable.h"

#include <QSqlError>
#include <QSqlQuery>

namespace onco {

namespace {

QString timeText(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

/** A list read: the rows, or the first error met. */
template <typename T> Result<QList<T>> rowsOr(QList<T> rows, const Status& status)
{
    if (!status)
        return status.error();
    return rows;
}

const QString kListColumns = QStringLiteral("id, mrn, name, name_latin, sex, birth_date, archived, updated_at");

QList<PatientListEntry> listEntries(QSqlQuery& q)
{
    QList<PatientListEntry> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     fromCode<Sex>(q.value(4).toString()).value_or(Sex::Unrecorded),
                     QDate::fromString(q.value(5).toString(), Qt::ISODate), q.value(6).toBool(),
                     QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs)});
    return list;
}

}  // namespace

SqlPatients::SqlPatients(SqlConnection& db)
    : m_db(db)
{}

Result<std::optional<Patient>> SqlPatients::findPatient(qint64 id)
{
    Status status;
    auto p = SqlTable<Patient>(m_db).load(id, &status);
    if (!status)
        return status.error();
    return p;
}

Result<QList<Patient>> SqlPatients::patientsByIds(const QList<qint64>& ids)
{
    Status status;
    auto rows = SqlTable<Patient>(m_db).loadByIds(ids, &status);
    return rowsOr(std::move(rows), status);
}

Result<QList<Patient>> SqlPatients::patientsInRange(qint64 first, qint64 last)
{
    Status status;
    auto rows = SqlTable<Patient>(m_db).loadRange(first, last, &status);
    return rowsOr(std::move(rows), status);
}

Result<std::optional<qint64>> SqlPatients::idOfMrn(const QString& mrn)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT id FROM patients WHERE mrn = ?"));
    q.bindValue(0, mrn.trimmed());
    if (!q.exec()) {
        const Error e = m_db.error(tr("patient"), q.lastError());
        q.finish();
        return e;
    }
    std::optional<qint64> id;
    if (q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<QList<PatientListEntry>> SqlPatients::listPatients()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM patients ORDER BY mrn").arg(kListColumns)))
        return m_db.error(tr("patient list"), q.lastError());
    return listEntries(q);
}

Result<QList<PatientListEntry>> SqlPatients::duplicatesOf(const Patient& p)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM patients WHERE id != ? AND (mrn = ? OR (name = ? AND birth_date = ?) "
                             "OR (name_latin = ? AND birth_date = ?))")
                  .arg(kListColumns));
    const QVariant birth = p.birthDate.isValid() ? QVariant(p.birthDate.toString(Qt::ISODate)) : QVariant();
    q.bindValue(0, p.id);
    q.bindValue(1, p.mrn.trimmed());
    q.bindValue(2, p.name.isEmpty() ? QVariant() : QVariant(p.name));
    q.bindValue(3, birth);
    q.bindValue(4, p.nameLatin.isEmpty() ? QVariant() : QVariant(p.nameLatin));
    q.bindValue(5, birth);
    if (!q.exec())
        return m_db.error(tr("patient list"), q.lastError());
    return listEntries(q);
}

Result<qint64> SqlPatients::patientCount()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM patients")) || !q.next())
        return m_db.error(tr("patient list"), q.lastError());
    return q.value(0).toLongLong();
}

Status SqlPatients::insertPatient(Patient& p, const QDateTime& now)
{
    const QString at = timeText(now);
    auto id =
        SqlTable<Patient>(m_db).insert(p, {{QStringLiteral("created_at"), at}, {QStringLiteral("updated_at"), at}});
    if (!id)
        return id.error();
    return {};
}

Status SqlPatients::updatePatient(const Patient& p, const QDateTime& now)
{
    return SqlTable<Patient>(m_db).update(p, {{QStringLiteral("updated_at"), timeText(now)}});
}

Status SqlPatients::touchPatient(qint64 id, const QDateTime& now)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("UPDATE patients SET updated_at = ? WHERE id = ?"));
    q.bindValue(0, timeText(now));
    q.bindValue(1, id);
    const bool ok = q.exec();
    const QSqlError e = q.lastError();
    q.finish();
    if (!ok)
        return m_db.error(tr("patient"), e);
    return {};
}

Result<QDateTime> SqlPatients::lockVersion(qint64 id)
{
    // SQLite's write transaction (BEGIN IMMEDIATE) already excludes every other writer; PostgreSQL locks the row.
    QSqlQuery& q = m_db.prepared(m_db.dialect() == SqlConnection::Dialect::Postgres
                                     ? QStringLiteral("SELECT updated_at FROM patients WHERE id = ? FOR UPDATE")
                                     : QStringLiteral("SELECT updated_at FROM patients WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec())
        return failedQuery(m_db, q, tr("patient"));
    const QDateTime version = q.next() ? QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs) : QDateTime();
    q.finish();
    return version;
}

#define ONCO_RECORD_DEFINITIONS(T, ...)                                                                                \
    Result<std::optional<T>> SqlPatients::find(RecordOf<T>, qint64 id)                                                 \
    {                                                                                                                  \
        Status status;                                                                                                 \
        auto row = SqlTable<T>(m_db).load(id, &status);                                                                \
        if (!status)                                                                                                   \
            return status.error();                                                                                     \
        return row;                                                                                                    \
    }                                                                                                                  \
    Result<QList<T>> SqlPatients::ofPatient(RecordOf<T>, qint64 patientId)                                             \
    {                                                                                                                  \
        Status status;                                                                                                 \
        auto rows = SqlTable<T>(m_db).loadForPatient(patientId, &status);                                              \
        return rowsOr(std::move(rows), status);                                                                        \
    }                                                                                                                  \
    Result<QList<T>> SqlPatients::ofPatients(RecordOf<T>, const QList<qint64>& patientIds)                             \
    {                                                                                                                  \
        Status status;                                                                                                 \
        auto rows = SqlTable<T>(m_db).loadForPatients(patientIds, &status);                                            \
        return rowsOr(std::move(rows), status);                                                                        \
    }                                                                                                                  \
    Result<QList<T>> SqlPatients::inRange(RecordOf<T>, qint64 first, qint64 last)                                      \
    {                                                                                                                  \
        Status status;                                                                                                 \
        auto rows = SqlTable<T>(m_db).loadRange(first, last, &status);                                                 \
        return rowsOr(std::move(rows), status);                                                                        \
    }                                                                                                                  \
    Status SqlPatients::insert(T& record)                                                                              \
    {                                                                                                                  \
        auto id = SqlTable<T>(m_db).insert(record);                                                                    \
        if (!id)                                                                                                       \
            return id.error();                                                                                         \
        return {};                                                                                                     \
    }                                                                                                                  \
    Status SqlPatients::update(const T& record)                                                                        \
    {                                                                                                                  \
        return SqlTable<T>(m_db).update(record);                                                                       \
    }                                                                                                                  \
    Status SqlPatients::remove(RecordOf<T>, qint64 id)                                                                 \
    {                                                                                                                  \
        return SqlTable<T>(m_db).remove(id);                                                                           \
    }
ONCO_OWNED_RECORD_KINDS(ONCO_RECORD_DEFINITIONS)
#undef ONCO_RECORD_DEFINITIONS

}  // namespace onco
