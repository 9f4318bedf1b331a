#pragma once

#include "core/clinical/TherapyCourse.h"
#include "core/domain/Enums.h"
#include "core/knowledge/Knowledge.h"

#include <QColor>
#include <QList>
#include <QString>

namespace onco {

/** The colour groups of drug classes shown on the course views (chart bands, timeline bars, legends). */
enum class ClassGroup { Endocrine, Cdk46i, Chemotherapy, Targeted, Adc, Ofs, Investigational, Supportive };

/** Colours shared by the marker chart, the timeline and the printed summary (Okabe–Ito based, colour-blind safe). */
namespace palette {

/** The group of a catalogue class: AI/SERM/SERD → endocrine; anti-HER2, PARP, mTOR, PI3K, AKT, HDAC → targeted;
 *  bone-modifying agents and progestins → supportive. */
ClassGroup groupOf(DrugClass drugClass);
/** The distinct groups of a line's classes in display order (endocrine, CDK4/6, chemotherapy, targeted, ADC, OFS,
 *  supportive). */
QList<ClassGroup> groupsOf(const QList<DrugClass>& classes);
/** The groups of a line: its classes' groups, and Investigational when it holds a trial drug of unknown identity. */
QList<ClassGroup> groupsOf(const clinical::LineInfo& line);
/** The group that colours a line: a trial drug comes before OFS and supportive drugs. */
ClassGroup leadingGroup(const clinical::LineInfo& line);
/** The group that colours a line where only one colour fits (chemotherapy, ADC, targeted, endocrine, CDK4/6, OFS,
 *  supportive, first present). */
ClassGroup leadingGroup(const QList<DrugClass>& classes);
QList<ClassGroup> allGroups();

/** The saturated colour of a group (outlines, legend swatches). */
QColor groupColor(ClassGroup group);
/** A light tint of it, for fills under dark text. */
QColor groupTint(ClassGroup group);

/** The line colour of an analyte's series (catalogue analytes fixed, others from a cycle by position). */
QColor analyteColor(const QString& analyte, int position);

QColor progression();
QColor recurrence();
QColor response();
QColor surgery();
QColor radiotherapy();
QColor death();
QColor diagnosis();
QColor esr1Mutated();
QColor geneticOther();
QColor markerRise();

}  // namespace palette
}  // namespace onco
