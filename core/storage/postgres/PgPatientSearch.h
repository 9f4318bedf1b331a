#pragma once

#include "core/storage/sql/SqlPatientSearch.h"

namespace onco {

/** The patient search on PostgreSQL: LIKE over the view patient_search_text (lower-case names, pinyin, numbers;
 *  trigram-indexed where the server has pg_trgm), the list rows from the view patient_list. */
class PgPatientSearch : public SqlPatientSearch
{
public:
    explicit PgPatientSearch(SqlConnection& db);

    Result<QList<qint64>> search(const PatientQuery& query) override;

    /** The condition on patient_search_text `t` for a search text, with its LIKE patterns in `patterns` (bound in
     *  order); empty when the text holds nothing searchable. */
    static QString matchCondition(const QString& text, QStringList& patterns);
};

}  // namespace onco
