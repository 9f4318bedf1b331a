#include "core/storage/sql/SqlPatientSearch.h"

#include "core/storage/sql/SqlConnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace onco {

namespace {

const QString kNameKey = QStringLiteral("p.name_key");

/** A flag in a '|'-joined list column (AssessmentRepository's storage of lists). */
QString hasFlag(const QString& column, const char* flag)
{
    // instr() in SQLite, strpos() in PostgreSQL: '|x|' LIKE '%|FLAG|%' reads alike in both.
    return QStringLiteral("('|' || s.%1 || '|') LIKE '%|%2|%'").arg(column, QLatin1String(flag));
}

QString actionable(const char* drug)
{
    const QString d = QLatin1String(drug);
    return QStringLiteral("(s.%1_status = 'option' AND NOT %2 AND NOT %3)")
        .arg(d, hasFlag(d + QStringLiteral("_flags"), "ALREADY_ON"),
             hasFlag(d + QStringLiteral("_flags"), "CURRENT_LINE_NOT_PROGRESSED"));
}

QString eitherDrug(QString (*condition)(const char*))
{
    return QStringLiteral("(%1 OR %2)").arg(condition("elacestrant"), condition("imlunestrant"));
}

QString alreadyOn(const char* drug)
{
    return hasFlag(QLatin1String(drug) + QStringLiteral("_flags"), "ALREADY_ON");
}

QString isOption(const char* drug)
{
    return QStringLiteral("s.%1_status = 'option'").arg(QLatin1String(drug));
}

QString needsInformation(const char* drug)
{
    return QStringLiteral("s.%1_status = 'needs_information'").arg(QLatin1String(drug));
}

QString ofPatient(const QString& what)
{
    return QStringLiteral("(SELECT %1 FROM assessment_summaries s WHERE s.patient_id = p.patient_id)").arg(what);
}

QString serdOptionCondition()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM assessment_summaries s WHERE s.patient_id = p.patient_id AND %1)")
        .arg(eitherDrug(actionable));
}

QString actionDueCondition()
{
    return QStringLiteral(
        "EXISTS (SELECT 1 FROM assessment_summaries s WHERE s.patient_id = p.patient_id AND s.actions <> '')");
}

QString serdSortExpression()
{
    // Keep in step with patientlist::serdRank().
    const QString rank =
        QStringLiteral("CASE WHEN s.deceased IS NOT NULL THEN 4 WHEN %1 THEN 0 WHEN %2 THEN 1 WHEN %3 THEN 2 WHEN %4 "
                       "THEN 3 ELSE 4 END")
            .arg(eitherDrug(actionable), eitherDrug(alreadyOn), eitherDrug(isOption), eitherDrug(needsInformation));
    return QStringLiteral("coalesce(%1, 5)").arg(ofPatient(rank));
}

QString dueActionsSortExpression()
{
    // Most due actions first (ascending); the list is '|'-joined.
    return QStringLiteral("coalesce(%1, 1)")
        .arg(ofPatient(QStringLiteral("CASE WHEN s.actions = '' THEN 0 ELSE "
                                      "length(replace(s.actions, '|', '')) - length(s.actions) - 1 END")));
}

/** A column of the patient's own row, looked up by key for each listed patient (no index orders it; the list table
 *  holds only the columns it sorts on most). */
QString patientColumn(const char* column)
{
    return QStringLiteral("(SELECT q.%1 FROM patients q WHERE q.id = p.patient_id)").arg(QLatin1String(column));
}

QString sortExpression(PatientSort sort)
{
    switch (sort) {
    case PatientSort::Name:
        return kNameKey;
    case PatientSort::Mrn:
        return QStringLiteral("p.mrn");
    case PatientSort::Age:
        return QStringLiteral("p.birth_date");  // reversed below: a later birth date is a younger patient
    case PatientSort::Advanced:
        return QStringLiteral("p.advanced");
    case PatientSort::LastChange:
        return QStringLiteral("p.updated_at");
    case PatientSort::SerdStatus:
        return serdSortExpression();
    case PatientSort::DueActions:
        return dueActionsSortExpression();
    case PatientSort::BirthDate:
        return QStringLiteral("p.birth_date");
    case PatientSort::Sex:
        return patientColumn("sex");
    case PatientSort::OutpatientNumber:
        return patientColumn("outpatient_number");
    }
    return {};
}

}  // namespace

