// Events the rules read (clinical-rules.md §1): relapse, ADV-1, progression per line, latest progression date.
#include "core/clinical/Definitions.h"
#include "core/rules/Facts.h"

#include <QCoreApplication>

namespace onco::rules {

QDate progressionOn(const LineFacts& line, const QList<Item<DiseaseEvent>>& events, std::optional<RecordRef>* source)
{
    QDate pd;
    std::optional<RecordRef> from;
    // Strictly after the start: a progression that ends one line on the day the next starts belongs to the old one.
    for (const auto& e : events) {
        if (!clinical::isProgressionEvent(e.value) || !(line.line.start < e.value.date))
            continue;
        if (line.line.end.isValid() && e.value.date > line.line.end)
            continue;
        if (pd.isNull() || e.value.date < pd) {
            pd = e.value.date;
            from = e.ref;
        }
    }
    if (line.line.stopReason == StopReason::Progression && line.line.end.isValid() &&
        (pd.isNull() || line.line.end < pd)) {
        pd = line.line.end;
        from = RecordRef{line.ref.entity, line.ref.index, line.ref.id, line.line.end};
    }
    if (source)
        *source = from;
    return pd;
}

void findEvents(Facts& f)
{
    if (f.diagnosis) {
        f.deNovo = clinical::isDeNovoMetastatic(f.diagnosis->value);
    }
    auto later = [](const std::optional<RecordRef>& current, const QDate& date) {
        return !current || date > current->date;
    };
    for (const auto& e : f.events) {
        if (clinical::isAdvancedRecurrence(e.value)) {
            if (!f.relapse)
                f.relapse = e.ref;  // events are sorted by date: the first is the earliest
            if (later(f.latestProgression, e.value.date))
                f.latestProgression = e.ref;
        } else if (clinical::isProgressionEvent(e.value)) {
            if (later(f.latestProgression, e.value.date))
                f.latestProgression = e.ref;
        } else if (e.value.type == EventType::Progression) {
            f.markerOnlyProgressions << e.ref;  // TM-6: a marker-only progression is no progression
        } else if (e.value.type == EventType::Death && !f.death) {
            f.death = e.ref;
        }
    }
    for (LineFacts& l : f.lines) {
        l.pd = progressionOn(l, f.events, &l.pdSource);
        if (l.line.stopReason == StopReason::Progression && l.line.end.isValid() &&
            later(f.latestProgression, l.line.end))
            f.latestProgression = RecordRef{l.ref.entity, l.ref.index, l.ref.id, l.line.end};
    }
}

void findFailures(Facts& f)
{
    // The adjuvant ET period (§2.1) as §1's failure reads it: (neo)adjuvant lines started before the relapse that are
    // ET, or may be (an uncertain line: the safer reading widens the period), plus the line itself.
    QDate periodEnd;
    bool periodOngoing = false;
    if (f.relapse) {
        for (const LineFacts& l : f.lines) {
            if (!l.adjuvantOrNeoadjuvant() || !(l.endocrine || l.uncertain) || !(l.line.start < f.relapse->date))
                continue;
            if (l.line.end.isNull())
                periodOngoing = true;
            else if (periodEnd.isNull() || l.line.end > periodEnd)
                periodEnd = l.line.end;
        }
    }
    for (LineFacts& l : f.lines) {
        l.failure = l.pd;
        l.failureSource = l.pdSource;
        for (const auto& e : f.events) {  // an advanced recurrence after the start and on or before the end
            if (l.failure.isValid() && e.value.date >= l.failure)
                break;
            if (clinical::isAdvancedRecurrence(e.value) && l.line.start < e.value.date &&
                (l.line.end.isNull() || e.value.date <= l.line.end)) {
                l.failure = e.value.date;
                l.failureSource = e.ref;
                break;
            }
        }
        if (!l.adjuvantOrNeoadjuvant() || !f.relapse || !(l.line.start < f.relapse->date))
            continue;
        const bool ongoing = periodOngoing || l.line.end.isNull();
        QDate end = periodEnd;
        if (!ongoing && (end.isNull() || l.line.end > end))
            end = l.line.end;
        l.adjuvantWindowEnd = ongoing ? QDate() : end.addMonths(12);
        const bool inWindow = ongoing || f.relapse->date <= l.adjuvantWindowEnd;
        if (inWindow && (l.failure.isNull() || f.relapse->date < l.failure)) {
            l.failedOnlyByWindow = l.failure.isNull();
            l.failure = f.relapse->date;
            l.failureSource = *f.relapse;
        }
    }
}

AdvancedDisease advancedDisease(const Facts& f)
{
    AdvancedDisease a;
    if (f.deNovo) {
        a.holds = true;
        a.basis = {"Rules", QT_TRANSLATE_NOOP("Rules", "De novo metastatic disease at diagnosis (ADV-1).")};
        a.records << f.diagnosis->ref;
        return a;
    }
    if (f.relapse) {
        a.holds = true;
        a.basis = {
            "Rules", QT_TRANSLATE_NOOP("Rules", "Relapse to advanced disease on %1 (ADV-1)."), {f.relapse->date}};
        a.records << *f.relapse;
        return a;
    }
    for (const LineFacts& l : f.lines) {
        if (l.advanced() && !l.supportive) {
            a.holds = true;
            a.basis = {"Rules",
                       QT_TRANSLATE_NOOP("Rules", "A line of therapy for advanced disease started on %1 (ADV-1)."),
                       {l.line.start}};
            a.records << l.ref;
            return a;
        }
    }
    a.basis = {"Rules", QT_TRANSLATE_NOOP("Rules", "No de novo metastatic disease, no relapse to advanced disease "
                                                   "and no line of therapy for advanced disease recorded (ADV-1).")};
    return a;
}

}  // namespace onco::rules
