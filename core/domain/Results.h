#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QString>

#include <optional>

namespace onco {

/** A tumour-marker result with the lab's own upper limit and assay (TM-1). */
struct MarkerResult
{
    qint64 id = 0;
    qint64 patientId = 0;
    QDate date;
    QString analyte;  ///< catalogue code, e.g. CA15-3, CEA
    double value = 0;
    QString unit;
    std::optional<double> uln;
    QString assay;

    bool operator==(const MarkerResult&) const = default;
};

/** A genetic test result (somatic or germline) for one gene. */
struct GeneticResult
{
    qint64 id = 0;
    qint64 patientId = 0;
    QDate date;  ///< specimen collection date
    QString gene;
    QString variant;  ///< HGVS protein notation, e.g. p.D538G
    GeneticOutcome result = GeneticOutcome::NotDetected;
    Specimen specimen = Specimen::Unrecorded;
    Origin origin = Origin::Unrecorded;  ///< unrecorded counts as somatic
    std::optional<double> vafPercent;
    QString assay;

    bool isGermline() const { return origin == Origin::Germline; }

    bool operator==(const GeneticResult&) const = default;
};

}  // namespace onco
