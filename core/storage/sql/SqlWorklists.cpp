#include "core/storage/sql/SqlWorklists.h"

#include "core/storage/sql/SqlConnection.h"
#include "core/util/Dates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace onco::worklists {

namespace {

/** YYYY-MM-DDTHH:mm:ss.zzzZ as CaseService and AuditTrail write it; anything else through Qt's parser. */
QDateTime utcTime(const QString& text)
{
    if (text.size() == 24 && text.at(10) == QLatin1Char('T') && text.at(23) == QLatin1Char('Z')) {
        const QDate d = dates::parseIso(text.left(10));
        const QTime t(text.mid(11, 2).toInt(), text.mid(14, 2).toInt(), text.mid(17, 2).toInt(),
                      text.mid(20, 3).toInt());
        if (d.isValid() && t.isValid())
            return QDateTime(d, t, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

}  // namespace

SqlWorklists::SqlWorklists(SqlConnection& db)
    : m_db(db)
{}

Result<QList<PatientIdentity>> SqlWorklists::patients()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, mrn, name, name_latin, archived, updated_at FROM patients ORDER BY id")))
        return m_db.error(tr("patients"), q.lastError());
    QList<PatientIdentity> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toInt() != 0, utcTime(q.value(5).toString())});
    return list;
}

Result<QHash<qint64, QDateTime>> SqlWorklists::lastPrints()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT patient_id, max(at) FROM audit_log WHERE action = 'print' AND patient_id IS "
                               "NOT NULL GROUP BY patient_id")))
        return m_db.error(tr("audit trail"), q.lastError());
    QHash<qint64, QDateTime> prints;
    while (q.next())
        prints.insert(q.value(0).toLongLong(), utcTime(q.value(1).toString()));
    return prints;
}

Result<QHash<qint64, QHash<QString, QDate>>> SqlWorklists::optionsSince(const QDate& asOf)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT h.patient_id, h.drug, h.first_seen FROM assessment_status_history h WHERE h.status = 'option' AND "
        "h.id IN (SELECT max(id) FROM assessment_status_history WHERE first_seen <= ? GROUP BY patient_id, drug)"));
    q.bindValue(0, dates::toIso(asOf));
    if (!q.exec())
        return m_db.error(tr("assessment history"), q.lastError());
    QHash<qint64, QHash<QString, QDate>> since;
    while (q.next())
        since[q.value(0).toLongLong()].insert(q.value(1).toString(), dates::parseIso(q.value(2).toString()));
    return since;
}

Result<QHash<qint64, QList<KnowledgeChange>>> SqlWorklists::lastKnowledgeChanges(const QString& jurisdiction)
{
    QHash<qint64, QList<KnowledgeChange>> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // A store opened read-only before its upgrade to schema 5 has no such table: no install, no change.
    const auto exists = m_db.hasTable(QStringLiteral("knowledge_install_changes"));
    if (!exists)
        return Error{exists.error().kind,
                     tr("knowledge install changes") + QStringLiteral(": ") + exists.error().message};
    if (!*exists)
        return out;
    q.prepare(QStringLiteral("SELECT patient_id, drug, before_status, after_status, flags_added, flags_removed FROM "
                             "knowledge_install_changes WHERE jurisdiction = ? AND pack_id = (SELECT max(id) FROM "
                             "knowledge_packs) ORDER BY patient_id, drug"));
    q.addBindValue(jurisdiction);
    if (!q.exec())
        return m_db.error(tr("knowledge install changes"), q.lastError());
    auto list = [](const QVariant& v) {
        QStringList codes;
        for (const auto& x : QJsonDocument::fromJson(v.toString().toUtf8()).array())
            codes << x.toString();
        return codes;
    };
    while (q.next()) {
        KnowledgeChange c;
        c.patientId = q.value(0).toLongLong();
        c.drug = q.value(1).toString();
        c.before = q.value(2).toString();
        c.after = q.value(3).toString();
        c.flagsAdded = list(q.value(4));
        c.flagsRemoved = list(q.value(5));
        out[c.patientId] << c;
    }
    return out;
}

}  // namespace onco::worklists
