// Advanced-line numbering (clinical-rules.md §0): lines with setting `advanced` that are not supportive, ordered by
// start date, numbered 1, 2, 3 …; a clinician's override is kept beside the derived number when they differ.
#include "core/rules/Facts.h"

namespace onco::rules {

QList<AdvancedLine> numberAdvancedLines(const Facts& f)
{
    QList<AdvancedLine> out;
    int number = 0;
    for (const LineFacts& l : f.lines) {  // sorted by start date
        if (!l.advanced() || l.supportive)
            continue;
        AdvancedLine a;
        a.number = ++number;
        if (l.line.lineNumberOverride && *l.line.lineNumberOverride != a.number)
            a.numberOverride = l.line.lineNumberOverride;
        a.line = l.ref;
        a.start = l.line.start;
        a.end = l.line.end;
        a.drugs = l.line.drugs;
        if (!l.uncertain)  // an uncertain line is an ET line in some readings only (§0): null
            a.endocrine = l.endocrine;
        a.cdk46i = l.cdk46i;
        a.progression = l.pd;
        out << a;
    }
    return out;
}

}  // namespace onco::rules
