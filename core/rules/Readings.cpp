// Readings of uncertain lines (clinical-rules.md §0): a line holding an investigational agent that may or may not be
// endocrine therapy, and no ET agent, is read both ways. §2 (endocrine resistance), SERD-PRIOR (§4) and trigger T (§5)
// are evaluated in each of the 2^n readings; an attribute is the value all readings give, else not_evaluable (ER-I).
#include "core/rules/Codes.h"
#include "core/rules/RuleFamilies.h"

#include <QCoreApplication>

namespace onco::rules {

namespace {

Reading readAs(const Facts& base, const CurrentReceptors& current, const QList<int>& asEt)
{
    Reading r{base, {}, {}, {}};
    for (int i : asEt)
        r.facts.lines[i].endocrine = true;
    r.resistance = endocrineResistance(r.facts, current);
    r.overall = {r.resistance.overall, r.resistance.rule, r.resistance.explanation, {}};
    return r;
}

Phrase valuePhrase(Resistance v)
{
    return v == Resistance::None ? Phrase{"Rules", QT_TRANSLATE_NOOP("Rules", "no class")} : describeResistance(v);
}

/** "A", "A or B", "A, B or C". */
Phrase orList(const QList<Resistance>& values)
{
    if (values.size() == 1)
        return valuePhrase(values.front());
    if (values.size() == 2)
        return {"Rules",
                QT_TRANSLATE_NOOP("Rules", "%1 or %2"),
                {nested(valuePhrase(values[0])), nested(valuePhrase(values[1]))}};
    return {
        "Rules", QT_TRANSLATE_NOOP("Rules", "%1, %2"), {nested(valuePhrase(values[0])), nested(orList(values.mid(1)))}};
}

/** The attribute all readings give; ER-I naming the values where they differ. */
template <typename Get> ResistanceAttribute merge(const Readings& rs, Get get)
{
    QList<Resistance> values;
    for (const Reading& r : rs.all)
        if (!values.contains(get(r).value))
            values << get(r).value;
    const ResistanceAttribute& base = get(rs.base());
    if (values.size() == 1 && rs.exhaustive)
        return base;  // one value: the rule and explanation of the reading with no uncertain line read as ET
    ResistanceAttribute a;
    a.value = Resistance::NotEvaluable;
    a.rule = QStringLiteral("ER-I");
    a.records = base.records;
    for (int i : rs.uncertain)
        if (!a.records.contains(rs.base().facts.lines[i].ref))
            a.records << rs.base().facts.lines[i].ref;
    if (!rs.exhaustive) {
        a.explanation = {"Rules",
                         QT_TRANSLATE_NOOP("Rules", "%1 lines hold a trial drug that may or may not be endocrine "
                                                    "therapy, too many to read every way: not evaluable (ER-I)."),
                         {int(rs.uncertain.size())}};
    } else if (rs.uncertain.size() == 1) {
        const LineFacts& l = rs.base().facts.lines[rs.uncertain.front()];
        a.explanation = {"Rules",
                         QT_TRANSLATE_NOOP("Rules", "The trial drug of the line started %1 (%2) may or may not be "
                                                    "endocrine therapy: read as endocrine therapy the class is %3, "
                                                    "read as not, %4. Not evaluable (ER-I)."),
                         {l.line.start, DrugList{l.line.drugs}, nested(valuePhrase(get(rs.all.back()).value)),
                          nested(valuePhrase(base.value))}};
    } else {
        a.explanation = {"Rules",
                         QT_TRANSLATE_NOOP("Rules", "%1 lines hold a trial drug that may or may not be endocrine "
                                                    "therapy; read every way, the class is %2. Not evaluable "
                                                    "(ER-I)."),
                         {int(rs.uncertain.size()), nested(orList(values))}};
    }
    return a;
}

void addOnce(QList<Note>& notes, const Note& n)
{
    for (const Note& m : notes)
        if (m.code == n.code && m.text == n.text)
            return;
    notes << n;
}

}  // namespace

Readings readingsOf(const Facts& base, const CurrentReceptors& current)
{
    Readings rs;
    rs.uncertain = base.uncertainLines();
    const int n = int(rs.uncertain.size());
    rs.exhaustive = n <= kMaxUncertainLines;
    if (rs.exhaustive) {
        rs.all.reserve(std::size_t(1) << n);
        for (unsigned mask = 0; mask < (1u << n); ++mask) {
            QList<int> asEt;
            for (int b = 0; b < n; ++b)
                if (mask & (1u << b))
                    asEt << rs.uncertain[b];
            rs.all.push_back(readAs(base, current, asEt));
        }
    } else {  // none, each one alone, all: the merge then takes the safer side (ER-I, SERD-PRIOR unknown, T holds)
        rs.all.reserve(std::size_t(n) + 2);
        rs.all.push_back(readAs(base, current, {}));
        for (int i : rs.uncertain)
            rs.all.push_back(readAs(base, current, {i}));
        rs.all.push_back(readAs(base, current, rs.uncertain));
    }
    // Pointers into each reading's lines: taken once every reading is in place.
    for (Reading& r : rs.all)
        r.prior = priorEndocrine(r.facts, r.resistance);
    return rs;
}

EndocrineResistance mergedResistance(const Readings& rs)
{
    const EndocrineResistance& base = rs.base().resistance;
    EndocrineResistance r = base;
    r.adjuvant = merge(rs, [](const Reading& x) -> const ResistanceAttribute& { return x.resistance.adjuvant; });
    r.firstLine = merge(rs, [](const Reading& x) -> const ResistanceAttribute& { return x.resistance.firstLine; });
    const ResistanceAttribute o = merge(rs, [](const Reading& x) -> const ResistanceAttribute& { return x.overall; });
    r.overall = o.value;
    r.rule = o.rule;
    r.explanation = o.explanation;
    r.flags.clear();
    for (const Reading& x : rs.all)
        for (const Note& n : x.resistance.flags)
            addOnce(r.flags, n);
    if (!rs.uncertain.isEmpty()) {
        QList<RecordRef> refs;
        for (int i : rs.uncertain)
            refs << rs.base().facts.lines[i].ref;
        const LineFacts& first = rs.base().facts.lines[rs.uncertain.front()];
        r.flags.append({QStringLiteral("INVESTIGATIONAL_AGENT"),
                        rs.uncertain.size() == 1
                            ? Phrase{"Rules",
                                     QT_TRANSLATE_NOOP("Rules", "The line started %1 (%2) holds a trial drug that may "
                                                                "or may not be endocrine therapy: the rules read it "
                                                                "both ways."),
                                     {first.line.start, DrugList{first.line.drugs}}}
                            : Phrase{"Rules",
                                     QT_TRANSLATE_NOOP("Rules", "%1 lines hold a trial drug that may or may not be "
                                                                "endocrine therapy: the rules read them every way."),
                                     {int(rs.uncertain.size())}},
                        refs});
    }
    return r;
}

bool Shared::priorInAnyReading() const
{
    if (!readings.exhaustive)
        return true;
    for (const Reading& r : readings.all)
        if (r.prior.holds())
            return true;
    return false;
}

}  // namespace onco::rules
