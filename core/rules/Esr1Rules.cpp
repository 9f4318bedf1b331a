// ESR1 result (clinical-rules.md §4.1, criterion SERD-ESR1): the latest somatic result, its currency relative to
// the latest progression date, the ligand-binding domain (codons 310–547) from HGVS protein notation.
#include "core/rules/RuleFamilies.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace onco::rules {

namespace {

int outcomeRank(GeneticOutcome o)
{
    switch (o) {
    case GeneticOutcome::Mutated:
        return 2;
    case GeneticOutcome::Indeterminate:
        return 1;
    case GeneticOutcome::NotDetected:
        break;
    }
    return 0;
}

int specimenRank(Specimen s)
{
    return s == Specimen::Plasma ? 2 : s == Specimen::Tissue ? 1 : 0;
}

/** Among mutated results of the same date: a variant in the domain, then an unnamed one, then the rest. */
int variantRank(const GeneticResult& g)
{
    if (g.result != GeneticOutcome::Mutated)
        return 0;
    if (g.variant.trimmed().isEmpty())
        return 1;
    for (int codon : hgvsCodons(g.variant))
        if (inLigandBindingDomain(codon))
            return 2;
    return 0;
}

/** Orders results: later date first; on the same date mutated > indeterminate > not detected (§4.1). */
bool before(const GeneticResult& a, const GeneticResult& b)
{
    if (a.date != b.date)
        return a.date < b.date;
    if (outcomeRank(a.result) != outcomeRank(b.result))
        return outcomeRank(a.result) < outcomeRank(b.result);
    if (variantRank(a) != variantRank(b))
        return variantRank(a) < variantRank(b);
    return specimenRank(a.specimen) < specimenRank(b.specimen);
}

const char* specimenWord(Specimen s)
{
    switch (s) {
    case Specimen::Plasma:
        return QT_TRANSLATE_NOOP("Rules", "plasma ctDNA");
    case Specimen::Tissue:
        return QT_TRANSLATE_NOOP("Rules", "tissue");
    case Specimen::Unrecorded:
        break;
    }
    return QT_TRANSLATE_NOOP("Rules", "specimen not recorded");
}

Note flag(const char* code, const Phrase& text, const RecordRef& ref)
{
    return {QLatin1String(code), text, {ref}};
}

}  // namespace

bool inLigandBindingDomain(int codon)
{
    return codon >= 310 && codon <= 547;
}

QList<int> hgvsCodons(const QString& variant)
{
    static const QSet<QString> threeLetter{
        QStringLiteral("Ala"), QStringLiteral("Arg"), QStringLiteral("Asn"), QStringLiteral("Asp"),
        QStringLiteral("Cys"), QStringLiteral("Gln"), QStringLiteral("Glu"), QStringLiteral("Gly"),
        QStringLiteral("His"), QStringLiteral("Ile"), QStringLiteral("Leu"), QStringLiteral("Lys"),
        QStringLiteral("Met"), QStringLiteral("Phe"), QStringLiteral("Pro"), QStringLiteral("Ser"),
        QStringLiteral("Thr"), QStringLiteral("Trp"), QStringLiteral("Tyr"), QStringLiteral("Val"),
        QStringLiteral("Ter"), QStringLiteral("Sec"), QStringLiteral("Pyl"), QStringLiteral("Xaa")};
    // One amino acid and its codon: Y537 or Tyr537; a range adds _D538 / _Asp538.
    static const QRegularExpression residue(QStringLiteral("^(?:p\\.)?\\(?([A-Z][a-z]{2}|[ACDEFGHIKLMNPQRSTVWYX*])"
                                                           "(\\d{1,4})(?:_([A-Z][a-z]{2}|[ACDEFGHIKLMNPQRSTVWYX*])"
                                                           "(\\d{1,4}))?"));
    static const QRegularExpression separators(QStringLiteral("[,;/\\s]+"));
    QList<int> codons;
    for (const QString& token : variant.split(separators, Qt::SkipEmptyParts)) {
        const auto m = residue.match(token);
        if (!m.hasMatch())
            continue;
        auto known = [&](const QString& aa) { return aa.size() == 1 || threeLetter.contains(aa); };
        if (!known(m.captured(1)) || (m.hasCaptured(3) && !known(m.captured(3))))
            continue;
        codons << m.captured(2).toInt();
        if (m.hasCaptured(4))
            codons << m.captured(4).toInt();
    }
    return codons;
}

bool isCurrent(const Facts& f, const QDate& collected)
{
    return !f.latestProgression || collected >= f.latestProgression->date;
}

