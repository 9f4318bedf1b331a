#pragma once

#include "core/patientlist/PatientDirectory.h"

#include <QCoreApplication>
#include <QString>

namespace onco {

/**
 * What found a row of the patient list, in the UI language (translation context "ListMatchText"): the field the
 * search text matched, with her value of it ("pinyin: zhang wei", "outpatient no.: MZ-2024-0012").
 */
class ListMatchText
{
    Q_DECLARE_TR_FUNCTIONS(ListMatchText)
public:
    /** One matched field with her value of it. */
    static QString reason(patientlist::MatchField field, const Patient& patient);
    /** The strongest reason of the row; empty without a search text. */
    static QString strongest(const PatientListRow& row);
    /** Every reason of the row, one per line. */
    static QString all(const PatientListRow& row);
    /** A long sample text of the column (to size it). */
    static QString sample();
};

}  // namespace onco
