#pragma once

// The sections of the summary body (internal to core/report).
#include "core/report/AssessmentSection.h"
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
/** The verdict at a glance, for page 1 under the identity block: the overall resistance class, each oral SERD's
 *  status, what is missing and the due actions (the reasons follow in the Assessment section). Empty when there is
 *  no assessment. */
QString verdict(const SummaryData& data, const PrintText& t);

/** The drug as a title: English names start with a capital ("Elacestrant"). */
PrintString drugTitle(const QString& drug, const PrintText& t);
/** The style class of an option card's status ("option", "notoption", "needsinfo", "muted"). */
QString toneClass(OptionCardSection::Tone tone);

/** Column widths (%) of the key/value grids: label, value, label, value. */
QList<int> keyValueWidths(const PrintText& t);

/** An <img> for a figure slot at its printed size (the slot's, or the taller one in data.figureHeightMm). */
QString figure(const FigureSlot& slot, const SummaryData& data);

/** A list of values joined the way each language writes lists (、 in Chinese, ", " in English). */
PrintString joinList(const QList<PrintString>& items, const PrintText& t);

/** Months between two dates with one decimal (time on treatment). */
double monthsBetween(const QDate& from, const QDate& to);

}  // namespace onco::report::sections
