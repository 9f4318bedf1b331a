// The seam of the rules integration: the only place the printed summary gets its assessment from.
#include "core/report/AssessmentSection.h"

namespace onco::report {

AssessmentSource defaultAssessmentSource()
{
    // Not connected yet: the rules engine (core/rules) is on its own branch. Replace with a function that runs
    // rules::assess() and converts its Assessment (Phrases, rule IDs, codes) into an AssessmentSection.
    return {};
}

}  // namespace onco::report
