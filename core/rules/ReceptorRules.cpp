// Receptor status (clinical-rules.md §3): RCPT-1 set-wise from the latest specimen, ER_LOW, RECEPTOR_DISCORDANCE,
// HER2 categories.
#include "core/rules/RuleFamilies.h"

#include <QCoreApplication>

namespace onco::rules {

namespace {

/** A specimen with receptors: the diagnosis (first) or a later biopsy. */
struct Specimen
{
    RecordRef ref;
    const Receptors* receptors;
};

/** The diagnosis first, then the biopsies by date (RCPT-1). */
QList<Specimen> specimens(const Facts& f)
{
    QList<Specimen> out;
    if (f.diagnosis)
        out.append({f.diagnosis->ref, &f.diagnosis->value.receptors});
    for (const auto& b : f.biopsies)
        out.append({b.ref, &b.value.receptors});
    return out;
}

const char* polarityWord(Polarity p)
{
    switch (p) {
    case Polarity::Positive:
        return QT_TRANSLATE_NOOP("Rules", "positive");
    case Polarity::Negative:
        return QT_TRANSLATE_NOOP("Rules", "negative");
    case Polarity::Unknown:
        break;
    }
    return QT_TRANSLATE_NOOP("Rules", "unknown");
}

}  // namespace

Polarity erPolarity(const Receptors& r)
{
    const auto& pct = r.erPercent;
    switch (r.er) {
    case ReceptorStatus::Positive:
        return !pct || *pct >= 1 ? Polarity::Positive : Polarity::Unknown;  // "positive" with < 1 %: they disagree
    case ReceptorStatus::Negative:
        return !pct || *pct < 1 ? Polarity::Negative : Polarity::Unknown;  // "negative" with 40 %: they disagree
    case ReceptorStatus::Unknown:
        return Polarity::Unknown;  // an explicit "unknown" is not overruled by a percentage
    case ReceptorStatus::Unrecorded:
        break;
    }
    if (!pct)
        return Polarity::Unknown;
    return *pct >= 1 ? Polarity::Positive : Polarity::Negative;
}

Polarity her2Polarity(const Receptors& r)
{
    if (r.her2Ish == Her2Ish::Positive || r.her2Ihc == Her2Ihc::Three)
        return Polarity::Positive;
    switch (r.her2Ihc) {
    case Her2Ihc::Zero:
    case Her2Ihc::Ultralow:
    case Her2Ihc::One:
        return Polarity::Negative;
    case Her2Ihc::Two:
        return r.her2Ish == Her2Ish::Negative ? Polarity::Negative : Polarity::Unknown;
    default:
        return Polarity::Unknown;  // IHC not recorded or unknown: not "negative" by §3, whatever the ISH
    }
}

Her2Category her2Category(const Receptors& r)
{
    if (her2Polarity(r) == Polarity::Positive)
        return Her2Category::Positive;
    if (her2Polarity(r) == Polarity::Unknown)
        return Her2Category::Unknown;
    switch (r.her2Ihc) {
    case Her2Ihc::Zero:
        return Her2Category::Zero;
    case Her2Ihc::Ultralow:
        return Her2Category::Ultralow;
    default:
        return Her2Category::Low;  // 1+, or 2+ with ISH negative
    }
}

CurrentReceptors currentReceptors(const Facts& f)
{
    CurrentReceptors c;
    // RCPT-1: each receptor as a set from the most recent specimen reporting any part of it; never mixed.
    for (const Specimen& s : specimens(f)) {
        const Receptors& r = *s.receptors;
        if (r.reportsEr()) {
            c.erCategory = r.er;
            c.erPercent = r.erPercent;
            c.er = erPolarity(r);
            c.erSource = s.ref;
        }
        if (r.reportsPr()) {
            c.prCategory = r.pr;
            c.prPercent = r.prPercent;
            c.prSource = s.ref;
        }
        if (r.reportsHer2()) {
            c.her2Ihc = r.her2Ihc;
            c.her2Ish = r.her2Ish;
            c.her2 = her2Polarity(r);
            c.her2Category = her2Category(r);
            c.her2IshNeeded =
                r.her2Ihc == Her2Ihc::Two && (r.her2Ish == Her2Ish::NotDone || r.her2Ish == Her2Ish::Unrecorded);
            c.her2Source = s.ref;
        }
    }
    return c;
}

bool isErLow(const CurrentReceptors& c)
{
    return c.erPercent && *c.erPercent >= 1 && *c.erPercent <= 10;
}

QList<Note> receptorFlags(const Facts& f, const CurrentReceptors& c)
{
    QList<Note> flags;
    if (f.diagnosis) {
        const Receptors& dx = f.diagnosis->value.receptors;
        const Polarity dxEr = erPolarity(dx);
        const Polarity dxHer2 = her2Polarity(dx);
        for (const auto& b : f.biopsies) {
            const Polarity er = erPolarity(b.value.receptors);
            const Polarity her2 = her2Polarity(b.value.receptors);
            const bool erChanged = dxEr != Polarity::Unknown && er != Polarity::Unknown && er != dxEr;
            const bool her2Changed = dxHer2 != Polarity::Unknown && her2 != Polarity::Unknown && her2 != dxHer2;
            if (erChanged)
                flags.append({QStringLiteral("RECEPTOR_DISCORDANCE"),
                              {"Rules",
                               QT_TRANSLATE_NOOP("Rules", "ER %1 at diagnosis, %2 on the %3."),
                               {ContextLabel{"Rules", polarityWord(dxEr)}, ContextLabel{"Rules", polarityWord(er)},
                                nested(specimenPhrase(f, b.ref))}},
                              {f.diagnosis->ref, b.ref}});
            if (her2Changed)
                flags.append({QStringLiteral("RECEPTOR_DISCORDANCE"),
                              {"Rules",
                               QT_TRANSLATE_NOOP("Rules", "HER2 %1 at diagnosis, %2 on the %3."),
                               {ContextLabel{"Rules", polarityWord(dxHer2)}, ContextLabel{"Rules", polarityWord(her2)},
                                nested(specimenPhrase(f, b.ref))}},
                              {f.diagnosis->ref, b.ref}});
        }
    }
    if (isErLow(c))
        flags.append({QStringLiteral("ER_LOW"),
                      {"Rules",
                       QT_TRANSLATE_NOOP("Rules", "ER %1 % (%2): the benefit of endocrine therapy is uncertain at "
                                                  "ER-low (1–10 %)."),
                       {*c.erPercent, nested(specimenPhrase(f, *c.erSource))}},
                      {*c.erSource}});
    return flags;
}

Phrase specimenPhrase(const Facts& f, const RecordRef& ref)
{
    if (ref.entity == RecordRef::Entity::Diagnosis)
        return ref.date.isValid() ? Phrase{"Rules", QT_TRANSLATE_NOOP("Rules", "diagnosis of %1"), {ref.date}}
                                  : Phrase{"Rules", QT_TRANSLATE_NOOP("Rules", "diagnosis")};
    for (const auto& b : f.biopsies) {
        const QString site = b.value.site.trimmed();
        if (!(b.ref == ref) || site.isEmpty())
            continue;
        // The site is free text; a site code of the case format (lung, liver …) is shown translated.
        const auto code = fromCode<Site>(site.toLower());
        const Phrase::Arg where = code ? Phrase::Arg(ContextLabel{"Enums", sourceLabel(*code)}) : Phrase::Arg(site);
        return {"Rules", QT_TRANSLATE_NOOP("Rules", "biopsy of %1, site: %2"), {ref.date, where}};
    }
    return {"Rules", QT_TRANSLATE_NOOP("Rules", "biopsy of %1"), {ref.date}};
}

}  // namespace onco::rules
