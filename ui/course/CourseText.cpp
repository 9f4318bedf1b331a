#include "ui/course/CourseText.h"

#include "core/i18n/Phrase.h"
#include "core/knowledge/Knowledge.h"

#include <QLocale>

namespace onco::course {

namespace {
QString tx(const Language& language, const char* source)
{
    return language.translate("CourseText", source);
}
}  // namespace

const Language& uiLanguage()
{
    return QLocale().language() == QLocale::Chinese ? Language::chinese() : Language::english();
}

QString lineNumberText(int number, const Language& language)
{
    static const char16_t numerals[] = u"一二三四五六七八九十";
    if (language.isChinese() && number >= 1 && number <= 10)
        return QString(QChar(numerals[number - 1])) + QStringLiteral("线");
    return tx(language, QT_TRANSLATE_NOOP("CourseText", "Line %1")).arg(number);
}

QString lineShortLabel(const clinical::LineInfo& line, const Language& language)
{
    if (line.advancedNumber) {
        if (language.isChinese())
            return lineNumberText(*line.advancedNumber, language);
        return tx(language, QT_TRANSLATE_NOOP("CourseText", "L%1")).arg(*line.advancedNumber);
    }
    if (line.supportive)
        return tx(language, QT_TRANSLATE_NOOP("CourseText", "Supportive"));
    if (line.line.setting == Setting::Adjuvant)
        return tx(language, QT_TRANSLATE_NOOP("CourseText", "Adjuvant"));
    if (line.line.setting == Setting::Neoadjuvant)
        return tx(language, QT_TRANSLATE_NOOP("CourseText", "Neoadjuvant"));
    return tx(language, QT_TRANSLATE_NOOP("CourseText", "Advanced"));
}

QString lineLabel(const clinical::LineInfo& line, const Language& language, const Knowledge& knowledge)
{
    QString name = lineShortLabel(line, language);
    if (line.overrideNumber)
        name += tx(language, QT_TRANSLATE_NOOP("CourseText", " (clinician: %1)"))
                    .arg(lineNumberText(*line.overrideNumber, language));
    const QString drugs = renderDrugs(line.line.drugs, language, knowledge);
    return drugs.isEmpty() ? name : name + QStringLiteral(" · ") + drugs;
}

QString period(const QDate& start, const QDate& end, const Language& language)
{
    return tx(language, QT_TRANSLATE_NOOP("CourseText", "%1 – %2"))
        .arg(language.date(start),
             end.isValid() ? language.date(end) : tx(language, QT_TRANSLATE_NOOP("CourseText", "ongoing")));
}

QString lineDetails(const clinical::LineInfo& line, const Language& language, const Knowledge& knowledge)
{
    QStringList rows;
    rows << lineLabel(line, language, knowledge);
    rows << period(line.line.start, line.line.end, language) + QStringLiteral(" · ") +
                enumText(line.line.setting, language);
    if (line.line.stopReason != StopReason::Unrecorded)
        rows << tx(language, QT_TRANSLATE_NOOP("CourseText", "Stopped: %1"))
                    .arg(enumText(line.line.stopReason, language));
    if (line.line.bestResponse != BestResponse::Unrecorded)
        rows << tx(language, QT_TRANSLATE_NOOP("CourseText", "Best response: %1"))
                    .arg(enumText(line.line.bestResponse, language));
    if (!line.line.note.trimmed().isEmpty())
        rows << line.line.note.trimmed();
    return rows.join(QLatin1Char('\n'));
}

QString groupName(ClassGroup group, const Language& language)
{
    switch (group) {
    case ClassGroup::Endocrine:
        return tx(language, QT_TRANSLATE_NOOP("CourseText", "Endocrine therapy"));
    case ClassGroup::Cdk46i:
        return tx(language, QT_TRANSLATE_NOOP("CourseText", "CDK4/6 inhibitor"));
    case ClassGroup::Chemotherapy:
        return tx(language, QT_TRANSLATE_NOOP("CourseText", "Chemotherapy"));
    case ClassGroup::Targeted:
        return tx(language, QT_TRANSLATE_NOOP("CourseText", "Targeted therapy"));
    case ClassGroup::Adc:
        return tx(language, QT_TRANSLATE_NOOP("CourseText", "Antibody–drug conjugate"));
    case ClassGroup::Ofs:
        return tx(language, QT_TRANSLATE_NOOP("CourseText", "Ovarian function suppression"));
    case ClassGroup::Investigational:
        return tx(language, QT_TRANSLATE_NOOP("CourseText", "Trial drug (identity unknown)"));
    case ClassGroup::Supportive:
        return tx(language, QT_TRANSLATE_NOOP("CourseText", "Supportive (bone, other)"));
    }
    return {};
}

}  // namespace onco::course
