#pragma once

#include "core/patientlist/PatientDirectory.h"

#include <QCoreApplication>
#include <QString>

namespace onco {

class Knowledge;

/**
 * The patient list's assessment columns in plain words in the UI language (translation context
 * "ListAssessmentText"): what the stored summary says about the oral SERDs, and the due actions.
 */
class ListAssessmentText
{
    Q_DECLARE_TR_FUNCTIONS(ListAssessmentText)
public:
    /** The most pressing oral SERD situation: "Option: elacestrant", "Taking elacestrant", "Option at the next
     *  change: elacestrant", "Needs information", "Not an option"; empty without a stored summary. */
    static QString serd(const ListAssessment& a, const Knowledge& knowledge);
    /** Each oral SERD with its status and flags in plain words, one per line. */
    static QString serdDetails(const ListAssessment& a, const Knowledge& knowledge);
    /** The due actions, short: "ESR1 re-test, PIK3CA test". */
    static QString actions(const ListAssessment& a);
    /** The due actions as sentences, one per line. */
    static QString actionDetails(const ListAssessment& a, const Knowledge& knowledge);
    /** One action code, short ("ESR1 re-test"); the code itself when unknown. */
    static QString actionName(const QString& code);
    /** A long sample text of the oral SERD column (to size it). */
    static QString serdSample(const Knowledge& knowledge);
};

}  // namespace onco
