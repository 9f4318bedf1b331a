#pragma once

#include "core/domain/Enums.h"

#include <QDate>

#include <optional>

namespace onco {
class Knowledge;
}

namespace onco::rules {

/** The jurisdiction when nothing else chooses one. */
inline constexpr Jurisdiction kDefaultJurisdiction = Jurisdiction::UsFda;

/** What an assessment depends on besides the record: the evaluation date, the jurisdiction, the knowledge data. */
struct RuleContext
{
    QDate asOf;
    Jurisdiction jurisdiction = kDefaultJurisdiction;
    const Knowledge& knowledge;
};

/**
 * The jurisdiction to assess under (§4): the command line's, else the case file's, else the site's default (the
 * settings', read by the caller: core/settings), else US-FDA.
 */
Jurisdiction chooseJurisdiction(std::optional<Jurisdiction> commandLine, std::optional<Jurisdiction> caseFile,
                                std::optional<Jurisdiction> siteDefault);

}  // namespace onco::rules
