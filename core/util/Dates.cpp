#include "core/util/Dates.h"

#include <QRegularExpression>

namespace onco::dates {

QDate parseIso(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

QString toIso(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

int monthsBetween(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (months > 0 && from.addMonths(months) > to)
        --months;
    else if (months < 0 && from.addMonths(months) < to)
        ++months;
    return months;
}

int ageOn(const QDate& birth, const QDate& on)
{
    if (!birth.isValid() || !on.isValid() || on < birth)
        return -1;
    // Completed years (clinical-rules.md §4.2): compared as month and day, so someone born on 29 February has her
    // birthday on 1 March in years without one (QDate::addYears would clamp it to 28 February).
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

}  // namespace onco::dates
