#pragma once

#include "core/domain/PatientRecord.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace onco {

/** What kind of value a field holds; decides how it is written to a database column and to a case file. */
enum class FieldType {
    Text,      ///< QString (empty is absent)
    Date,      ///< QDate, ISO text (invalid is absent)
    Code,      ///< an enumeration, stored as its case-format code ("" / Unrecorded is absent)
    Bool,      ///< bool or optional<bool>, stored 0/1
    Integer,   ///< int or optional<int>
    Real,      ///< double or optional<double>
    TextList,  ///< QStringList, stored as a JSON array
    CodeList,  ///< a list of an enumeration, stored as a JSON array of codes (empty is absent)
};

/**
 * One field of a record kind: its name (the database column and the case-file key, which are the same), its type,
 * and how to read and write it as a stored value (a null QVariant is absent). The field tables drive the SQL
 * mapping of every backend, the audit trail's JSON, the case-file codec and the generic validation.
 */
template <typename T> struct Field
{
    const char* name;
    FieldType type;
    std::function<QVariant(const T&)> get;
    std::function<void(T&, const QVariant&)> set;
    bool required = false;  ///< the case file and the dialogs must give it
    QStringList codes;      ///< Code / CodeList: the valid codes
    int min = 0, max = 0;   ///< Integer: the valid range when min < max
};

/** The data fields of a kind (not `id`, not `patient_id`), in table order. Defined in RecordFields.cpp. */
template <typename T> const QList<Field<T>>& fields();

/** Fields read with the record but written only by storage (Patient's `updated_at`). */
template <typename T> const QList<Field<T>>& storageFields()
{
    static const QList<Field<T>> none;
    return none;
}
template <> const QList<Field<Patient>>& storageFields();

/** The record as a JSON object of its fields' stored values (the audit trail). */
template <typename T> QJsonObject toAuditJson(const T& value)
{
    QJsonObject o;
    for (const auto& f : fields<T>())
        o.insert(QLatin1String(f.name), QJsonValue::fromVariant(f.get(value)));
    return o;
}

}  // namespace onco
