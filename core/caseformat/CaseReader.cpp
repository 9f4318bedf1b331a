#include "core/caseformat/CaseReader.h"

#include "core/util/Dates.h"

#include <cmath>

namespace onco {

void CaseReader::checkKeys(const QJsonObject& o, const QString& path, std::initializer_list<const char*> allowed)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        bool known = false;
        for (const char* key : allowed)
            known = known || it.key() == QLatin1String(key);
        if (!known)
            error(path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), tr("unknown key"));
    }
}

void CaseReader::checkKeys(const QJsonObject& o, const QString& path, const QStringList& allowed)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!allowed.contains(it.key()))
            error(path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), tr("unknown key"));
}

std::optional<QString> CaseReader::codeValue(const QJsonValue& v, const QString& p, const QStringList& codes)
{
    if (!v.isString()) {
        error(p, tr("expected one of %1").arg(codes.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    const QString code = v.toString();
    if (code.isEmpty() || !codes.contains(code)) {
        error(p, tr("\"%1\" is not one of %2").arg(code, codes.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return code;
}

std::optional<QJsonObject> CaseReader::object(const QJsonObject& o, const char* key, const QString& path, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            error(join(path, key), tr("is required"));
        return std::nullopt;
    }
    if (!v.isObject()) {
        error(join(path, key), tr("expected an object"));
        return std::nullopt;
    }
    return v.toObject();
}

QJsonArray CaseReader::array(const QJsonObject& o, const char* key, const QString& path)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        error(join(path, key), tr("expected an array"));
        return {};
    }
    return v.toArray();
}

QJsonObject CaseReader::asObject(const QJsonValue& v, const QString& path)
{
    if (!v.isObject()) {
        error(path, tr("expected an object"));
        return {};
    }
    return v.toObject();
}

QString CaseReader::string(const QJsonObject& o, const char* key, const QString& path, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            error(join(path, key), tr("is required"));
        return {};
    }
    if (!v.isString()) {
        error(join(path, key), tr("expected a string"));
        return {};
    }
    const QString s = v.toString().trimmed();
    if (required && s.isEmpty())
        error(join(path, key), tr("must not be empty"));
    if (s.size() > 2000)
        error(join(path, key), tr("is too long (%1 characters; at most 2000)").arg(s.size()));
    return s;
}

QDate CaseReader::date(const QJsonObject& o, const char* key, const QString& path, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            error(join(path, key), tr("is required"));
        return {};
    }
    if (!v.isString()) {
        error(join(path, key), tr("expected a date (YYYY-MM-DD)"));
        return {};
    }
    const QDate d = dates::parseIso(v.toString());
    if (!d.isValid())
        error(join(path, key), tr("\"%1\" is not a date").arg(v.toString().left(40)));
    return d;
}

std::optional<double> CaseReader::number(const QJsonObject& o, const char* key, const QString& path, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            error(join(path, key), tr("is required"));
        return std::nullopt;
    }
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || std::abs(v.toDouble()) > 1e12) {
        error(join(path, key), tr("expected a number"));
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<int> CaseReader::integer(const QJsonObject& o, const char* key, const QString& path, int min, int max)
{
    const auto n = number(o, key, path);
    if (!n)
        return std::nullopt;
    if (*n != std::floor(*n) || *n < min || *n > max) {
        error(join(path, key), tr("expected a whole number from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return int(*n);
}

std::optional<bool> CaseReader::boolean(const QJsonObject& o, const char* key, const QString& path)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        error(join(path, key), tr("expected true or false"));
        return std::nullopt;
    }
    return v.toBool();
}

}  // namespace onco
