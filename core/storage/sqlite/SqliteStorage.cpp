#include "core/storage/sqlite/SqliteStorage.h"

#include "core/storage/sql/AuditTrail.h"
#include "core/storage/sqlite/Database.h"
#include "core/storage/sqlite/SqliteAssessments.h"
#include "core/storage/sqlite/SqlitePatientSearch.h"

#include <QSqlError>
#include <QSqlQuery>

namespace onco {

SqliteStorage::SqliteStorage(std::unique_ptr<Database> db, const Clock& clock, const QString& user)
    : SqliteStorage(*db, clock, user)
{
    m_owned = std::move(db);
}

SqliteStorage::SqliteStorage(Database& db, const Clock& clock, const QString& user)
    : SqlStorage(db, clock, user, AuditTrail::headPathFor(db.path()),
                 std::make_unique<assessments::SqliteAssessments>(db), std::make_unique<SqlitePatientSearch>(db))
    , m_db(&db)
{}

SqliteStorage::~SqliteStorage()
{
    releaseRepositories();  // the repositories before their connection
}

QString SqliteStorage::reopenLocation() const
{
    return m_db->path();
}

Result<QStringList> SqliteStorage::checkIntegrity()
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return m_db->error(QStringLiteral("integrity_check"), q.lastError());
    QStringList integrity;
    while (q.next())
        integrity << q.value(0).toString();
    return integrity;
}

}  // namespace onco
