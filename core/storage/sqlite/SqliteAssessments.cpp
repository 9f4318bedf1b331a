#include "core/storage/sqlite/SqliteAssessments.h"

#include "core/storage/sqlite/Database.h"

#include <sqlite3.h>

namespace onco::assessments {

namespace {

/** A summary row of a sqlite3 statement, read as bytes. */
class StatementRow : public SummaryRow
{
public:
    explicit StatementRow(sqlite3_stmt* stmt)
        : m_stmt(stmt)
    {}
    bool isNull(int i) const override { return sqlite3_column_type(m_stmt, i) == SQLITE_NULL; }
    qint64 integer(int i) const override { return sqlite3_column_int64(m_stmt, i); }
    std::string_view bytes(int i) const override
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
        return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_stmt, i))) : std::string_view();
    }

private:
    sqlite3_stmt* m_stmt;
};

/** Binds an integer or a text (the only parameters of the summaries' statements). */
void bind(sqlite3_stmt* stmt, int index, const QVariant& value)
{
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
        sqlite3_bind_int64(stmt, index, value.toLongLong());
        return;
    }
    const QByteArray text = value.toString().toUtf8();
    sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

}  // namespace

SqliteAssessments::SqliteAssessments(Database& db)
    : SqlAssessments(db)
    , m_sqlite(db)
{}

Result<QList<StoredAssessment>> SqliteAssessments::selectSummaries(const QString& tail, const QVariantList& values,
                                                                   qsizetype expected)
{
    const QByteArray sql = QByteArray("SELECT ") + summaryColumns() + " FROM assessment_summaries " + tail.toUtf8();
    sqlite3* handle = m_sqlite.handle();
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &stmt, nullptr);
    QList<StoredAssessment> list;
    list.reserve(expected);
    if (rc == SQLITE_OK) {
        for (int i = 0; i < values.size(); ++i)
            bind(stmt, i + 1, values[i]);
        StatementRow row(stmt);
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            list.append(row.assessment());
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return sqlError(SqlAssessments::tr("assessment summaries"), message, rc);
    return list;
}

}  // namespace onco::assessments
