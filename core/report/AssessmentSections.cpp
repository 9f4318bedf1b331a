// The assessment: endocrine resistance, oral SERD option cards, actions, with rule IDs, jurisdiction and knowledge
// version. The content comes from an AssessmentSection (the rules integration).
#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"
#include "core/knowledgepack/KnowledgePack.h"
#include "core/report/HtmlText.h"
#include "core/report/SummarySections.h"

#include <QCoreApplication>

#include <algorithm>

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

/** One line: mark, bold label, sentence and code; in bilingual print the English follows on its own line (a label
 *  without a sentence keeps both languages on one line). */
/** A rule ID (SERD-ER, ER-M2) in small print after its sentence; a flag or action code (OFF_LABEL_OFS) is not
 *  printed: its words are (issue 14). */
QString codeHtml(const QString& code)
{
    if (code.isEmpty() || !code.contains(QLatin1Char('-')))
        return {};
    return QStringLiteral(" <span class=\"code\">[%1]</span>").arg(esc(code));
}

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
    QString out = QStringLiteral("<p>") + markGlyph(line.mark);
    if (text.isEmpty() && !label.isEmpty()) {
        // A lead alone (no sentence) stays on one line in both languages.
        out += QStringLiteral("<b>") + span(label) + QStringLiteral("</b>");
        out += codeHtml(line.code);
        return out + QStringLiteral("</p>\n");
    }
    out += compose(label.primary, text.primary);
    out += codeHtml(line.code);
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

QString metItem(const AssessmentLine& c, const PrintText& t)
{
    return QStringLiteral("<span class=\"met\">✓</span>&nbsp;") + span(t.phrase(c.label)) + codeHtml(c.code);
}

bool isShortMet(const AssessmentLine& c)
{
    return c.mark == AssessmentLine::Mark::Met && !c.label.isEmpty();
}

/** What every card says alike (the same criterion met, the same criterion not met or unknown for the same reason,
 *  the same flag): printed once above the cards, so each card shows only what sets it apart. */
struct Shared
{
    QStringList met;                 ///< criterion IDs met on every card
    QList<AssessmentLine> criteria;  ///< criteria not met or unknown alike on every card
    QList<AssessmentLine> flags;     ///< flags on every card
    bool isEmpty() const { return met.isEmpty() && criteria.isEmpty() && flags.isEmpty(); }
};

bool sameCriterion(const AssessmentLine& a, const AssessmentLine& b)
{
    if (a.code != b.code || a.mark != b.mark)
        return false;
    return isShortMet(a) || (a.label == b.label && a.text == b.text);
}

Shared sharedByEveryCard(const QList<OptionCardSection>& options)
{
    Shared shared;
    if (options.size() < 2)
        return shared;
    auto onEvery = [&](const AssessmentLine& line, auto member, auto same) {
        return std::all_of(options.begin() + 1, options.end(), [&](const OptionCardSection& o) {
            const QList<AssessmentLine>& lines = o.*member;
            return std::any_of(lines.begin(), lines.end(), [&](const AssessmentLine& l) { return same(line, l); });
        });
    };
    for (const AssessmentLine& c : options.front().criteria)
        if (!c.code.isEmpty() && onEvery(c, &OptionCardSection::criteria, sameCriterion)) {
            if (isShortMet(c))
                shared.met << c.code;
            else
                shared.criteria << c;
        }
    for (const AssessmentLine& f : options.front().flags)
        if (!f.code.isEmpty() &&
            onEvery(f, &OptionCardSection::flags, [](const AssessmentLine& a, const AssessmentLine& b) {
                return a.code == b.code && a.label == b.label;
            }))
            shared.flags << f;
    return shared;
}

bool listed(const QList<AssessmentLine>& lines, const QString& code)
{
    return std::any_of(lines.begin(), lines.end(), [&](const AssessmentLine& l) { return l.code == code; });
}

/**
 * Criteria: those met in one run (✓ name [ID] …) — the records that decided them are printed in the sections
 * above — and each criterion not met or unknown on its own line with the reason, which is what the reader needs to
 * act on. Criteria in `shared` are left out (printed above the cards).
 */
QString criteriaHtml(const QList<AssessmentLine>& criteria, const Shared& shared, const PrintText& t)
{
    QStringList met;
    QString others;
    for (const AssessmentLine& c : criteria) {
        if (shared.met.contains(c.code) || listed(shared.criteria, c.code))
            continue;
        if (isShortMet(c))
            met << metItem(c, t);
        else
            others += lineHtml(c, t);
    }
    return (met.isEmpty() ? QString()
                          : QStringLiteral("<p>") + met.join(QStringLiteral(" &nbsp; ")) + QStringLiteral("</p>\n")) +
           others;
}

