#include "core/i18n/Language.h"

namespace onco {

Language::Language(QString code, QLocale locale, bool addsEnglish)
    : m_code(std::move(code))
    , m_addsEnglish(addsEnglish)
    , m_locale(std::move(locale))
{
    if (isChinese()) {
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(QStringLiteral(":/i18n/oncocase_zh_CN.qm")))
            m_translator.reset();
    }
}

const Language& Language::english()
{
    static const Language en(QStringLiteral("en"), QLocale(QLocale::English, QLocale::UnitedKingdom));
    return en;
}

const Language& Language::chinese()
{
    static const Language zh(QStringLiteral("zh_CN"), QLocale(QLocale::Chinese, QLocale::China));
    return zh;
}

const Language& Language::bilingual()
{
    static const Language both(QStringLiteral("zh_CN"), QLocale(QLocale::Chinese, QLocale::China), true);
    return both;
}

const Language* Language::byCode(const QString& code)
{
    const QString c = code.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (c == QLatin1String("en") || c.startsWith(QLatin1String("en_")))
        return &english();
    if (c == QLatin1String("zh") || c == QLatin1String("zh_cn") || c == QLatin1String("zh_hans"))
        return &chinese();
    return nullptr;
}

QString Language::translate(const char* context, const char* source, const char* disambiguation, int n) const
{
    if (m_translator) {
        const QString t = m_translator->translate(context, source, disambiguation, n);
        if (t.isEmpty())
            return QString::fromUtf8(source);
        if (!m_addsEnglish)
            return t;
        const QString english = QString::fromUtf8(source);
        // "（ctDNA）" is "(ctDNA)" in full-width brackets: the same text, said once.
        const bool same =
            t.normalized(QString::NormalizationForm_KC) == english.normalized(QString::NormalizationForm_KC);
        return same || english.contains(QLatin1Char('%')) ? t : t + QLatin1Char(' ') + english;
    }
    return QString::fromUtf8(source);
}

QString Language::stacked(const char* context, const char* source) const
{
    QString text = translate(context, source);
    const QString english = QString::fromUtf8(source);
    if (m_addsEnglish && text.endsWith(QLatin1Char(' ') + english) && text.size() > english.size() + 1)
        text[text.size() - english.size() - 1] = QLatin1Char('\n');
    return text;
}

namespace {

/** English month names for dates: the C locale's three-letter abbreviations ("Sep"). The en_GB locale (kept for
 *  numbers) abbreviates September as "Sept", which is not the "10 May 2025" style of the spec. */
QLocale englishDates()
{
    return QLocale::c();
}

}  // namespace

QString Language::date(const QDate& d) const
{
    if (!d.isValid())
        return {};
    return isChinese() ? m_locale.toString(d, QStringLiteral("yyyy年M月d日"))
                       : englishDates().toString(d, QStringLiteral("d MMM yyyy"));
}

QString Language::month(const QDate& d) const
{
    if (!d.isValid())
        return {};
    return isChinese() ? m_locale.toString(d, QStringLiteral("yyyy年M月"))
                       : englishDates().toString(d, QStringLiteral("MMM yyyy"));
}

QString Language::shortMonth(int month) const
{
    if (month < 1 || month > 12)
        return {};
    return isChinese() ? QStringLiteral("%1月").arg(month) : englishDates().monthName(month, QLocale::ShortFormat);
}

QString Language::number(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString Language::value(double value) const
{
    QString s = m_locale.toString(value, 'f', 2);
    const QChar point = m_locale.decimalPoint().at(0);
    if (s.contains(point)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(1);
    }
    return s;
}

}  // namespace onco
