#include "core/validation/Validation.h"

#include "core/knowledge/Knowledge.h"
#include "core/util/Dates.h"

#include <cmath>

namespace onco {

Validator::Validator(const Knowledge& knowledge, QDate today)
    : m_knowledge(knowledge)
    , m_today(today)
{}

void Validator::requireDate(QList<FieldError>& errors, const QString& field, const QDate& date) const
{
    if (!date.isValid())
        errors.append({field, tr("a date is required")});
    else
        checkDate(errors, field, date);
}

void Validator::checkDate(QList<FieldError>& errors, const QString& field, const QDate& date) const
{
    if (date.isValid() && date > m_today)
        errors.append({field, tr("%1 is after today (%2)").arg(dates::toIso(date), dates::toIso(m_today))});
}

void Validator::checkPercent(QList<FieldError>& errors, const QString& field, const std::optional<double>& value) const
{
    if (value && (!std::isfinite(*value) || *value < 0 || *value > 100))
        errors.append({field, tr("%1 is outside 0–100 %").arg(*value)});
}

void Validator::checkReceptors(QList<FieldError>& errors, const Receptors& r) const
{
    checkPercent(errors, QStringLiteral("er_percent"), r.erPercent);
    checkPercent(errors, QStringLiteral("pr_percent"), r.prPercent);
    checkPercent(errors, QStringLiteral("ki67_percent"), r.ki67Percent);
}

void Validator::checkPeriod(QList<FieldError>& errors, const QDate& start, const QDate& end) const
{
    requireDate(errors, QStringLiteral("start"), start);
    checkDate(errors, QStringLiteral("end"), end);
    if (start.isValid() && end.isValid() && end < start)
        errors.append({QString(), tr("end is before start")});
}

QList<FieldError> Validator::check(const Patient& p) const
{
    QList<FieldError> errors;
    if (p.mrn.trimmed().isEmpty())
        errors.append({QStringLiteral("mrn"), tr("the medical record number is required")});
    checkDate(errors, QStringLiteral("birth_date"), p.birthDate);
    checkDate(errors, QStringLiteral("bilateral_oophorectomy_date"), p.bilateralOophorectomyDate);
    if (p.birthDate.isValid() && p.bilateralOophorectomyDate.isValid() && p.bilateralOophorectomyDate < p.birthDate)
        errors.append({QStringLiteral("bilateral_oophorectomy_date"), tr("is before the birth date")});
    if (p.birthDate.isValid() && p.birthDate.year() < 1900)
        errors.append({QStringLiteral("birth_date"), tr("%1 is before 1900").arg(dates::toIso(p.birthDate))});
    if (!p.idCard.isEmpty() && !isValidIdCard(p.idCard))
        errors.append({QStringLiteral("id_card"),
                       tr("\"%1\" is not a valid 18-character resident identity number").arg(p.idCard)});
    return errors;
}

QList<FieldError> Validator::check(const Diagnosis& d) const
{
    QList<FieldError> errors;
    checkDate(errors, QStringLiteral("date"), d.date);
    if (d.grade && (*d.grade < 1 || *d.grade > 3))
        errors.append({QStringLiteral("grade"), tr("grade %1 is not 1, 2 or 3").arg(*d.grade)});
    checkReceptors(errors, d.receptors);
    return errors;
}

QList<FieldError> Validator::check(const Biopsy& b) const
{
    QList<FieldError> errors;
    requireDate(errors, QStringLiteral("date"), b.date);
    checkReceptors(errors, b.receptors);
    return errors;
}

QList<FieldError> Validator::check(const DiseaseEvent& e) const
{
    QList<FieldError> errors;
    requireDate(errors, QStringLiteral("date"), e.date);
    if (e.extent != Extent::Unrecorded && e.type != EventType::Recurrence)
        errors.append({QStringLiteral("extent"), tr("an extent belongs to a recurrence only")});
    return errors;
}

QString Validator::investigationalProblem(const QString& drug) const
{
    const InvestigationalParse p = parseInvestigational(drug);
    switch (p.error) {
    case InvestigationalError::None:
        return {};
    case InvestigationalError::EmptyBrackets:
        return tr("an investigational agent's brackets name no class (write the classes it may belong to, or leave "
                  "the brackets out)");
    case InvestigationalError::UnknownClass:
        return tr("unknown class \"%1\" of an investigational agent (AI, SERM, SERD_INJ, SERD_ORAL, CDK46I or OTHER)")
            .arg(p.detail);
    case InvestigationalError::EmptyLabel:
        return tr("an investigational agent's label after \":\" is empty");
    case InvestigationalError::LabelTooLong:
        return tr("an investigational agent's label has %1 characters (at most 60)").arg(p.detail);
    case InvestigationalError::Malformed:
        break;
    }
    return tr("\"%1\" is not an investigational agent (write investigational, investigational:LABEL, "
              "investigational[CLASSES] or investigational[CLASSES]:LABEL)")
        .arg(drug);
}

QList<FieldError> Validator::check(const TherapyLine& t) const
{
    QList<FieldError> errors;
    checkPeriod(errors, t.start, t.end);
    if (t.drugs.isEmpty())
        errors.append({QStringLiteral("drugs"), tr("at least one drug is required")});
    for (int i = 0; i < t.drugs.size(); ++i) {
        if (m_knowledge.drug(t.drugs[i]))
            continue;
        const QString field = QStringLiteral("drugs[%1]").arg(i);
        if (looksInvestigational(t.drugs[i])) {  // clinical-rules.md §0
            if (const QString problem = investigationalProblem(t.drugs[i]); !problem.isEmpty())
                errors.append({field, problem});
            continue;
        }
        const QString suggestion = m_knowledge.suggestDrug(t.drugs[i]);
        errors.append({field, suggestion.isEmpty()
                                  ? tr("unknown drug \"%1\"").arg(t.drugs[i])
                                  : tr("unknown drug \"%1\" (did you mean \"%2\"?)").arg(t.drugs[i], suggestion)});
    }
    if (t.lineNumberOverride && *t.lineNumberOverride < 1)
        errors.append({QStringLiteral("line_number"), tr("a line number starts at 1")});
    return errors;
}

QList<FieldError> Validator::check(const MarkerResult& m) const
{
    QList<FieldError> errors;
    requireDate(errors, QStringLiteral("date"), m.date);
    if (m.analyte.trimmed().isEmpty())
        errors.append({QStringLiteral("analyte"), tr("the analyte is required")});
    if (!std::isfinite(m.value) || m.value < 0)
        errors.append({QStringLiteral("value"), tr("%1 is not a valid marker value (must be 0 or more)").arg(m.value)});
    if (m.uln && (!std::isfinite(*m.uln) || *m.uln <= 0))
        errors.append({QStringLiteral("uln"), tr("the upper limit of normal must be more than 0")});
    return errors;
}

QList<FieldError> Validator::check(const GeneticResult& g) const
{
    QList<FieldError> errors;
    requireDate(errors, QStringLiteral("date"), g.date);
    if (g.gene.trimmed().isEmpty())
        errors.append({QStringLiteral("gene"), tr("the gene is required")});
    checkPercent(errors, QStringLiteral("vaf_percent"), g.vafPercent);
    return errors;
}

QList<FieldError> Validator::check(const Medication& m) const
{
    QList<FieldError> errors;
    if (m.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("the medication name is required")});
    checkPeriod(errors, m.start, m.end);
    return errors;
}

bool Validator::isValidIdCard(const QString& id)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    if (id.size() != 18)
        return false;
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!id[i].isDigit())
            return false;
        sum += id[i].digitValue() * weights[i];
    }
    const QDate birth = QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
    return birth.isValid() && id[17].toUpper() == QLatin1Char(checks[sum % 11]);
}

}  // namespace onco
