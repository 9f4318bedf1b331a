#pragma once

#include "core/domain/Receptors.h"

#include <QDate>
#include <QString>

#include <optional>

namespace onco {

/** The primary breast cancer (mCODE PrimaryCancerCondition with its staging and receptors). */
struct Diagnosis
{
    qint64 id = 0;
    qint64 patientId = 0;
    QDate date;
    QString laterality;  ///< left, right, bilateral (free text in the case format)
    QString histology;
    std::optional<int> grade;  ///< 1–3
    QString tnmT;
    QString tnmN;
    QString tnmM;
    QString stage;  ///< AJCC 8 stage group, e.g. IIA, IV
    std::optional<bool> deNovoMetastatic;
    Receptors receptors;

    bool operator==(const Diagnosis&) const = default;
};

/** A later biopsy (of a recurrence or metastasis) with its own receptors. */
struct Biopsy
{
    qint64 id = 0;
    qint64 patientId = 0;
    QDate date;
    QString site;
    Receptors receptors;
    QString note;

    bool operator==(const Biopsy&) const = default;
};

}  // namespace onco
