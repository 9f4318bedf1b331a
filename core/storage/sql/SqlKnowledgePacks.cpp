#include "core/storage/sql/SqlKnowledgePacks.h"

#include "core/storage/sql/SqlConnection.h"
#include "core/util/Clock.h"
#include "core/util/Dates.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace onco {

namespace {

InstalledPack readRow(const QSqlQuery& q, bool withContent)
{
    InstalledPack p;
    p.id = q.value(0).toLongLong();
    p.version = q.value(1).toString();
    p.lastVerified = dates::parseIso(q.value(2).toString());
    p.format = q.value(3).toString();
    p.sha256 = q.value(4).toString();
    p.installedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs).toUTC();
    p.installedBy = q.value(6).toString();
    p.rollback = q.value(7).toInt() != 0;
    if (withContent)
        p.content = q.value(8).toString().toUtf8();
    return p;
}

const char* const kColumns = "id, version, last_verified, format, sha256, installed_at, installed_by, rollback";

}  // namespace

SqlKnowledgePacks::SqlKnowledgePacks(SqlConnection& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<std::optional<InstalledPack>> SqlKnowledgePacks::current()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // A store opened read-only before its upgrade to schema 5 has no such table: nothing installed.
    const auto exists = m_db.hasTable(QStringLiteral("knowledge_packs"));
    if (!exists)
        return Error{exists.error().kind, tr("knowledge packs") + QStringLiteral(": ") + exists.error().message};
    if (!*exists)
        return std::optional<InstalledPack>();
    if (!q.exec(QStringLiteral("SELECT %1, content FROM knowledge_packs ORDER BY id DESC LIMIT 1")
                    .arg(QLatin1String(kColumns))))
        return m_db.error(tr("knowledge packs"), q.lastError());
    if (!q.next())
        return std::optional<InstalledPack>();
    return std::optional<InstalledPack>(readRow(q, true));
}

Result<QList<InstalledPack>> SqlKnowledgePacks::history()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM knowledge_packs ORDER BY id").arg(QLatin1String(kColumns))))
        return m_db.error(tr("knowledge packs"), q.lastError());
    QList<InstalledPack> list;
    while (q.next())
        list << readRow(q, false);
    return list;
}

Result<InstalledPack> SqlKnowledgePacks::add(InstalledPack pack)
{
    pack.sha256 = QString::fromLatin1(QCryptographicHash::hash(pack.content, QCryptographicHash::Sha256).toHex());
    pack.installedAt = m_clock.now().toUTC();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO knowledge_packs (version, last_verified, format, content, sha256, "
                             "installed_at, installed_by, rollback) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(pack.version);
    q.addBindValue(pack.lastVerified.toString(Qt::ISODate));
    q.addBindValue(pack.format);
    q.addBindValue(QString::fromUtf8(pack.content));
    q.addBindValue(pack.sha256);
    q.addBindValue(pack.installedAt.toString(Qt::ISODateWithMs));
    q.addBindValue(pack.installedBy);
    q.addBindValue(pack.rollback ? 1 : 0);
    if (!q.exec())
        return m_db.error(tr("knowledge packs"), q.lastError());
    pack.id = q.lastInsertId().toLongLong();
    return pack;
}

Status SqlKnowledgePacks::addChanges(qint64 packId, const QString& jurisdiction, const QList<KnowledgeChange>& changes)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO knowledge_install_changes (pack_id, patient_id, jurisdiction, drug, before_status, after_status, "
        "flags_added, flags_removed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    auto json = [](const QStringList& list) {
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
    };
    for (const KnowledgeChange& c : changes) {
        q.bindValue(0, packId);
        q.bindValue(1, c.patientId);
        q.bindValue(2, jurisdiction);
        q.bindValue(3, c.drug);
        q.bindValue(4, c.before.isEmpty() ? QVariant() : QVariant(c.before));
        q.bindValue(5, c.after);
        q.bindValue(6, json(c.flagsAdded));
        q.bindValue(7, json(c.flagsRemoved));
        if (!q.exec())
            return m_db.error(tr("knowledge install changes"), q.lastError());
    }
    return {};
}

}  // namespace onco
