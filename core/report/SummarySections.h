#pragma once

// The sections of the summary body (internal to core/report).
#include "core/report/PrintLanguage.h"
#include "core/report/SummaryData.h"
#include "core/report/SummaryLayout.h"

#include <QString>

namespace onco::report::sections {

QString identity(const SummaryData& data, const PrintText& t);
QString diagnosis(const SummaryData& data, const PrintText& t);
QString course(const SummaryData& data, const PrintText& t);
QString lines(const SummaryData& data, const PrintText& t);
QString markers(const SummaryData& data, const PrintText& t);
QString genetics(const SummaryData& data, const PrintText& t);
QString assessment(const SummaryData& data, const PrintText& t);

/** Column widths (%) of the key/value grids: label, value, label, value. */
QList<int> keyValueWidths(const PrintText& t);

/** An <img> for a figure slot at its printed size. */
QString figure(const FigureSlot& slot);

/** A list of values joined the way each language writes lists (、 in Chinese, ", " in English). */
PrintString joinList(const QList<PrintString>& items, const PrintText& t);

/** Months between two dates with one decimal (time on treatment). */
double monthsBetween(const QDate& from, const QDate& to);

}  // namespace onco::report::sections
