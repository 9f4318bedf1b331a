#include "core/storage/sql/StoreCopy.h"

#include "core/storage/sql/SqlConnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace onco {

namespace {

Result<qint64> countRows(SqlConnection& db, const QString& table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return db.error(table, q.lastError());
    return q.value(0).toLongLong();
}

/** Copies the rows of one table, column by column as the source names them. */
Status copyTable(SqlConnection& source, SqlConnection& target, const QString& table)
{
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        return source.error(table, read.lastError());
    const QSqlRecord columns = read.record();
    QStringList names, marks;
    for (int i = 0; i < columns.count(); ++i) {
        names << QLatin1Char('"') + columns.fieldName(i) + QLatin1Char('"');
        marks << QStringLiteral("?");
    }
    QSqlQuery write(target.connection());
    if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))))
        return target.error(table, write.lastError());
    while (read.next()) {
        for (int i = 0; i < columns.count(); ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec())
            return target.error(table, write.lastError());
    }
    if (read.lastError().isValid())
        return source.error(table, read.lastError());
    return {};
}

QString newestAuditHash(SqlConnection& db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")) && q.next()
               ? q.value(0).toString()
               : QString();
}

}  // namespace

const QStringList& StoreCopy::tables()
{
    static const QStringList list{QStringLiteral("patients"),
                                  QStringLiteral("diagnoses"),
                                  QStringLiteral("biopsies"),
                                  QStringLiteral("disease_events"),
                                  QStringLiteral("therapy_lines"),
                                  QStringLiteral("marker_results"),
                                  QStringLiteral("genetic_results"),
                                  QStringLiteral("medications"),
                                  QStringLiteral("audit_log"),
                                  QStringLiteral("assessment_summaries"),
                                  QStringLiteral("assessment_status_history"),
                                  QStringLiteral("knowledge_packs"),
                                  QStringLiteral("knowledge_install_changes"),
                                  QStringLiteral("accounts"),
                                  QStringLiteral("supportive_drugs"),
                                  QStringLiteral("patient_list_state")};
    return list;
}

Status StoreCopy::checkEmpty(SqlConnection& target)
{
    // Only into an empty store: nothing of the target's may mix with the copy.
    for (const QString& table : {QStringLiteral("patients"), QStringLiteral("audit_log"), QStringLiteral("accounts")}) {
        const auto n = countRows(target, table);
        if (!n)
            return n.error();
        if (*n > 0)
            return Error{ErrorKind::InvalidInput,
                         tr("%1 is not empty (%2 has %3 rows): a desk database is moved only into an empty one")
                             .arg(target.location(), table)
                             .arg(*n)};
    }
    return {};
}

Status StoreCopy::copyRows(SqlConnection& source, SqlConnection& target)
{
    // The list state and the supportive drugs are written when the target first opens; the copy brings its own.
    for (const QString& table : {QStringLiteral("supportive_drugs"), QStringLiteral("patient_list_state")})
        if (auto s = target.exec(QStringLiteral("DELETE FROM %1").arg(table)); !s)
            return s;
    for (const QString& table : tables()) {
        const auto exists = source.hasTable(table);
        if (!exists)
            return exists.error();
        if (!*exists)
            continue;  // an older desk database: nothing of it to copy
        if (auto s = copyTable(source, target, table); !s)
            return s;
    }
    if (target.dialect() == SqlConnection::Dialect::Postgres)
        for (const QString& table : tables()) {
            // The identity columns go on after the copied ids (tables keyed otherwise have none).
            QSqlQuery q(target.connection());
            q.prepare(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                                     "current_schema() AND table_name = ? AND column_name = 'id'"));
            q.addBindValue(table);
            if (!q.exec() || !q.next())
                return target.error(table, q.lastError());
            if (q.value(0).toInt() == 0)
                continue;
            if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, "
                                       "false) FROM %1")
                            .arg(table)))
                return target.error(table, q.lastError());
        }
    return {};
}

Result<StoreCopyReport> StoreCopy::check(SqlConnection& source, SqlConnection& target)
{
    // Every table's rows, and the chain's newest hash.
    StoreCopyReport report;
    for (const QString& table : tables()) {
        const auto exists = source.hasTable(table);
        if (!exists || !*exists)
            continue;
        const auto from = countRows(source, table);
        const auto to = countRows(target, table);
        if (!from || !to)
            return from ? to.error() : from.error();
        report.tables.append({table, *from, *to});
        if (*from != *to)
            return Error{ErrorKind::Io, tr("the copy is incomplete: %1 has %2 rows in the source and %3 in the copy")
                                            .arg(table)
                                            .arg(*from)
                                            .arg(*to)};
    }
    report.lastAuditHash = newestAuditHash(target);
    if (report.lastAuditHash != newestAuditHash(source))
        return Error{ErrorKind::Io, tr("the copy's audit trail does not end where the source's does")};
    return report;
}

}  // namespace onco
