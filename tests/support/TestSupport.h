#pragma once

#include "app/AppContext.h"
#include "core/knowledge/Knowledge.h"
#include "core/patientlist/PatientDirectory.h"
#include "core/services/CaseService.h"
#include "core/services/PatientSnapshot.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Storage.h"
#include "core/storage/sqlite/Database.h"
#include "core/util/Clock.h"

#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <memory>
#include <ostream>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QDate& d, std::ostream* os)
{
    *os << d.toString(Qt::ISODate).toStdString();
}
QT_END_NAMESPACE

namespace onco::test {

/** Path of a file under tests/data. */
QString dataPath(const QString& relative);
QByteArray readFile(const QString& path);

/** The application context (composition root) of a database file, as the program builds it. */
std::unique_ptr<AppContext> openContext(const QString& path, const Clock& clock,
                                        Storage::Access access = Storage::Access::ReadWrite,
                                        const QString& user = QStringLiteral("tester"));
/** The SQLite connection under a context's storage (tests that look at the tables). */
Database& sqliteOf(Storage& storage);

/** Whether the tests run on PostgreSQL (ONCO_TEST_BACKEND=postgresql: TempDatabase is a database of a throwaway
 *  cluster, PgTestCluster) rather than on SQLite files. */
bool onPostgres();

/** A fresh database in a temporary folder (SQLite) or in the test cluster (PostgreSQL, onPostgres()), with the
 *  services on it (clock fixed at 2026-11-21). */
class TempDatabase
{
public:
    TempDatabase();
    const QString& path() const { return m_path; }
    /** The connection under the store, whatever the backend (tests that look at the tables with portable SQL). */
    SqlConnection& db();
    /** The SQLite connection (tests of the SQLite backend only). */
    Database& sqlite() { return sqliteOf(m_context->storage()); }
    AppContext& app() { return *m_context; }
    Storage& storage() { return m_context->storage(); }
    AuditLog& audit() { return m_context->storage().audit(); }
    ServiceContext context() { return m_context->services(); }
    CaseService& service() { return m_context->cases(); }
    PatientDirectory& directory() { return m_context->directory(); }
    OpenPatient& openPatient() { return m_context->openPatient(); }
    worklists::WorklistSource worklists() const { return m_context->worklistSource(); }
    FixedClock& clock() { return m_clock; }
    QString dir() const { return m_dir.path(); }
    /** Closes the connection (e.g. before copying or corrupting the file). */
    void close();
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock{QDate(2026, 11, 21)};
    std::unique_ptr<AppContext> m_context;
};

/** Writes a stored assessment as the store keeps it (both oral SERDs, every column given): elacestrant has `status`,
 *  imlunestrant is not an option, `actions` are due. */
void storeAssessment(Storage& storage, const Clock& clock, qint64 patientId, rules::OptionStatus status,
                     const QStringList& actions);

/** A small complete record (every entity present). */
PatientRecord sampleRecord(const QString& mrn = QStringLiteral("T-0001"));

}  // namespace onco::test
