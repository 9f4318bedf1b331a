#include "ui/assessment/CardText.h"

#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"
#include "core/rules/Codes.h"
#include "ui/widgets/Display.h"

namespace onco::cards {

namespace {

template <typename T> const T* byRef(const QList<T>& list, const rules::RecordRef& ref)
{
    for (const T& item : list)
        if (ref.id != 0 && item.id == ref.id)
            return &item;
    if (ref.id == 0 && ref.index >= 0 && ref.index < list.size())
        return &list[ref.index];
    return nullptr;
}

QString withDate(const QString& what, const QDate& date)
{
    return date.isValid() ? Texts::tr("%1, %2").arg(what, display::date(date)) : what;
}

}  // namespace

const Language& uiLanguage()
{
    return display::chinese() ? Language::chinese() : Language::english();
}

QString render(const Phrase& phrase, const Knowledge& knowledge)
{
    return phrase.isEmpty() ? QString() : phrase.render(uiLanguage(), knowledge);
}

QString ruleTitle(const QString& ruleId, const Knowledge& knowledge)
{
    const Phrase words = rules::describeRule(ruleId);
    return words.isEmpty() ? ruleId : Texts::tr("%1 (%2)").arg(render(words, knowledge), ruleId);
}

QString codeText(const QString& code, const Knowledge& knowledge)
{
    const Phrase words = rules::describeCode(code);
    return words.isEmpty() ? code : render(words, knowledge);
}

QString recordLabel(const rules::RecordRef& ref, const PatientRecord& r, const Knowledge& knowledge)
{
    using E = rules::RecordRef::Entity;
    switch (ref.entity) {
    case E::Patient:
        return Texts::tr("Patient details");
    case E::Diagnosis:
        return withDate(Texts::tr("Diagnosis"), r.diagnosis ? r.diagnosis->date : ref.date);
    case E::Biopsy:
        if (const Biopsy* b = byRef(r.biopsies, ref))
            return withDate(b->site.isEmpty() ? Texts::tr("Biopsy")
                                              : Texts::tr("Biopsy (%1)").arg(display::site(b->site)),
                            b->date);
        return withDate(Texts::tr("Biopsy"), ref.date);
    case E::Event:
        if (const DiseaseEvent* e = byRef(r.events, ref))
            return withDate(displayName(e->type), e->date);
        return withDate(Texts::tr("Disease event"), ref.date);
    case E::Therapy:
        if (const TherapyLine* t = byRef(r.therapies, ref))
            return Texts::tr("%1, from %2").arg(display::drugs(t->drugs, knowledge), display::date(t->start));
        return withDate(Texts::tr("Line of therapy"), ref.date);
    case E::Genomic:
        if (const GeneticResult* g = byRef(r.genomics, ref))
            return withDate(QStringLiteral("%1 %2").arg(g->gene, displayName(g->result)).simplified(), g->date);
        return withDate(Texts::tr("Genetic result"), ref.date);
    case E::Medication:
        if (const Medication* m = byRef(r.medications, ref))
            return Texts::tr("Medication %1").arg(m->name);
        return Texts::tr("Medication");
    }
    return {};
}

QString drugTitle(const QString& drug, const Knowledge& knowledge)
{
    QString name = display::drug(drug, knowledge);
    if (!name.isEmpty() && name.front().isLower())
        name.front() = name.front().toUpper();
    return name;
}

QString unverifiedChineseName(const QString& drug, const Knowledge& knowledge)
{
    const Drug* d = knowledge.drug(drug);
    if (!display::chinese() || !d || !d->zh.isEmpty())
        return {};
    // The evidence file found no NMPA-approved Chinese name (imlunestrant): say so rather than invent one.
    return Texts::tr("Chinese generic name not verified");
}

Tone optionTone(rules::OptionStatus status)
{
    switch (status) {
    case rules::OptionStatus::Option:
        return {QColor(0xe3, 0xf4, 0xe8), QColor(0x1d, 0x6b, 0x35), QColor(0x8c, 0xc7, 0x9c), QStringLiteral("✓")};
    case rules::OptionStatus::NotOption:
        return {QColor(0xfd, 0xe7, 0xe9), QColor(0xa4, 0x26, 0x2c), QColor(0xe3, 0xa1, 0xa8), QStringLiteral("✗")};
    case rules::OptionStatus::NeedsInformation:
        break;
    }
    return {QColor(0xff, 0xf4, 0xce), QColor(0x7a, 0x5a, 0x00), QColor(0xe0, 0xc3, 0x6b), QStringLiteral("?")};
}

Tone criterionTone(rules::CriterionStatus status)
{
    switch (status) {
    case rules::CriterionStatus::Met:
        return optionTone(rules::OptionStatus::Option);
    case rules::CriterionStatus::NotMet:
        return optionTone(rules::OptionStatus::NotOption);
    case rules::CriterionStatus::Unknown:
        break;
    }
    return optionTone(rules::OptionStatus::NeedsInformation);
}

Tone resistanceTone(rules::Resistance value)
{
    switch (value) {
    case rules::Resistance::Primary:
    case rules::Resistance::Secondary:
        return {QColor(0xfc, 0xe9, 0xd9), QColor(0x8a, 0x3b, 0x00), QColor(0xe8, 0xae, 0x7e), QString()};
    case rules::Resistance::Sensitive:
    case rules::Resistance::Naive:
        return {QColor(0xe1, 0xee, 0xfb), QColor(0x11, 0x4a, 0x86), QColor(0x93, 0xb9, 0xe2), QString()};
    default:
        break;
    }
    return {QColor(0xee, 0xee, 0xee), QColor(0x44, 0x44, 0x44), QColor(0xbb, 0xbb, 0xbb), QString()};
}

Tone actionTone(int dueActions)
{
    if (dueActions > 0)
        return {QColor(0xe1, 0xee, 0xfb), QColor(0x11, 0x4a, 0x86), QColor(0x93, 0xb9, 0xe2), QStringLiteral("☐")};
    return resistanceTone(rules::Resistance::NotEvaluable);
}

Tone warningTone()
{
    return {QColor(0xfd, 0xe7, 0xe9), QColor(0xa4, 0x26, 0x2c), QColor(0xe3, 0xa1, 0xa8), QStringLiteral("!")};
}

Tone infoTone()
{
    return {QColor(0xf2, 0xf2, 0xf2), QColor(0x33, 0x33, 0x33), QColor(0xc8, 0xc8, 0xc8), QStringLiteral("ℹ")};
}

QString badgeStyle(const Tone& t)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 3px; "
                          "padding: 1px 6px; }")
        .arg(t.background.name(), t.foreground.name(), t.border.name());
}

QString optionStatusText(rules::OptionStatus status, const Knowledge& knowledge)
{
    return render(rules::describeOptionStatus(status), knowledge);
}

Tone optionTone(const rules::OptionCard& card)
{
    if (card.status == rules::OptionStatus::Option && card.hasFlag(QStringLiteral("ALREADY_ON")))
        return {QColor(0xe8, 0xee, 0xf4), QColor(0x2c, 0x44, 0x5c), QColor(0xa7, 0xb7, 0xc8), QStringLiteral("●")};
    return optionTone(card.status);
}

QString optionStatusText(const rules::OptionCard& card, const Knowledge& knowledge)
{
    return render(rules::describeCardStatus(card), knowledge);
}

Tone criterionTone(const rules::OptionCard& card, const rules::Criterion& criterion)
{
    if (criterion.id == QLatin1String("SERD-POP") && criterion.status == rules::CriterionStatus::Met &&
        card.hasFlag(QStringLiteral("OFF_LABEL_OFS")))
        return optionTone(rules::OptionStatus::NeedsInformation);
    return criterionTone(criterion.status);
}

}  // namespace onco::cards
