#include "core/services/PatientDirectory.h"

#include "core/knowledge/Knowledge.h"
#include "core/storage/Database.h"
#include "core/storage/SqlTable.h"
#include "core/util/Clock.h"
#include "core/util/Dates.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <sqlite3.h>

namespace onco {

namespace {

const QString kNameKey = QStringLiteral("p.name_key");

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

/** Tokens as the unicode61 tokenizer sees them, except that each Han character is a token of its own. */
QStringList searchTokens(const QString& text)
{
    QStringList tokens;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            tokens << current;
        current.clear();
    };
    for (QChar c : text) {
        if (isHan(c)) {
            flush();
            tokens << QString(c);
        } else if (c.isLetterOrNumber() || c.isMark()) {
            current += c;
        } else {
            flush();
        }
    }
    flush();
    return tokens;
}

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
    return sqlError(PatientDirectory::tr("patient search"), QString::fromUtf8(sqlite3_errmsg(db)), rc);
}

}  // namespace

PatientDirectory::PatientDirectory(Database& db, const Knowledge& knowledge, const Clock& clock)
    : m_db(db)
    , m_knowledge(knowledge)
    , m_clock(clock)
{
    // The search index and the list table of 100,000 patients take some 30 MB: let the connection keep them in
    // memory (SQLite's default page cache is 2 MB), so a keystroke reads no file pages.
    m_db.exec(QStringLiteral("PRAGMA cache_size = -65536"));
}

PatientDirectory::~PatientDirectory() = default;

void PatientDirectory::setAssessmentSource(std::unique_ptr<ListAssessmentSource> source)
{
    m_assessments = std::move(source);
}

QString PatientDirectory::matchExpression(const QString& text)
{
    const QStringList tokens = searchTokens(text.normalized(QString::NormalizationForm_KC));
    if (tokens.isEmpty())
        return {};
    return QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QStringLiteral("\"*");
}

bool PatientDirectory::canSort(PatientSort sort) const
{
    return !sortExpression(sort).isEmpty();
}

QString PatientDirectory::sortExpression(PatientSort sort) const
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
        return m_assessments ? m_assessments->serdSortExpression() : QString();
    case PatientSort::DueActions:
        return m_assessments ? m_assessments->dueActionsSortExpression() : QString();
    }
    return {};
}

Result<QList<qint64>> PatientDirectory::search(const PatientQuery& query) const
{
    QStringList where;
    const QString match = matchExpression(query.text);
    const QString compact = query.text.simplified().remove(QLatin1Char(' ')).toLower();
    const bool byNumber =
        compact.size() >= 3 && std::any_of(compact.begin(), compact.end(), [](QChar c) { return c.isDigit(); });
    if (!match.isEmpty()) {
        QString candidates = QStringLiteral("SELECT rowid FROM patient_search WHERE patient_search MATCH :match");
        if (byNumber)  // a number typed from its middle, e.g. 50000 for SYN-0050000
            candidates +=
                QStringLiteral(" UNION SELECT rowid FROM patient_numbers WHERE patient_numbers MATCH :number");
        where << QStringLiteral("p.patient_id IN (%1)").arg(candidates);
    }
    if (!query.includeArchived)
        where << QStringLiteral("p.archived = 0");
    if (query.advancedOnly)
        // With a search text, look the matches up by id ("+" keeps SQLite off the index on `advanced`).
        where << (match.isEmpty() ? QStringLiteral("p.advanced = 1") : QStringLiteral("+p.advanced = 1"));
    if (query.serdOptionOnly || query.actionDueOnly) {
        if (!m_assessments)
            return Error{ErrorKind::InvalidInput, tr("the stored assessments are not available yet")};
        if (query.serdOptionOnly)
            where << m_assessments->serdOptionCondition();
        if (query.actionDueOnly)
            where << m_assessments->actionDueCondition();
    }

    const QString key = sortExpression(query.sort);
    if (key.isEmpty())
        return Error{ErrorKind::InvalidInput, tr("the patient list cannot be sorted by this column")};
    bool descending = query.order == Qt::DescendingOrder;
    if (query.sort == PatientSort::Age)
        descending = !descending;
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    QString order = key + direction;
    // Columns of a few values (advanced, the oral SERD rank, the number of due actions) are ordered by name within.
    if (query.sort == PatientSort::Advanced || query.sort == PatientSort::SerdStatus ||
        query.sort == PatientSort::DueActions)
        order += QStringLiteral(", ") + kNameKey + direction;
    order += QStringLiteral(", p.patient_id") + direction;

    const QString sql = QStringLiteral("SELECT p.patient_id FROM patient_list p%1 ORDER BY %2")
                            .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(" AND "), order);
    sqlite3* handle = m_db.handle();
    Statement stmt(handle, sql);
    if (stmt.code() != SQLITE_OK)
        return rawError(handle, stmt.code());
    stmt.bind(":match", match);
    stmt.bind(":number", QLatin1Char('"') + QString(compact).remove(QLatin1Char('"')) + QLatin1Char('"'));
    QList<qint64> ids;
    int rc;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW)
        ids.append(sqlite3_column_int64(stmt.get(), 0));
    if (rc != SQLITE_DONE)
        return rawError(handle, rc);
    return ids;
}

