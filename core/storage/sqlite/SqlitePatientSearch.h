#pragma once

#include "core/storage/PatientSearch.h"

#include <QCoreApplication>

namespace onco {

class Database;

/** The patient search in SQLite: an FTS5 index and the per-patient facts its triggers keep (schema 2). */
class SqlitePatientSearch : public PatientSearch
{
    Q_DECLARE_TR_FUNCTIONS(PatientDirectory)
public:
    explicit SqlitePatientSearch(Database& db);

    Result<QList<qint64>> search(const PatientQuery& query) override;
    Result<qint64> activeCount() override;
    Result<QSet<qint64>> advanced(const QList<qint64>& ids) override;
    Result<QString> factsKnowledgeVersion() override;
    Status recomputeFacts(const QStringList& supportiveDrugNames, const QString& knowledgeVersion) override;

    /** The FTS5 expression for a search text: its tokens as one phrase whose last token is a prefix; CJK
     *  characters are single tokens. Empty when the text holds nothing searchable. */
    static QString matchExpression(const QString& text);

private:
    Database& m_db;
};

}  // namespace onco
