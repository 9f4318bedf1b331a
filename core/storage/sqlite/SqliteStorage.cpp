#include "core/storage/sqlite/SqliteStorage.h"

#include "core/storage/sql/AuditTrail.h"
#include "core/storage/sql/SqlAccounts.h"
#include "core/storage/sql/SqlKnowledgePacks.h"
#include "core/storage/sql/SqlPatients.h"
#include "core/storage/sql/SqlWorklists.h"
#include "core/storage/sqlite/Database.h"
#include "core/storage/sqlite/SqliteAssessments.h"
#include "core/storage/sqlite/SqlitePatientSearch.h"

#include <QSqlError>
#include <QSqlQuery>

namespace onco {

namespace {

class SqliteTransaction : public WriteTransaction
{
public:
    explicit SqliteTransaction(Database& db)
        : m_tx(db)
    {}
    bool began() const { return m_tx.began(); }
    const Error& beginError() const { return m_tx.beginError(); }
    Status commit() override { return m_tx.commit(); }

private:
    Transaction m_tx;
};

}  // namespace

struct SqliteStorage::Parts
{
    Parts(Database& db, const Clock& clock, const QString& user)
        : patients(db)
        , audit(db, clock, user, AuditTrail::headPathFor(db.path()))
        , assessments(db)
        , worklists(db)
        , search(db)
        , knowledge(db, clock)
        , accounts(db, clock)
    {}
    SqlPatients patients;
    AuditTrail audit;
    assessments::SqliteAssessments assessments;
    worklists::SqlWorklists worklists;
    SqlitePatientSearch search;
    SqlKnowledgePacks knowledge;
    SqlAccounts accounts;
};

SqliteStorage::SqliteStorage(std::unique_ptr<Database> db, const Clock& clock, const QString& user)
    : m_owned(std::move(db))
    , m_db(m_owned.get())
    , m_clock(clock)
    , m_parts(std::make_unique<Parts>(*m_db, clock, user))
{}

SqliteStorage::SqliteStorage(Database& db, const Clock& clock, const QString& user)
    : m_db(&db)
    , m_clock(clock)
    , m_parts(std::make_unique<Parts>(db, clock, user))
{}

SqliteStorage::~SqliteStorage()
{
    m_parts.reset();  // the repositories before their connection
}

QString SqliteStorage::location() const
{
    return m_db->path();
}

bool SqliteStorage::isReadOnly() const
{
    return m_db->isReadOnly();
}

Result<std::unique_ptr<WriteTransaction>> SqliteStorage::beginWrite()
{
    auto tx = std::make_unique<SqliteTransaction>(*m_db);
    if (!tx->began())
        return tx->beginError();
    return std::unique_ptr<WriteTransaction>(std::move(tx));
}

Storage::Connector SqliteStorage::connector(Access access) const
{
    const QString path = m_db->path();
    const Clock* clock = &m_clock;
    const QString user = m_parts->audit.user();
    return [path, clock, user, access]() -> Result<std::unique_ptr<Storage>> {
        return openStore({path, access, clock, user});
    };
}

Result<QStringList> SqliteStorage::checkIntegrity()
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(QStringLiteral("integrity_check"), q.lastError().text(),
                        q.lastError().nativeErrorCode().toInt());
    QStringList integrity;
    while (q.next())
        integrity << q.value(0).toString();
    return integrity;
}

PatientRepository& SqliteStorage::patients()
{
    return m_parts->patients;
}

AuditLog& SqliteStorage::audit()
{
    return m_parts->audit;
}

assessments::AssessmentRepository& SqliteStorage::assessments()
{
    return m_parts->assessments;
}

KnowledgeRepository& SqliteStorage::knowledgePacks()
{
    return m_parts->knowledge;
}

AccountRepository& SqliteStorage::accounts()
{
    return m_parts->accounts;
}

worklists::WorklistRepository& SqliteStorage::worklists()
{
    return m_parts->worklists;
}

PatientSearch& SqliteStorage::search()
{
    return m_parts->search;
}

}  // namespace onco
