#include "core/knowledge/Knowledge.h"

#include "core/util/Dates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <utility>

namespace onco {

namespace {

constexpr std::array<std::pair<DrugClass, const char*>, 16> kClassCodes{{
    {DrugClass::AI, "AI"},
    {DrugClass::SERM, "SERM"},
    {DrugClass::SerdInj, "SERD_INJ"},
    {DrugClass::SerdOral, "SERD_ORAL"},
    {DrugClass::Cdk46i, "CDK46I"},
    {DrugClass::Ofs, "OFS"},
    {DrugClass::Chemo, "CHEMO"},
    {DrugClass::AntiHer2, "ANTI_HER2"},
    {DrugClass::Adc, "ADC"},
    {DrugClass::Parp, "PARP"},
    {DrugClass::Mtor, "MTOR"},
    {DrugClass::Pi3k, "PI3K"},
    {DrugClass::Akt, "AKT"},
    {DrugClass::Hdac, "HDAC"},
    {DrugClass::Progestin, "PROGESTIN"},
    {DrugClass::Bone, "BONE"},
}};

constexpr std::array<std::pair<CypEffect, const char*>, 4> kEffectCodes{{
    {CypEffect::StrongInhibitor, "strong_inhibitor"},
    {CypEffect::ModerateInhibitor, "moderate_inhibitor"},
    {CypEffect::StrongInducer, "strong_inducer"},
    {CypEffect::ModerateInducer, "moderate_inducer"},
}};

constexpr std::array<std::pair<LabelPopulation, const char*>, 2> kPopulationCodes{{
    {LabelPopulation::PostmenopausalWomenAndMen, "postmenopausal_women_and_men"},
    {LabelPopulation::Adults, "adults"},
}};

template <typename E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<E, const char*>, N>& table, const QString& code)
{
    for (const auto& [value, text] : table)
        if (code == QLatin1String(text))
            return value;
    return std::nullopt;
}

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    for (const auto& v : value.toArray())
        out << v.toString();
    return out;
}

QString markerKey(const QString& analyte)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-._]"));
    QString key = analyte.toLower();
    key.remove(separators);
    return key;
}

int editDistance(const QString& a, const QString& b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

Error bad(const QString& what)
{
    return {ErrorKind::InvalidInput, QStringLiteral("knowledge data: %1").arg(what)};
}

}  // namespace

bool Drug::isEndocrine() const
{
    return drugClass == DrugClass::AI || drugClass == DrugClass::SERM || drugClass == DrugClass::SerdInj ||
           drugClass == DrugClass::SerdOral;
}

QString Drug::displayName(const QString& language) const
{
    return language.startsWith(QLatin1String("zh")) && !zh.isEmpty() ? zh : name;
}

namespace {

template <typename E, std::size_t N> QStringList codesOf(const std::array<std::pair<E, const char*>, N>& table)
{
    QStringList out;
    for (const auto& entry : table)
        out << QString::fromLatin1(entry.second);
    return out;
}

}  // namespace

QStringList drugClassCodes()
{
    return codesOf(kClassCodes);
}

QStringList cypEffectCodes()
{
    return codesOf(kEffectCodes);
}

QStringList labelPopulationCodes()
{
    return codesOf(kPopulationCodes);
}

DrugTraits Knowledge::traits(const QString& name) const
{
    DrugTraits t;
    if ((t.drug = drug(name))) {
        t.drugClass = t.drug->drugClass;
        t.et = t.drug->isEndocrine();
        t.oralSerd = t.drug->drugClass == DrugClass::SerdOral;
        t.cdk46i = t.drug->drugClass == DrugClass::Cdk46i;
        return t;
    }
    if (!looksInvestigational(name))
        return t;
    t.agent = parseInvestigational(name).agent;
    if (!t.agent)
        return t;
    const InvestigationalAgent& a = *t.agent;
    if (a.single()) {
        static const QHash<unsigned, DrugClass> kSingle{{InvestigationalAgent::AI, DrugClass::AI},
                                                        {InvestigationalAgent::SERM, DrugClass::SERM},
                                                        {InvestigationalAgent::SerdInj, DrugClass::SerdInj},
                                                        {InvestigationalAgent::SerdOral, DrugClass::SerdOral},
                                                        {InvestigationalAgent::Cdk46i, DrugClass::Cdk46i}};
        if (kSingle.contains(a.classes))
            t.drugClass = kSingle.value(a.classes);  // [OTHER]: no class, not ET
    }
    t.et = a.certainlyEt();
    t.possiblyEt = a.possiblyEt();
    t.oralSerd = a.single() && a.has(InvestigationalAgent::SerdOral);
    t.possibleOralSerd = !a.single() && a.has(InvestigationalAgent::SerdOral);
    t.cdk46i = a.single() && a.has(InvestigationalAgent::Cdk46i);
    t.possibleCdk46i = !a.single() && a.has(InvestigationalAgent::Cdk46i);
    return t;
}

