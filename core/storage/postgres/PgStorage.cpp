#include "core/storage/postgres/PgStorage.h"

#include "core/storage/postgres/PgDatabase.h"
#include "core/storage/postgres/PgPatientSearch.h"
#include "core/storage/sql/SqlAssessments.h"

namespace onco {

PgStorage::PgStorage(std::unique_ptr<PgDatabase> db, const Clock& clock, const QString& user)
    : SqlStorage(*db, clock, user, QString(), std::make_unique<assessments::SqlAssessments>(*db),
                 std::make_unique<PgPatientSearch>(*db))
    , m_db(std::move(db))
{}

PgStorage::~PgStorage()
{
    releaseRepositories();  // the repositories before their connection
}

QString PgStorage::reopenLocation() const
{
    return m_db->url();
}

Result<QStringList> PgStorage::checkIntegrity()
{
    const int version = m_db->schemaVersion();
    if (version != PgDatabase::latestVersion())
        return QStringList{
            PgDatabase::tr("schema version %1, expected %2").arg(version).arg(PgDatabase::latestVersion())};
    return QStringList{QStringLiteral("ok")};
}

}  // namespace onco
