#include "core/worklists/WorklistExport.h"

#include "core/i18n/Language.h"
#include "core/rules/Codes.h"
#include "core/util/Dates.h"

#include <QJsonArray>

#include <cmath>
#include <optional>

namespace onco::worklists {

namespace {

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString optionalBool(const std::optional<bool>& value)
{
    return value ? (*value ? QStringLiteral("true") : QStringLiteral("false")) : QString();
}

QJsonValue dateOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(dates::toIso(d)) : QJsonValue();
}

QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(timeText(t)) : QJsonValue();
}

QJsonObject entryJson(const Entry& e, Kind kind)
{
    const assessments::StoredAssessment& s = e.summary;
    QJsonObject o{{QStringLiteral("mrn"), e.mrn},
                  {QStringLiteral("name"), e.name},
                  {QStringLiteral("name_latin"), e.nameLatin},
                  {QStringLiteral("resistance"), rules::resistanceCode(s.resistance)},
                  {QStringLiteral("resistance_rule"), s.resistanceRule},
                  {QStringLiteral("current_line"), s.currentLine ? QJsonValue(*s.currentLine) : QJsonValue()},
                  {QStringLiteral("current_drugs"), QJsonArray::fromStringList(s.currentDrugs)},
                  {QStringLiteral("summary_as_of"), dateOrNull(s.asOf)},
                  {QStringLiteral("assessed_in_memory"), e.assessedInMemory}};
    switch (kind) {
    case Kind::SerdOption: {
        QJsonArray options;
        for (const OptionEntry& opt : e.options)
            options.append(QJsonObject{{QStringLiteral("drug"), opt.drug},
                                       {QStringLiteral("since"), dateOrNull(opt.since)},
                                       {QStringLiteral("new"), opt.isNew},
                                       {QStringLiteral("flags"), QJsonArray::fromStringList(opt.flags)}});
        o.insert(QStringLiteral("options"), options);
        break;
    }
    case Kind::Esr1Test:
        o.insert(QStringLiteral("actions"), QJsonArray::fromStringList(e.esr1Actions));
        o.insert(QStringLiteral("esr1"), rules::esr1StateCode(s.esr1));
        o.insert(QStringLiteral("esr1_date"), dateOrNull(s.esr1Date));
        break;
    case Kind::MarkerRise: {
        o.insert(QStringLiteral("marker_rise"), true);
        o.insert(QStringLiteral("current_line_start"), dateOrNull(s.currentLineStart));
        QJsonArray rises;
        for (const assessments::StoredMarkerRise& r : s.markerRises) {
            const std::optional<double> percent = r.percent();
            rises.append(QJsonObject{{QStringLiteral("analyte"), r.analyte},
                                     {QStringLiteral("nadir"), r.nadir},
                                     {QStringLiteral("latest"), r.latest},
                                     {QStringLiteral("unit"), r.unit},
                                     {QStringLiteral("date"), dateOrNull(r.date)},
                                     {QStringLiteral("percent_above_nadir"),
                                      percent ? QJsonValue(std::round(*percent * 10) / 10) : QJsonValue()}});
        }
        o.insert(QStringLiteral("rises"), rises);
        break;
    }
    case Kind::KnowledgeChanged: {
        QJsonArray cards;
        for (const KnowledgeChange& c : e.knowledgeChanges)
            cards.append(
                QJsonObject{{QStringLiteral("drug"), c.drug},
                            {QStringLiteral("before"), c.before.isEmpty() ? QJsonValue() : QJsonValue(c.before)},
                            {QStringLiteral("after"), c.after},
                            {QStringLiteral("flags_added"), QJsonArray::fromStringList(c.flagsAdded)},
                            {QStringLiteral("flags_removed"), QJsonArray::fromStringList(c.flagsRemoved)}});
        o.insert(QStringLiteral("knowledge_changes"), cards);
        break;
    }
    case Kind::NotPrinted:
        o.insert(QStringLiteral("last_change"), timeOrNull(e.lastChange));
        o.insert(QStringLiteral("last_printed"), timeOrNull(e.lastPrinted));
        break;
    }
    return o;
}

}  // namespace

