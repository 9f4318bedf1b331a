#include "core/patientlist/ListAssessments.h"

#include "core/rules/Codes.h"

namespace onco::patientlist {

QHash<qint64, ListAssessment> listAssessments(const QList<assessments::StoredAssessment>& stored)
{
    QHash<qint64, ListAssessment> out;
    for (const assessments::StoredAssessment& s : stored) {
        ListAssessment& a = out[s.patientId];
        a.present = true;
        for (const assessments::StoredOption& o : s.options) {
            a.serdStatuses << o.drug + QLatin1Char(':') + rules::optionStatusCode(o.status);
            for (const QString& flag : o.flags)
                a.serdFlags << o.drug + QLatin1Char(':') + flag;
        }
        a.dueActions = s.actions;
        a.deceased = s.deceased;
    }
    return out;
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

}  // namespace onco::patientlist
