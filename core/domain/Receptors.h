#pragma once

#include "core/domain/Enums.h"

#include <optional>

namespace onco {

/** Receptor results of one specimen (the diagnosis or a later biopsy). */
struct Receptors
{
    ReceptorStatus er = ReceptorStatus::Unrecorded;
    std::optional<double> erPercent;
    ReceptorStatus pr = ReceptorStatus::Unrecorded;
    std::optional<double> prPercent;
    Her2Ihc her2Ihc = Her2Ihc::Unrecorded;
    Her2Ish her2Ish = Her2Ish::Unrecorded;
    std::optional<double> ki67Percent;

    bool reportsEr() const { return er != ReceptorStatus::Unrecorded || erPercent.has_value(); }
    bool reportsPr() const { return pr != ReceptorStatus::Unrecorded || prPercent.has_value(); }
    bool reportsHer2() const { return her2Ihc != Her2Ihc::Unrecorded || her2Ish != Her2Ish::Unrecorded; }

    bool operator==(const Receptors&) const = default;
};

}  // namespace onco
