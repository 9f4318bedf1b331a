#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace onco {

/** One line (regimen) of systemic therapy. Drugs are canonical English catalogue names. */
struct TherapyLine
{
    qint64 id = 0;
    qint64 patientId = 0;
    QDate start;
    QDate end;  ///< null while ongoing
    Setting setting = Setting::Advanced;
    QStringList drugs;
    StopReason stopReason = StopReason::Unrecorded;
    BestResponse bestResponse = BestResponse::Unrecorded;
    std::optional<int> lineNumberOverride;  ///< clinician's advanced-line number, when it differs
    QString note;

    /** Active on `day`: started on or before it and not ended before it. */
    bool isActiveOn(const QDate& day) const { return start <= day && (end.isNull() || day <= end); }

    bool operator==(const TherapyLine&) const = default;
};

/** A concomitant (non-cancer) medication, free text, matched against the CYP3A4 list. */
struct Medication
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString name;
    QDate start;
    QDate end;

    bool isActiveOn(const QDate& day) const { return start <= day && (end.isNull() || day <= end); }

    bool operator==(const Medication&) const = default;
};

}  // namespace onco
