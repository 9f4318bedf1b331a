// The assessment JSON of case-format.md §2. Required keys as specified; the optional ones add the detail the
// clinician sees (criteria records, sentences per flag, evidence), all rendered in the language asked for.
#include "core/rules/AssessmentJson.h"

#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"
#include "core/rules/Codes.h"
#include "core/util/Dates.h"

#include <QJsonArray>

namespace onco::rules {

namespace {

QJsonValue dateOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(dates::toIso(d)) : QJsonValue(QJsonValue::Null);
}

QJsonValue codeOrNull(Resistance r)
{
    return r == Resistance::None ? QJsonValue(QJsonValue::Null) : QJsonValue(resistanceCode(r));
}

QJsonArray refs(const QList<RecordRef>& records)
{
    QJsonArray out;
    for (const RecordRef& r : records) {
        QJsonObject o{{QStringLiteral("entity"), entityCode(r.entity)}};
        if (r.index >= 0)
            o.insert(QStringLiteral("index"), r.index);
        if (r.id > 0)
            o.insert(QStringLiteral("id"), r.id);
        if (r.date.isValid())
            o.insert(QStringLiteral("date"), dates::toIso(r.date));
        out << o;
    }
    return out;
}

class Writer
{
public:
    Writer(const Language& language, const Knowledge& knowledge)
        : m_language(language)
        , m_knowledge(knowledge)
    {}

    QString text(const Phrase& p) const { return p.render(m_language, m_knowledge); }
    QString drugName(const QString& drug) const { return onco::drugName(drug, m_language, m_knowledge); }

    /** The codes (de-duplicated, in order) and, beside them, one detail per note. */
    void notes(QJsonObject& o, const QString& key, const QList<Note>& notes) const
    {
        o.insert(key, QJsonArray::fromStringList(codesOf(notes)));
        QJsonArray details;
        for (const Note& n : notes) {
            QJsonObject d{{QStringLiteral("code"), n.code},
                          {QStringLiteral("description"), text(describeCode(n.code))}};
            if (!n.text.isEmpty())
                d.insert(QStringLiteral("text"), text(n.text));
            if (!n.records.isEmpty())
                d.insert(QStringLiteral("records"), refs(n.records));
            details << d;
        }
        o.insert(key + QStringLiteral("_details"), details);
    }

    QJsonArray evidence(const QStringList& ids) const
    {
        QJsonArray out;
        for (const EvidenceItem& e : m_knowledge.evidence())
            if (ids.contains(e.id))
                out << QJsonObject{{QStringLiteral("id"), e.id},
                                   {QStringLiteral("text"), m_language.isChinese() && !e.zh.isEmpty() ? e.zh : e.en},
                                   {QStringLiteral("sources"), QJsonArray::fromStringList(e.sources)}};
        return out;
    }

    QJsonObject attribute(const ResistanceAttribute& a) const
    {
        QJsonObject o{{QStringLiteral("value"), codeOrNull(a.value)},
                      {QStringLiteral("rule"), a.rule.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.rule)},
                      {QStringLiteral("explanation"), text(a.explanation)}};
        if (!a.records.isEmpty())
            o.insert(QStringLiteral("records"), refs(a.records));
        return o;
    }

    QJsonObject resistance(const EndocrineResistance& r) const
    {
        QJsonObject o{{QStringLiteral("overall"), resistanceCode(r.overall)},
                      {QStringLiteral("adjuvant"), codeOrNull(r.adjuvant.value)},
                      {QStringLiteral("first_line"), codeOrNull(r.firstLine.value)},
                      {QStringLiteral("rule"), r.rule},
                      {QStringLiteral("explanation"), text(r.explanation)},
                      {QStringLiteral("adjuvant_detail"), attribute(r.adjuvant)},
                      {QStringLiteral("first_line_detail"), attribute(r.firstLine)}};
        notes(o, QStringLiteral("flags"), r.flags);
        return o;
    }

    QJsonObject option(const OptionCard& c) const
    {
        QJsonObject o{{QStringLiteral("drug"), c.drug},
                      {QStringLiteral("drug_name"), drugName(c.drug)},
                      {QStringLiteral("status"), optionStatusCode(c.status)},
                      {QStringLiteral("status_text"), text(describeOptionStatus(c.status))}};
        QJsonArray criteria;
        for (const Criterion& k : c.criteria) {
            QJsonObject x{{QStringLiteral("id"), k.id},
                          {QStringLiteral("status"), criterionStatusCode(k.status)},
                          {QStringLiteral("title"), text(describeRule(k.id))},
                          {QStringLiteral("text"), text(k.text)}};
            if (!k.records.isEmpty())
                x.insert(QStringLiteral("records"), refs(k.records));
            criteria << x;
        }
        o.insert(QStringLiteral("criteria"), criteria);
        notes(o, QStringLiteral("flags"), c.flags);
        o.insert(QStringLiteral("approval"),
                 QJsonObject{{QStringLiteral("approved"), c.approved},
                             {QStringLiteral("date"), dateOrNull(c.approvalDate)},
                             {QStringLiteral("verified"), c.approvalVerified},
                             {QStringLiteral("source"), c.approvalSource},
                             {QStringLiteral("last_verified"), dateOrNull(c.approvalLastVerified)}});
        o.insert(QStringLiteral("evidence"), evidence(c.evidence));
        return o;
    }

