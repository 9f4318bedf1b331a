#include "core/patientlist/SearchMatch.h"

#include "core/storage/SearchText.h"

#include <QStringList>

namespace onco::patientlist {

namespace {

/** Case and diacritics folded, as the search index holds its tokens and looks them up. */
QString fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (!c.isMark())
            out += c;
    return out.toLower();
}

QStringList tokensOf(const QString& text)
{
    return searchtext::tokens(fold(text));
}

/** The Chinese name as the index holds it: each of its first eleven characters a token, the rest as written. */
QStringList nameTokens(const QString& name)
{
    QStringList out;
    qsizetype i = 0;
    for (int n = 0; n < 11 && i < name.size(); ++n) {
        const qsizetype length = name[i].isHighSurrogate() && i + 1 < name.size() ? 2 : 1;
        out << tokensOf(name.mid(i, length));
        i += length;
    }
    out << tokensOf(name.mid(i));
    return out;
}

QString without(QString text, const QString& characters)
{
    for (QChar c : characters)
        text.remove(c);
    return text;
}

/** The query's tokens in order somewhere in the field's, the last one as a prefix. */
bool phraseIn(const QStringList& field, const QStringList& query)
{
    const qsizetype last = query.size() - 1;
    for (qsizetype start = 0; start + last < field.size(); ++start) {
        bool same = true;
        for (qsizetype i = 0; i < last && same; ++i)
            same = field[start + i] == query[i];
        if (same && field[start + last].startsWith(query[last]))
            return true;
    }
    return false;
}

}  // namespace

QList<MatchField> matchedFields(const Patient& patient, const QString& text)
{
    QList<MatchField> out;
    const QStringList query = tokensOf(text);
    if (query.isEmpty())
        return out;
    const QString fragment = searchtext::numberFragment(text);
    auto phrase = [&](const QString& value) { return !value.isEmpty() && phraseIn(tokensOf(value), query); };
    auto number = [&](const QString& value) {
        if (value.isEmpty())
            return false;
        const QString bare = without(value, QStringLiteral("-/._"));
        return phrase(value) || phrase(bare) ||
               (fragment.size() >= 3 && (value.toLower().contains(fragment) || bare.toLower().contains(fragment)));
    };
    auto add = [&](MatchField field, bool matched) {
        if (matched)
            out << field;
    };
    add(MatchField::Name, !patient.name.isEmpty() && phraseIn(nameTokens(patient.name), query));
    add(MatchField::Pinyin, phrase(patient.namePinyin) || phrase(without(patient.namePinyin, QStringLiteral(" "))));
    add(MatchField::Initials, phrase(patient.nameInitials));
    add(MatchField::LatinName, phrase(patient.nameLatin) || phrase(without(patient.nameLatin, QStringLiteral(" -'."))));
    add(MatchField::Mrn, number(patient.mrn));
    add(MatchField::OutpatientNumber, number(patient.outpatientNumber));
    add(MatchField::InpatientNumber, number(patient.inpatientNumber));
    return out;
}

}  // namespace onco::patientlist
