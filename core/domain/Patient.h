#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace onco {

/** Who the patient is (mCODE CancerPatient plus what the rules read about her). */
struct Patient
{
    qint64 id = 0;
    QString mrn;
    QString outpatientNumber;
    QString inpatientNumber;
    QString name;          ///< Chinese name as written
    QString namePinyin;    ///< derived from `name` (ICU Han-Latin), lower case, syllables separated by spaces
    QString nameInitials;  ///< derived: first letter of each pinyin syllable ("zw" for 张伟)
    QString nameLatin;     ///< Latin-script name (passport spelling)
    Sex sex = Sex::Unrecorded;
    QDate birthDate;
    MenopausalStatus menopausalStatus = MenopausalStatus::Unrecorded;
    QString menopausalEvidence;
    std::optional<bool> bilateralOophorectomy;
    QDate bilateralOophorectomyDate;
    ChildPugh childPugh = ChildPugh::Unrecorded;
    std::optional<bool> visceralCrisis;
    QString idCard;
    QString phone;
    bool archived = false;
    QDateTime updatedAt;  ///< last change of anything in the record (UTC)

    bool operator==(const Patient&) const = default;
};

}  // namespace onco
