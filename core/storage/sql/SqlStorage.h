#pragma once

#include "core/storage/Storage.h"

#include <memory>

namespace onco {

class Clock;
class SqlConnection;
class SqlPatientSearch;
namespace assessments {
class SqlAssessments;
}

/** A store over one QtSql connection: the shared repositories, with the backend's search and stored assessments.
 *  The backends (SqliteStorage, PgStorage) add where the data lives, other connections and the integrity check. */
class SqlStorage : public Storage
{
public:
    /** `auditHead`: the file keeping the audit chain's head (empty: none). */
    SqlStorage(SqlConnection& db, const Clock& clock, const QString& user, const QString& auditHead,
               std::unique_ptr<assessments::SqlAssessments> assessments, std::unique_ptr<SqlPatientSearch> search);
    ~SqlStorage() override;

    QString location() const override;
    bool isReadOnly() const override;
    Result<std::unique_ptr<WriteTransaction>> beginWrite() override;
    /** Another connection to the same store through openStore(), as the same user with the same clock. */
    Connector connector(Access access) const override;

    PatientRepository& patients() override;
    AuditLog& audit() override;
    assessments::AssessmentRepository& assessments() override;
    worklists::WorklistRepository& worklists() override;
    PatientSearch& search() override;
    KnowledgeRepository& knowledgePacks() override;
    AccountRepository& accounts() override;

    /** The connection (tests that look at the tables, the backend's own store functions). */
    SqlConnection& connection() { return m_connection; }

protected:
    /** Where openStore() finds this store again (a file path; a server URL with its password). */
    virtual QString reopenLocation() const = 0;
    /** The repositories go before their connection: a backend owning its connection calls this first. */
    void releaseRepositories();
    QString auditUser() const;

private:
    struct Parts;
    SqlConnection& m_connection;
    const Clock& m_clock;
    std::unique_ptr<Parts> m_parts;
};

}  // namespace onco
