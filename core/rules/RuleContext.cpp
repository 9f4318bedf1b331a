#include "core/rules/RuleContext.h"

namespace onco::rules {

Jurisdiction chooseJurisdiction(std::optional<Jurisdiction> commandLine, std::optional<Jurisdiction> caseFile,
                                std::optional<Jurisdiction> siteDefault)
{
    if (commandLine)
        return *commandLine;
    if (caseFile)
        return *caseFile;
    return siteDefault.value_or(kDefaultJurisdiction);
}

}  // namespace onco::rules
