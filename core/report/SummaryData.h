#pragma once

#include "core/domain/Enums.h"
#include "core/domain/PatientRecord.h"
#include "core/report/AssessmentSection.h"
#include "core/report/PrintLanguage.h"

#include <QDate>
#include <QMap>
#include <QString>

#include <optional>

namespace onco::report {

/** What the user chose when printing. */
struct SummaryOptions
{
    PrintLanguage language = PrintLanguage::Chinese;
    QDate asOf;                                ///< the date the summary and its assessment describe; null = today
    std::optional<Jurisdiction> jurisdiction;  ///< nullopt: the settings', else US-FDA
};

/** Everything one printed summary shows, gathered before any text is written. */
struct SummaryData
{
    PatientRecord record;  ///< as known on `asOf` (later records left out; see buildSummary)
    QDate asOf;
    QDate printedOn;
    QString printedBy;
    QString hospital;
    Jurisdiction jurisdiction = Jurisdiction::UsFda;
    QString knowledgeVersion;
    QDate knowledgeLastVerified;
    std::optional<AssessmentSection> assessment;  ///< nullopt: no assessment available
    /** Figures printed taller than their slot (FigureSlot::name → height in mm): the renderer asked for the room
     *  its lanes need at the figure's type size. */
    QMap<QString, double> figureHeightMm;
};

}  // namespace onco::report
