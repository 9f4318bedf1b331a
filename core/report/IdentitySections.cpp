// Identity, diagnosis and receptors, later biopsies.
#include "core/clinical/Definitions.h"
#include "core/report/HtmlText.h"
#include "core/report/SummarySections.h"
#include "core/util/Dates.h"

#include <QCoreApplication>

namespace onco::report::sections {

using namespace html;

namespace {

/** Free-text values the case format leaves open, with their print translations when they are the usual words. */
PrintString knownTerm(const PrintText& t, const QString& value)
{
    static const char* const terms[] = {
        QT_TRANSLATE_NOOP("Summary", "left"),
        QT_TRANSLATE_NOOP("Summary", "right"),
        QT_TRANSLATE_NOOP("Summary", "bilateral"),
        QT_TRANSLATE_NOOP("Summary", "invasive ductal carcinoma"),
        QT_TRANSLATE_NOOP("Summary", "invasive lobular carcinoma"),
        QT_TRANSLATE_NOOP("Summary", "invasive carcinoma of no special type"),
    };
    const QString key = value.trimmed().toLower();
    for (const char* term : terms)
        if (key == QLatin1String(term))
            return t.label(term);
    return {value.trimmed(), {}};
}

/** A biopsy site: a case-format site code is translated, anything else is printed as entered. */
PrintString knownSite(const PrintText& t, const QString& site)
{
    if (const auto code = fromCode<Site>(site.trimmed().toLower()))
        return t.value(*code);
    return knownTerm(t, site);
}

QString receptor(const PrintText& t, ReceptorStatus status, const std::optional<double>& percent)
{
    QString out = status == ReceptorStatus::Unrecorded ? QString() : span(t.value(status));
    if (percent)
        out += (out.isEmpty() ? QString() : QStringLiteral(" ")) + esc(t.percent(percent));
    return out;
}

QString her2(const PrintText& t, const Receptors& r)
{
    QStringList parts;
    if (r.her2Ihc != Her2Ihc::Unrecorded)
        parts << span(t.value(r.her2Ihc));
    if (r.her2Ish != Her2Ish::Unrecorded)
        parts << span(t.value(r.her2Ish));
    return parts.join(QStringLiteral(" · "));
}

QString tnm(const Diagnosis& d)
{
    QStringList parts{d.tnmT, d.tnmN, d.tnmM};
    parts.removeAll(QString());
    return esc(parts.join(QLatin1Char(' ')));
}

}  // namespace

QList<int> keyValueWidths(const PrintText& t)
{
    switch (t.language()) {
    case PrintLanguage::Chinese:
        return {13, 37, 13, 37};
    case PrintLanguage::English:
        return {16, 34, 16, 34};
    case PrintLanguage::Bilingual:
        break;
    }
    return {20, 30, 20, 30};
}

QString identity(const SummaryData& data, const PrintText& t)
{
    const Patient& p = data.record.patient;
    QStringList names{p.name, p.nameLatin};
    if (t.language() == PrintLanguage::English)
        std::swap(names[0], names[1]);
    names.removeAll(QString());

    QString birth = esc(t.date(p.birthDate));
    const QDate death = data.assessment ? data.assessment->deceased : QDate();
    if (p.birthDate.isValid() && death.isValid())  // her age at death, not the age she would have today
        birth += t.parenthesized(span(
            t.label(QT_TRANSLATE_NOOP("Summary", "died aged %1"), QString::number(dates::ageOn(p.birthDate, death)))));
    else if (p.birthDate.isValid())
        birth += t.parenthesized(span(
            t.label(QT_TRANSLATE_NOOP("Summary", "%1 years"), QString::number(dates::ageOn(p.birthDate, data.asOf)))));

    QString menopause =
        p.menopausalStatus == MenopausalStatus::Unrecorded ? QString() : span(t.value(p.menopausalStatus));
    if (!p.menopausalEvidence.trimmed().isEmpty())
        menopause += QStringLiteral(" — <span class=\"muted\">") + esc(p.menopausalEvidence.trimmed()) +
                     QStringLiteral("</span>");
    if (p.bilateralOophorectomy.value_or(false))
        menopause += t.semicolon() + span(t.label(QT_TRANSLATE_NOOP("Summary", "bilateral oophorectomy %1"),
                                                  t.date(p.bilateralOophorectomyDate)));

    QString out = heading(t.label(QT_TRANSLATE_NOOP("Summary", "Patient")));
    out += grid(
        {{t.label(QT_TRANSLATE_NOOP("Summary", "Name")),
          QStringLiteral("<b>%1</b>").arg(esc(names.join(QStringLiteral(" · "))))},
         {t.label(QT_TRANSLATE_NOOP("Summary", "MRN")), QStringLiteral("<b>%1</b>").arg(esc(p.mrn))},
         {t.label(QT_TRANSLATE_NOOP("Summary", "Sex")), p.sex == Sex::Unrecorded ? QString() : span(t.value(p.sex))},
         {t.label(QT_TRANSLATE_NOOP("Summary", "Birth date")), birth},
         {t.label(QT_TRANSLATE_NOOP("Summary", "Outpatient no.")), esc(p.outpatientNumber)},
         {t.label(QT_TRANSLATE_NOOP("Summary", "Inpatient no.")), esc(p.inpatientNumber)}},
        2, keyValueWidths(t));
    const QList<int> widths = keyValueWidths(t);
    out += grid({{t.label(QT_TRANSLATE_NOOP("Summary", "Menopausal status")), menopause}}, 1,
                {widths[0], 100 - widths[0]});
    return out;
}

QString diagnosis(const SummaryData& data, const PrintText& t)
{
    QString out = heading(t.label(QT_TRANSLATE_NOOP("Summary", "Diagnosis and receptors")));
    if (!data.record.diagnosis)
        return out + note(t.label(QT_TRANSLATE_NOOP("Summary", "No diagnosis recorded.")));
    const Diagnosis& d = *data.record.diagnosis;
    QString stage = esc(d.stage);
    if (clinical::isDeNovoMetastatic(d))
        stage += (stage.isEmpty() ? QString() : t.comma()) +
                 span(t.label(QT_TRANSLATE_NOOP("Summary", "de novo metastatic")));
    const Receptors& r = d.receptors;
    out += grid(
        {{t.label(QT_TRANSLATE_NOOP("Summary", "Diagnosed")), esc(t.date(d.date))},
         {t.label(QT_TRANSLATE_NOOP("Summary", "Laterality")), span(knownTerm(t, d.laterality))},
         {t.label(QT_TRANSLATE_NOOP("Summary", "Histology")), span(knownTerm(t, d.histology))},
         {t.label(QT_TRANSLATE_NOOP("Summary", "Grade")), d.grade ? QStringLiteral("G%1").arg(*d.grade) : QString()},
         {t.label(QT_TRANSLATE_NOOP("Summary", "TNM (AJCC 8)")), tnm(d)},
         {t.label(QT_TRANSLATE_NOOP("Summary", "Stage")), stage},
         {t.label(QT_TRANSLATE_NOOP("Summary", "ER")), receptor(t, r.er, r.erPercent)},
         {t.label(QT_TRANSLATE_NOOP("Summary", "PR")), receptor(t, r.pr, r.prPercent)},
         {t.label(QT_TRANSLATE_NOOP("Summary", "HER2")), her2(t, r)},
         {t.label(QT_TRANSLATE_NOOP("Summary", "Ki-67")), esc(t.percent(r.ki67Percent))}},
        2, keyValueWidths(t));
    if (data.record.biopsies.isEmpty())
        return out;

    out += QStringLiteral("<h3>") + span(t.label(QT_TRANSLATE_NOOP("Summary", "Later biopsies"))) +
           QStringLiteral("</h3>\n") + gridTable();
    out += headerRow({t.label(QT_TRANSLATE_NOOP("Summary", "Date")), t.label(QT_TRANSLATE_NOOP("Summary", "Site")),
                      t.label(QT_TRANSLATE_NOOP("Summary", "ER")), t.label(QT_TRANSLATE_NOOP("Summary", "PR")),
                      t.label(QT_TRANSLATE_NOOP("Summary", "HER2")), t.label(QT_TRANSLATE_NOOP("Summary", "Ki-67")),
                      t.label(QT_TRANSLATE_NOOP("Summary", "Note"))},
                     {13, 14, 13, 13, 17, 7, 23});
    for (const Biopsy& b : data.record.biopsies) {
        const Receptors& br = b.receptors;
        out += row({esc(t.date(b.date)), span(knownSite(t, b.site)), receptor(t, br.er, br.erPercent),
                    receptor(t, br.pr, br.prPercent), her2(t, br), esc(t.percent(br.ki67Percent)),
                    QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(b.note))},
                   {0});
    }
    return out + QStringLiteral("</table>\n");
}

}  // namespace onco::report::sections
