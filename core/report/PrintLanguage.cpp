#include "core/report/PrintLanguage.h"

#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"

#include <cmath>

namespace onco::report {

std::optional<PrintLanguage> printLanguageFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("bilingual"))
        return PrintLanguage::Bilingual;
    if (const Language* language = Language::byCode(c))
        return language->isChinese() ? PrintLanguage::Chinese : PrintLanguage::English;
    return std::nullopt;
}

QString printLanguageCode(PrintLanguage language)
{
    switch (language) {
    case PrintLanguage::Chinese:
        return QStringLiteral("zh_CN");
    case PrintLanguage::English:
        return QStringLiteral("en");
    case PrintLanguage::Bilingual:
        break;
    }
    return QStringLiteral("bilingual");
}

QList<PrintLanguage> allPrintLanguages()
{
    return {PrintLanguage::Chinese, PrintLanguage::English, PrintLanguage::Bilingual};
}

QString PrintString::joined(const QString& separator) const
{
    if (secondary.isEmpty())
        return primary;
    if (primary.isEmpty())
        return secondary;
    return primary + separator + secondary;
}

PrintText::PrintText(PrintLanguage language, const Knowledge& knowledge)
    : m_language(language)
    , m_knowledge(knowledge)
    , m_primary(language == PrintLanguage::English ? &Language::english() : &Language::chinese())
    , m_secondary(language == PrintLanguage::Bilingual ? &Language::english() : nullptr)
{}

PrintString PrintText::pair(const QString& primary, const QString& secondary) const
{
    if (!m_secondary || secondary == primary)
        return {primary, {}};
    return {primary, secondary};
}

PrintString PrintText::label(const char* source) const
{
    return translated("Summary", source);
}

PrintString PrintText::label(const char* source, const QString& arg) const
{
    const QString first = m_primary->translate("Summary", source);
    if (!m_secondary)
        return {first.arg(arg), {}};
    const QString second = m_secondary->translate("Summary", source);
    const QString marker = QStringLiteral("%1");
    if (first.count(marker) != 1 || second.count(marker) != 1)
        return pair(first.arg(arg), second.arg(arg));
    // Both labels around one value: the prefixes, the value, the suffixes.
    auto join = [](const QString& a, const QString& b) {
        if (a.isEmpty() || b.isEmpty() || a == b)
            return a.isEmpty() ? b : a;
        return a + (a.endsWith(QChar(0xFF1A)) ? QString() : QStringLiteral(" ")) + b;
    };
    const qsizetype i = first.indexOf(marker), j = second.indexOf(marker);
    const QString prefix = join(first.left(i).trimmed(), second.left(j).trimmed());
    const QString suffix = join(first.mid(i + 2).trimmed(), second.mid(j + 2).trimmed());
    QString out = prefix;
    if (!out.isEmpty() && !out.endsWith(QChar(0xFF1A)))
        out += QLatin1Char(' ');
    out += arg;
    if (!suffix.isEmpty())
        out += QLatin1Char(' ') + suffix;
    return {out, {}};
}

PrintString PrintText::translated(const char* context, const char* source) const
{
    const QString second = m_secondary ? m_secondary->translate(context, source) : QString();
    return pair(m_primary->translate(context, source), second);
}

PrintString PrintText::drug(const QString& name) const
{
    return pair(drugName(name, *m_primary, m_knowledge),
                m_secondary ? drugName(name, *m_secondary, m_knowledge) : QString());
}

PrintString PrintText::drugs(const QStringList& names) const
{
    return pair(renderDrugs(names, *m_primary, m_knowledge),
                m_secondary ? renderDrugs(names, *m_secondary, m_knowledge) : QString());
}

PrintString PrintText::phrase(const Phrase& p) const
{
    if (p.isEmpty())
        return {};
    return pair(p.render(*m_primary, m_knowledge), m_secondary ? p.render(*m_secondary, m_knowledge) : QString());
}

QString PrintText::date(const QDate& d) const
{
    if (!d.isValid())
        return {};
    if (isBilingual())
        return d.toString(Qt::ISODate);
    return m_primary->date(d);
}

QString PrintText::number(double value, int decimals) const
{
    return m_primary->number(value, decimals);
}

QString PrintText::percent(const std::optional<double>& value) const
{
    if (!value)
        return {};
    const int decimals = *value == std::floor(*value) ? 0 : 1;
    return number(*value, decimals) + QStringLiteral("%");
}

QString PrintText::measurement(double value) const
{
    QString text = number(value, 2);
    const QChar point = m_primary->locale().decimalPoint().front();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

QString PrintText::parenthesized(const QString& text) const
{
    if (m_primary->isChinese())
        return QStringLiteral("（") + text + QStringLiteral("）");
    return QStringLiteral(" (") + text + QStringLiteral(")");
}

QString PrintText::semicolon() const
{
    return m_primary->isChinese() ? QStringLiteral("；") : QStringLiteral("; ");
}

QString PrintText::comma() const
{
    return m_primary->isChinese() ? QStringLiteral("，") : QStringLiteral(", ");
}

}  // namespace onco::report