SqlPatientSearch::SqlPatientSearch(SqlConnection& db)
    : m_db(db)
{}

QString SqlPatientSearch::listSql(const PatientQuery& query, const QString& matchCondition, bool indexedAdvanced) const
{
    QStringList where;
    if (!matchCondition.isEmpty())
        where << matchCondition;
    if (!query.includeArchived)
        where << QStringLiteral("p.archived = 0");
    if (query.advancedOnly)
        // With a search text, look the matches up by id ("+" keeps SQLite off the index on `advanced`).
        where << (indexedAdvanced ? QStringLiteral("p.advanced = 1") : QStringLiteral("+p.advanced = 1"));
    if (query.serdOptionOnly)
        where << serdOptionCondition();
    if (query.actionDueOnly)
        where << actionDueCondition();

    const QString key = sortExpression(query.sort);
    bool descending = query.order == Qt::DescendingOrder;
    if (query.sort == PatientSort::Age)
        descending = !descending;
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    QString order = key + direction;
    if (m_db.dialect() == SqlConnection::Dialect::Postgres)  // PostgreSQL's default is the other way round
        order += descending ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
    // Columns of a few values (advanced, the oral SERD rank, the number of due actions, sex) and the outpatient
    // number (often not recorded) are ordered by name within.
    if (query.sort == PatientSort::Advanced || query.sort == PatientSort::SerdStatus ||
        query.sort == PatientSort::DueActions || query.sort == PatientSort::Sex ||
        query.sort == PatientSort::OutpatientNumber)
        order += QStringLiteral(", ") + kNameKey + direction;
    order += QStringLiteral(", p.patient_id") + direction;

    return QStringLiteral("SELECT p.patient_id FROM patient_list p%1 ORDER BY %2")
        .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")), order);
}

Result<qint64> SqlPatientSearch::activeCount()
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT count(*) FROM patient_list WHERE archived = 0"));
    if (!q.exec() || !q.next()) {
        const QSqlError e = q.lastError();
        q.finish();
        return m_db.error(tr("patient list"), e);
    }
    const qint64 count = q.value(0).toLongLong();
    q.finish();
    return count;
}

Result<QSet<qint64>> SqlPatientSearch::advanced(const QList<qint64>& ids)
{
    QSet<qint64> advanced;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT patient_id, advanced FROM patient_list WHERE patient_id IN ") +
                                 m_db.idListSql());
    q.bindValue(0, m_db.idListValue(ids));
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        q.finish();
        return m_db.error(tr("patient list"), e);
    }
    while (q.next())
        if (q.value(1).toInt() != 0)
            advanced.insert(q.value(0).toLongLong());
    q.finish();
    return advanced;
}

Result<QString> SqlPatientSearch::factsKnowledgeVersion()
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT value FROM patient_list_state WHERE key = 'knowledge_version'"));
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        q.finish();
        return m_db.error(tr("patient list"), e);
    }
    const QString version = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return version;
}

Status SqlPatientSearch::recomputeFacts(const QStringList& supportiveDrugNames, const QString& knowledgeVersion)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginError();
    if (auto s = m_db.exec(QStringLiteral("DELETE FROM supportive_drugs")); !s)
        return s;
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO supportive_drugs (name) VALUES (?) ON CONFLICT DO NOTHING"));
    for (const QString& name : supportiveDrugNames) {
        insert.bindValue(0, name);
        if (!insert.exec())
            return m_db.error(tr("patient list"), insert.lastError());
    }
    insert.finish();
    // SQLite keeps the list's facts in a table; PostgreSQL computes them in the view patient_list.
    if (m_db.dialect() == SqlConnection::Dialect::Sqlite)
        if (auto s = m_db.exec(QStringLiteral("UPDATE patient_list SET advanced = (SELECT a.advanced FROM "
                                              "patient_advanced a WHERE a.patient_id = patient_list.patient_id)"));
            !s)
            return s;
    QSqlQuery state(m_db.connection());
    state.prepare(QStringLiteral("INSERT INTO patient_list_state (key, value) VALUES ('knowledge_version', ?) ON "
                                 "CONFLICT (key) DO UPDATE SET value = excluded.value"));
    state.bindValue(0, knowledgeVersion);
    if (!state.exec())
        return m_db.error(tr("patient list"), state.lastError());
    state.finish();
    return tx.commit();
}

}  // namespace onco
