#pragma once

#include "core/storage/PatientSearch.h"

#include <QCoreApplication>

namespace onco {

class SqlConnection;

/**
 * The patient list's queries every backend shares: the filters and sort orders over the list rows (`patient_list p`,
 * one per patient: name_key, mrn, birth_date, updated_at, archived, advanced) and the stored assessments, the counts
 * and the supportive-drug facts. How a search text finds its patients is the backend's (search()).
 */
class SqlPatientSearch : public PatientSearch
{
    Q_DECLARE_TR_FUNCTIONS(PatientDirectory)
public:
    explicit SqlPatientSearch(SqlConnection& db);

    Result<qint64> activeCount() override;
    Result<QSet<qint64>> advanced(const QList<qint64>& ids) override;
    Result<QString> factsKnowledgeVersion() override;
    Status recomputeFacts(const QStringList& supportiveDrugNames, const QString& knowledgeVersion) override;

protected:
    /** `SELECT p.patient_id FROM patient_list p WHERE …` for `query`, `matchCondition` (on p.patient_id, empty when
     *  no text) among the conditions; `indexedAdvanced`: whether the advanced flag may lead the plan. A column without
     *  a value sorts first in ascending order, last in descending order, on every backend (as SQLite orders). */
    QString listSql(const PatientQuery& query, const QString& matchCondition, bool indexedAdvanced) const;

    SqlConnection& m_db;
};

}  // namespace onco
