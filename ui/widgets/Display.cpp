#include "ui/widgets/Display.h"

#include "core/i18n/Language.h"
#include "core/i18n/Phrase.h"
#include "core/knowledge/Knowledge.h"

#include <QCoreApplication>
#include <QLocale>

namespace onco::display {

bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString languageCode()
{
    return chinese() ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString date(const QDate& d)
{
    if (!d.isValid())
        return {};
    // One date format for the window and the printout (Language::date: "10 May 2025", "1 Sep 2025").
    return (chinese() ? Language::chinese() : Language::english()).date(d);
}

QString dateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return date(local.date()) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}

QString drug(const QString& name, const Knowledge& knowledge)
{
    return drugName(name, chinese() ? Language::chinese() : Language::english(), knowledge);
}

QString drugs(const QStringList& names, const Knowledge& knowledge)
{
    QStringList out;
    for (const QString& n : names)
        out << drug(n, knowledge);
    return out.join(QStringLiteral(" + "));
}

QString drugBothNames(const QString& name, const Knowledge& knowledge)
{
    const Drug* d = knowledge.drug(name);
    if (!d || d->zh.isEmpty())
        return d ? d->name : drug(name, knowledge);
    return chinese() ? QStringLiteral("%1 (%2)").arg(d->zh, d->name) : QStringLiteral("%1 (%2)").arg(d->name, d->zh);
}

QString months(int days)
{
    return QCoreApplication::translate("Display", "%1 mo").arg(QLocale().toString(days / 30.4375, 'f', 1));
}

QString percent(const std::optional<double>& value)
{
    return value ? QStringLiteral("%1 %").arg(number(*value)) : QString();
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 10);
}

QString lineNumber(int n)
{
    static const char16_t numerals[] = u"一二三四五六七八九十";
    if (chinese() && n >= 1 && n <= 10)
        return QString(QChar(numerals[n - 1])) + QStringLiteral("线");
    return QCoreApplication::translate("Display", "Line %1").arg(n);
}

QString lineLabel(const TherapyLine& line, const std::optional<int>& n)
{
    if (n)
        return lineNumber(*n);
    if (line.setting == Setting::Advanced)
        return QCoreApplication::translate("Display", "Supportive");
    return displayName(line.setting);
}

QString receptor(ReceptorStatus status, const std::optional<double>& pct)
{
    QString text = status == ReceptorStatus::Unrecorded ? QString() : displayName(status);
    if (pct)
        text = text.isEmpty() ? percent(pct) : QStringLiteral("%1 (%2)").arg(text, percent(pct));
    return text.isEmpty() ? QCoreApplication::translate("Display", "not recorded") : text;
}

QString her2Class(clinical::Her2Class c)
{
    switch (c) {
    case clinical::Her2Class::Positive:
        return QCoreApplication::translate("Display", "HER2-positive");
    case clinical::Her2Class::Low:
        return QCoreApplication::translate("Display", "HER2-low");
    case clinical::Her2Class::Ultralow:
        return QCoreApplication::translate("Display", "HER2-ultralow");
    case clinical::Her2Class::Zero:
        return QCoreApplication::translate("Display", "HER2 0");
    case clinical::Her2Class::IshNeeded:
        return QCoreApplication::translate("Display", "ISH needed");
    case clinical::Her2Class::Unknown:
        return QCoreApplication::translate("Display", "unknown");
    case clinical::Her2Class::NotRecorded:
        break;
    }
    return QCoreApplication::translate("Display", "not recorded");
}

QString her2(const Receptors& r)
{
    QStringList parts;
    if (r.her2Ihc != Her2Ihc::Unrecorded)
        parts << displayName(r.her2Ihc);
    if (r.her2Ish != Her2Ish::Unrecorded)
        parts << displayName(r.her2Ish);
    const QString cls = her2Class(clinical::her2Class(r));
    return parts.isEmpty() ? cls : QStringLiteral("%1: %2").arg(parts.join(QStringLiteral(", ")), cls);
}

QString site(const QString& codeOrText)
{
    if (const auto s = fromCode<Site>(codeOrText.trimmed()); s && !codeOrText.trimmed().isEmpty())
        return displayName(*s);
    return codeOrText;
}

QString sites(const QList<Site>& list)
{
    QStringList out;
    for (Site s : list)
        out << displayName(s);
    return out.join(chinese() ? QStringLiteral("、") : QStringLiteral(", "));
}

QString esr1Status(const GeneticResult& g, clinical::Currency c)
{
    switch (g.result) {
    case GeneticOutcome::Mutated:
        return g.variant.isEmpty() ? QCoreApplication::translate("Display", "Mutated")
                                   : QCoreApplication::translate("Display", "Mutated %1").arg(g.variant);
    case GeneticOutcome::Indeterminate:
        return c == clinical::Currency::NotCurrent
                   ? QCoreApplication::translate("Display", "Indeterminate (before the last progression)")
                   : QCoreApplication::translate("Display", "Indeterminate");
    case GeneticOutcome::NotDetected:
        break;
    }
    return c == clinical::Currency::NotCurrent
               ? QCoreApplication::translate("Display", "Not detected (before the last progression)")
               : QCoreApplication::translate("Display", "Not detected");
}

QString currency(clinical::Currency c, const QDate& latestProgression)
{
    switch (c) {
    case clinical::Currency::Current:
        return latestProgression.isValid()
                   ? QCoreApplication::translate("Display", "Current (after the progression of %1)")
                         .arg(date(latestProgression))
                   : QCoreApplication::translate("Display", "Current (no progression recorded)");
    case clinical::Currency::NotCurrent:
        return QCoreApplication::translate("Display", "Not current: collected before the progression of %1")
            .arg(date(latestProgression));
    case clinical::Currency::Detected:
        return QCoreApplication::translate("Display", "Detected: stays valid");
    case clinical::Currency::Germline:
        return QCoreApplication::translate("Display", "Germline: does not change");
    }
    return {};
}

}  // namespace onco::display
