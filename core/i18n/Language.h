#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace onco {

/**
 * A language the program can write in, independent of the UI language: English (the source strings) or
 * simplified Chinese (the zh_CN translation, loaded into a private translator that is never installed).
 * The print language and `--lang` use this; the UI uses the installed translator through tr().
 */
class Language
{
public:
    static const Language& english();
    static const Language& chinese();
    /** Chinese with the English source after each plain label ("治疗线 Lines of therapy") for the figures of a
     *  bilingual printout. A text with arguments ("%1线 · %2") stays Chinese: its arguments are Chinese values.
     *  Its code is "zh_CN" (Chinese dates, numbers, drug names and separators). */
    static const Language& bilingual();
    /** "en" or "zh_CN" (also accepts "zh", "zh-CN"); nullptr for anything else. */
    static const Language* byCode(const QString& code);

    const QString& code() const { return m_code; }
    bool isChinese() const { return m_code == QLatin1String("zh_CN"); }
    /** True for bilingual(): plain labels carry their English too. */
    bool addsEnglish() const { return m_addsEnglish; }
    QLocale locale() const { return m_locale; }

    /** The translation of a source string in a context ("Rules", "Enums" …); the source itself in English. */
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr, int n = -1) const;
    /** As translate(); for bilingual() the English on a line of its own ("治疗线\nLines of therapy"). */
    QString stacked(const char* context, const char* source) const;
    /** 10 May 2025 / 2025年5月10日 (explicit patterns; no weekday). English months are the three-letter
     *  abbreviations (Sep, not the en_GB "Sept"). */
    QString date(const QDate& date) const;
    /** May 2025 / 2025年5月. */
    QString month(const QDate& date) const;
    /** The month alone, as an axis label: Sep / 9月. */
    QString shortMonth(int month) const;
    QString number(double value, int decimals) const;
    /** A lab value as entered: at most two decimals, no trailing zeros (18.4, 3, 0.25). */
    QString value(double value) const;

private:
    Language(QString code, QLocale locale, bool addsEnglish = false);
    QString m_code;
    bool m_addsEnglish = false;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};

}  // namespace onco
