#include "core/clinical/CourseFacts.h"

#include "core/clinical/Definitions.h"
#include "core/knowledge/Knowledge.h"

#include <algorithm>

namespace onco::clinical {

namespace {

bool startsBefore(const TherapyLine& a, const TherapyLine& b)
{
    return a.start != b.start ? a.start < b.start : a.id < b.id;
}

int outcomeRank(GeneticOutcome outcome)
{
    switch (outcome) {
    case GeneticOutcome::Mutated:
        return 2;
    case GeneticOutcome::Indeterminate:
        return 1;
    case GeneticOutcome::NotDetected:
        return 0;
    }
    return 0;
}

bool her2Known(Her2Class c)
{
    return c != Her2Class::NotRecorded && c != Her2Class::Unknown && c != Her2Class::IshNeeded;
}

}  // namespace

QDate progressionOnLine(const TherapyLine& line, const QList<DiseaseEvent>& events, const QDate& asOf)
{
    if (!line.start.isValid() || line.start > asOf)
        return {};
    QDate pd;
    for (const DiseaseEvent& e : events) {
        if (!isProgressionEvent(e) || !e.date.isValid() || e.date > asOf)
            continue;
        if (line.start < e.date && (line.end.isNull() || line.end > asOf || e.date <= line.end))
            if (pd.isNull() || e.date < pd)
                pd = e.date;
    }
    // An end after asOf is not yet known (§0): the line counts as ongoing.
    if (line.stopReason == StopReason::Progression && line.end.isValid() && line.end <= asOf)
        if (pd.isNull() || line.end < pd)
            pd = line.end;
    return pd;
}

QDate latestProgressionDate(const PatientRecord& record, const QDate& asOf)
{
    QDate latest;
    auto consider = [&](const QDate& d) {
        if (d.isValid() && d <= asOf && (latest.isNull() || d > latest))
            latest = d;
    };
    for (const DiseaseEvent& e : record.events)
        if (isAdvancedRecurrence(e) || isProgressionEvent(e))
            consider(e.date);
    for (const TherapyLine& t : record.therapies)
        if (t.stopReason == StopReason::Progression)
            consider(t.end);
    return latest;
}

bool isAdvanced(const PatientRecord& record, const Knowledge& knowledge, const QDate& asOf)
{
    if (record.diagnosis && !(record.diagnosis->date.isValid() && record.diagnosis->date > asOf) &&
        clinical::isDeNovoMetastatic(*record.diagnosis))
        return true;
    for (const DiseaseEvent& e : record.events)
        if (isAdvancedRecurrence(e) && e.date.isValid() && e.date <= asOf)
            return true;
    for (const TherapyLine& t : record.therapies)
        if (t.setting == Setting::Advanced && t.start.isValid() && t.start <= asOf && !isSupportiveLine(t, knowledge))
            return true;
    return false;
}

int currentLineIndex(const QList<TherapyLine>& lines, const Knowledge& knowledge, const QDate& asOf)
{
    int best = -1;
    bool bestSupportive = true;
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines[i].isActiveOn(asOf))
            continue;
        const bool supportive = isSupportiveLine(lines[i], knowledge);
        if (best < 0 || (bestSupportive && !supportive) ||
            (supportive == bestSupportive && startsBefore(lines[best], lines[i]))) {
            best = i;
            bestSupportive = supportive;
        }
    }
    return best;
}

Currency currencyOf(const GeneticResult& result, const QDate& latestProgression)
{
    if (result.isGermline())
        return Currency::Germline;
    if (result.result == GeneticOutcome::Mutated)
        return Currency::Detected;
    if (latestProgression.isNull() || result.date >= latestProgression)
        return Currency::Current;
    return Currency::NotCurrent;
}

std::optional<GeneticResult> latestEsr1(const QList<GeneticResult>& genomics, const QDate& asOf)
{
    std::optional<GeneticResult> latest;
    for (const GeneticResult& g : genomics) {
        if (g.isGermline() || g.gene.trimmed().compare(QLatin1String("ESR1"), Qt::CaseInsensitive) != 0 ||
            !g.date.isValid() || g.date > asOf)
            continue;
        if (!latest || g.date > latest->date ||
            (g.date == latest->date && outcomeRank(g.result) > outcomeRank(latest->result)))
            latest = g;
    }
    return latest;
}

