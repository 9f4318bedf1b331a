#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
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

/** Several drugs, rendered joined ("letrozole + palbociclib" / "来曲唑 + 哌柏西利"). */
struct DrugList
{
    QStringList names;
    bool operator==(const DrugList&) const = default;
};

/** A text that comes with its own translation (knowledge data): Chinese when asked for and present, else English. */
struct Localized
{
    QString en;
    QString zh;
    bool operator==(const Localized&) const = default;
};

struct Phrase;

/** A phrase inside another one (e.g. "lung biopsy of 5 Mar 2022" inside a criterion text). */
struct Nested
{
    std::shared_ptr<const Phrase> phrase;
    bool operator==(const Nested& o) const;
};

/**
 * A sentence kept language-neutral until shown: an English source string (marked with QT_TRANSLATE_NOOP in its
 * context) and typed arguments. Dates, numbers and drug names are rendered in the target language.
 */
struct Phrase
{
    using Arg = std::variant<QString, QDate, double, int, DrugName, ContextLabel, DrugList, Localized, Nested>;

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

/** Wraps a phrase as an argument of another phrase. */
inline Nested nested(Phrase phrase)
{
    return {std::make_shared<const Phrase>(std::move(phrase))};
}

inline bool Nested::operator==(const Nested& o) const
{
    return phrase == o.phrase || (phrase && o.phrase && *phrase == *o.phrase);
}

/** A therapy drug in a language: the catalogue name, an investigational agent in words ("Investigational agent
 *  (possibly oral SERD or AI): SHR-1234" / "研究药物（可能为口服SERD或AI）：SHR-1234"), else the text as written. */
QString drugName(const QString& drug, const Language& language, const Knowledge& knowledge);

/** Renders a list of drug names joined for the language ("letrozole + palbociclib" / "来曲唑 + 哌柏西利"). */
QString renderDrugs(const QStringList& drugs, const Language& language, const Knowledge& knowledge);

}  // namespace onco
