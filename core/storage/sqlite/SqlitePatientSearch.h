#pragma once

#include "core/storage/sql/SqlPatientSearch.h"

#include <QCoreApplication>

namespace onco {

class Database;

/** The patient search in SQLite: an FTS5 index and the per-patient facts its triggers keep (schema 2). */
class SqlitePatientSearch : public SqlPatientSearch
{
public:
    explicit SqlitePatientSearch(Database& db);

    Result<QList<qint64>> search(const PatientQuery& query) override;

    /** The FTS5 expression for a search text: its tokens as one phrase whose last token is a prefix; CJK
     *  characters are single tokens. Empty when the text holds nothing searchable. */
    static QString matchExpression(const QString& text);

private:
    Database& m_sqlite;
};

}  // namespace onco