QList<Phrase> describeMarkerRises(const Entry& e)
{
    QList<Phrase> out;
    for (const assessments::StoredMarkerRise& r : e.summary.markerRises) {
        if (const std::optional<double> percent = r.percent())
            out << Phrase{"Worklists",
                          QT_TRANSLATE_NOOP("Worklists", "%1: nadir %2 → %3 %4 (+%5 %) on %6"),
                          {r.label, r.nadir, r.latest, r.unit, std::round(*percent), r.date}};
        else
            out << Phrase{"Worklists",
                          QT_TRANSLATE_NOOP("Worklists", "%1: nadir %2 → %3 %4 on %5"),
                          {r.label, r.nadir, r.latest, r.unit, r.date}};
    }
    return out;
}

Phrase describeEntry(const Entry& e, Kind kind, const QString& drug)
{
    switch (kind) {
    case Kind::SerdOption:
        for (const OptionEntry& o : e.options)
            if (drug.isEmpty() || o.drug == drug)
                return o.isNew ? Phrase{"Worklists",
                                        QT_TRANSLATE_NOOP("Worklists", "%1 is an option since %2 (new)."),
                                        {DrugName{o.drug}, o.since}}
                               : Phrase{"Worklists",
                                        QT_TRANSLATE_NOOP("Worklists", "%1 is an option since %2."),
                                        {DrugName{o.drug}, o.since}};
        return {};
    case Kind::Esr1Test:
        return e.esr1Actions.isEmpty() ? Phrase{} : rules::describeCode(e.esr1Actions.first());
    case Kind::MarkerRise: {
        const QList<Phrase> rises = describeMarkerRises(e);
        if (rises.isEmpty())
            return {"Worklists", QT_TRANSLATE_NOOP("Worklists", "Confirmed tumour-marker rise: not a progression by "
                                                                "itself, correlate with imaging (TM-6).")};
        Phrase named = rises.first();
        for (qsizetype i = 1; i < rises.size(); ++i)
            named = Phrase{"Worklists", QT_TRANSLATE_NOOP("Worklists", "%1; %2"), {nested(named), nested(rises[i])}};
        return {"Worklists",
                QT_TRANSLATE_NOOP("Worklists", "%1. A marker rise is not a progression by itself: correlate with "
                                               "imaging (TM-6)."),
                {nested(named)}};
    }
    case Kind::KnowledgeChanged:
        for (const KnowledgeChange& c : e.knowledgeChanges)
            if (drug.isEmpty() || c.drug == drug) {
                const auto before = rules::optionStatusFromCode(c.before);
                const auto after = rules::optionStatusFromCode(c.after);
                QStringList flags;
                for (const QString& f : c.flagsAdded)
                    flags << QLatin1Char('+') + f;
                for (const QString& f : c.flagsRemoved)
                    flags << QChar(0x2212) + f;
                return {"Worklists",
                        QT_TRANSLATE_NOOP("Worklists", "%1 changed by the knowledge update: %2 → %3 %4"),
                        {DrugName{c.drug},
                         before ? Phrase::Arg(nested(rules::describeOptionStatus(*before)))
                                : Phrase::Arg(QStringLiteral("–")),
                         after ? Phrase::Arg(nested(rules::describeOptionStatus(*after))) : Phrase::Arg(c.after),
                         flags.isEmpty() ? QString()
                                         : QLatin1Char('(') + flags.join(QLatin1String(", ")) + QLatin1Char(')')}};
            }
        return {};
    case Kind::NotPrinted:
        break;
    }
    if (!e.lastPrinted.isValid())
        return {"Worklists",
                QT_TRANSLATE_NOOP("Worklists", "Changed on %1; the summary was never printed."),
                {e.lastChange.toLocalTime().date()}};
    return {"Worklists",
            QT_TRANSLATE_NOOP("Worklists", "Changed on %1; the summary was last printed on %2."),
            {e.lastChange.toLocalTime().date(), e.lastPrinted.toLocalTime().date()}};
}

