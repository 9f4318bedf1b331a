#pragma once

#include <QDate>
#include <QString>

namespace onco::dates {

/** Parses a strict ISO calendar date `YYYY-MM-DD` (QDate accepts trailing junk; we do not). */
QDate parseIso(const QString& text);

/** `YYYY-MM-DD`, or an empty string for a null date. */
QString toIso(const QDate& date);

/** Whole calendar months from `from` to `to` (negative when `to` is earlier), as QDate::addMonths counts. */
int monthsBetween(const QDate& from, const QDate& to);

/** Age in whole years on `on`, or -1 when the birth date is unknown. */
int ageOn(const QDate& birth, const QDate& on);

}  // namespace onco::dates
