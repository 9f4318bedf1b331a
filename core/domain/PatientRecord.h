#pragma once

#include "core/domain/Diagnosis.h"
#include "core/domain/DiseaseEvent.h"
#include "core/domain/Patient.h"
#include "core/domain/Results.h"
#include "core/domain/TherapyLine.h"

#include <QList>

#include <optional>

namespace onco {

/** Everything recorded about one patient: the snapshot the rules, the UI and the exporters read. */
struct PatientRecord
{
    Patient patient;
    std::optional<Diagnosis> diagnosis;
    QList<Biopsy> biopsies;
    QList<DiseaseEvent> events;
    QList<TherapyLine> therapies;
    QList<MarkerResult> markers;
    QList<GeneticResult> genomics;
    QList<Medication> medications;

    bool operator==(const PatientRecord&) const = default;
};

// ---- The record kinds: this list is the one place that names them ----
// Storage (tables, repositories of every backend), the audit trail, the case-file codec, import/replace, the
// generator and the generic validation all iterate over it. Adding a kind: its struct (a domain header), a member
// of PatientRecord and a line below, and its field table in RecordFields.cpp (see ARCHITECTURE.md).

/** The kinds a patient owns, as a list: X(Type, table, audit entity, order of rows, PatientRecord member). */
#define ONCO_LIST_RECORD_KINDS(X)                                                                                      \
    X(Biopsy, "biopsies", "biopsy", "date, id", biopsies)                                                              \
    X(DiseaseEvent, "disease_events", "event", "date, id", events)                                                     \
    X(TherapyLine, "therapy_lines", "therapy_line", "start, id", therapies)                                            \
    X(MarkerResult, "marker_results", "marker", "date, id", markers)                                                   \
    X(GeneticResult, "genetic_results", "genetic_result", "date, id", genomics)                                        \
    X(Medication, "medications", "medication", "start, id", medications)

/** Every kind a patient owns: the diagnosis (at most one) and the list kinds. */
#define ONCO_OWNED_RECORD_KINDS(X)                                                                                     \
    X(Diagnosis, "diagnoses", "diagnosis", "id", diagnosis)                                                            \
    ONCO_LIST_RECORD_KINDS(X)

/** Table, audit entity name, row order and case-file key of each stored kind. */
template <typename T> struct RecordKind;

template <> struct RecordKind<Patient>
{
    static constexpr const char* table = "patients";
    static constexpr const char* entity = "patient";
    static constexpr const char* order = "id";
    static constexpr bool owned = false;
};

#define ONCO_RECORD_KIND(Type, tableName, entityName, orderBy, member)                                                 \
    template <> struct RecordKind<Type>                                                                                \
    {                                                                                                                  \
        static constexpr const char* table = tableName;                                                                \
        static constexpr const char* entity = entityName;                                                              \
        static constexpr const char* order = orderBy;                                                                  \
        static constexpr const char* key = #member;                                                                    \
        static constexpr bool owned = true;                                                                            \
        static constexpr auto list = &PatientRecord::member;                                                           \
    };
ONCO_OWNED_RECORD_KINDS(ONCO_RECORD_KIND)
#undef ONCO_RECORD_KIND

/** Calls `f(T{})` for each list kind, in case-file order. */
template <typename F> void forEachListKind(F&& f)
{
#define ONCO_CALL(Type, ...) f(Type{});
    ONCO_LIST_RECORD_KINDS(ONCO_CALL)
#undef ONCO_CALL
}

}  // namespace onco
