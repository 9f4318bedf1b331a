#pragma once

#include "core/domain/Enums.h"
#include "core/i18n/Phrase.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace onco {
class Knowledge;
class Language;
}  // namespace onco

namespace onco::report {

/** The language a summary is printed in, chosen at print time and independent of the UI language. */
enum class PrintLanguage { Chinese, English, Bilingual };

/** "zh_CN" (also "zh", "zh-CN"), "en" or "bilingual"; nullopt for anything else. */
std::optional<PrintLanguage> printLanguageFromCode(const QString& code);
/** "zh_CN", "en" or "bilingual" (command line, settings, audit trail). */
QString printLanguageCode(PrintLanguage language);
QList<PrintLanguage> allPrintLanguages();

/**
 * A text in the print language: `primary` in the first language (Chinese for bilingual print) and, in bilingual
 * print only, `secondary` in English — empty when both are the same (a code, a number, an untranslatable value).
 */
struct PrintString
{
    QString primary;
    QString secondary;

    bool isEmpty() const { return primary.isEmpty() && secondary.isEmpty(); }
    /** Both parts on one line, separated by a space. */
    QString joined(const QString& separator = QStringLiteral(" ")) const;
};

/**
 * Renders labels, enumeration values, drug names, dates and phrases in a print language, through
 * `Language::translate` (never the installed UI translator). Labels of the summary live in the translation
 * context "Summary" (QT_TRANSLATE_NOOP("Summary", …)).
 */
class PrintText
{
public:
    PrintText(PrintLanguage language, const Knowledge& knowledge);

    PrintLanguage language() const { return m_language; }
    bool isBilingual() const { return m_language == PrintLanguage::Bilingual; }
    /** The first language (Chinese for bilingual print). */
    const Language& primary() const { return *m_primary; }
    /** English in bilingual print, else nullptr. */
    const Language* secondary() const { return m_secondary; }
    const Knowledge& knowledge() const { return m_knowledge; }

    /** A label of context "Summary". */
    PrintString label(const char* source) const;
    /** A label with one argument that is the same in every language (a number, a code, a date). In bilingual
     *  print the value is written once: "病历号 MRN DEMO-0001", "36 岁 years". */
    PrintString label(const char* source, const QString& arg) const;
    PrintString translated(const char* context, const char* source) const;
    /** An enumeration value (context "Enums"). */
    template <typename E> PrintString value(E v) const { return translated("Enums", sourceLabel(v)); }
    /** A catalogue drug name (imlunestrant and others without a verified Chinese name stay English). */
    PrintString drug(const QString& name) const;
    /** Drugs joined with " + ". */
    PrintString drugs(const QStringList& names) const;
    PrintString phrase(const Phrase& phrase) const;

    /** 10 May 2025 / 2025年5月10日; ISO 2025-05-10 in bilingual print (read the same by both readers). */
    QString date(const QDate& date) const;
    QString number(double value, int decimals) const;
    /** "90%" with up to one decimal; empty when absent. */
    QString percent(const std::optional<double>& value) const;
    /** A measured value with as many decimals as it has (at most two): 25, 18.9, 2.35. */
    QString measurement(double value) const;
    /** Text in parentheses the way the first language writes them: "（…）" in Chinese, " (…)" in English. */
    QString parenthesized(const QString& text) const;
    /** The separator of clauses: "；" in Chinese, "; " in English. */
    QString semicolon() const;
    /** The separator of list items: "，" in Chinese, ", " in English. */
    QString comma() const;

private:
    PrintString pair(const QString& primary, const QString& secondary) const;

    PrintLanguage m_language;
    const Knowledge& m_knowledge;
    const Language* m_primary;
    const Language* m_secondary;
};

}  // namespace onco::report
