#pragma once

#include "core/storage/sql/SqlStorage.h"

#include <memory>

namespace onco {

class PgDatabase;

/** The PostgreSQL store: one server connection and the repositories on it. The audit chain keeps no head file
 *  (the server's database is not a file beside the program). */
class PgStorage : public SqlStorage
{
public:
    PgStorage(std::unique_ptr<PgDatabase> db, const Clock& clock, const QString& user);
    ~PgStorage() override;

    /** The server's own checks run elsewhere (pg_amcheck); here: the connection answers and the schema is ours. */
    Result<QStringList> checkIntegrity() override;

    PgDatabase& database() { return *m_db; }

protected:
    QString reopenLocation() const override;

private:
    std::unique_ptr<PgDatabase> m_db;
};

}  // namespace onco