Esr1Finding esr1Finding(const Facts& f)
{
    Esr1Finding e;
    const auto results = f.somatic(QStringLiteral("ESR1"));
    if (results.isEmpty()) {
        e.text = {"Rules", QT_TRANSLATE_NOOP("Rules", "No ESR1 result recorded: test due (plasma ctDNA preferred).")};
        return e;
    }
    e.anyResult = true;
    const Item<GeneticResult>* latest = results.front();
    for (const auto* r : results) {
        e.anyMutated = e.anyMutated || r->value.result == GeneticOutcome::Mutated;
        if (before(latest->value, r->value))
            latest = r;
    }
    const GeneticResult& g = latest->value;
    const RecordRef ref = latest->ref;
    e.latestDate = g.date;
    e.records << ref;
    const ContextLabel specimen{"Rules", specimenWord(g.specimen)};
    if (g.result == GeneticOutcome::Mutated) {  // a detected mutation stays valid whatever its date
        const QList<int> codons = hgvsCodons(g.variant);
        int inDomain = 0;
        for (int c : codons)
            if (inLigandBindingDomain(c) && !inDomain)
                inDomain = c;
        e.state = Esr1State::Mutated;
        if (g.variant.trimmed().isEmpty()) {
            e.status = CriterionStatus::Met;
            e.text = {"Rules",
                      QT_TRANSLATE_NOOP("Rules", "ESR1 mutation detected, variant not recorded (%1, collected %2)."),
                      {specimen, g.date}};
            e.flags << flag("ESR1_VARIANT_NOT_RECORDED", e.text, ref);
        } else if (inDomain) {
            e.status = CriterionStatus::Met;
            e.text = {"Rules",
                      QT_TRANSLATE_NOOP("Rules", "ESR1 %1 in the ligand-binding domain (codon %2; %3, collected %4)."),
                      {g.variant.trimmed(), inDomain, specimen, g.date}};
        } else {
            e.status = CriterionStatus::Unknown;
            e.state = Esr1State::Review;
            e.text = {"Rules",
                      QT_TRANSLATE_NOOP("Rules", "ESR1 %1 is not a variant of the ligand-binding domain (codons "
                                                 "310–547) that the program can read: review (%2, collected %3)."),
                      {g.variant.trimmed(), specimen, g.date}};
            e.flags << flag("ESR1_VARIANT_REVIEW", e.text, ref);
        }
        return e;
    }
    const bool current = isCurrent(f, g.date);
    if (!current) {
        e.status = CriterionStatus::Unknown;
        e.state = Esr1State::NotCurrent;
        e.retestDue = true;
        e.records << *f.latestProgression;
        e.text = {"Rules",
                  QT_TRANSLATE_NOOP("Rules", "The latest ESR1 result (%1, %2, collected %3) predates the latest "
                                             "progression (%4): re-test due."),
                  {ContextLabel{"Enums", sourceLabel(g.result)}, specimen, g.date, f.latestProgression->date}};
        return e;
    }
    if (g.result == GeneticOutcome::Indeterminate) {
        e.status = CriterionStatus::Unknown;
        e.state = Esr1State::Indeterminate;
        e.retestDue = true;
        e.text = {"Rules",
                  QT_TRANSLATE_NOOP("Rules", "ESR1 result indeterminate (%1, collected %2): re-test due."),
                  {specimen, g.date}};
        e.flags << flag("ESR1_VARIANT_REVIEW", e.text, ref);
        return e;
    }
    // not detected, current
    for (const auto* r : results) {
        if (r->value.result == GeneticOutcome::Mutated) {
            e.status = CriterionStatus::Unknown;
            e.state = Esr1State::Discordant;
            e.records << r->ref;
            e.text = {"Rules",
                      QT_TRANSLATE_NOOP("Rules", "ESR1 not detected (%1, collected %2) although a mutation was found "
                                                 "on %3: review the discordant results."),
                      {specimen, g.date, r->value.date}};
            e.flags << flag("ESR1_DISCORDANT", e.text, ref);
            return e;
        }
    }
    e.status = CriterionStatus::NotMet;
    e.state = Esr1State::NotDetected;
    e.text =
        f.latestProgression
            ? Phrase{"Rules",
                     QT_TRANSLATE_NOOP("Rules", "ESR1 not detected (%1, collected %2, on or after the latest "
                                                "progression of %3)."),
                     {specimen, g.date, f.latestProgression->date}}
            : Phrase{"Rules", QT_TRANSLATE_NOOP("Rules", "ESR1 not detected (%1, collected %2)."), {specimen, g.date}};
    e.flags << flag("ESR1_WILD_TYPE",
                    {"Rules", QT_TRANSLATE_NOOP("Rules", "No benefit of an oral SERD was shown without an ESR1 "
                                                         "mutation (EMERALD HR 0.86; EMBER-3 HR 1.00).")},
                    ref);
    // The latest result is from tissue (§4.1), whatever other specimens were tested before it.
    if (g.specimen == Specimen::Tissue)
        e.flags << flag("ESR1_TISSUE_ONLY",
                        {"Rules", QT_TRANSLATE_NOOP("Rules", "The latest ESR1 result is from tissue; plasma ctDNA is "
                                                             "more sensitive (ASCO prefers it).")},
                        ref);
    return e;
}

}  // namespace onco::rules
