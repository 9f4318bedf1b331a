#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <variant>

namespace onco {

class Language;
class Knowledge;

/** A drug named in a phrase: rendered as its catalogue name in the phrase's language. */
struct DrugName
{
    QString name;
    bool operator==(const DrugName&) const = default;
};

/** A label of another translation context (an enumeration value, a site …). */
struct ContextLabel
{
    const char* context;
    const char* source;
    bool operator==(const ContextLabel& o) const
    {
        return QByteArray(context) == o.context && QByteArray(source) == o.source;
    }
};

/**
 * A sentence kept language-neutral until shown: an English source string (marked with QT_TRANSLATE_NOOP in its
 * context) and typed arguments. Dates, numbers and drug names are rendered in the target language.
 */
struct Phrase
{
    using Arg = std::variant<QString, QDate, double, int, DrugName, ContextLabel>;

    const char* context = "Rules";
    const char* source = nullptr;
    QList<Arg> args;

    bool isEmpty() const { return source == nullptr; }
    QString render(const Language& language, const Knowledge& knowledge) const;
    bool operator==(const Phrase& o) const
    {
        return QByteArray(context) == o.context && QByteArray(source) == o.source && args == o.args;
    }
};

/** Renders a list of drug names joined for the language ("letrozole + palbociclib" / "来曲唑 + 哌柏西利"). */
QString renderDrugs(const QStringList& drugs, const Language& language, const Knowledge& knowledge);

}  // namespace onco
