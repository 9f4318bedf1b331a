#pragma once

#include "core/domain/PatientRecord.h"

#include <QJsonObject>
#include <QList>
#include <QVariant>

#include <functional>
#include <span>

namespace onco {

/** One database column of an entity: how to read it from and write it into the value type. */
template <typename T> struct Column
{
    const char* name;
    std::function<QVariant(const T&)> get;  ///< a null QVariant is SQL NULL
    std::function<void(T&, const QVariant&)> set;
};

/** Table name, audit entity name and row order of each stored entity. */
template <typename T> struct EntityTraits;

#define ONCO_ENTITY(Type, tableName, entityName, orderBy)                                                              \
    template <> struct EntityTraits<Type>                                                                              \
    {                                                                                                                  \
        static constexpr const char* table = tableName;                                                                \
        static constexpr const char* entity = entityName;                                                              \
        static constexpr const char* order = orderBy;                                                                  \
    };
ONCO_ENTITY(Patient, "patients", "patient", "id")
ONCO_ENTITY(Diagnosis, "diagnoses", "diagnosis", "id")
ONCO_ENTITY(Biopsy, "biopsies", "biopsy", "date, id")
ONCO_ENTITY(DiseaseEvent, "disease_events", "event", "date, id")
ONCO_ENTITY(TherapyLine, "therapy_lines", "therapy_line", "start, id")
ONCO_ENTITY(MarkerResult, "marker_results", "marker", "date, id")
ONCO_ENTITY(GeneticResult, "genetic_results", "genetic_result", "date, id")
ONCO_ENTITY(Medication, "medications", "medication", "start, id")
#undef ONCO_ENTITY

/** Columns that are read with the entity but written only by the storage layer (timestamps). */
template <typename T> const QList<Column<T>>& readOnlyColumns()
{
    static const QList<Column<T>> none;
    return none;
}
template <> const QList<Column<Patient>>& readOnlyColumns();

/** The data columns of an entity (not `id`, not `patient_id`). Defined in EntityMapping.cpp. */
template <typename T> const QList<Column<T>>& columns();

/** The entity as a JSON object of its columns (for the audit trail). */
template <typename T> QJsonObject toAuditJson(const T& value)
{
    QJsonObject o;
    for (const auto& c : columns<T>())
        o.insert(QLatin1String(c.name), QJsonValue::fromVariant(c.get(value)));
    return o;
}

}  // namespace onco
