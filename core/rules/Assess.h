#pragma once

#include "core/domain/PatientRecord.h"
#include "core/rules/Assessment.h"
#include "core/rules/RuleContext.h"

namespace onco::rules {

/**
 * The clinical rules (clinical-rules.md) for one patient: a pure function of the record, the evaluation date, the
 * jurisdiction and the knowledge data. Records dated after `context.asOf` are ignored (§0).
 */
Assessment assess(const PatientRecord& record, const RuleContext& context);

}  // namespace onco::rules
