#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace onco {

class Clock;
class Database;

/** One change to append: insert, update, delete, or an action such as print or export. */
struct AuditRecord
{
    QString action;
    QString entity;
    qint64 entityId = 0;
    qint64 patientId = 0;
    QJsonObject before;
    QJsonObject after;
};

/** What a check of the chain found. `firstBadId` is the first row altered or removed (0 when all is well). */
struct AuditReport
{
    bool ok = true;
    qint64 rows = 0;
    qint64 firstBadId = 0;
    QString problem;
    QStringList notes;
};

/**
 * The append-only audit trail. Each row's SHA-256 hash covers its content and the previous row's hash;
 * the chain's head (last id and hash) is also written to a file beside the database, so a cut-off tail shows.
 */
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
public:
    AuditTrail(Database& db, const Clock& clock, QString user);

    static QString headPathFor(const QString& databasePath) { return databasePath + QStringLiteral(".audit-head"); }
    static QString genesisHash() { return QString(64, QLatin1Char('0')); }

    void setUser(const QString& user) { m_user = user; }
    const QString& user() const { return m_user; }

    /** Appends one row; call inside the caller's write transaction. */
    Status append(const AuditRecord& record);
    /** Writes the head file from the newest row (after the transaction committed). */
    Status writeHead() const;
    /** Writes the head of `databasePath`'s trail to `headPath` (used for backups). */
    static Status writeHeadOf(Database& db, const QString& headPath);
    /** Checks every row's hash and link, then the head kept beside the database. */
    AuditReport verify() const;

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};

}  // namespace onco
