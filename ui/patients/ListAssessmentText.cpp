#include "ui/patients/ListAssessmentText.h"

#include "core/patientlist/ListAssessments.h"
#include "core/rules/Codes.h"
#include "ui/course/CourseText.h"
#include "ui/widgets/Display.h"

#include <QHash>

#include <functional>

namespace onco {

namespace {

struct SerdEntry
{
    QString drug;
    QString status;
    QStringList flags;
};

QList<SerdEntry> entries(const ListAssessment& a)
{
    QList<SerdEntry> out;
    for (const QString& code : a.serdStatuses)
        out.append({code.section(QLatin1Char(':'), 0, 0), code.section(QLatin1Char(':'), 1), {}});
    for (const QString& flag : a.serdFlags)
        for (SerdEntry& e : out)
            if (flag.section(QLatin1Char(':'), 0, 0) == e.drug)
                e.flags << flag.section(QLatin1Char(':'), 1);
    return out;
}

QString drugsWhere(const QList<SerdEntry>& list, const Knowledge& k, const std::function<bool(const SerdEntry&)>& keep)
{
    // Alternatives, not a combination: "elacestrant, imlunestrant" (never "+").
    QStringList names;
    for (const SerdEntry& e : list)
        if (keep(e))
            names << display::drug(e.drug, k);
    return names.join(ListAssessmentText::tr(", ", "list separator"));
}

QString rendered(const Phrase& p, const Knowledge& k)
{
    return p.render(course::uiLanguage(), k);
}

}  // namespace

QString ListAssessmentText::serd(const ListAssessment& a, const Knowledge& k)
{
    if (a.deceased.isValid())
        return tr("Deceased (%1)").arg(display::date(a.deceased));
    const QList<SerdEntry> list = entries(a);
    const auto option = [](const SerdEntry& e) { return e.status == QLatin1String("option"); };
    switch (patientlist::serdRank(a)) {
    case 0:
        return tr("Option: %1").arg(drugsWhere(list, k, [&](const SerdEntry& e) {
            return option(e) && !e.flags.contains(QLatin1String("ALREADY_ON")) &&
                   !e.flags.contains(QLatin1String("CURRENT_LINE_NOT_PROGRESSED"));
        }));
    case 1:
        return tr("Taking %1").arg(drugsWhere(list, k, [](const SerdEntry& e) {
            return e.flags.contains(QLatin1String("ALREADY_ON"));
        }));
    case 2:
        return tr("Option at the next change: %1").arg(drugsWhere(list, k, option));
    case 3:
        return rendered(rules::describeOptionStatus(rules::OptionStatus::NeedsInformation), k);
    case 4:
        return rendered(rules::describeOptionStatus(rules::OptionStatus::NotOption), k);
    default:
        return {};
    }
}

QString ListAssessmentText::serdDetails(const ListAssessment& a, const Knowledge& k)
{
    if (!a.present)
        return tr("Not assessed yet: the assessment is being computed.");
    QStringList lines;
    for (const SerdEntry& e : entries(a)) {
        const auto status = rules::optionStatusFromCode(e.status);
        QString line = tr("%1: %2").arg(display::drug(e.drug, k),
                                        status ? rendered(rules::describeOptionStatus(*status), k) : e.status);
        QStringList flags;
        for (const QString& f : e.flags) {
            const Phrase p = rules::describeCode(f);
            flags << (p.isEmpty() ? f : rendered(p, k));
        }
        if (!flags.isEmpty())
            line += QStringLiteral(" — ") + flags.join(QStringLiteral("; "));
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString ListAssessmentText::actionName(const QString& code)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("ESR1_TEST_DUE"), QT_TR_NOOP("ESR1 test")},
        {QStringLiteral("ESR1_RETEST_DUE"), QT_TR_NOOP("ESR1 re-test")},
        {QStringLiteral("PIK3CA_TEST_DUE"), QT_TR_NOOP("PIK3CA test")},
        {QStringLiteral("GERMLINE_BRCA_TEST_DUE"), QT_TR_NOOP("Germline BRCA test")},
        {QStringLiteral("HER2_ISH_NEEDED"), QT_TR_NOOP("HER2 ISH")},
        {QStringLiteral("CONFIRM_MENOPAUSAL_STATUS"), QT_TR_NOOP("Menopausal status")},
        {QStringLiteral("CONSIDER_OFS"), QT_TR_NOOP("Consider OFS")},
    };
    const char* name = names.value(code);
    return name ? QCoreApplication::translate("ListAssessmentText", name) : code;
}

QString ListAssessmentText::actions(const ListAssessment& a)
{
    QStringList names;
    for (const QString& code : a.dueActions)
        names << actionName(code);
    return names.join(tr(", ", "list separator"));
}

QString ListAssessmentText::actionDetails(const ListAssessment& a, const Knowledge& k)
{
    if (!a.present)
        return tr("Not assessed yet: the assessment is being computed.");
    if (a.dueActions.isEmpty())
        return tr("No actions due.");
    QStringList lines;
    for (const QString& code : a.dueActions) {
        const Phrase p = rules::describeCode(code);
        lines << (p.isEmpty() ? code : rendered(p, k));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ListAssessmentText::serdSample(const Knowledge& k)
{
    return tr("Option at the next change: %1").arg(display::drug(QStringLiteral("elacestrant"), k));
}

}  // namespace onco
