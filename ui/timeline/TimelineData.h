#pragma once

#include "core/analytics/MarkerSettings.h"
#include "core/clinical/TherapyCourse.h"
#include "core/domain/PatientRecord.h"
#include "core/i18n/Language.h"
#include "ui/course/CoursePalette.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

namespace onco {

class Knowledge;

/** The kind of record a timeline item stands for (what the workspace opens when it is clicked). */
enum class TimelineEntity { Diagnosis, Biopsy, TherapyLine, Event, GeneticResult, MarkerResult };

/** The symbols of the event and genetics lanes (and the legend). */
enum class TimelineSymbol {
    Diagnosis,
    Biopsy,
    Surgery,
    Radiotherapy,
    Recurrence,
    Progression,
    MarkerOnlyProgression,  ///< evidence tumour marker: shown, but not a progression (clinical-rules.md §1)
    Response,
    Death,
    Other,
    Esr1Mutated,
    GeneticResult
};

/** Which record an item is: entity, its database id (0 for a record not stored yet) and its index in the
 *  PatientRecord list of that entity (0 for the diagnosis). */
struct TimelineRef
{
    TimelineEntity entity = TimelineEntity::Event;
    qint64 id = 0;
    int index = -1;
    bool operator==(const TimelineRef&) const = default;
};

struct TimelineBar
{
    TimelineRef ref;
    clinical::LineInfo line;
    QDate start;
    QDate end;  ///< end, or as_of while ongoing
    bool ongoing = false;
    bool early = false;  ///< adjuvant / neoadjuvant: hatched
    QList<ClassGroup> groups;
    QString label;       ///< "L2 · goserelin + letrozole"
    QString shortLabel;  ///< "L2"
    QString details;     ///< tooltip
};

struct TimelineMark
{
    TimelineRef ref;
    QDate date;
    TimelineSymbol symbol = TimelineSymbol::Other;
    QString label;
    QString details;
    bool highlight = false;  ///< ESR1 mutated
};

/** One analyte's sparkline: each result as a multiple of its ULN (or of the series maximum when no ULN is known). */
struct TimelineSpark
{
    QString analyte;
    QString label;
    QColor color;
    bool relativeToUln = true;
    QList<TimelineRef> refs;
    QList<QDate> dates;
    QList<double> ratios;
    QList<QString> details;
};

/** Everything the timeline draws, computed without graphics (records after as_of are left out). */
struct TimelineData
{
    QDate asOf;
    QDate from;
    QDate to;
    QList<TimelineBar> bars;
    QList<TimelineMark> events;
    QList<TimelineMark> genetics;
    QList<TimelineSpark> markers;

    bool isEmpty() const { return bars.isEmpty() && events.isEmpty() && genetics.isEmpty() && markers.isEmpty(); }
};

TimelineData buildTimelineData(const PatientRecord& record, const Knowledge& knowledge, const QDate& asOf,
                               const analytics::MarkerSettings& settings, const Language& language);

/** The name of a symbol in the legend. */
QString symbolName(TimelineSymbol symbol, const Language& language);

}  // namespace onco

Q_DECLARE_METATYPE(onco::TimelineEntity)
