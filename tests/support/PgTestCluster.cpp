#include "tests/support/PgTestCluster.h"

#include <QCollator>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>

#include <stdexcept>
#include <unistd.h>

namespace onco::test {

namespace {

/** The newest /usr/lib/postgresql/N/bin (Debian keeps the server programs off PATH). */
QString serverBinaries()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), numeric);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it)
        if (QFile::exists(root.filePath(*it + QStringLiteral("/bin/initdb"))))
            return root.filePath(*it + QStringLiteral("/bin"));
    return {};
}

bool isRoot()
{
    return ::geteuid() == 0;
}

}  // namespace

PgTestCluster& PgTestCluster::shared()
{
    static PgTestCluster cluster;
    return cluster;
}

PgTestCluster::PgTestCluster()
{
    m_bin = serverBinaries();
    if (m_bin.isEmpty()) {
        m_problem = QStringLiteral("PostgreSQL server programs not found under /usr/lib/postgresql "
                                   "(tools/quickstart.sh test installs postgresql-15)");
        return;
    }
    QString dir = QDir::temp().filePath(
        QStringLiteral("onco-pg-%1-%2").arg(::getpid()).arg(QRandomGenerator::global()->generate() % 100000));
    if (!QDir().mkpath(dir)) {
        m_problem = QStringLiteral("cannot create %1").arg(dir);
        return;
    }
    m_dir = dir;
    if (isRoot())  // initdb and postgres refuse to run as root: the folder belongs to `postgres`
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_dir});
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-U"), QStringLiteral("postgres"),
              QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--locale=C.UTF-8")}))
        return;
    for (int attempt = 0; attempt < 5 && !m_started; ++attempt) {
        // A port few programs use; taken, the start fails at once and the next one is tried.
        m_port = 20000 + int(QRandomGenerator::global()->bounded(40000));
        m_problem.clear();
        m_started =
            run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-l"),
                                           m_dir + QStringLiteral("/server.log"), QStringLiteral("-w"),
                                           QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("-o"),
                                           QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off "
                                                          "-c synchronous_commit=off -c full_page_writes=off")
                                               .arg(m_port)
                                               .arg(m_dir),
                                           QStringLiteral("start")});
    }
}

PgTestCluster::~PgTestCluster()
{
    stop();
}

void PgTestCluster::stop()
{
    if (m_started)
        run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-m"),
                                       QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
    m_started = false;
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
    m_dir.clear();
}

bool PgTestCluster::run(const QString& program, const QStringList& args, QString* output) const
{
    QProcess p;
    p.setWorkingDirectory(QStringLiteral("/"));  // a folder `postgres` may enter
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString path = QDir(m_bin).filePath(program);
    if (isRoot())
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), path} + args);
    else
        p.start(path, args);
    const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    const QString text = QString::fromUtf8(p.readAll());
    if (output)
        *output = text;
    if (!ok && !m_started)  // starting the cluster: why it does not run
        const_cast<PgTestCluster*>(this)->m_problem = QStringLiteral("%1 failed: %2").arg(program, text.trimmed());
    return ok;
}

QString PgTestCluster::url(const QString& name, const QString& user) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(m_port).arg(name);
}

QString PgTestCluster::psql(const QString& database, const QString& sql, const QString& user) const
{
    QString out;
    if (!run(QStringLiteral("psql"),
             {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"), QStringLiteral("-v"),
              QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
              QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"), user, QStringLiteral("-d"), database,
              QStringLiteral("-c"), sql},
             &out))
        throw std::runtime_error(QStringLiteral("psql: %1").arg(out).toStdString());
    return out.trimmed();
}

QString PgTestCluster::newDatabase(const QString& user)
{
    if (!m_started)
        throw std::runtime_error(m_problem.toStdString());
    const QString name = QStringLiteral("onco_test_%1").arg(++m_databases);
    psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name));
    return url(name, user);
}

}  // namespace onco::test
