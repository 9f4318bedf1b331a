#pragma once

#include "core/knowledge/Knowledge.h"
#include "core/services/CaseService.h"
#include "core/storage/Database.h"
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

/** A fresh database in a temporary folder, with a service on it (clock fixed at 2026-11-21). */
class TempDatabase
{
public:
    TempDatabase();
    const QString& path() const { return m_path; }
    Database& db() { return *m_db; }
    CaseService& service() { return *m_service; }
    FixedClock& clock() { return m_clock; }
    QString dir() const { return m_dir.path(); }
    /** Closes the connection (e.g. before copying or corrupting the file). */
    void close();
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock{QDate(2026, 11, 21)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseService> m_service;
};

/** A small complete record (every entity present). */
PatientRecord sampleRecord(const QString& mrn = QStringLiteral("T-0001"));

}  // namespace onco::test
