#pragma once

#include <QDate>
#include <QDateTime>

namespace onco {

/** The source of "today" and "now". Rules and validation take it injected so tests are deterministic. */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDate today() const = 0;
    virtual QDateTime now() const = 0;
};

/** The wall clock. */
class SystemClock final : public Clock
{
public:
    QDate today() const override { return QDate::currentDate(); }
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

/** A clock frozen at a given date (tests, `--as-of`). */
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDate day)
        : m_day(day)
    {}
    QDate today() const override { return m_day; }
    QDateTime now() const override { return QDateTime(m_day, QTime(12, 0)); }
    void setToday(QDate day) { m_day = day; }

private:
    QDate m_day;
};

}  // namespace onco
