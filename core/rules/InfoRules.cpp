// Information only (clinical-rules.md §4.4): PD_MARKER_ONLY (TM-6) and SERD-INFO-1 (SERENA6_EVIDENCE). Camizestrant
// is never an option card.
#include "core/rules/RuleFamilies.h"

#include <QCoreApplication>

namespace onco::rules {

namespace {

/** SERD-INFO-1: the first advanced ET line is AI + CDK4/6 inhibitor (OFS allowed), active, started >= 6 months
 *  before as_of, without PD, and a plasma ESR1 mutation was collected while it ran. */
std::optional<Note> serena6(const Facts& f)
{
    const LineFacts* l = f.firstAdvancedEtLine();
    if (!l || !l->ai || !l->cdk46i || !l->onlyAiCdkOfs || !l->activeOn(f.asOf) || l->pd.isValid() ||
        f.asOf < l->line.start.addMonths(6))
        return std::nullopt;
    for (const auto* g : f.somatic(QStringLiteral("ESR1"))) {
        if (g->value.result == GeneticOutcome::Mutated && g->value.specimen == Specimen::Plasma &&
            l->activeOn(g->value.date))
            return Note{QStringLiteral("SERENA6_EVIDENCE"),
                        {"Rules",
                         QT_TRANSLATE_NOOP("Rules", "ESR1 mutation in plasma on %1 during first-line %2 (since %3) "
                                                    "without progression: the SERENA-6 situation (SERD-INFO-1)."),
                         {g->value.date, DrugList{l->line.drugs}, l->line.start}},
                        {l->ref, g->ref}};
    }
    return std::nullopt;
}

}  // namespace

QList<Note> infoNotes(const Facts& f)
{
    QList<Note> info;
    if (auto n = serena6(f))
        info << *n;
    if (!f.markerOnlyProgressions.isEmpty())
        info.append({QStringLiteral("PD_MARKER_ONLY"),
                     {"Rules",
                      QT_TRANSLATE_NOOP("Rules", "Progression recorded on tumour-marker evidence alone on %1: not a "
                                                 "progression for the rules; correlate with imaging (TM-6)."),
                      {f.markerOnlyProgressions.front().date}},
                     f.markerOnlyProgressions});
    return info;
}

}  // namespace onco::rules
