// The verdict at a glance on page 1: what the clinician reads first (issue 14). The reasons, rule by rule, follow
// in the Assessment section (the verdict carries the overall class's rule ID to lead there).
#include "core/report/HtmlText.h"
#include "core/report/SummarySections.h"

#include <QCoreApplication>

namespace onco::report::sections {

using namespace html;

namespace {

QString row(const PrintString& label, const QString& value, int labelWidth)
{
    return QStringLiteral("<tr><td class=\"k\" width=\"%1%\">%2</td><td>%3</td></tr>\n")
        .arg(labelWidth)
        .arg(span(label), value);
}

/** Each criterion unknown on some card, once (the first card's wording): what has to be found out. */
QList<AssessmentLine> missing(const QList<OptionCardSection>& options)
{
    QList<AssessmentLine> out;
    QStringList seen;
    for (const OptionCardSection& o : options)
        for (const AssessmentLine& c : o.criteria)
            if (c.mark == AssessmentLine::Mark::Unknown && !seen.contains(c.code)) {
                seen << c.code;
                out << c;
            }
    return out;
}

QString optionValue(const OptionCardSection& o, const PrintText& t)
{
    QString out = QStringLiteral("<span class=\"%1\">").arg(toneClass(o.tone)) + span(t.phrase(o.status)) +
                  QStringLiteral("</span>");
    if (!o.approval.isEmpty())
        out += QStringLiteral(" &nbsp;·&nbsp; <span class=\"muted\">") + span(t.phrase(o.approval)) +
               QStringLiteral("</span>");
    return out;
}

}  // namespace

QString verdict(const SummaryData& data, const PrintText& t)
{
    if (!data.assessment)
        return {};
    const AssessmentSection& a = *data.assessment;
    const int labelWidth = keyValueWidths(t).value(0, 18);
    QString rows;
    if (a.deceased.isValid())
        rows += row(t.label(QT_TRANSLATE_NOOP("Summary", "Deceased")),
                    QStringLiteral("<b>") + esc(t.date(a.deceased)) + QStringLiteral("</b> — ") +
                        span(t.label(QT_TRANSLATE_NOOP("Summary", "no options or actions are assessed"))),
                    labelWidth);
    if (!a.overall.isEmpty())
        rows += row(t.label(QT_TRANSLATE_NOOP("Summary", "Endocrine resistance")),
                    QStringLiteral("<b>") + span(t.phrase(a.overall)) + QStringLiteral("</b>") +
                        (a.overallRule.isEmpty()
                             ? QString()
                             : QStringLiteral(" <span class=\"code\">[%1]</span>").arg(esc(a.overallRule))),
                    labelWidth);
    for (const OptionCardSection& o : a.options)
        rows += row(drugTitle(o.drug, t), optionValue(o, t), labelWidth);
    QStringList unknown;
    for (const AssessmentLine& c : missing(a.options)) {
        // The criterion in words; its sentence (what exactly is missing) is under Assessment, the tests that
        // would settle it are the due actions.
        unknown << QStringLiteral("<span class=\"unknown\">?</span>&nbsp;") + span(t.phrase(c.label)) +
                       QStringLiteral(" <span class=\"code\">[%1]</span>").arg(esc(c.code));
    }
    if (!unknown.isEmpty())
        rows += row(t.label(QT_TRANSLATE_NOOP("Summary", "Not known yet")), unknown.join(QStringLiteral(" &nbsp; ")),
                    labelWidth);
    if (!a.deceased.isValid()) {
        QStringList actions;
        for (const AssessmentLine& action : a.actions)
            actions << span(t.phrase(action.label.isEmpty() ? action.text : action.label));
        rows += row(t.label(QT_TRANSLATE_NOOP("Summary", "Due actions")),
                    actions.isEmpty() ? span(t.label(QT_TRANSLATE_NOOP("Summary", "none")))
                                      : actions.join(QStringLiteral(" &nbsp;·&nbsp; ")),
                    labelWidth);
    }
    if (rows.isEmpty())
        return {};
    return heading(t.label(QT_TRANSLATE_NOOP("Summary", "Verdict"))) +
           QStringLiteral("<table class=\"kv\" width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">\n") + rows +
           QStringLiteral("</table>\n");
}

}  // namespace onco::report::sections
