// Population of the label (clinical-rules.md §4.2, criterion SERD-POP) with actions MENO-1
// (CONFIRM_MENOPAUSAL_STATUS) and MENO-2 (CONSIDER_OFS).
#include "core/rules/RuleFamilies.h"

#include <QCoreApplication>

namespace onco::rules {

namespace {

enum class Menopause { Pre, Post, Unknown };

RecordRef patientRef()
{
    return {RecordRef::Entity::Patient, -1, 0, {}};
}

/** The status the rules use: the recorded one; if absent or unknown, oophorectomy or age >= 60 is postmenopausal. */
Menopause menopause(const Facts& f)
{
    switch (f.patient.menopausalStatus) {
    case MenopausalStatus::Premenopausal:
    case MenopausalStatus::Perimenopausal:
        return Menopause::Pre;
    case MenopausalStatus::Postmenopausal:
        return Menopause::Post;
    default:
        return f.oophorectomy || f.age >= 60 ? Menopause::Post : Menopause::Unknown;
    }
}

/** The OFS drugs of a line. */
QStringList ofsDrugs(const Facts& f, const RecordRef& line)
{
    QStringList out;
    for (const LineFacts& l : f.lines)
        if (l.ref == line)
            for (const QString& d : l.line.drugs)
                if (const Drug* drug = f.knowledge->drug(d); drug && drug->drugClass == DrugClass::Ofs)
                    out << d;
    return out;
}

}  // namespace

std::optional<RecordRef> ovarianSuppression(const Facts& f)
{
    if (f.oophorectomy)
        return RecordRef{RecordRef::Entity::Patient, -1, f.patient.id, f.patient.bilateralOophorectomyDate};
    for (const LineFacts& l : f.lines)
        if (l.ofs && l.activeOn(f.asOf))
            return l.ref;
    return std::nullopt;
}

PopulationFinding populationFinding(const Facts& f, LabelPopulation population)
{
    PopulationFinding p;
    RecordRef patient = patientRef();
    patient.id = f.patient.id;
    p.records << patient;
    const bool elacestrant = population == LabelPopulation::PostmenopausalWomenAndMen;
    if (f.age >= 0 && f.age < 18) {
        p.status = CriterionStatus::NotMet;
        p.text = {"Rules", QT_TRANSLATE_NOOP("Rules", "Under 18 years old (%1): outside the label."), {f.age}};
        return p;
    }
    // imlunestrant's label says "adults": without a birth date that cannot be checked.
    const bool adultUnchecked = !elacestrant && f.age < 0;
    const Phrase noAge{"Rules", QT_TRANSLATE_NOOP("Rules", "Birth date not recorded: cannot check that the patient "
                                                           "is an adult (label: adults).")};
    if (f.patient.sex == Sex::Male) {
        p.status = adultUnchecked ? CriterionStatus::Unknown : CriterionStatus::Met;
        p.text = adultUnchecked ? noAge : Phrase{"Rules", QT_TRANSLATE_NOOP("Rules", "Man.")};
        return p;
    }
    // A woman (an unrecorded sex takes the woman's branch, which is never wider than the man's).
    const Menopause status = menopause(f);
    const auto ofs = ovarianSuppression(f);
    if (ofs)
        p.records << *ofs;
    if (status == Menopause::Post) {
        p.status = adultUnchecked ? CriterionStatus::Unknown : CriterionStatus::Met;
        if (adultUnchecked)
            p.text = noAge;
        else if (f.patient.menopausalStatus == MenopausalStatus::Postmenopausal)
            p.text = {"Rules", QT_TRANSLATE_NOOP("Rules", "Postmenopausal woman (recorded).")};
        else if (f.oophorectomy)
            p.text = {"Rules", QT_TRANSLATE_NOOP("Rules", "Postmenopausal woman: bilateral oophorectomy recorded.")};
        else
            p.text = {"Rules",
                      QT_TRANSLATE_NOOP("Rules", "Postmenopausal woman: status not recorded, age %1 (60 or "
                                                 "over)."),
                      {f.age}};
        return p;
    }
    const bool pre = status == Menopause::Pre;
    if (ofs) {
        p.status = CriterionStatus::Met;
        const Phrase how = ofs->entity == RecordRef::Entity::Patient
                               ? Phrase{"Rules", QT_TRANSLATE_NOOP("Rules", "bilateral oophorectomy")}
                               : Phrase{"Rules",
                                        QT_TRANSLATE_NOOP("Rules", "%1 in the line started %2"),
                                        {DrugList{ofsDrugs(f, *ofs)}, ofs->date}};
        p.text = pre ? Phrase{"Rules",
                              QT_TRANSLATE_NOOP("Rules", "Pre- or perimenopausal woman with ovarian function "
                                                         "suppression (%1)."),
                              {nested(how)}}
                     : Phrase{"Rules",
                              QT_TRANSLATE_NOOP("Rules", "Woman of unknown menopausal status with ovarian function "
                                                         "suppression (%1)."),
                              {nested(how)}};
        if (elacestrant)
            p.flags.append({QStringLiteral("OFF_LABEL_OFS"),
                            {"Rules", QT_TRANSLATE_NOOP("Rules", "The label covers postmenopausal women and men: use "
                                                                 "with ovarian function suppression is off-label.")},
                            {*ofs}});
        return p;
    }
    if (pre) {
        p.status = elacestrant ? CriterionStatus::NotMet : CriterionStatus::Unknown;
        p.text = elacestrant
                     ? Phrase{"Rules", QT_TRANSLATE_NOOP("Rules", "Pre- or perimenopausal woman without ovarian "
                                                                  "function suppression: outside the label.")}
                     : Phrase{"Rules", QT_TRANSLATE_NOOP("Rules", "Pre- or perimenopausal woman without ovarian "
                                                                  "function suppression (EMBER-3 required a GnRH "
                                                                  "agonist before menopause).")};
        p.actions << QStringLiteral("CONSIDER_OFS");
        return p;
    }
    p.status = CriterionStatus::Unknown;
    p.text = f.age >= 0 ? Phrase{"Rules",
                                 QT_TRANSLATE_NOOP("Rules", "Menopausal status not known (age %1, no oophorectomy, "
                                                            "no ovarian function suppression): confirm it."),
                                 {f.age}}
                        : Phrase{"Rules", QT_TRANSLATE_NOOP("Rules", "Menopausal status and birth date not recorded, "
                                                                     "no oophorectomy, no ovarian function "
                                                                     "suppression: confirm the status.")};
    p.actions << QStringLiteral("CONFIRM_MENOPAUSAL_STATUS");
    return p;
}

}  // namespace onco::rules
