#include "core/storage/sql/SqlStorage.h"

#include "core/storage/OpenStore.h"
#include "core/storage/sql/AuditTrail.h"
#include "core/storage/sql/SqlAccounts.h"
#include "core/storage/sql/SqlAssessments.h"
#include "core/storage/sql/SqlConnection.h"
#include "core/storage/sql/SqlKnowledgePacks.h"
#include "core/storage/sql/SqlPatientSearch.h"
#include "core/storage/sql/SqlPatients.h"
#include "core/storage/sql/SqlWorklists.h"

namespace onco {

namespace {

class SqlWriteTransaction : public WriteTransaction
{
public:
    explicit SqlWriteTransaction(SqlConnection& db)
        : m_tx(db)
    {}
    bool began() const { return m_tx.began(); }
    const Error& beginError() const { return m_tx.beginError(); }
    Status commit() override { return m_tx.commit(); }

private:
    Transaction m_tx;
};

}  // namespace

struct SqlStorage::Parts
{
    Parts(SqlConnection& db, const Clock& clock, const QString& user, const QString& auditHead)
        : patients(db)
        , audit(db, clock, user, auditHead)
        , worklists(db)
        , knowledge(db, clock)
        , accounts(db, clock)
    {}
    SqlPatients patients;
    AuditTrail audit;
    worklists::SqlWorklists worklists;
    SqlKnowledgePacks knowledge;
    SqlAccounts accounts;
    std::unique_ptr<assessments::SqlAssessments> assessments;
    std::unique_ptr<SqlPatientSearch> search;
};

SqlStorage::SqlStorage(SqlConnection& db, const Clock& clock, const QString& user, const QString& auditHead,
                       std::unique_ptr<assessments::SqlAssessments> assessments,
                       std::unique_ptr<SqlPatientSearch> search)
    : m_connection(db)
    , m_clock(clock)
    , m_parts(std::make_unique<Parts>(db, clock, user, auditHead))
{
    m_parts->assessments = std::move(assessments);
    m_parts->search = std::move(search);
}

SqlStorage::~SqlStorage() = default;

void SqlStorage::releaseRepositories()
{
    m_parts.reset();
}

QString SqlStorage::auditUser() const
{
    return m_parts->audit.user();
}

QString SqlStorage::location() const
{
    return m_connection.location();
}

bool SqlStorage::isReadOnly() const
{
    return m_connection.isReadOnly();
}

Result<std::unique_ptr<WriteTransaction>> SqlStorage::beginWrite()
{
    auto tx = std::make_unique<SqlWriteTransaction>(m_connection);
    if (!tx->began())
        return tx->beginError();
    return std::unique_ptr<WriteTransaction>(std::move(tx));
}

Storage::Connector SqlStorage::connector(Access access) const
{
    const QString location = reopenLocation();
    const Clock* clock = &m_clock;
    const QString user = auditUser();
    return [location, clock, user, access]() -> Result<std::unique_ptr<Storage>> {
        return openStore({location, access, clock, user});
    };
}

PatientRepository& SqlStorage::patients()
{
    return m_parts->patients;
}

AuditLog& SqlStorage::audit()
{
    return m_parts->audit;
}

assessments::AssessmentRepository& SqlStorage::assessments()
{
    return *m_parts->assessments;
}

KnowledgeRepository& SqlStorage::knowledgePacks()
{
    return m_parts->knowledge;
}

AccountRepository& SqlStorage::accounts()
{
    return m_parts->accounts;
}

worklists::WorklistRepository& SqlStorage::worklists()
{
    return m_parts->worklists;
}

PatientSearch& SqlStorage::search()
{
    return *m_parts->search;
}

}  // namespace onco