ReceptorStatus erCategory(const Receptors& r)
{
    if (r.er == ReceptorStatus::Unknown)
        return ReceptorStatus::Unknown;
    if (r.er == ReceptorStatus::Unrecorded)
        return r.erPercent ? (*r.erPercent >= 1 ? ReceptorStatus::Positive : ReceptorStatus::Negative)
                           : ReceptorStatus::Unrecorded;
    if (!r.erPercent)
        return r.er;
    const ReceptorStatus byPercent = *r.erPercent >= 1 ? ReceptorStatus::Positive : ReceptorStatus::Negative;
    return byPercent == r.er ? r.er : ReceptorStatus::Unknown;
}

Her2Class her2Class(const Receptors& r)
{
    if (r.her2Ish == Her2Ish::Positive || r.her2Ihc == Her2Ihc::Three)
        return Her2Class::Positive;
    switch (r.her2Ihc) {
    case Her2Ihc::Two:
        return r.her2Ish == Her2Ish::Negative ? Her2Class::Low : Her2Class::IshNeeded;
    case Her2Ihc::One:
        return Her2Class::Low;
    case Her2Ihc::Ultralow:
        return Her2Class::Ultralow;
    case Her2Ihc::Zero:
        return Her2Class::Zero;
    case Her2Ihc::Unknown:
        return Her2Class::Unknown;
    default:
        return r.her2Ish == Her2Ish::Unrecorded ? Her2Class::NotRecorded : Her2Class::Unknown;
    }
}

CurrentReceptors currentReceptors(const PatientRecord& record, const QDate& asOf)
{
    CurrentReceptors out;
    QList<Biopsy> biopsies;
    for (const Biopsy& b : record.biopsies)
        if (b.date.isValid() && b.date <= asOf)
            biopsies.append(b);
    std::stable_sort(biopsies.begin(), biopsies.end(),
                     [](const Biopsy& a, const Biopsy& b) { return a.date != b.date ? a.date < b.date : a.id < b.id; });

    auto take = [&](const Receptors& r, const ReceptorSource& source) {
        if (r.reportsEr()) {
            out.receptors.er = r.er;
            out.receptors.erPercent = r.erPercent;
            out.er = source;
        }
        if (r.reportsPr()) {
            out.receptors.pr = r.pr;
            out.receptors.prPercent = r.prPercent;
            out.pr = source;
        }
        if (r.reportsHer2()) {
            out.receptors.her2Ihc = r.her2Ihc;
            out.receptors.her2Ish = r.her2Ish;
            out.her2 = source;
        }
        if (r.ki67Percent) {
            out.receptors.ki67Percent = r.ki67Percent;
            out.ki67 = source;
        }
    };
    if (record.diagnosis)
        take(record.diagnosis->receptors, {true, record.diagnosis->date, {}});
    for (const Biopsy& b : biopsies)
        take(b.receptors, {false, b.date, b.site});

    if (record.diagnosis) {
        const Receptors& first = record.diagnosis->receptors;
        const ReceptorStatus erFirst = erCategory(first);
        const Her2Class her2First = her2Class(first);
        for (const Biopsy& b : biopsies) {
            const ReceptorStatus er = erCategory(b.receptors);
            if ((erFirst == ReceptorStatus::Positive || erFirst == ReceptorStatus::Negative) &&
                (er == ReceptorStatus::Positive || er == ReceptorStatus::Negative) && er != erFirst)
                out.erDiscordant = true;
            const Her2Class her2 = her2Class(b.receptors);
            if (her2Known(her2First) && her2Known(her2) &&
                (her2First == Her2Class::Positive) != (her2 == Her2Class::Positive))
                out.her2Discordant = true;
        }
    }
    return out;
}

}  // namespace onco::clinical