QStringList csvColumns()
{
    return {QStringLiteral("list"),         QStringLiteral("mrn"),
            QStringLiteral("name"),         QStringLiteral("name_latin"),
            QStringLiteral("drug"),         QStringLiteral("since"),
            QStringLiteral("new"),          QStringLiteral("flags"),
            QStringLiteral("actions"),      QStringLiteral("esr1"),
            QStringLiteral("esr1_date"),    QStringLiteral("marker_rise"),
            QStringLiteral("resistance"),   QStringLiteral("resistance_rule"),
            QStringLiteral("current_line"), QStringLiteral("current_drugs"),
            QStringLiteral("last_change"),  QStringLiteral("last_printed"),
            QStringLiteral("description")};
}

QByteArray toCsv(const Screening& screening, const QList<Kind>& kinds, const Language& language,
                 const Knowledge& knowledge, bool withBom)
{
    QString text = csvColumns().join(QLatin1Char(',')) + QStringLiteral("\r\n");
    auto row = [&](Kind kind, const Entry& e, const OptionEntry* option) {
        const assessments::StoredAssessment& s = e.summary;
        const Phrase description = describeEntry(e, kind, option ? option->drug : QString());
        const QStringList fields{
            kindCode(kind),
            e.mrn,
            e.name,
            e.nameLatin,
            option ? option->drug : QString(),
            option ? dates::toIso(option->since) : QString(),
            option ? (option->isNew ? QStringLiteral("true") : QStringLiteral("false")) : QString(),
            option ? option->flags.join(QLatin1Char(';')) : QString(),
            s.actions.join(QLatin1Char(';')),
            rules::esr1StateCode(s.esr1),
            dates::toIso(s.esr1Date),
            optionalBool(s.markerRise),
            rules::resistanceCode(s.resistance),
            s.resistanceRule,
            s.currentLine ? QString::number(*s.currentLine) : QString(),
            s.currentDrugs.join(QLatin1Char(';')),
            timeText(e.lastChange),
            timeText(e.lastPrinted),
            description.isEmpty() ? QString() : description.render(language, knowledge),
        };
        QStringList out;
        out.reserve(fields.size());
        for (const QString& f : fields)
            out << csvField(f);
        text += out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    for (Kind kind : kinds)
        for (int i : screening.indices(kind)) {
            const Entry& e = screening.entries[i];
            if (kind == Kind::SerdOption)
                for (const OptionEntry& o : e.options)
                    row(kind, e, &o);
            else
                row(kind, e, nullptr);
        }
    QByteArray bytes = withBom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + text.toUtf8();
}

QJsonObject toJson(const Screening& screening, const QList<Kind>& kinds)
{
    QJsonObject lists;
    for (Kind kind : kinds) {
        QJsonArray entries;
        for (int i : screening.indices(kind))
            entries.append(entryJson(screening.entries[i], kind));
        lists.insert(kindCode(kind), entries);
    }
    return {
        {QStringLiteral("as_of"), dates::toIso(screening.asOf)},
        {QStringLiteral("jurisdiction"), toCode(screening.jurisdiction)},
        {QStringLiteral("knowledge_version"), screening.knowledgeVersion},
        {QStringLiteral("screened"), screening.screened},
        {QStringLiteral("skipped_deceased"), screening.deceased},
        {QStringLiteral("summaries"), QJsonObject{{QStringLiteral("recomputed"), screening.recomputed},
                                                  {QStringLiteral("assessed_in_memory"), screening.assessedInMemory},
                                                  {QStringLiteral("not_current"), screening.stale}}},
        {QStringLiteral("lists"), lists}};
}

}  // namespace onco::worklists