/** Flags one a line, each led by a flag sign: the plain-words description (rules::describeCode) in bold and the
 *  sentence that says why, as the window shows it (which medicine, the jurisdiction's dose text …; issue 14). */
QString flagsHtml(const QList<AssessmentLine>& flags, const QList<AssessmentLine>& shared, const PrintText& t)
{
    QString items;
    for (const AssessmentLine& f : flags)
        if (!listed(shared, f.code))
            items += lineHtml(f, t).replace(0, 3, QStringLiteral("<p><span class=\"flag\">▸</span> "));
    return items;
}

QString subheading(const PrintString& text)
{
    return QStringLiteral("<h3>") + span(text) + QStringLiteral("</h3>\n");
}

}  // namespace

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

namespace {

QString card(const OptionCardSection& c, const Shared& shared, const PrintText& t)
{
    // Drug, status and approval on one line (the jurisdiction is named above the cards).
    QString out = QStringLiteral("<p><b class=\"drug\">") + span(drugTitle(c.drug, t)) +
                  QStringLiteral("</b> — <span class=\"") + toneClass(c.tone) + QStringLiteral("\">") +
                  span(t.phrase(c.status)) + QStringLiteral("</span>");
    if (!c.approval.isEmpty())
        out += QStringLiteral(" &nbsp;·&nbsp; <span class=\"muted\">") + span(t.phrase(c.approval)) +
               QStringLiteral("</span>");
    // Printed in Chinese without a verified Chinese name (imlunestrant): say so rather than invent one.
    const Drug* drug = t.knowledge().drug(c.drug);
    if (t.primary().isChinese() && drug && drug->zh.isEmpty())
        out += QStringLiteral(" &nbsp;·&nbsp; <span class=\"muted\">") +
               span(t.label(QT_TRANSLATE_NOOP("Summary", "Chinese generic name not verified"))) +
               QStringLiteral("</span>");
    out += QStringLiteral("</p>\n");
    out += criteriaHtml(c.criteria, shared, t);
    out += flagsHtml(c.flags, shared.flags, t);
    return out;
}

/** What every card says alike, once; then the cards one under the other, each a framed box of the full width: a
 *  card that does not fit at a page foot moves to the next page whole, without taking the other card along. */
QString cards(const QList<OptionCardSection>& options, const PrintText& t)
{
    const Shared shared = sharedByEveryCard(options);
    QString out;
    if (!shared.isEmpty()) {
        out += QStringLiteral("<p><b>") + span(t.label(QT_TRANSLATE_NOOP("Summary", "Common to every option"))) +
               QStringLiteral(":</b>");
        QStringList items;
        for (const AssessmentLine& c : options.front().criteria)
            if (shared.met.contains(c.code))
                items << metItem(c, t);
        out += (items.isEmpty() ? QString() : QStringLiteral(" ") + items.join(QStringLiteral(" &nbsp; "))) +
               QStringLiteral("</p>\n");
        out += linesHtml(shared.criteria, t) + flagsHtml(shared.flags, {}, t);
    }
    // A card is a framed table of one row a paragraph: a long card breaks between its rows like any table (and
    // leaves no half-empty page behind it) instead of moving to the next page whole.
    for (const OptionCardSection& c : options) {
        QStringList paragraphs = card(c, shared, t).split(QStringLiteral("</p>\n"), Qt::SkipEmptyParts);
        out += QStringLiteral("<table class=\"cards\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n");
        for (int i = 0; i < paragraphs.size(); ++i) {
            const QString edge = paragraphs.size() == 1       ? QStringLiteral("one")
                                 : i == 0                     ? QStringLiteral("first")
                                 : i + 1 == paragraphs.size() ? QStringLiteral("last")
                                                              : QStringLiteral("mid");
            out +=
                QStringLiteral("<tr><td class=\"%1\">").arg(edge) + paragraphs[i] + QStringLiteral("</p></td></tr>\n");
        }
        out += QStringLiteral("</table>\n");
    }
    return out;
}

}  // namespace

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
    if (data.knowledgeLastVerified.isValid() &&
        data.knowledgeLastVerified.daysTo(data.printedOn) > knowledgepack::kStaleAfterDays)
        knowledge += QStringLiteral(" <span class=\"stale\">") +
                     span(t.label(QT_TRANSLATE_NOOP("Summary", "stale: verified more than %1 days before printing; "
                                                               "approvals and labels may have changed"),
                                  QString::number(knowledgepack::kStaleAfterDays))) +
                     QStringLiteral("</span>");
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
