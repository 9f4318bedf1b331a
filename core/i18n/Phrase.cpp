#include "core/i18n/Phrase.h"

#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"

#include <cmath>

namespace onco {

QString Phrase::render(const Language& language, const Knowledge& knowledge) const
{
    if (!source)
        return {};
    QString text = language.translate(context, source);
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
            value = knowledge.drug(drug->name) ? knowledge.drug(drug->name)->displayName(language.code()) : drug->name;
        else if (const auto* label = std::get_if<ContextLabel>(&arg))
            value = language.translate(label->context, label->source);
        text = text.arg(value);
    }
    return text;
}

QString renderDrugs(const QStringList& drugs, const Language& language, const Knowledge& knowledge)
{
    QStringList names;
    for (const QString& d : drugs)
        names << (knowledge.drug(d) ? knowledge.drug(d)->displayName(language.code()) : d);
    return names.join(QStringLiteral(" + "));
}

}  // namespace onco
