// The assessment: endocrine resistance, oral SERD option cards, actions, with rule IDs, jurisdiction and knowledge
// version. The content comes from an AssessmentSection (the rules integration).
#include "core/i18n/Language.h"
#include "core/report/HtmlText.h"
#include "core/report/SummarySections.h"

#include <QCoreApplication>

namespace onco::report::sections {

using namespace html;

namespace {

QString markGlyph(AssessmentLine::Mark mark)
{
    switch (mark) {
    case AssessmentLine::Mark::Met:
        return QStringLiteral("<span class=\"met\">✓</span> ");
    case AssessmentLine::Mark::NotMet:
        return QStringLiteral("<span class=\"notmet\">✗</span> ");
    case AssessmentLine::Mark::Unknown:
        return QStringLiteral("<span class=\"unknown\">?</span> ");
    case AssessmentLine::Mark::None:
        break;
    }
    return {};
}

/** One line: mark, bold label, sentence and code; in bilingual print the English follows on its own line. */
QString lineHtml(const AssessmentLine& line, const PrintText& t)
{
    const PrintString label = t.phrase(line.label);
    const PrintString text = t.phrase(line.text);
    auto compose = [](const QString& l, const QString& s) {
        QString out;
        if (!l.isEmpty())
            out += QStringLiteral("<b>") + esc(l) + QStringLiteral("</b>");
        if (!s.isEmpty())
            out += (out.isEmpty() ? QString() : QStringLiteral(" ")) + esc(s);
        return out;
    };
    QString out = QStringLiteral("<p>") + markGlyph(line.mark) + compose(label.primary, text.primary);
    if (!line.code.isEmpty())
        out += QStringLiteral(" <span class=\"code\">[%1]</span>").arg(esc(line.code));
    if (!label.secondary.isEmpty() || !text.secondary.isEmpty())
        out += QStringLiteral("<br/><span class=\"en\">") +
               compose(label.secondary.isEmpty() ? label.primary : label.secondary,
                       text.secondary.isEmpty() ? text.primary : text.secondary) +
               QStringLiteral("</span>");
    return out + QStringLiteral("</p>\n");
}

QString linesHtml(const QList<AssessmentLine>& lines, const PrintText& t)
{
    QString out;
    for (const AssessmentLine& line : lines)
        out += lineHtml(line, t);
    return out;
}

QString subheading(const PrintString& text)
{
    return QStringLiteral("<h3>") + span(text) + QStringLiteral("</h3>\n");
}

QString toneClass(OptionCardSection::Tone tone)
{
    switch (tone) {
    case OptionCardSection::Tone::Option:
        return QStringLiteral("option");
    case OptionCardSection::Tone::NotOption:
        return QStringLiteral("notoption");
    case OptionCardSection::Tone::NeedsInformation:
        return QStringLiteral("needsinfo");
    case OptionCardSection::Tone::Neutral:
        break;
    }
    return QStringLiteral("muted");
}

/** The drug as a title: English names start with a capital ("Elacestrant"). */
PrintString drugTitle(const QString& drug, const PrintText& t)
{
    PrintString name = t.drug(drug);
    auto capitalize = [](QString& s) {
        if (!s.isEmpty() && s.front().isLower())
            s.front() = s.front().toUpper();
    };
    if (!t.primary().isChinese())
        capitalize(name.primary);
    capitalize(name.secondary);
    return name;
}

QString card(const OptionCardSection& c, const PrintText& t)
{
    QString out = QStringLiteral("<p><b class=\"drug\">") + span(drugTitle(c.drug, t)) +
                  QStringLiteral("</b> — <span class=\"") + toneClass(c.tone) + QStringLiteral("\">") +
                  span(t.phrase(c.status)) + QStringLiteral("</span></p>\n");
    if (!c.approval.isEmpty())
        out += QStringLiteral("<p class=\"muted\">") + span(t.phrase(c.approval)) + QStringLiteral("</p>\n");
    out += linesHtml(c.criteria, t);
    if (!c.flags.isEmpty())
        out += QStringLiteral("<p><b>") + span(t.label(QT_TRANSLATE_NOOP("Summary", "Flags"))) +
               QStringLiteral("</b></p>\n") + linesHtml(c.flags, t);
    return out;
}

QString cards(const QList<OptionCardSection>& options, const PrintText& t)
{
    QString out = QStringLiteral("<table class=\"cards\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n");
    const int columns = options.size() > 1 ? 2 : 1;
    for (int i = 0; i < options.size(); i += columns) {
        out += QStringLiteral("<tr>");
        for (int j = 0; j < columns; ++j)
            out += QStringLiteral("<td width=\"%1%\">").arg(100 / columns) +
                   (i + j < options.size() ? card(options[i + j], t) : QString()) + QStringLiteral("</td>");
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

}  // namespace

QString assessment(const SummaryData& data, const PrintText& t)
{
    QString out = heading(t.label(QT_TRANSLATE_NOOP("Summary", "Assessment")));
    QStringList meta;
    meta << span(t.label(QT_TRANSLATE_NOOP("Summary", "As of %1"), t.date(data.asOf)));
    meta << span(t.label(QT_TRANSLATE_NOOP("Summary", "Jurisdiction: %1"), t.value(data.jurisdiction).joined())) +
                QStringLiteral(" <span class=\"code\">[%1]</span>").arg(toCode(data.jurisdiction));
    QString knowledge = span(t.label(QT_TRANSLATE_NOOP("Summary", "Knowledge data %1"), data.knowledgeVersion));
    if (data.knowledgeLastVerified.isValid())
        knowledge += t.parenthesized(
            span(t.label(QT_TRANSLATE_NOOP("Summary", "last verified %1"), t.date(data.knowledgeLastVerified))));
    meta << knowledge;
    out +=
        QStringLiteral("<p class=\"muted\">") + meta.join(QStringLiteral(" &nbsp;·&nbsp; ")) + QStringLiteral("</p>\n");

    if (!data.assessment)
        return out + note(t.label(QT_TRANSLATE_NOOP(
                         "Summary", "No assessment is available for this summary: the clinical rules are not part of "
                                    "this version of the program.")));
    const AssessmentSection& a = *data.assessment;
    if (!a.resistance.isEmpty())
        out += subheading(t.label(QT_TRANSLATE_NOOP("Summary", "Endocrine resistance"))) + linesHtml(a.resistance, t);
    if (!a.receptorFlags.isEmpty())
        out += subheading(t.label(QT_TRANSLATE_NOOP("Summary", "Receptors"))) + linesHtml(a.receptorFlags, t);
    if (!a.options.isEmpty())
        out += subheading(t.label(QT_TRANSLATE_NOOP("Summary", "Oral SERD options"))) + cards(a.options, t);
    out += subheading(t.label(QT_TRANSLATE_NOOP("Summary", "Actions")));
    out +=
        a.actions.isEmpty() ? note(t.label(QT_TRANSLATE_NOOP("Summary", "No actions due."))) : linesHtml(a.actions, t);
    if (!a.info.isEmpty())
        out += subheading(t.label(QT_TRANSLATE_NOOP("Summary", "Information"))) + linesHtml(a.info, t);
    return out;
}

}  // namespace onco::report::sections
