#include "core/storage/sqlite/SqlitePatientSearch.h"

#include "core/storage/SearchText.h"
#include "core/storage/sqlite/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace onco {

namespace {

/** Runs a statement through the raw API (faster than QtSql for tens of thousands of ids). */
class Statement
{
public:
    Statement(sqlite3* db, const QString& sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        m_rc = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    int code() const { return m_rc; }
    void bind(const char* name, const QString& value)
    {
        const int index = sqlite3_bind_parameter_index(m_stmt, name);
        if (index > 0) {
            const QByteArray utf8 = value.toUtf8();
            sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
    }
    sqlite3_stmt* get() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

Error rawError(sqlite3* db, int rc)
{
    return sqlError(SqlPatientSearch::tr("patient search"), QString::fromUtf8(sqlite3_errmsg(db)), rc);
}

}  // namespace

SqlitePatientSearch::SqlitePatientSearch(Database& db)
    : SqlPatientSearch(db)
    , m_sqlite(db)
{
    // The search index and the list table of 100,000 patients take some 30 MB: let the connection keep them in
    // memory (SQLite's default page cache is 2 MB), so a keystroke reads no file pages.
    m_sqlite.exec(QStringLiteral("PRAGMA cache_size = -65536"));
}

QString SqlitePatientSearch::matchExpression(const QString& text)
{
    const QStringList tokens = searchtext::tokens(text.normalized(QString::NormalizationForm_KC));
    if (tokens.isEmpty())
        return {};
    return QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QStringLiteral("\"*");
}

Result<QList<qint64>> SqlitePatientSearch::search(const PatientQuery& query)
{
    const QString match = matchExpression(query.text);
    const QString number = searchtext::numberFragment(query.text);
    QString condition;
    if (!match.isEmpty()) {
        QString candidates = QStringLiteral("SELECT rowid FROM patient_search WHERE patient_search MATCH :match");
        if (!number.isEmpty())  // a number typed from its middle, e.g. 50000 for SYN-0050000
            candidates +=
                QStringLiteral(" UNION SELECT rowid FROM patient_numbers WHERE patient_numbers MATCH :number");
        condition = QStringLiteral("p.patient_id IN (%1)").arg(candidates);
    }
    // With a search text, look the matches up by id ("+" keeps SQLite off the index on `advanced`).
    const QString sql = listSql(query, condition, match.isEmpty());
    sqlite3* handle = m_sqlite.handle();
    Statement stmt(handle, sql);
    if (stmt.code() != SQLITE_OK)
        return rawError(handle, stmt.code());
    stmt.bind(":match", match);
    stmt.bind(":number", QLatin1Char('"') + number + QLatin1Char('"'));
    QList<qint64> ids;
    int rc;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW)
        ids.append(sqlite3_column_int64(stmt.get(), 0));
    if (rc != SQLITE_DONE)
        return rawError(handle, rc);
    return ids;
}

}  // namespace onco
