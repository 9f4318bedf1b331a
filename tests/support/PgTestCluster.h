#pragma once

#include <QString>
#include <QStringList>

namespace onco::test {

/**
 * A throwaway PostgreSQL cluster for the tests of the server backend: initdb into a temporary folder, pg_ctl on a
 * free local port (socket in that folder, no fsync), as the unprivileged user `postgres` when the tests run as root;
 * stopped and removed when the test process ends. Started on first use, once per process.
 */
class PgTestCluster
{
public:
    static PgTestCluster& shared();

    /** Empty when the cluster runs; else why not (no PostgreSQL binaries, initdb failed …). */
    const QString& problem() const { return m_problem; }
    /** A new empty database; its URL as the program takes it (as `user`, the superuser by default). */
    QString newDatabase(const QString& user = QStringLiteral("postgres"));
    /** A URL of database `name` as `user`. */
    QString url(const QString& name, const QString& user = QStringLiteral("postgres")) const;
    /** Runs SQL statements through psql as the superuser on `database`; throws with psql's output on failure. */
    QString psql(const QString& database, const QString& sql, const QString& user = QStringLiteral("postgres")) const;
    int port() const { return m_port; }

    ~PgTestCluster();
    PgTestCluster(const PgTestCluster&) = delete;
    PgTestCluster& operator=(const PgTestCluster&) = delete;

private:
    PgTestCluster();
    /** Runs a PostgreSQL program (as `postgres` when root); its output, or the failure in m_problem. */
    bool run(const QString& program, const QStringList& args, QString* output = nullptr) const;
    void stop();

    QString m_bin;
    QString m_dir;
    int m_port = 0;
    int m_databases = 0;
    bool m_started = false;
    QString m_problem;
};

}  // namespace onco::test