QString drugClassCode(DrugClass drugClass)
{
    for (const auto& [value, text] : kClassCodes)
        if (value == drugClass)
            return QString::fromLatin1(text);
    return {};
}

const Knowledge& Knowledge::builtin()
{
    static const Knowledge knowledge = [] {
        QFile file(QStringLiteral(":/knowledge/knowledge.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the built-in knowledge data is missing from the program's resources");
        auto loaded = fromJson(file.readAll());
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().message));
        return std::move(loaded).value();
    }();
    return knowledge;
}

Result<Knowledge> Knowledge::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return bad(parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("oncocase-knowledge/1"))
        return bad(QStringLiteral("unknown format"));

    Knowledge k;
    k.m_raw = json;
    k.m_version = root.value(QLatin1String("version")).toString();
    k.m_lastVerified = dates::parseIso(root.value(QLatin1String("last_verified")).toString());
    if (k.m_version.isEmpty() || !k.m_lastVerified.isValid())
        return bad(QStringLiteral("version or last_verified missing"));

    for (const auto& v : root.value(QLatin1String("drugs")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto cls = lookup(kClassCodes, o.value(QLatin1String("class")).toString());
        if (!cls)
            return bad(QStringLiteral("drug %1 has an unknown class").arg(o.value(QLatin1String("name")).toString()));
        Drug d{o.value(QLatin1String("name")).toString(), o.value(QLatin1String("zh")).toString(), *cls,
               stringList(o.value(QLatin1String("aliases")))};
        const int index = int(k.m_drugs.size());
        k.m_drugIndex.insert(d.name.toLower(), index);
        if (!d.zh.isEmpty())
            k.m_drugIndex.insert(d.zh, index);
        for (const auto& alias : d.aliases)
            k.m_drugIndex.insert(alias.toLower(), index);
        k.m_drugs << d;
    }
    for (const auto& v : root.value(QLatin1String("cyp3a4")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto effect = lookup(kEffectCodes, o.value(QLatin1String("effect")).toString());
        if (!effect)
            return bad(QStringLiteral("CYP3A4 entry with an unknown effect"));
        k.m_cyp << CypEntry{o.value(QLatin1String("name")).toString(), o.value(QLatin1String("zh")).toString(),
                            stringList(o.value(QLatin1String("aliases"))), *effect};
    }
    for (const auto& v : root.value(QLatin1String("markers")).toArray()) {
        const QJsonObject o = v.toObject();
        k.m_markers << MarkerInfo{
            o.value(QLatin1String("analyte")).toString(), o.value(QLatin1String("label")).toString(),
            o.value(QLatin1String("zh")).toString(),      o.value(QLatin1String("unit")).toString(),
            o.value(QLatin1String("uln")).toDouble(),     stringList(o.value(QLatin1String("aliases")))};
    }
    for (const auto& v : root.value(QLatin1String("approvals")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto j = fromCode<Jurisdiction>(o.value(QLatin1String("jurisdiction")).toString());
        if (!j)
            return bad(QStringLiteral("approval with an unknown jurisdiction"));
        k.m_approvals << Approval{o.value(QLatin1String("drug")).toString(),
                                  *j,
                                  o.value(QLatin1String("approved")).toBool(),
                                  dates::parseIso(o.value(QLatin1String("date")).toString()),
                                  o.value(QLatin1String("verified")).toBool(),
                                  o.value(QLatin1String("source")).toString(),
                                  dates::parseIso(o.value(QLatin1String("last_verified")).toString())};
    }
    if (auto s = k.readLabels(root); !s)
        return s.error();
    if (k.m_drugs.isEmpty())
        return bad(QStringLiteral("empty drug catalogue"));
    return k;
}

const Drug* Knowledge::drug(const QString& name) const
{
    const QString key = name.trimmed();
    auto it = m_drugIndex.constFind(key.toLower());
    if (it == m_drugIndex.constEnd())
        it = m_drugIndex.constFind(key);
    return it == m_drugIndex.constEnd() ? nullptr : &m_drugs[*it];
}

QString Knowledge::suggestDrug(const QString& unknown) const
{
    const QString key = unknown.trimmed().toLower();
    if (key.isEmpty())
        return {};
    // Chinese names that differ in a character are different drugs (卡米司群 is not 艾拉司群): no guess at all.
    if (std::any_of(key.begin(), key.end(), [](QChar c) { return c.script() == QChar::Script_Han; }))
        return {};
    QString best;
    const Drug* bestDrug = nullptr;
    int bestDistance = std::max(2, int(key.size()) / 3) + 1;
    for (auto it = m_drugIndex.constBegin(); it != m_drugIndex.constEnd(); ++it) {
        const int d = editDistance(key, it.key());
        if (d < bestDistance) {
            bestDistance = d;
            bestDrug = &m_drugs[*it];
        }
    }
    // A suggestion must never turn one oral SERD into another (or an unknown one into a known one): an oral SERD is
    // offered only for a slip of one letter.
    if (bestDrug && bestDrug->drugClass == DrugClass::SerdOral && bestDistance > 1)
        return {};
    if (bestDrug)
        best = bestDrug->name;
    return best;
}

namespace {

/** A medicine name as it is compared: full width and compatibility forms folded (NFKC), lower case, apostrophes
 *  (straight or curly) and full stops dropped, every other punctuation and space a single space. "St. John’s
 *  Wort", "ST JOHNS WORT" and "ｓｔ ｊｏｈｎ'ｓ ｗｏｒｔ" all read "st johns wort". */
QString medicineKey(const QString& name)
{
    const QString folded = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        if (c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC) ||
            c == QLatin1Char('.'))
            continue;
        out += c.isLetterOrNumber() || c.isMark() ? c : QLatin1Char(' ');
    }
    return out.simplified();
}

bool hasHan(const QString& s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

/** `name` stands in `key` as whole words (both keys); a Chinese name anywhere in it. */
bool mentions(const QString& key, const QString& name)
{
    if (name.isEmpty())
        return false;
    if (hasHan(name))
        return key.contains(name);
    const QString padded = QLatin1Char(' ') + key + QLatin1Char(' ');
    return padded.contains(QLatin1Char(' ') + name + QLatin1Char(' '));
}

}  // namespace

QList<const CypEntry*> Knowledge::matchCyp3a4(const QString& medication) const
{
    const QString key = medicineKey(medication);
    QList<const CypEntry*> matches;
    for (const auto& entry : m_cyp) {
        QStringList names{entry.name, entry.zh};
        names << entry.aliases;
        if (std::any_of(names.begin(), names.end(), [&](const QString& n) { return mentions(key, medicineKey(n)); }))
            matches << &entry;
    }
    return matches;
}

const MarkerInfo* Knowledge::marker(const QString& analyte) const
{
    const QString key = markerKey(analyte);
    for (const auto& m : m_markers) {
        if (markerKey(m.analyte) == key)
            return &m;
        for (const auto& alias : m.aliases)
            if (markerKey(alias) == key)
                return &m;
    }
    return nullptr;
}

Status Knowledge::readLabels(const QJsonObject& root)
{
    for (const auto& v : root.value(QLatin1String("labels")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto j = fromCode<Jurisdiction>(o.value(QLatin1String("jurisdiction")).toString());
        const auto population = lookup(kPopulationCodes, o.value(QLatin1String("population")).toString());
        const QString drug = o.value(QLatin1String("drug")).toString();
        if (!j || !population || !this->drug(drug))
            return bad(QStringLiteral("label of \"%1\": unknown drug, jurisdiction or population").arg(drug));
        m_labels << Label{drug,
                          *j,
                          *population,
                          stringList(o.value(QLatin1String("criteria"))),
                          stringList(o.value(QLatin1String("flags"))),
                          o.value(QLatin1String("source")).toString()};
    }
    for (const auto& v : root.value(QLatin1String("ddi")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto j = fromCode<Jurisdiction>(o.value(QLatin1String("jurisdiction")).toString());
        if (!j)
            return bad(QStringLiteral("CYP3A4 label text with an unknown jurisdiction"));
        m_ddi << DdiText{o.value(QLatin1String("drug")).toString(), *j, o.value(QLatin1String("en")).toString(),
                         o.value(QLatin1String("zh")).toString(), o.value(QLatin1String("source")).toString()};
    }
    for (const auto& v : root.value(QLatin1String("evidence")).toArray()) {
        const QJsonObject o = v.toObject();
        EvidenceItem e{o.value(QLatin1String("id")).toString(),         o.value(QLatin1String("drug")).toString(),
                       o.value(QLatin1String("shown_with")).toString(), o.value(QLatin1String("en")).toString(),
                       o.value(QLatin1String("zh")).toString(),         stringList(o.value(QLatin1String("sources")))};
        if (e.id.isEmpty() || e.en.isEmpty())
            return bad(QStringLiteral("evidence entry without id or text"));
        m_evidence << e;
    }
    return {};
}

QList<const Label*> Knowledge::labels(Jurisdiction jurisdiction) const
{
    QList<const Label*> out;
    for (const auto& l : m_labels)
        if (l.jurisdiction == jurisdiction)
            out << &l;
    return out;
}

const DdiText* Knowledge::ddi(const QString& drug, Jurisdiction jurisdiction) const
{
    for (const auto& d : m_ddi)
        if (d.drug == drug && d.jurisdiction == jurisdiction)
            return &d;
    return nullptr;
}

const Approval* Knowledge::approval(const QString& drug, Jurisdiction jurisdiction) const
{
    for (const auto& a : m_approvals)
        if (a.drug == drug && a.jurisdiction == jurisdiction)
            return &a;
    return nullptr;
}

}  // namespace onco
