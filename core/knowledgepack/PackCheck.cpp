// checkPack(): every problem of a knowledge pack, each naming its field, before anything is installed.
#include "core/domain/Enums.h"
#include "core/knowledgepack/KnowledgePack.h"
#include "core/knowledgepack/PackText.h"
#include "core/rules/Codes.h"
#include "core/util/Dates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace onco::knowledgepack {

namespace {

QString field(const QString& path, const char* key)
{
    return path.isEmpty() ? QLatin1String(key) : path + QLatin1Char('.') + QLatin1String(key);
}

class Checker
{
public:
    explicit Checker(const QDate& today)
        : m_today(today)
    {}

    QStringList problems;

    void add(const QString& path, const QString& problem) { problems << path + QLatin1String(": ") + problem; }

    QString text(const QJsonObject& o, const QString& path, const char* key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                add(field(path, key), PackText::tr("missing"));
            return {};
        }
        if (!v.isString()) {
            add(field(path, key), PackText::tr("must be text"));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            add(field(path, key), PackText::tr("is empty"));
        return v.toString();
    }

    QDate date(const QJsonObject& o, const QString& path, const char* key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString where = field(path, key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                add(where, PackText::tr("missing"));
            return {};
        }
        const QDate d = dates::parseIso(v.toString());
        if (!d.isValid())
            add(where, PackText::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(v.toVariant().toString()));
        else if (d > m_today)
            add(where, PackText::tr("%1 is after today").arg(d.toString(Qt::ISODate)));
        return d;
    }

    void boolean(const QJsonObject& o, const QString& path, const char* key)
    {
        if (!o.value(QLatin1String(key)).isBool())
            add(field(path, key), PackText::tr("must be true or false"));
    }

    QJsonArray array(const QJsonObject& root, const char* key, bool required)
    {
        const QJsonValue v = root.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray())
            add(QLatin1String(key), PackText::tr("must be a list"));
        return v.toArray();
    }

    void strings(const QJsonObject& o, const QString& path, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isArray()) {
            add(field(path, key), PackText::tr("must be a list of texts"));
            return;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i)
            if (!a[i].isString() || a[i].toString().trimmed().isEmpty())
                add(QStringLiteral("%1[%2]").arg(field(path, key)).arg(i), PackText::tr("must be a non-empty text"));
    }

    std::optional<Jurisdiction> jurisdiction(const QJsonObject& o, const QString& path)
    {
        const QString code = text(o, path, "jurisdiction");
        const auto j = fromCode<Jurisdiction>(code);
        if (!j && !code.isEmpty())
            add(path + QLatin1String(".jurisdiction"),
                PackText::tr("unknown jurisdiction \"%1\" (US-FDA, EU-EMA, CN-NMPA or HK)").arg(code));
        return j;
    }

private:
    QDate m_today;
};

}  // namespace

