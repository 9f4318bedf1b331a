#pragma once

#include "core/caseformat/CaseCodec.h"
#include "core/domain/Enums.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <initializer_list>

namespace onco {

/** Typed, path-aware access to a JSON object that records every problem instead of stopping at the first. */
class CaseReader
{
    Q_DECLARE_TR_FUNCTIONS(CaseReader)
public:
    explicit CaseReader(QList<CaseError>& errors)
        : m_errors(errors)
    {}

    void error(const QString& path, const QString& message) { m_errors.append({path, message}); }
    int errorCount() const { return int(m_errors.size()); }

    static QString join(const QString& path, const char* key)
    {
        return path.isEmpty() ? QLatin1String(key) : path + QLatin1Char('.') + QLatin1String(key);
    }
    static QString index(const QString& path, qsizetype i) { return QStringLiteral("%1[%2]").arg(path).arg(i); }

    /** Reports keys not in `allowed`. */
    void checkKeys(const QJsonObject& o, const QString& path, std::initializer_list<const char*> allowed);
    void checkKeys(const QJsonObject& o, const QString& path, const QStringList& allowed);
    /** A code out of `codes` (an enumeration's case-format codes). */
    std::optional<QString> codeValue(const QJsonValue& v, const QString& path, const QStringList& codes);
    /** The object at `key`; absent or null gives an empty object (and an error when required). */
    std::optional<QJsonObject> object(const QJsonObject& o, const char* key, const QString& path, bool required);
    /** The array at `key`; absent or null gives an empty array. */
    QJsonArray array(const QJsonObject& o, const char* key, const QString& path);
    QJsonObject asObject(const QJsonValue& v, const QString& path);

    QString string(const QJsonObject& o, const char* key, const QString& path, bool required = false);
    QDate date(const QJsonObject& o, const char* key, const QString& path, bool required = false);
    std::optional<double> number(const QJsonObject& o, const char* key, const QString& path, bool required = false);
    std::optional<int> integer(const QJsonObject& o, const char* key, const QString& path, int min, int max);
    std::optional<bool> boolean(const QJsonObject& o, const char* key, const QString& path);

    template <typename E>
    std::optional<E> enumeration(const QJsonObject& o, const char* key, const QString& path, bool required = false)
    {
        const QString p = join(path, key);
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                error(p, tr("is required"));
            return std::nullopt;
        }
        return enumValue<E>(v, p);
    }

    template <typename E> std::optional<E> enumValue(const QJsonValue& v, const QString& p)
    {
        const auto code = codeValue(v, p, allCodes<E>());
        return code ? fromCode<E>(*code) : std::nullopt;
    }

private:
    QList<CaseError>& m_errors;
};

}  // namespace onco
