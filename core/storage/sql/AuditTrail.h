#pragma once

#include "core/storage/AuditLog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace onco {

class Clock;
class SqlConnection;

/**
 * The append-only audit trail. Each row's SHA-256 hash covers its content and the previous row's hash;
 * the chain's head (last id and hash) is also written to a file beside the database, so a cut-off tail shows.
 */
class AuditTrail : public AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
public:
    /** `headPath`: the file beside the database that keeps the chain's head (empty on a server: no file). */
    AuditTrail(SqlConnection& db, const Clock& clock, QString user, QString headPath);

    static QString headPathFor(const QString& databasePath) { return databasePath + QStringLiteral(".audit-head"); }
    static QString genesisHash() { return QString(64, QLatin1Char('0')); }

    void setUser(const QString& user) override { m_user = user; }
    const QString& user() const override { return m_user; }

    /** Appends one row; call inside the caller's write transaction. */
    Status append(const AuditRecord& record) override;
    /** Writes the head file from the newest row (after the transaction committed). */
    Status writeHead() const override;
    /** Writes the head of `databasePath`'s trail to `headPath` (used for backups). */
    static Status writeHeadOf(SqlConnection& db, const QString& headPath);
    Result<LastChange> lastChange(qint64 patientId) override;
    Result<qint64> lastId() override;
    Result<StoreChanges> changesAfter(qint64 id) override;
    /** Checks every row's hash and link, then the head kept beside the database. */
    AuditReport verify() const override;

private:
    SqlConnection& m_db;
    const Clock& m_clock;
    QString m_user;
    QString m_headPath;
};

}  // namespace onco
