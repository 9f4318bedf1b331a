#pragma once

#include "core/storage/PatientSearch.h"
#include "core/storage/StoredAssessment.h"

#include <QHash>

namespace onco::patientlist {

/** The patient list's view of stored assessments, per patient: "drug:status" codes (option, not_option,
 *  needs_information), "drug:FLAG" codes and the due action codes, for the list to render in plain words. */
QHash<qint64, ListAssessment> listAssessments(const QList<assessments::StoredAssessment>& stored);

/** The oral SERD rank the list sorts by (0 most pressing … 4 not an option; 5 = no stored assessment): an option to
 *  act on now, then already taking one, then an option for the next change of therapy, then needs information, then
 *  not an option. The store's sort (PatientSearch) keeps in step with it. */
int serdRank(const ListAssessment& assessment);

}  // namespace onco::patientlist
