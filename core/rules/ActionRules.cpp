// Testing prompts (clinical-rules.md §5): ESR1-1, ESR1-2, PIK3-1, BRCA-1, HER2-1, MENO-1, MENO-2, de-duplicated and
// in the order of the table.
#include "core/rules/RuleFamilies.h"

#include <QCoreApplication>

namespace onco::rules {

namespace {

bool anyGermline(const Facts& f, std::initializer_list<const char*> genes)
{
    for (const auto& g : f.genomics)
        if (g.value.isGermline())
            for (const char* gene : genes)
                if (g.value.gene.compare(QLatin1String(gene), Qt::CaseInsensitive) == 0)
                    return true;
    return false;
}

bool cardRaised(const QList<OptionCard>& cards, const QString& action)
{
    for (const OptionCard& c : cards)
        if (c.actions.contains(action))
            return true;
    return false;
}

}  // namespace

QList<Note> testingActions(const Shared& s, const QList<OptionCard>& cards)
{
    const Facts& f = s.facts;
    const bool her2NotPositive = s.receptors.her2 != Polarity::Positive;
    // Trigger T: ER positive, HER2 not positive, advanced disease, SERD-PRIOR (a) or (b) in any reading (§0).
    const bool trigger =
        s.receptors.er == Polarity::Positive && her2NotPositive && s.advanced.holds && s.priorInAnyReading();
    QList<Note> actions;
    if (trigger && !s.esr1.anyResult)  // ESR1-1
        actions.append({QStringLiteral("ESR1_TEST_DUE"),
                        {"Rules", QT_TRANSLATE_NOOP("Rules", "No ESR1 result: test for an ESR1 mutation, plasma ctDNA "
                                                             "preferred (ESR1-1).")},
                        {}});
    if (trigger && s.esr1.anyResult && !s.esr1.anyMutated && s.esr1.retestDue)  // ESR1-2
        actions.append({QStringLiteral("ESR1_RETEST_DUE"),
                        {"Rules", QT_TRANSLATE_NOOP("Rules", "The latest ESR1 result is older than the latest "
                                                             "progression or indeterminate: re-test, plasma ctDNA "
                                                             "preferred (ESR1-2).")},
                        s.esr1.records});
    if (trigger && f.somatic(QStringLiteral("PIK3CA")).isEmpty())  // PIK3-1
        actions.append({QStringLiteral("PIK3CA_TEST_DUE"),
                        {"Rules", QT_TRANSLATE_NOOP("Rules", "No PIK3CA result: test for a PIK3CA mutation "
                                                             "(PIK3-1).")},
                        {}});
    if (s.advanced.holds && her2NotPositive && !anyGermline(f, {"BRCA1", "BRCA2"}))  // BRCA-1
        actions.append({QStringLiteral("GERMLINE_BRCA_TEST_DUE"),
                        {"Rules", QT_TRANSLATE_NOOP("Rules", "No germline BRCA1/BRCA2 result: offer germline "
                                                             "testing (BRCA-1).")},
                        {}});
    if (s.receptors.her2IshNeeded)  // HER2-1
        actions.append({QStringLiteral("HER2_ISH_NEEDED"),
                        {"Rules", QT_TRANSLATE_NOOP("Rules", "HER2 IHC 2+ without ISH: request ISH (HER2-1).")},
                        {*s.receptors.her2Source}});
    if (cardRaised(cards, QStringLiteral("CONFIRM_MENOPAUSAL_STATUS")))  // MENO-1
        actions.append({QStringLiteral("CONFIRM_MENOPAUSAL_STATUS"),
                        {"Rules", QT_TRANSLATE_NOOP("Rules", "Menopausal status unknown: confirm it (MENO-1).")},
                        {}});
    if (cardRaised(cards, QStringLiteral("CONSIDER_OFS")))  // MENO-2
        actions.append({QStringLiteral("CONSIDER_OFS"),
                        {"Rules", QT_TRANSLATE_NOOP("Rules", "Pre- or perimenopausal without ovarian function "
                                                             "suppression: consider it (MENO-2).")},
                        {}});
    return actions;
}

}  // namespace onco::rules
