#pragma once

// Builders of the records the marker-analytics tests share (CA 15-3 results, lines of therapy, dates).
#include "core/domain/PatientRecord.h"
#include "core/knowledge/Knowledge.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace onco::test::markers {

inline const Knowledge& kb()
{
    return Knowledge::builtin();
}

inline QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

/** A CA 15-3 result in U/mL (ULN 25 and one assay unless told). */
inline MarkerResult ca153(const char* date, double value, std::optional<double> uln = 25.0,
                          const QString& assay = QStringLiteral("Roche Elecsys"))
{
    MarkerResult r;
    r.date = d(date);
    r.analyte = QStringLiteral("CA15-3");
    r.value = value;
    r.unit = QStringLiteral("U/mL");
    r.uln = uln;
    r.assay = assay;
    return r;
}

/** A line of therapy; `end` nullptr = ongoing. */
inline TherapyLine line(const char* start, const char* end, QStringList drugs, Setting setting = Setting::Advanced)
{
    TherapyLine t;
    t.start = d(start);
    t.end = end ? d(end) : QDate();
    t.drugs = std::move(drugs);
    t.setting = setting;
    return t;
}

}  // namespace onco::test::markers
