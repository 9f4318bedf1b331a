#include "core/summary/SummaryListSource.h"

#include "core/rules/Codes.h"
#include "core/summary/SummaryStore.h"

namespace onco::summary {

namespace {

/** A flag in a '|'-joined list column (SummaryStore's storage of lists). */
QString hasFlag(const QString& column, const char* flag)
{
    return QStringLiteral("instr('|' || s.%1 || '|', '|%2|') > 0").arg(column, QLatin1String(flag));
}

QString actionable(const char* drug)
{
    const QString d = QLatin1String(drug);
    return QStringLiteral("(s.%1_status = 'option' AND NOT %2 AND NOT %3)")
        .arg(d, hasFlag(d + QStringLiteral("_flags"), "ALREADY_ON"),
             hasFlag(d + QStringLiteral("_flags"), "CURRENT_LINE_NOT_PROGRESSED"));
}

QString eitherDrug(QString (*condition)(const char*))
{
    return QStringLiteral("(%1 OR %2)").arg(condition("elacestrant"), condition("imlunestrant"));
}

QString alreadyOn(const char* drug)
{
    return hasFlag(QLatin1String(drug) + QStringLiteral("_flags"), "ALREADY_ON");
}

QString isOption(const char* drug)
{
    return QStringLiteral("s.%1_status = 'option'").arg(QLatin1String(drug));
}

QString needsInformation(const char* drug)
{
    return QStringLiteral("s.%1_status = 'needs_information'").arg(QLatin1String(drug));
}

QString ofPatient(const QString& what)
{
    return QStringLiteral("(SELECT %1 FROM assessment_summaries s WHERE s.patient_id = p.patient_id)").arg(what);
}

class StoredSummaries : public ListAssessmentSource
{
public:
    QString serdOptionCondition() const override
    {
        return QStringLiteral("EXISTS (SELECT 1 FROM assessment_summaries s WHERE s.patient_id = p.patient_id AND %1)")
            .arg(eitherDrug(actionable));
    }
    QString actionDueCondition() const override
    {
        return QStringLiteral(
            "EXISTS (SELECT 1 FROM assessment_summaries s WHERE s.patient_id = p.patient_id AND s.actions <> '')");
    }
    QString serdSortExpression() const override
    {
        // Keep in step with serdRank().
        const QString rank =
            QStringLiteral("CASE WHEN %1 THEN 0 WHEN %2 THEN 1 WHEN %3 THEN 2 WHEN %4 THEN 3 ELSE 4 END")
                .arg(eitherDrug(actionable), eitherDrug(alreadyOn), eitherDrug(isOption), eitherDrug(needsInformation));
        return QStringLiteral("coalesce(%1, 5)").arg(ofPatient(rank));
    }
    QString dueActionsSortExpression() const override
    {
        // Most due actions first (ascending); the list is '|'-joined.
        return QStringLiteral("coalesce(%1, 1)")
            .arg(ofPatient(QStringLiteral("CASE WHEN s.actions = '' THEN 0 ELSE "
                                          "length(replace(s.actions, '|', '')) - length(s.actions) - 1 END")));
    }
    QHash<qint64, ListAssessment> load(Database& db, const QList<qint64>& ids) override
    {
        QHash<qint64, ListAssessment> out;
        const auto summaries = SummaryStore(db).read(ids);
        if (!summaries)
            return out;
        for (const PatientSummary& s : summaries.value()) {
            ListAssessment& a = out[s.patientId];
            a.present = true;
            for (const OptionSummary& o : s.options) {
                a.serdStatuses << o.drug + QLatin1Char(':') + rules::optionStatusCode(o.status);
                for (const QString& flag : o.flags)
                    a.serdFlags << o.drug + QLatin1Char(':') + flag;
            }
            a.dueActions = s.actions;
        }
        return out;
    }
};

}  // namespace

std::unique_ptr<ListAssessmentSource> makeListAssessmentSource()
{
    return std::make_unique<StoredSummaries>();
}

int serdRank(const ListAssessment& a)
{
    if (!a.present)
        return 5;
    auto drugsWith = [&](const QStringList& codes, const QString& suffix) {
        for (const QString& c : codes)
            if (c.endsWith(QLatin1Char(':') + suffix))
                return true;
        return false;
    };
    auto flagged = [&](const QString& drug, const char* flag) {
        return a.serdFlags.contains(drug + QLatin1Char(':') + QLatin1String(flag));
    };
    for (const QString& c : a.serdStatuses) {
        const QString drug = c.section(QLatin1Char(':'), 0, 0);
        if (c.endsWith(QStringLiteral(":option")) && !flagged(drug, "ALREADY_ON") &&
            !flagged(drug, "CURRENT_LINE_NOT_PROGRESSED"))
            return 0;
    }
    for (const QString& f : a.serdFlags)
        if (f.endsWith(QStringLiteral(":ALREADY_ON")))
            return 1;
    if (drugsWith(a.serdStatuses, QStringLiteral("option")))
        return 2;
    if (drugsWith(a.serdStatuses, QStringLiteral("needs_information")))
        return 3;
    return 4;
}

}  // namespace onco::summary