    QJsonObject receptors(const CurrentReceptors& r) const
    {
        QJsonObject o{{QStringLiteral("er"), polarityCode(r.er)},
                      {QStringLiteral("her2"), polarityCode(r.her2)},
                      {QStringLiteral("her2_category"), her2CategoryCode(r.her2Category)}};
        if (r.erPercent)
            o.insert(QStringLiteral("er_percent"), *r.erPercent);
        if (r.prCategory != ReceptorStatus::Unrecorded)
            o.insert(QStringLiteral("pr"), toCode(r.prCategory));
        if (r.prPercent)
            o.insert(QStringLiteral("pr_percent"), *r.prPercent);
        if (r.her2Ihc != Her2Ihc::Unrecorded)
            o.insert(QStringLiteral("her2_ihc"), toCode(r.her2Ihc));
        if (r.her2Ish != Her2Ish::Unrecorded)
            o.insert(QStringLiteral("her2_ish"), toCode(r.her2Ish));
        for (const auto& [key, source] : {std::pair{"er_source", r.erSource}, std::pair{"pr_source", r.prSource},
                                          std::pair{"her2_source", r.her2Source}})
            if (source)
                o.insert(QLatin1String(key), refs({*source}).first());
        return o;
    }

private:
    const Language& m_language;
    const Knowledge& m_knowledge;
};

}  // namespace

QJsonObject assessmentToJson(const Assessment& a, const Language& language, const Knowledge& knowledge)
{
    const Writer w(language, knowledge);
    QJsonObject o{{QStringLiteral("format"), QLatin1String(kAssessmentFormat)},
                  {QStringLiteral("patient"), a.mrn},
                  {QStringLiteral("as_of"), dates::toIso(a.asOf)},
                  {QStringLiteral("jurisdiction"), toCode(a.jurisdiction)},
                  {QStringLiteral("knowledge_version"), a.knowledgeVersion},
                  {QStringLiteral("knowledge_last_verified"), dateOrNull(a.knowledgeLastVerified)},
                  {QStringLiteral("language"), language.code()},
                  {QStringLiteral("advanced_disease"), a.advancedDisease},
                  {QStringLiteral("advanced_disease_text"), w.text(a.advancedBasis)},
                  {QStringLiteral("relapse"), dateOrNull(a.relapse)},
                  {QStringLiteral("latest_progression"), dateOrNull(a.latestProgression)},
                  {QStringLiteral("deceased"), dateOrNull(a.deceased)}};
    QJsonArray lines;
    for (const AdvancedLine& l : a.advancedLines) {
        QJsonObject x{{QStringLiteral("number"), l.number},
                      {QStringLiteral("start"), dates::toIso(l.start)},
                      {QStringLiteral("end"), dateOrNull(l.end)},
                      {QStringLiteral("drugs"), QJsonArray::fromStringList(l.drugs)},
                      {QStringLiteral("endocrine"), l.endocrine ? QJsonValue(*l.endocrine) : QJsonValue()},
                      {QStringLiteral("cdk46i"), l.cdk46i},
                      {QStringLiteral("progression"), dateOrNull(l.progression)},
                      {QStringLiteral("record"), refs({l.line}).first()}};
        if (l.numberOverride)
            x.insert(QStringLiteral("number_override"), *l.numberOverride);
        lines << x;
    }
    o.insert(QStringLiteral("advanced_lines"), lines);
    o.insert(QStringLiteral("receptors"), w.receptors(a.receptors));
    o.insert(QStringLiteral("esr1"), QJsonObject{{QStringLiteral("state"), esr1StateCode(a.esr1)},
                                                 {QStringLiteral("date"), dateOrNull(a.esr1Date)}});
    o.insert(QStringLiteral("endocrine_resistance"), w.resistance(a.resistance));
    QJsonArray options;
    for (const OptionCard& c : a.options)
        options << w.option(c);
    o.insert(QStringLiteral("options"), options);
    w.notes(o, QStringLiteral("actions"), a.actions);
    w.notes(o, QStringLiteral("info"), a.info);
    w.notes(o, QStringLiteral("receptor_flags"), a.receptorFlags);
    o.insert(QStringLiteral("evidence"), w.evidence(a.evidence));
    return o;
}

}  // namespace onco::rules