Result<qint64> PatientDirectory::activeCount() const
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

Result<QList<PatientListRow>> PatientDirectory::rows(const QList<qint64>& ids) const
{
    QList<PatientListRow> out;
    if (ids.isEmpty())
        return out;
    Status status;
    const QList<Patient> patients = SqlTable<Patient>(m_db).loadByIds(ids, &status);
    const QList<TherapyLine> lines = SqlTable<TherapyLine>(m_db).loadForPatients(ids, &status);
    const QList<DiseaseEvent> events = SqlTable<DiseaseEvent>(m_db).loadForPatients(ids, &status);
    const QList<GeneticResult> genomics = SqlTable<GeneticResult>(m_db).loadForPatients(ids, &status);
    if (!status)
        return status.error();

    QHash<qint64, PatientRecord> records;
    for (const Patient& p : patients)
        records[p.id].patient = p;
    for (const TherapyLine& t : lines)
        records[t.patientId].therapies.append(t);
    for (const DiseaseEvent& e : events)
        records[e.patientId].events.append(e);
    for (const GeneticResult& g : genomics)
        records[g.patientId].genomics.append(g);

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

    const QHash<qint64, ListAssessment> assessments =
        m_assessments ? m_assessments->load(m_db, ids) : QHash<qint64, ListAssessment>();
    const QDate today = m_clock.today();
    out.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = records.constFind(id);
        if (it == records.constEnd() || it->patient.id != id)
            continue;
        const PatientRecord& rec = *it;
        PatientListRow row;
        row.patient = rec.patient;
        row.age = dates::ageOn(rec.patient.birthDate, today);
        row.advanced = advanced.contains(id);
        if (const int current = course::currentLineIndex(rec.therapies, m_knowledge, today); current >= 0) {
            row.currentLine = rec.therapies[current];
            row.currentLineNumber = course::advancedLineNumbers(rec.therapies, m_knowledge)[current];
        }
        row.esr1 = course::latestEsr1(rec.genomics, today);
        if (row.esr1)
            row.esr1Currency = course::currencyOf(*row.esr1, course::latestProgressionDate(rec, today));
        row.assessment = assessments.value(id);
        out.append(std::move(row));
    }
    return out;
}

Status PatientDirectory::syncKnowledge()
{
    if (m_db.isReadOnly())
        return {};
    {
        QSqlQuery& q =
            m_db.prepared(QStringLiteral("SELECT value FROM patient_list_state WHERE key = 'knowledge_version'"));
        const bool current = q.exec() && q.next() && q.value(0).toString() == m_knowledge.version();
        q.finish();
        if (current)
            return {};
    }
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginError();
    if (auto s = m_db.exec(QStringLiteral("DELETE FROM supportive_drugs")); !s)
        return s;
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO supportive_drugs (name) VALUES (?)"));
    for (const Drug& d : m_knowledge.drugs()) {
        if (d.drugClass != DrugClass::Ofs && d.drugClass != DrugClass::Bone)
            continue;
        QStringList names = d.aliases;
        names << d.name << d.zh;
        for (const QString& name : names) {
            if (name.trimmed().isEmpty())
                continue;
            insert.bindValue(0, name.trimmed().toLower());
            if (!insert.exec())
                return sqlError(tr("patient list"), insert.lastError().text(),
                                insert.lastError().nativeErrorCode().toInt());
        }
    }
    insert.finish();
    if (auto s = m_db.exec(QStringLiteral("UPDATE patient_list SET advanced = (SELECT a.advanced FROM "
                                          "patient_advanced a WHERE a.patient_id = patient_list.patient_id)"));
        !s)
        return s;
    QSqlQuery state(m_db.connection());
    state.prepare(
        QStringLiteral("INSERT OR REPLACE INTO patient_list_state (key, value) VALUES ('knowledge_version', ?)"));
    state.bindValue(0, m_knowledge.version());
    if (!state.exec())
        return sqlError(tr("patient list"), state.lastError().text(), state.lastError().nativeErrorCode().toInt());
    state.finish();
    return tx.commit();
}

}  // namespace onco
