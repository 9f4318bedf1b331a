#pragma once

#include "core/storage/Storage.h"

#include <memory>

namespace onco {

class Clock;
class Database;

/** The SQLite store: one Database connection and the repositories on it. */
class SqliteStorage : public Storage
{
public:
    /** Takes over an open connection; the audit trail writes as `user` with `clock`'s time. */
    SqliteStorage(std::unique_ptr<Database> db, const Clock& clock, const QString& user);
    /** Works on a connection owned elsewhere (tests of this backend). */
    SqliteStorage(Database& db, const Clock& clock, const QString& user);
    ~SqliteStorage() override;

    QString location() const override;
    bool isReadOnly() const override;
    Result<std::unique_ptr<WriteTransaction>> beginWrite() override;
    Connector connector(Access access) const override;
    Result<QStringList> checkIntegrity() override;

    PatientRepository& patients() override;
    AuditLog& audit() override;
    assessments::AssessmentRepository& assessments() override;
    worklists::WorklistRepository& worklists() override;
    PatientSearch& search() override;
    KnowledgeRepository& knowledgePacks() override;
    AccountRepository& accounts() override;

    /** The connection (tests, and the storage functions of this backend). */
    Database& database() { return *m_db; }

private:
    struct Parts;
    std::unique_ptr<Database> m_owned;
    Database* m_db;
    const Clock& m_clock;
    std::unique_ptr<Parts> m_parts;
};

}  // namespace onco
