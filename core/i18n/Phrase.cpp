#include "core/i18n/Phrase.h"

#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"

#include <QCoreApplication>

#include <cmath>

namespace onco {

namespace {

/** Replaces %1 … %99 in one pass, so a value that itself contains "%2" (free text) is never substituted again. */
QString substitute(const QString& text, const QStringList& values)
{
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('%') && i + 1 < text.size() && text[i + 1].isDigit()) {
            int n = text[i + 1].digitValue();
            qsizetype j = i + 2;
            if (j < text.size() && text[j].isDigit() && n * 10 + text[j].digitValue() <= values.size()) {
                n = n * 10 + text[j].digitValue();
                ++j;
            }
            if (n >= 1 && n <= values.size()) {
                out += values[n - 1];
                i = j - 1;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

}  // namespace

QString Phrase::render(const Language& language, const Knowledge& knowledge) const
{
    if (!source)
        return {};
    QStringList values;
    for (const Arg& arg : args) {
        QString value;
        if (const auto* s = std::get_if<QString>(&arg))
            value = *s;
        else if (const auto* d = std::get_if<QDate>(&arg))
            value = language.date(*d);
        else if (const auto* n = std::get_if<double>(&arg))
            value = language.number(*n, *n == std::floor(*n) ? 0 : 1);
        else if (const auto* i = std::get_if<int>(&arg))
            value = QString::number(*i);
        else if (const auto* drug = std::get_if<DrugName>(&arg))
            value = drugName(drug->name, language, knowledge);
        else if (const auto* label = std::get_if<ContextLabel>(&arg))
            value = language.translate(label->context, label->source);
        else if (const auto* list = std::get_if<DrugList>(&arg))
            value = renderDrugs(list->names, language, knowledge);
        else if (const auto* text = std::get_if<Localized>(&arg))
            value = language.isChinese() && !text->zh.isEmpty() ? text->zh : text->en;
        else if (const auto* inner = std::get_if<Nested>(&arg))
            value = inner->phrase ? inner->phrase->render(language, knowledge) : QString();
        values << value;
    }
    return substitute(language.translate(context, source), values);
}

namespace {

const char* classWord(InvestigationalAgent::Class c)
{
    switch (c) {
    case InvestigationalAgent::AI:
        return QT_TRANSLATE_NOOP("Drugs", "AI");
    case InvestigationalAgent::SERM:
        return QT_TRANSLATE_NOOP("Drugs", "SERM");
    case InvestigationalAgent::SerdInj:
        return QT_TRANSLATE_NOOP("Drugs", "injectable SERD");
    case InvestigationalAgent::SerdOral:
        return QT_TRANSLATE_NOOP("Drugs", "oral SERD");
    case InvestigationalAgent::Cdk46i:
        return QT_TRANSLATE_NOOP("Drugs", "CDK4/6 inhibitor");
    case InvestigationalAgent::Other:
        break;
    }
    return QT_TRANSLATE_NOOP("Drugs", "other drug");
}

QString investigationalName(const InvestigationalAgent& a, const Language& language)
{
    auto say = [&](const char* source) { return language.translate("Drugs", source); };
    QString classes;
    if (a.classes != InvestigationalAgent::kAllClasses) {
        QStringList words;
        for (InvestigationalAgent::Class c : kInvestigationalClasses)
            if (a.has(c))
                words << say(classWord(c));
        QString joined = words.takeLast();  // "A, B or C": the last two joined by "or", the others by commas
        for (bool last = true; !words.isEmpty(); last = false) {
            const QString pattern =
                say(last ? QT_TRANSLATE_NOOP("Drugs", "%1 or %2") : QT_TRANSLATE_NOOP("Drugs", "%1, %2"));
            const QString word = words.takeLast();
            joined = substitute(pattern, {word, joined});
        }
        classes = a.single() ? joined : substitute(say(QT_TRANSLATE_NOOP("Drugs", "possibly %1")), {joined});
    }
    if (classes.isEmpty())
        return a.label.isEmpty() ? say(QT_TRANSLATE_NOOP("Drugs", "Investigational agent"))
                                 : substitute(say(QT_TRANSLATE_NOOP("Drugs", "Investigational agent: %1")), {a.label});
    return a.label.isEmpty()
               ? substitute(say(QT_TRANSLATE_NOOP("Drugs", "Investigational agent (%1)")), {classes})
               : substitute(say(QT_TRANSLATE_NOOP("Drugs", "Investigational agent (%1): %2")), {classes, a.label});
}

}  // namespace

QString drugName(const QString& drug, const Language& language, const Knowledge& knowledge)
{
    const DrugTraits t = knowledge.traits(drug);
    if (t.drug)
        return t.drug->displayName(language.code());
    if (t.agent)
        return investigationalName(*t.agent, language);
    return drug;
}

QString renderDrugs(const QStringList& drugs, const Language& language, const Knowledge& knowledge)
{
    QStringList names;
    for (const QString& d : drugs)
        names << drugName(d, language, knowledge);
    return names.join(QStringLiteral(" + "));
}

}  // namespace onco