QStringList checkPack(const QByteArray& json, const QDate& today)
{
    Checker c(today);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {PackText::tr("not JSON: %1 (at byte %2)").arg(parseError.errorString()).arg(parseError.offset)};
    if (!doc.isObject())
        return {PackText::tr("not a knowledge pack: the file is not a JSON object")};
    const QJsonObject root = doc.object();
    const QString format = root.value(QLatin1String("format")).toString();
    if (format != QLatin1String(kFormat))
        return {QStringLiteral("format: ") +
                PackText::tr("\"%1\" is not a knowledge pack format this program reads (%2)")
                    .arg(format, QLatin1String(kFormat))};
    static const QRegularExpression versionPattern(QStringLiteral("^\\d{4}\\.\\d{1,2}\\.\\d{1,3}$"));
    const QString version = c.text(root, QString(), "version");
    if (!version.isEmpty() && !versionPattern.match(version).hasMatch())
        c.add(QStringLiteral("version"), PackText::tr("\"%1\" is not a version such as 2026.12.1").arg(version));
    c.date(root, QString(), "last_verified", true);

    // drugs: names unique across names, aliases and Chinese names
    QSet<QString> names;
    QSet<QString> drugs;
    const QJsonArray drugList = c.array(root, "drugs", true);
    if (drugList.isEmpty())
        c.add(QStringLiteral("drugs"), PackText::tr("the drug catalogue is empty"));
    for (int i = 0; i < drugList.size(); ++i) {
        const QString path = QStringLiteral("drugs[%1]").arg(i);
        const QJsonObject o = drugList[i].toObject();
        const QString name = c.text(o, path, "name");
        const QString cls = c.text(o, path, "class");
        if (!cls.isEmpty() && !drugClassCodes().contains(cls))
            c.add(path + QLatin1String(".class"), PackText::tr("unknown class \"%1\"").arg(cls));
        c.text(o, path, "zh", false);
        c.strings(o, path, "aliases");
        QStringList keys{name.toLower()};
        if (!o.value(QLatin1String("zh")).toString().isEmpty())
            keys << o.value(QLatin1String("zh")).toString();
        for (const auto& a : o.value(QLatin1String("aliases")).toArray())
            keys << a.toString().toLower();
        for (const QString& k : keys) {
            if (k.isEmpty())
                continue;
            if (names.contains(k))
                c.add(path, PackText::tr("the name \"%1\" is already used by another drug").arg(k));
            names.insert(k);
        }
        if (name.toLower().startsWith(QLatin1String("investigational")))
            c.add(path + QLatin1String(".name"), PackText::tr("\"investigational\" is reserved for trial drugs"));
        drugs.insert(name);
    }
    for (const char* section : {"cyp3a4", "markers"}) {
        const QJsonArray list = c.array(root, section, true);
        for (int i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(QLatin1String(section)).arg(i);
            const QJsonObject o = list[i].toObject();
            if (QByteArray(section) == "cyp3a4") {
                c.text(o, path, "name");
                const QString effect = c.text(o, path, "effect");
                if (!effect.isEmpty() && !cypEffectCodes().contains(effect))
                    c.add(path + QLatin1String(".effect"), PackText::tr("unknown effect \"%1\"").arg(effect));
            } else {
                c.text(o, path, "analyte");
                if (!(o.value(QLatin1String("uln")).toDouble() > 0))
                    c.add(path + QLatin1String(".uln"), PackText::tr("must be a number above 0"));
            }
            c.strings(o, path, "aliases");
        }
    }
    auto knownDrug = [&](const QJsonObject& o, const QString& path) {
        const QString drug = c.text(o, path, "drug");
        if (!drug.isEmpty() && !drugs.contains(drug))
            c.add(path + QLatin1String(".drug"), PackText::tr("\"%1\" is not a drug of the catalogue").arg(drug));
        return drug;
    };
    const QJsonArray approvals = c.array(root, "approvals", true);
    QSet<QString> approvalKeys;
    for (int i = 0; i < approvals.size(); ++i) {
        const QString path = QStringLiteral("approvals[%1]").arg(i);
        const QJsonObject o = approvals[i].toObject();
        const QString drug = knownDrug(o, path);
        const auto j = c.jurisdiction(o, path);
        c.boolean(o, path, "approved");
        c.boolean(o, path, "verified");
        c.date(o, path, "date", false);
        c.date(o, path, "last_verified", true);
        c.text(o, path, "source");
        const QString key = drug + QLatin1Char('|') + (j ? toCode(*j) : QString());
        if (j && approvalKeys.contains(key))
            c.add(path, PackText::tr("a second approval of %1 in %2").arg(drug, toCode(*j)));
        approvalKeys.insert(key);
    }
    const QStringList criteria = rules::labelCriterionIds();
    const QStringList flags = rules::labelFlagCodes();
    const QJsonArray labels = c.array(root, "labels", true);
    for (int i = 0; i < labels.size(); ++i) {
        const QString path = QStringLiteral("labels[%1]").arg(i);
        const QJsonObject o = labels[i].toObject();
        knownDrug(o, path);
        c.jurisdiction(o, path);
        const QString population = c.text(o, path, "population");
        if (!population.isEmpty() && !labelPopulationCodes().contains(population))
            c.add(path + QLatin1String(".population"),
                  PackText::tr("unknown population \"%1\" (postmenopausal_women_and_men or adults)").arg(population));
        const QJsonArray cs = o.value(QLatin1String("criteria")).toArray();
        if (cs.isEmpty())
            c.add(path + QLatin1String(".criteria"), PackText::tr("a label needs its criteria"));
        for (int k = 0; k < cs.size(); ++k)
            if (!criteria.contains(cs[k].toString()))
                c.add(QStringLiteral("%1.criteria[%2]").arg(path).arg(k),
                      PackText::tr("unknown criterion \"%1\"").arg(cs[k].toVariant().toString()));
        const QJsonArray fs = o.value(QLatin1String("flags")).toArray();
        for (int k = 0; k < fs.size(); ++k)
            if (!flags.contains(fs[k].toString()))
                c.add(QStringLiteral("%1.flags[%2]").arg(path).arg(k),
                      PackText::tr("unknown label flag \"%1\"").arg(fs[k].toVariant().toString()));
    }
    const QJsonArray ddi = c.array(root, "ddi", false);
    for (int i = 0; i < ddi.size(); ++i) {
        const QString path = QStringLiteral("ddi[%1]").arg(i);
        const QJsonObject o = ddi[i].toObject();
        knownDrug(o, path);
        c.jurisdiction(o, path);
        c.text(o, path, "en");
    }
    const QJsonArray evidence = c.array(root, "evidence", false);
    const QStringList codes = rules::allCodes();
    QSet<QString> ids;
    for (int i = 0; i < evidence.size(); ++i) {
        const QString path = QStringLiteral("evidence[%1]").arg(i);
        const QJsonObject o = evidence[i].toObject();
        const QString id = c.text(o, path, "id");
        if (!id.isEmpty() && ids.contains(id))
            c.add(path + QLatin1String(".id"), PackText::tr("\"%1\" is used twice").arg(id));
        ids.insert(id);
        c.text(o, path, "en");
        if (const QString drug = o.value(QLatin1String("drug")).toString(); !drug.isEmpty() && !drugs.contains(drug))
            c.add(path + QLatin1String(".drug"), PackText::tr("\"%1\" is not a drug of the catalogue").arg(drug));
        if (const QString with = o.value(QLatin1String("shown_with")).toString();
            !with.isEmpty() && !codes.contains(with))
            c.add(path + QLatin1String(".shown_with"), PackText::tr("unknown code \"%1\"").arg(with));
    }
    if (c.problems.isEmpty())
        if (auto k = Knowledge::fromJson(json); !k)
            c.add(QStringLiteral("pack"), k.error().message);
    return c.problems;
}

int compareVersions(const QString& a, const QString& b)
{
    const QStringList pa = a.split(QLatin1Char('.'));
    const QStringList pb = b.split(QLatin1Char('.'));
    for (int i = 0; i < std::max(pa.size(), pb.size()); ++i) {
        const int x = i < pa.size() ? pa[i].toInt() : 0;
        const int y = i < pb.size() ? pb[i].toInt() : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

}  // namespace onco::knowledgepack
