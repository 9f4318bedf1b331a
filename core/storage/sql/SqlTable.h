#pragma once

#include "core/domain/RecordFields.h"
#include "core/storage/sql/SqlConnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <optional>

namespace onco {

/**
 * Generic storage of one entity type in its table, driven by `fields<T>()`.
 * Statements are prepared once per connection. Rows of patient-owned entities carry `patient_id`.
 */
template <typename T> class SqlTable
{
public:
    explicit SqlTable(SqlConnection& db)
        : m_db(db)
    {}

    static constexpr bool kPatientOwned = !std::is_same_v<T, Patient>;

    QList<T> loadForPatient(qint64 patientId, Status* status = nullptr)
    {
        static const QString sql =
            selectSql() + QStringLiteral(" WHERE patient_id = ? ORDER BY ") + QLatin1String(RecordKind<T>::order);
        QSqlQuery& q = m_db.prepared(sql);
        q.bindValue(0, patientId);
        return readAll(q, status);
    }

    /** The rows of the patients whose ids lie in [first, last], ordered by patient (bulk reads). */
    QList<T> loadRange(qint64 first, qint64 last, Status* status = nullptr)
    {
        static const QString sql =
            selectSql() + (kPatientOwned ? QStringLiteral(" WHERE patient_id BETWEEN ? AND ? ORDER BY patient_id, ") +
                                               QLatin1String(RecordKind<T>::order)
                                         : QStringLiteral(" WHERE id BETWEEN ? AND ? ORDER BY id"));
        QSqlQuery& q = m_db.prepared(sql);
        q.bindValue(0, first);
        q.bindValue(1, last);
        return readAll(q, status);
    }

    std::optional<T> load(qint64 id, Status* status = nullptr)
    {
        static const QString sql = selectSql() + QStringLiteral(" WHERE id = ?");
        QSqlQuery& q = m_db.prepared(sql);
        q.bindValue(0, id);
        QList<T> rows = readAll(q, status);
        if (rows.isEmpty())
            return std::nullopt;
        return rows.front();
    }

    /** Rows with the given ids, in table order (one statement, whatever the number of ids). */
    QList<T> loadByIds(const QList<qint64>& ids, Status* status = nullptr)
    {
        QSqlQuery& q = m_db.prepared(selectSql() + QStringLiteral(" WHERE id IN ") + m_db.idListSql());
        q.bindValue(0, m_db.idListValue(ids));
        return readAll(q, status);
    }

    /** The rows of several patients, ordered by patient and then as loadForPatient orders them. */
    QList<T> loadForPatients(const QList<qint64>& patientIds, Status* status = nullptr)
    {
        static_assert(kPatientOwned);
        QSqlQuery& q = m_db.prepared(selectSql() + QStringLiteral(" WHERE patient_id IN ") + m_db.idListSql() +
                                     QStringLiteral(" ORDER BY patient_id, ") + QLatin1String(RecordKind<T>::order));
        q.bindValue(0, m_db.idListValue(patientIds));
        return readAll(q, status);
    }

    /** Inserts `value` (its id is set); extra columns (e.g. timestamps) are appended by the caller. */
    Result<qint64> insert(T& value, const QList<QPair<QString, QVariant>>& extra = {})
    {
        QStringList names;
        if constexpr (kPatientOwned)
            names << QStringLiteral("patient_id");
        for (const auto& c : fields<T>())
            names << quoted(c.name);
        for (const auto& e : extra)
            names << e.first;
        QStringList marks;
        marks.fill(QStringLiteral("?"), names.size());
        QSqlQuery& q = m_db.prepared(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(QLatin1String(RecordKind<T>::table), names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
        int i = 0;
        if constexpr (kPatientOwned)
            q.bindValue(i++, value.patientId);
        for (const auto& c : fields<T>())
            q.bindValue(i++, c.get(value));
        for (const auto& e : extra)
            q.bindValue(i++, e.second);
        if (!q.exec())
            return failure(q, QStringLiteral("insert"));
        value.id = q.lastInsertId().toLongLong();
        q.finish();
        return value.id;
    }

    Status update(const T& value, const QList<QPair<QString, QVariant>>& extra = {})
    {
        QStringList sets;
        for (const auto& c : fields<T>())
            sets << quoted(c.name) + QStringLiteral(" = ?");
        for (const auto& e : extra)
            sets << e.first + QStringLiteral(" = ?");
        QSqlQuery& q = m_db.prepared(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                         .arg(QLatin1String(RecordKind<T>::table), sets.join(QLatin1Char(','))));
        int i = 0;
        for (const auto& c : fields<T>())
            q.bindValue(i++, c.get(value));
        for (const auto& e : extra)
            q.bindValue(i++, e.second);
        q.bindValue(i, value.id);
        if (!q.exec())
            return failure(q, QStringLiteral("update"));
        q.finish();
        return {};
    }

    Status remove(qint64 id)
    {
        QSqlQuery& q =
            m_db.prepared(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(RecordKind<T>::table)));
        q.bindValue(0, id);
        if (!q.exec())
            return failure(q, QStringLiteral("delete"));
        q.finish();
        return {};
    }

private:
    static QString quoted(const char* name) { return QLatin1Char('"') + QLatin1String(name) + QLatin1Char('"'); }

    static QString selectSql()
    {
        QStringList names{QStringLiteral("id")};
        if constexpr (kPatientOwned)
            names << QStringLiteral("patient_id");
        for (const auto& c : fields<T>())
            names << quoted(c.name);
        for (const auto& c : storageFields<T>())
            names << quoted(c.name);
        return QStringLiteral("SELECT %1 FROM %2")
            .arg(names.join(QLatin1Char(',')), QLatin1String(RecordKind<T>::table));
    }

    QList<T> readAll(QSqlQuery& q, Status* status)
    {
        QList<T> rows;
        if (!q.exec()) {
            if (status)
                *status = failure(q, QStringLiteral("read"));
            return rows;
        }
        const auto& cols = fields<T>();
        const int offset = kPatientOwned ? 2 : 1;
        while (q.next()) {
            T value;
            value.id = q.value(0).toLongLong();
            if constexpr (kPatientOwned)
                value.patientId = q.value(1).toLongLong();
            for (int i = 0; i < cols.size(); ++i)
                cols[i].set(value, q.value(offset + i));
            const auto& extra = storageFields<T>();
            for (int i = 0; i < extra.size(); ++i)
                extra[i].set(value, q.value(offset + int(cols.size()) + i));
            rows.append(std::move(value));
        }
        if (q.lastError().isValid() && status)
            *status = failure(q, QStringLiteral("read"));
        q.finish();
        return rows;
    }

    Error failure(QSqlQuery& q, const QString& what)
    {
        const QSqlError e = q.lastError();
        q.finish();
        return m_db.error(QStringLiteral("%1 %2").arg(what, QLatin1String(RecordKind<T>::entity)), e);
    }

    SqlConnection& m_db;
};

}  // namespace onco
