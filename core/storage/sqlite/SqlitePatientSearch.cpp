#include "core/storage/sqlite/SqlitePatientSearch.h"

#include "core/storage/SearchText.h"
#include "core/storage/sqlite/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace onco {

namespace {

const QString kNameKey = QStringLiteral("p.name_key");

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
    return sqlError(SqlitePatientSearch::tr("patient search"), QString::fromUtf8(sqlite3_errmsg(db)), rc);
}

/** A flag in a '|'-joined list column (AssessmentRepository's storage of lists). */
QString hasFlag(const QString& column, const char* flag)
{
    return QStringLiteral("instr('|' || s.%1 || '|', '|%2|') > 0").arg(column, QLatin1String(flag));
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

SqlitePatientSearch::SqlitePatientSearch(Database& db)
    : m_db(db)
{
    // The search index and the list table of 100,000 patients take some 30 MB: let the connection keep them in
    // memory (SQLite's default page cache is 2 MB), so a keystroke reads no file pages.
    m_db.exec(QStringLiteral("PRAGMA cache_size = -65536"));
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
    QStringList where;
    const QString match = matchExpression(query.text);
    const QString number = searchtext::numberFragment(query.text);
    if (!match.isEmpty()) {
        QString candidates = QStringLiteral("SELECT rowid FROM patient_search WHERE patient_search MATCH :match");
        if (!number.isEmpty())  // a number typed from its middle, e.g. 50000 for SYN-0050000
            candidates +=
                QStringLiteral(" UNION SELECT rowid FROM patient_numbers WHERE patient_numbers MATCH :number");
        where << QStringLiteral("p.patient_id IN (%1)").arg(candidates);
    }
    if (!query.includeArchived)
        where << QStringLiteral("p.archived = 0");
    if (query.advancedOnly)
        // With a search text, look the matches up by id ("+" keeps SQLite off the index on `advanced`).
        where << (match.isEmpty() ? QStringLiteral("p.advanced = 1") : QStringLiteral("+p.advanced = 1"));
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
    // Columns of a few values (advanced, the oral SERD rank, the number of due actions, sex) and the outpatient
    // number (often not recorded) are ordered by name within.
    if (query.sort == PatientSort::Advanced || query.sort == PatientSort::SerdStatus ||
        query.sort == PatientSort::DueActions || query.sort == PatientSort::Sex ||
        query.sort == PatientSort::OutpatientNumber)
        order += QStringLiteral(", ") + kNameKey + direction;
    order += QStringLiteral(", p.patient_id") + direction;

    const QString sql = QStringLiteral("SELECT p.patient_id FROM patient_list p%1 ORDER BY %2")
                            .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(" AND "), order);
    sqlite3* handle = m_db.handle();
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

Result<qint64> SqlitePatientSearch::activeCount()
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT count(*) FROM patient_list WHERE archived = 0"));
    if (!q.exec() || !q.next()) {
        const QSqlError e = q.lastError();
        q.finish();
        return sqlError(tr("patient list"), e.text(), e.nativeErrorCode().toInt());
    }
    const qint64 count = q.value(0).toLongLong();
    q.finish();
    return count;
}

Result<QSet<qint64>> SqlitePatientSearch::advanced(const QList<qint64>& ids)
{
    QSet<qint64> advanced;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT patient_id, advanced FROM patient_list "
                                                "WHERE patient_id IN (SELECT value FROM json_each(?))"));
    QStringList idText;
    for (qint64 id : ids)
        idText << QString::number(id);
    q.bindValue(0, QStringLiteral("[%1]").arg(idText.join(QLatin1Char(','))));
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        q.finish();
        return sqlError(tr("patient list"), e.text(), e.nativeErrorCode().toInt());
    }
    while (q.next())
        if (q.value(1).toInt() != 0)
            advanced.insert(q.value(0).toLongLong());
    q.finish();
    return advanced;
}

Result<QString> SqlitePatientSearch::factsKnowledgeVersion()
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT value FROM patient_list_state WHERE key = 'knowledge_version'"));
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        q.finish();
        return sqlError(tr("patient list"), e.text(), e.nativeErrorCode().toInt());
    }
    const QString version = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return version;
}

Status SqlitePatientSearch::recomputeFacts(const QStringList& supportiveDrugNames, const QString& knowledgeVersion)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginError();
    if (auto s = m_db.exec(QStringLiteral("DELETE FROM supportive_drugs")); !s)
        return s;
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO supportive_drugs (name) VALUES (?)"));
    for (const QString& name : supportiveDrugNames) {
        insert.bindValue(0, name);
        if (!insert.exec())
            return sqlError(tr("patient list"), insert.lastError().text(),
                            insert.lastError().nativeErrorCode().toInt());
    }
    insert.finish();
    if (auto s = m_db.exec(QStringLiteral("UPDATE patient_list SET advanced = (SELECT a.advanced FROM "
                                          "patient_advanced a WHERE a.patient_id = patient_list.patient_id)"));
        !s)
        return s;
    QSqlQuery state(m_db.connection());
    state.prepare(
        QStringLiteral("INSERT OR REPLACE INTO patient_list_state (key, value) VALUES ('knowledge_version', ?)"));
    state.bindValue(0, knowledgeVersion);
    if (!state.exec())
        return sqlError(tr("patient list"), state.lastError().text(), state.lastError().nativeErrorCode().toInt());
    state.finish();
    return tx.commit();
}

}  // namespace onco
