// Endocrine resistance (clinical-rules.md §2, ESO-ESMO ABC): the `adjuvant` class at relapse (ER-A0…A5, ER-X1),
// the `first_line` class on the first advanced ET line (ER-M0…M2, ER-X2), the `overall` class (ER-N, ER-E) and
// BOUNDARY_REVIEW. The three attributes are computed separately; none overwrites another.
#include "core/rules/RuleFamilies.h"

#include <QCoreApplication>

#include <cstdlib>

namespace onco::rules {

namespace {

/** The adjuvant ET period (§2.1): (neo)adjuvant ET lines started strictly before the relapse. */
struct AdjuvantPeriod
{
    QList<const LineFacts*> lines;
    QDate start;
    QDate end;                        ///< null when a line is ongoing
    const LineFacts* last = nullptr;  ///< the line that ended the period
};

AdjuvantPeriod adjuvantPeriod(const Facts& f, const QDate& relapse)
{
    AdjuvantPeriod p;
    bool ongoing = false;
    for (const LineFacts& l : f.lines) {
        if (!l.adjuvantOrNeoadjuvant() || !l.endocrine || !(l.line.start < relapse))
            continue;
        p.lines << &l;
        if (p.start.isNull() || l.line.start < p.start)
            p.start = l.line.start;
        if (l.line.end.isNull()) {
            ongoing = true;
            p.last = &l;
        } else if (!ongoing && (p.end.isNull() || l.line.end >= p.end)) {
            p.end = l.line.end;
            p.last = &l;
        }
    }
    if (ongoing)
        p.end = QDate();
    return p;
}

void boundaryCheck(QList<Note>& flags, const QDate& decisive, const QDate& threshold, const char* attribute,
                   const QList<RecordRef>& records)
{
    if (!withinBoundary(decisive, threshold))
        return;
    const int days = int(std::abs(decisive.daysTo(threshold)));
    const char* text =
        days == 0   ? QT_TRANSLATE_NOOP("Rules", "%1: %2 falls on the threshold date itself; review the dates.")
        : days == 1 ? QT_TRANSLATE_NOOP("Rules", "%1: %2 is 1 day from the threshold date %4; review the dates.")
                    : QT_TRANSLATE_NOOP("Rules", "%1: %2 is %3 days from the threshold date %4; review the dates.");
    flags.append({QStringLiteral("BOUNDARY_REVIEW"),
                  {"Rules", text, {ContextLabel{"Rules", attribute}, decisive, days, threshold}},
                  records});
}

const char* kAdjuvant = QT_TRANSLATE_NOOP("Rules", "Adjuvant class");
const char* kFirstLine = QT_TRANSLATE_NOOP("Rules", "First-line class");

}  // namespace

bool withinBoundary(const QDate& decisive, const QDate& threshold)
{
    return decisive.isValid() && threshold.isValid() && std::abs(decisive.daysTo(threshold)) <= 30;
}

ResistanceAttribute adjuvantResistance(const Facts& f, QList<Note>& flags)
{
    ResistanceAttribute a;
    if (f.deNovo) {
        a.rule = QStringLiteral("ER-A0");
        const QDate diagnosed = f.diagnosis->ref.date;
        a.explanation = diagnosed.isValid()
                            ? Phrase{"Rules",
                                     QT_TRANSLATE_NOOP("Rules", "De novo metastatic disease (diagnosed %1): no "
                                                                "adjuvant class (endocrine-naive)."),
                                     {diagnosed}}
                            : Phrase{"Rules", QT_TRANSLATE_NOOP("Rules", "De novo metastatic disease: no adjuvant "
                                                                         "class (endocrine-naive).")};
        a.records << f.diagnosis->ref;
        return a;
    }
    if (!f.relapse) {
        a.explanation = {"Rules", QT_TRANSLATE_NOOP("Rules", "No relapse to advanced disease: no adjuvant class.")};
        return a;
    }
    const QDate relapse = f.relapse->date;
    const AdjuvantPeriod p = adjuvantPeriod(f, relapse);
    a.records << *f.relapse;
    if (p.lines.isEmpty()) {
        a.value = Resistance::Naive;
        a.rule = QStringLiteral("ER-A5");
        a.explanation = {"Rules",
                         QT_TRANSLATE_NOOP("Rules", "Relapse on %1 without (neo)adjuvant endocrine therapy started "
                                                    "before it: endocrine-naive."),
                         {relapse}};
        return a;
    }
    for (const LineFacts* l : p.lines)
        a.records << l->ref;
    if (p.end.isNull() || relapse <= p.end) {  // during the period (it started before the relapse)
        const QDate threshold = p.start.addMonths(24);
        const bool primary = relapse < threshold;
        a.value = primary ? Resistance::Primary : Resistance::Secondary;
        a.rule = primary ? QStringLiteral("ER-A1") : QStringLiteral("ER-A2");
        a.explanation = primary ? Phrase{"Rules",
                                         QT_TRANSLATE_NOOP("Rules", "Relapse on %1 while on adjuvant endocrine therapy "
                                                                    "started %2, within the first 24 months (before "
                                                                    "%3)."),
                                         {relapse, p.start, threshold}}
                                : Phrase{"Rules",
                                         QT_TRANSLATE_NOOP("Rules", "Relapse on %1 while on adjuvant endocrine therapy "
                                                                    "started %2, after the first 24 months (%3 or "
                                                                    "later)."),
                                         {relapse, p.start, threshold}};
        boundaryCheck(flags, relapse, threshold, kAdjuvant, a.records);
        return a;
    }
    const QDate threshold = p.end.addMonths(12);
    const bool secondary = relapse <= threshold;
    a.value = secondary ? Resistance::Secondary : Resistance::Sensitive;
    a.rule = secondary ? QStringLiteral("ER-A3") : QStringLiteral("ER-A4");
    a.explanation = secondary ? Phrase{"Rules",
                                       QT_TRANSLATE_NOOP("Rules", "Relapse on %1, within 12 months after adjuvant "
                                                                  "endocrine therapy (%2 to %3) ended (by %4)."),
                                       {relapse, p.start, p.end, threshold}}
                              : Phrase{"Rules",
                                       QT_TRANSLATE_NOOP("Rules", "Relapse on %1, more than 12 months after adjuvant "
                                                                  "endocrine therapy (%2 to %3) ended (after %4)."),
                                       {relapse, p.start, p.end, threshold}};
    boundaryCheck(flags, relapse, threshold, kAdjuvant, a.records);
    // ER-X1: the period ended early for toxicity or the patient's choice; the ABC text does not cover early stops.
    const StopReason stop = p.last->line.stopReason;
    if ((stop == StopReason::Toxicity || stop == StopReason::PatientChoice) && p.end < p.start.addMonths(24))
        flags.append({QStringLiteral("AMBIGUOUS_EARLY_STOP"),
                      {"Rules",
                       QT_TRANSLATE_NOOP("Rules", "Adjuvant endocrine therapy stopped on %1 (%2), before 24 months "
                                                  "(%3); the ABC definitions do not cover early stops (ER-X1)."),
                       {p.end, ContextLabel{"Enums", sourceLabel(stop)}, p.start.addMonths(24)}},
                      {p.last->ref}});
    return a;
}

ResistanceAttribute firstLineResistance(const Facts& f, QList<Note>& flags)
{
    ResistanceAttribute a;
    const LineFacts* l = f.firstAdvancedEtLine();
    if (!l) {
        a.explanation = {"Rules", QT_TRANSLATE_NOOP("Rules", "No endocrine therapy for advanced disease: no "
                                                             "first-line class.")};
        return a;
    }
    a.records << l->ref;
    if (l->pd.isNull()) {
        a.value = Resistance::NoProgression;
        a.rule = QStringLiteral("ER-M0");
        a.explanation = {"Rules",
                         QT_TRANSLATE_NOOP("Rules", "No progression yet on the first endocrine line for advanced "
                                                    "disease (%1, started %2)."),
                         {DrugList{l->line.drugs}, l->line.start}};
        return a;
    }
    if (l->pdSource)
        a.records << *l->pdSource;
    const QDate threshold = l->line.start.addMonths(6);
    const bool primary = l->pd < threshold;
    a.value = primary ? Resistance::Primary : Resistance::Secondary;
    a.rule = primary ? QStringLiteral("ER-M1") : QStringLiteral("ER-M2");
    a.explanation = primary ? Phrase{"Rules",
                                     QT_TRANSLATE_NOOP("Rules", "Progression on %1 within 6 months (before %2) of the "
                                                                "first endocrine line for advanced disease (%3, "
                                                                "started %4)."),
                                     {l->pd, threshold, DrugList{l->line.drugs}, l->line.start}}
                            : Phrase{"Rules",
                                     QT_TRANSLATE_NOOP("Rules", "Progression on %1, 6 months or more (%2 or later) "
                                                                "after the start of the first endocrine line for "
                                                                "advanced disease (%3, started %4)."),
                                     {l->pd, threshold, DrugList{l->line.drugs}, l->line.start}};
    boundaryCheck(flags, l->pd, threshold, kFirstLine, a.records);
    if (l->cdk46i)  // ER-X2
        flags.append({QStringLiteral("CDK46I_ERA_CAVEAT"),
                      {"Rules", QT_TRANSLATE_NOOP("Rules", "The first endocrine line for advanced disease contained a "
                                                           "CDK4/6 inhibitor; the 6-month threshold was built for "
                                                           "endocrine therapy alone (ER-X2).")},
                      {l->ref}});
    return a;
}

EndocrineResistance endocrineResistance(const Facts& f, const CurrentReceptors& current)
{
    EndocrineResistance r;
    r.adjuvant = adjuvantResistance(f, r.flags);
    r.firstLine = firstLineResistance(f, r.flags);
    auto decide = [&](Resistance value, const ResistanceAttribute& from) {
        r.overall = value;
        r.rule = from.rule;
        r.explanation = from.explanation;
    };
    auto resistant = [](Resistance v) { return v == Resistance::Primary || v == Resistance::Secondary; };
    if (current.er == Polarity::Negative) {
        r.overall = Resistance::NotApplicable;
        r.rule = QStringLiteral("ER-N");
        r.explanation = {"Rules",
                         QT_TRANSLATE_NOOP("Rules", "Current ER is negative (%1): endocrine resistance does not "
                                                    "apply."),
                         {nested(specimenPhrase(f, *current.erSource))}};
    } else if (resistant(r.adjuvant.value)) {
        decide(r.adjuvant.value, r.adjuvant);
    } else if (resistant(r.firstLine.value)) {
        decide(r.firstLine.value, r.firstLine);
    } else if (r.adjuvant.value == Resistance::Sensitive) {
        decide(Resistance::Sensitive, r.adjuvant);
    } else if (r.adjuvant.value == Resistance::Naive || f.deNovo) {
        decide(Resistance::Naive, r.adjuvant);
    } else {
        r.overall = Resistance::NotEvaluable;
        r.rule = QStringLiteral("ER-E");
        r.explanation = {"Rules", QT_TRANSLATE_NOOP("Rules", "No relapse to advanced disease and no progression on "
                                                             "endocrine therapy for advanced disease: endocrine "
                                                             "resistance cannot be evaluated yet.")};
    }
    return r;
}

}  // namespace onco::rules
