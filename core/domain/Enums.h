#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace onco {

// Every enumeration of the case format (case-format.md §1). `Unrecorded` is "absent in the
// file / not entered"; it is distinct from an explicit `unknown` where the format has one.

enum class Sex { Unrecorded, Female, Male };
enum class MenopausalStatus { Unrecorded, Premenopausal, Perimenopausal, Postmenopausal, Unknown };
enum class ChildPugh { Unrecorded, A, B, C };
enum class ReceptorStatus { Unrecorded, Positive, Negative, Unknown };
enum class Her2Ihc { Unrecorded, Zero, Ultralow, One, Two, Three, Unknown };
enum class Her2Ish { Unrecorded, Negative, Positive, NotDone };
enum class EventType { Recurrence, Progression, Response, Surgery, Radiotherapy, Death, Other };
enum class Extent { Unrecorded, Local, Regional, Distant, LocallyAdvancedUnresectable };
enum class Evidence { Unrecorded, Imaging, Clinical, Pathology, TumorMarker };
enum class Site { Bone, Lung, Liver, Brain, LymphNode, Pleura, Skin, SoftTissue, Breast, ChestWall, Other };
enum class Setting { Neoadjuvant, Adjuvant, Advanced };
enum class StopReason { Unrecorded, Completed, Progression, Toxicity, PatientChoice, Other };
enum class BestResponse { Unrecorded, Complete, Partial, Stable, Progressive, NotEvaluable };
enum class GeneticOutcome { Mutated, NotDetected, Indeterminate };
enum class Specimen { Unrecorded, Tissue, Plasma };
enum class Origin { Unrecorded, Somatic, Germline };
enum class Jurisdiction { UsFda, EuEma, CnNmpa, Hk };

/** One value of an enumeration: its code in files and the database, and its display label. */
template <typename E> struct EnumEntry
{
    E value;
    const char* code;   ///< as in case-format.md; empty for Unrecorded
    const char* label;  ///< English display text, translated in context "Enums"
};

/** Specialised for every enumeration in EnumTables.cpp. */
template <typename E> std::span<const EnumEntry<E>> enumEntries();

/** The file/database code of a value ("" for Unrecorded). */
template <typename E> QString toCode(E value)
{
    for (const auto& e : enumEntries<E>())
        if (e.value == value)
            return QString::fromLatin1(e.code);
    return {};
}

/** The value of a code, exact match; nullopt for an unknown code. An empty code is Unrecorded when the type has it. */
template <typename E> std::optional<E> fromCode(const QString& code)
{
    for (const auto& e : enumEntries<E>())
        if (code == QLatin1String(e.code))
            return e.value;
    return std::nullopt;
}

/** All non-empty codes, for messages and pickers. */
template <typename E> QStringList allCodes()
{
    QStringList codes;
    for (const auto& e : enumEntries<E>())
        if (*e.code)
            codes << QString::fromLatin1(e.code);
    return codes;
}

/** The display label in the current UI language. */
template <typename E> QString displayName(E value)
{
    for (const auto& e : enumEntries<E>())
        if (e.value == value)
            return QCoreApplication::translate("Enums", e.label);
    return {};
}

/** The untranslated English display label (for a translator of another language). */
template <typename E> const char* sourceLabel(E value)
{
    for (const auto& e : enumEntries<E>())
        if (e.value == value)
            return e.label;
    return "";
}

}  // namespace onco
