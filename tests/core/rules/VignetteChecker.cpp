#include "tests/core/rules/VignetteChecker.h"

#include "tests/support/TestSupport.h"

#include <QDir>
#include <QJsonArray>

namespace onco::test {

namespace {

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const auto& x : v.toArray())
        out << x.toString();
    return out;
}

/** `<prefix>_include` / `<prefix>_exclude` of `expected` against the code list `actual`. */
void checkCodes(QStringList& problems, const QString& where, const QJsonObject& expected, const QString& prefix,
                const QJsonValue& actualValue)
{
    const QStringList actual = strings(actualValue);
    if (!actualValue.isArray() && (expected.contains(prefix + QStringLiteral("_include")) ||
                                   expected.contains(prefix + QStringLiteral("_exclude"))))
        problems << QStringLiteral("%1: %2 is missing or not a list").arg(where, prefix);
    for (const QString& code : strings(expected.value(prefix + QStringLiteral("_include"))))
        if (!actual.contains(code))
            problems
                << QStringLiteral("%1: %2 lacks %3 (has %4)").arg(where, prefix, code, actual.join(QLatin1Char(',')));
    for (const QString& code : strings(expected.value(prefix + QStringLiteral("_exclude"))))
        if (actual.contains(code))
            problems << QStringLiteral("%1: %2 must not contain %3").arg(where, prefix, code);
}

QString show(const QJsonValue& v)
{
    if (v.isNull())
        return QStringLiteral("null");
    if (v.isUndefined())
        return QStringLiteral("(absent)");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

void exact(QStringList& problems, const QString& where, const QJsonObject& expected, const QJsonObject& actual,
           const QString& key)
{
    if (!expected.contains(key))
        return;
    const QJsonValue e = expected.value(key);
    const QJsonValue a = actual.value(key);
    if (e != a)
        problems << QStringLiteral("%1.%2: expected %3, got %4").arg(where, key, show(e), show(a));
}

QJsonObject optionOf(const QJsonObject& assessment, const QString& drug)
{
    for (const auto& o : assessment.value(QStringLiteral("options")).toArray())
        if (o.toObject().value(QStringLiteral("drug")).toString() == drug)
            return o.toObject();
    return {};
}

}  // namespace

QStringList checkVignette(const QJsonObject& expected, const QJsonObject& assessment)
{
    QStringList problems;
    exact(problems, QStringLiteral("assessment"), expected, assessment, QStringLiteral("advanced_disease"));
    if (expected.contains(QStringLiteral("endocrine_resistance"))) {
        const QJsonObject e = expected.value(QStringLiteral("endocrine_resistance")).toObject();
        const QJsonObject a = assessment.value(QStringLiteral("endocrine_resistance")).toObject();
        const QString where = QStringLiteral("endocrine_resistance");
        for (const char* key : {"overall", "adjuvant", "first_line", "rule"})
            exact(problems, where, e, a, QLatin1String(key));
        checkCodes(problems, where, e, QStringLiteral("flags"), a.value(QStringLiteral("flags")));
    }
    const QJsonObject options = expected.value(QStringLiteral("options")).toObject();
    for (auto it = options.begin(); it != options.end(); ++it) {
        const QString where = QStringLiteral("options[%1]").arg(it.key());
        const QJsonObject e = it.value().toObject();
        const QJsonObject a = optionOf(assessment, it.key());
        if (a.isEmpty()) {
            problems << QStringLiteral("%1: no option card").arg(where);
            continue;
        }
        exact(problems, where, e, a, QStringLiteral("status"));
        checkCodes(problems, where, e, QStringLiteral("flags"), a.value(QStringLiteral("flags")));
        const QJsonObject criteria = e.value(QStringLiteral("criteria")).toObject();
        for (auto c = criteria.begin(); c != criteria.end(); ++c) {
            QString status = QStringLiteral("(absent)");
            for (const auto& x : a.value(QStringLiteral("criteria")).toArray())
                if (x.toObject().value(QStringLiteral("id")).toString() == c.key())
                    status = x.toObject().value(QStringLiteral("status")).toString();
            if (status != c.value().toString())
                problems << QStringLiteral("%1.criteria[%2]: expected %3, got %4")
                                .arg(where, c.key(), c.value().toString(), status);
        }
    }
    for (const char* prefix : {"actions", "info", "receptor_flags"})
        checkCodes(problems, QStringLiteral("assessment"), expected, QLatin1String(prefix),
                   assessment.value(QLatin1String(prefix)));
    return problems;
}

QStringList vignetteIds()
{
    QStringList ids;
    const QDir dir(dataPath(QStringLiteral("vignettes")));
    for (const QString& name : dir.entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name))
        ids << name.section(QLatin1Char('.'), 0, 0);
    return ids;
}

}  // namespace onco::test
