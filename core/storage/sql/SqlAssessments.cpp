#include "core/storage/sql/SqlAssessments.h"

#include "core/rules/Codes.h"
#include "core/storage/sql/SqlConnection.h"
#include "core/util/Dates.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <array>
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace onco::assessments {

namespace {

// Columns of assessment_summaries in the order the statements use them.
const char kColumns[] =
    "patient_id, as_of, computed_at, record_updated_at, knowledge_version, jurisdiction, advanced, "
    "resistance, resistance_rule, elacestrant_status, elacestrant_flags, imlunestrant_status, "
    "imlunestrant_flags, actions, esr1, esr1_date, current_line, current_line_start, current_drugs, "
    "marker_rise, deceased, marker_rises";
const QStringList kDrugs{QStringLiteral("elacestrant"), QStringLiteral("imlunestrant")};

// Reading 100,000 rows must stay well under a second, so lists, dates and times are parsed by hand here
// (QJsonDocument and QDateTime::fromString cost microseconds per value).

QString timeText(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

int digits(std::string_view s, size_t from, size_t count)
{
    int value = 0;
    for (size_t i = from; i < from + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

/** YYYY-MM-DD; an invalid date for anything else. */
QDate dateOf(std::string_view s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return {};
    return QDate(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
}

/** YYYY-MM-DDTHH:mm:ss.zzzZ as written by timeText(); anything else through Qt's parser. */
QDateTime timeOf(std::string_view s)
{
    if (s.size() == 24 && s[10] == 'T' && s[19] == '.' && s[23] == 'Z') {
        const QTime time(digits(s, 11, 2), digits(s, 14, 2), digits(s, 17, 2), digits(s, 20, 3));
        return QDateTime(dateOf(s.substr(0, 10)), time, Qt::UTC);
    }
    return QDateTime::fromString(QString::fromUtf8(s.data(), qsizetype(s.size())), Qt::ISODateWithMs);
}

/** Lists are stored joined with '|' (codes and catalogue names never contain it). */
QString joined(const QStringList& list)
{
    return list.isEmpty() ? QStringLiteral("") : list.join(QLatin1Char('|'));  // empty, not NULL
}

QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(dates::toIso(d)) : QVariant();
}

/** Marker rises as text: one entry per analyte, joined with '|'; its fields (analyte, label, nadir, latest, unit,
 *  date) percent-encoded and joined with ';'. NULL when there is none (few patients have one). */
QVariant risesText(const QList<StoredMarkerRise>& rises)
{
    if (rises.isEmpty())
        return QVariant();
    const auto number = [](double v) { return QString::number(v, 'g', QLocale::FloatingPointShortest).toLatin1(); };
    QByteArrayList entries;
    for (const StoredMarkerRise& r : rises)
        entries << QByteArrayList{QUrl::toPercentEncoding(r.analyte),
                                  QUrl::toPercentEncoding(r.label),
                                  number(r.nadir),
                                  number(r.latest),
                                  QUrl::toPercentEncoding(r.unit),
                                  dates::toIso(r.date).toLatin1()}
                       .join(';');
    return QString::fromLatin1(entries.join('|'));
}

/** The rises written by risesText(); an entry that does not read is left out. */
QList<StoredMarkerRise> risesOf(std::string_view text)
{
    QList<StoredMarkerRise> rises;
    const QByteArray bytes(text.data(), qsizetype(text.size()));
    for (const QByteArray& entry : bytes.split('|')) {
        const QByteArrayList fields = entry.split(';');
        if (fields.size() != 6)
            continue;
        StoredMarkerRise r;
        bool nadirOk = false, latestOk = false;
        r.analyte = QUrl::fromPercentEncoding(fields[0]);
        r.label = QUrl::fromPercentEncoding(fields[1]);
        r.nadir = fields[2].toDouble(&nadirOk);
        r.latest = fields[3].toDouble(&latestOk);
        r.unit = QUrl::fromPercentEncoding(fields[4]);
        r.date = dateOf(std::string_view(fields[5].constData(), size_t(fields[5].size())));
        if (nadirOk && latestOk && !r.analyte.isEmpty())
            rises.append(r);
    }
    return rises;
}

/** A summary row of a QSqlQuery. */
class QueryRow : public SummaryRow
{
public:
    explicit QueryRow(const QSqlQuery& q)
        : m_q(q)
    {}
    void next()
    {
        for (size_t i = 0; i < m_text.size(); ++i)
            m_text[i] = m_q.value(int(i)).toString().toUtf8();
    }
    bool isNull(int i) const override { return m_q.isNull(i); }
    qint64 integer(int i) const override { return m_q.value(i).toLongLong(); }
    std::string_view bytes(int i) const override
    {
        const QByteArray& t = m_text[size_t(i)];
        return std::string_view(t.constData(), size_t(t.size()));
    }

private:
    const QSqlQuery& m_q;
    std::array<QByteArray, 22> m_text;
};

StatusChange changeFromRow(const QSqlQuery& q)
{
    StatusChange c;
    c.patientId = q.value(0).toLongLong();
    c.drug = q.value(1).toString();
    c.status = rules::optionStatusFromCode(q.value(2).toString()).value_or(rules::OptionStatus::NeedsInformation);
    c.previous = rules::optionStatusFromCode(q.value(3).toString());
    c.firstSeen = dateOf(q.value(4).toString().toStdString());
    c.computedAt = timeOf(q.value(5).toString().toStdString());
    c.knowledgeVersion = q.value(6).toString();
    return c;
}

const char kHistoryColumns[] = "patient_id, drug, status, previous_status, first_seen, computed_at, knowledge_version";

}  // namespace

QString SummaryRow::shared(std::string_view value)
{
    auto it = m_strings.find(value);
    if (it == m_strings.end())
        it = m_strings.emplace(std::string(value), QString::fromUtf8(value.data(), qsizetype(value.size()))).first;
    return it->second;
}

/** Consecutive rows mostly repeat a column's value: the last one per column is checked first. */
QString SummaryRow::shared(int i)
{
    const std::string_view value = bytes(i);
    auto& [last, text] = m_last[size_t(i)];
    if (value != last || text.isNull()) {
        text = shared(value);
        last = value.empty() ? std::string() : std::string(value);
    }
    return text;
}

QStringList SummaryRow::list(int i)
{
    QStringList out;
    std::string_view rest = bytes(i);
    while (!rest.empty()) {
        const size_t bar = rest.find('|');
        if (bar != 0)
            out << shared(rest.substr(0, bar));
        rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
    }
    return out;
}

StoredAssessment SummaryRow::assessment()
{
    SummaryRow& r = *this;
    using rules::OptionStatus;
    using rules::Resistance;
    StoredAssessment s;
    s.patientId = r.integer(0);
    s.asOf = dateOf(r.bytes(1));
    s.computedAt = timeOf(r.bytes(2));
    s.recordUpdatedAt = timeOf(r.bytes(3));
    s.knowledgeVersion = r.shared(4);
    s.jurisdiction = fromCode<Jurisdiction>(r.shared(5)).value_or(Jurisdiction::UsFda);
    s.advanced = r.integer(6) != 0;
    s.resistance = rules::resistanceFromCode(r.shared(7)).value_or(Resistance::NotEvaluable);
    s.resistanceRule = r.shared(8);
    for (int i = 0; i < kDrugs.size(); ++i)
        s.options.append({kDrugs[i],
                          rules::optionStatusFromCode(r.shared(9 + 2 * i)).value_or(OptionStatus::NeedsInformation),
                          r.list(10 + 2 * i)});
    s.actions = r.list(13);
    s.esr1 = rules::esr1StateFromCode(r.shared(14)).value_or(rules::Esr1State::None);
    s.esr1Date = dateOf(r.bytes(15));
    if (!r.isNull(16))
        s.currentLine = int(r.integer(16));
    s.currentLineStart = dateOf(r.bytes(17));
    s.currentDrugs = r.list(18);
    if (!r.isNull(19))
        s.markerRise = r.integer(19) != 0;
    s.deceased = dateOf(r.bytes(20));
    if (!r.isNull(21))
        s.markerRises = risesOf(r.bytes(21));
    if (s.deceased.isValid())
        s.options.clear();  // a deceased patient has no option cards (stored as needing information)
    return s;
}

SqlAssessments::SqlAssessments(SqlConnection& db)
    : m_db(db)
{}

Result<QHash<qint64, QHash<QString, QString>>> SqlAssessments::latestStatuses(qint64 first, qint64 last)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT patient_id, drug, status FROM assessment_status_history WHERE id IN (SELECT max(id) FROM "
        "assessment_status_history WHERE patient_id BETWEEN ? AND ? GROUP BY patient_id, drug)"));
    q.bindValue(0, first);
    q.bindValue(1, last);
    if (!q.exec())
        return failedQuery(m_db, q, tr("assessment history"));
    QHash<qint64, QHash<QString, QString>> latest;
    while (q.next())
        latest[q.value(0).toLongLong()].insert(q.value(1).toString(), q.value(2).toString());
    q.finish();
    return latest;
}

Result<QHash<qint64, QDateTime>> SqlAssessments::recordVersions(qint64 first, qint64 last)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT id, updated_at FROM patients WHERE id BETWEEN ? AND ?"));
    q.bindValue(0, first);
    q.bindValue(1, last);
    if (!q.exec())
        return failedQuery(m_db, q, tr("patient"));
    QHash<qint64, QDateTime> versions;
    while (q.next())
        versions.insert(q.value(0).toLongLong(), timeOf(q.value(1).toString().toStdString()));
    q.finish();
    return versions;
}

Status SqlAssessments::write(const StoredAssessment& s)
{
    const auto latest = latestStatuses(s.patientId, s.patientId);
    if (!latest)
        return latest.error();
    return write(s, latest->value(s.patientId));
}

Status SqlAssessments::write(const StoredAssessment& s, const QHash<QString, QString>& previousStatuses)
{
    QSqlQuery& append =
        m_db.prepared(QStringLiteral("INSERT INTO assessment_status_history (%1) VALUES (?,?,?,?,?,?,?)")
                          .arg(QLatin1String(kHistoryColumns)));
    for (const StoredOption& o : s.options) {
        const auto found = previousStatuses.constFind(o.drug);
        const QVariant previous = found == previousStatuses.constEnd() ? QVariant() : QVariant(*found);
        const QString status = rules::optionStatusCode(o.status);
        if (previous.toString() == status)
            continue;
        const QVariant values[] = {
            s.patientId, o.drug, status, previous, dates::toIso(s.asOf), timeText(s.computedAt), s.knowledgeVersion};
        for (int i = 0; i < 7; ++i)
            append.bindValue(i, values[i]);
        if (!append.exec())
            return failedQuery(m_db, append, tr("assessment history"));
        append.finish();
    }

    // record_updated_at is copied from the patient row, so it compares equal to it whatever its text; the callers
    // write only summaries of the record version that is stored (read in the same transaction, or checked).
    static const QString upsert = [] {
        const QStringList columns = QString::fromLatin1(kColumns).split(QStringLiteral(", "));
        QStringList updates;
        for (const QString& c : columns.mid(1))
            updates << QStringLiteral("%1 = excluded.%1").arg(c);
        return QStringLiteral("INSERT INTO assessment_summaries (%1) VALUES (?,?,?,(SELECT updated_at FROM patients "
                              "WHERE id = ?),?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (patient_id) DO UPDATE "
                              "SET %2")
            .arg(QLatin1String(kColumns), updates.join(QStringLiteral(", ")));
    }();
    QSqlQuery& q = m_db.prepared(upsert);
    const StoredOption* ela = s.option(kDrugs[0]);
    const StoredOption* iml = s.option(kDrugs[1]);
    auto status = [](const StoredOption* o) {
        return rules::optionStatusCode(o ? o->status : rules::OptionStatus::NeedsInformation);
    };
    const QVariant values[] = {
        s.patientId,
        dates::toIso(s.asOf),
        timeText(s.computedAt),
        s.patientId,
        s.knowledgeVersion,
        toCode(s.jurisdiction),
        int(s.advanced),
        rules::resistanceCode(s.resistance),
        s.resistanceRule,
        status(ela),
        joined(ela ? ela->flags : QStringList()),
        status(iml),
        joined(iml ? iml->flags : QStringList()),
        joined(s.actions),
        rules::esr1StateCode(s.esr1),
        dateOrNull(s.esr1Date),
        s.currentLine ? QVariant(*s.currentLine) : QVariant(),
        dateOrNull(s.currentLineStart),
        s.currentLine ? QVariant(joined(s.currentDrugs)) : QVariant(),
        s.markerRise ? QVariant(int(*s.markerRise)) : QVariant(),
        dateOrNull(s.deceased),
        risesText(s.markerRises),
    };
    for (int i = 0; i < int(std::size(values)); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return failedQuery(m_db, q, tr("assessment summary"));
    q.finish();
    return {};
}

const char* SqlAssessments::summaryColumns()
{
    return kColumns;
}

Result<QList<StoredAssessment>> SqlAssessments::selectSummaries(const QString& tail, const QVariantList& values,
                                                                qsizetype expected)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM assessment_summaries %2").arg(QLatin1String(kColumns), tail));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return failedQuery(m_db, q, tr("assessment summaries"));
    QList<StoredAssessment> list;
    list.reserve(expected);
    QueryRow row(q);
    while (q.next()) {
        row.next();
        list.append(row.assessment());
    }
    if (q.lastError().isValid())
        return failedQuery(m_db, q, tr("assessment summaries"));
    return list;
}

Result<std::optional<StoredAssessment>> SqlAssessments::read(qint64 patientId)
{
    const auto rows = selectSummaries(QStringLiteral("WHERE patient_id = ?"), {patientId}, 1);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::nullopt : std::optional<StoredAssessment>(rows->front());
}

Result<QList<StoredAssessment>> SqlAssessments::read(const QList<qint64>& patientIds)
{
    if (patientIds.isEmpty())
        return QList<StoredAssessment>();
    return selectSummaries(QStringLiteral("WHERE patient_id IN %1 ORDER BY patient_id").arg(m_db.idListSql()),
                           {m_db.idListValue(patientIds)}, patientIds.size());
}

Result<QList<StoredAssessment>> SqlAssessments::readAll()
{
    QSqlQuery count(m_db.connection());
    const qsizetype rows = count.exec(QStringLiteral("SELECT count(*) FROM assessment_summaries")) && count.next()
                               ? count.value(0).toLongLong()
                               : 0;
    return selectSummaries(QStringLiteral("ORDER BY patient_id"), {}, rows);
}

Result<QList<qint64>> SqlAssessments::staleIds(const Freshness& now)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.id FROM patients p LEFT JOIN assessment_summaries s ON s.patient_id = p.id "
                             "WHERE s.patient_id IS NULL OR s.as_of != ? OR s.knowledge_version != ? "
                             "OR s.jurisdiction != ? OR s.record_updated_at != p.updated_at ORDER BY p.id"));
    q.bindValue(0, dates::toIso(now.asOf));
    q.bindValue(1, now.knowledgeVersion);
    q.bindValue(2, toCode(now.jurisdiction));
    if (!q.exec())
        return failedQuery(m_db, q, tr("assessment summaries"));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<QList<StatusChange>> SqlAssessments::history(qint64 patientId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT %1 FROM assessment_status_history WHERE patient_id = ? "
                                                "ORDER BY id")
                                     .arg(QLatin1String(kHistoryColumns)));
    q.bindValue(0, patientId);
    if (!q.exec())
        return failedQuery(m_db, q, tr("assessment history"));
    QList<StatusChange> list;
    while (q.next())
        list.append(changeFromRow(q));
    q.finish();
    return list;
}

Result<QList<StatusChange>> SqlAssessments::changesSince(const QDate& since, bool includeFirst)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM assessment_status_history WHERE first_seen >= ? %2 ORDER BY first_seen, id")
            .arg(QLatin1String(kHistoryColumns),
                 includeFirst ? QString() : QStringLiteral("AND previous_status IS NOT NULL")));
    q.bindValue(0, dates::toIso(since));
    if (!q.exec())
        return failedQuery(m_db, q, tr("assessment history"));
    QList<StatusChange> list;
    while (q.next())
        list.append(changeFromRow(q));
    return list;
}

}  // namespace onco::assessments
