#pragma once

#include "core/domain/PatientRecord.h"
#include "core/knowledge/Knowledge.h"
#include "core/rules/Assess.h"

#include <QDate>
#include <QStringList>

#include <gtest/gtest.h>

namespace onco::test {

inline QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

/**
 * Builds a patient record for rule tests: by default a postmenopausal woman born 1960-01-01 with an ER 90 %, HER2 1+
 * early cancer diagnosed 2018-01-10, Child-Pugh A, no visceral crisis and nothing else.
 */
class Rx
{
public:
    Rx();

    Rx& adjuvant(QDate start, QDate end, QStringList drugs, StopReason stop = StopReason::Completed);
    Rx& neoadjuvant(QDate start, QDate end, QStringList drugs, StopReason stop = StopReason::Completed);
    Rx& advanced(QDate start, QDate end, QStringList drugs, StopReason stop = StopReason::Unrecorded);
    Rx& relapse(QDate date, Extent extent = Extent::Distant);
    Rx& progression(QDate date, Evidence evidence = Evidence::Imaging);
    Rx& esr1(QDate date, GeneticOutcome result, QString variant = {}, Specimen specimen = Specimen::Plasma);
    Rx& gene(QDate date, QString gene, GeneticOutcome result, Origin origin = Origin::Somatic);
    Rx& medication(QString name, QDate start, QDate end = {});
    Rx& biopsy(QDate date, Receptors receptors, QString site = QStringLiteral("liver"));
    Rx& receptors(Receptors receptors);  ///< the diagnosis's
    Rx& deNovo();
    Rx& premenopausal();
    Rx& menopause(MenopausalStatus status);
    Rx& born(QDate date);
    Rx& male();
    Rx& oophorectomy(QDate date = {});
    Rx& childPugh(ChildPugh c);
    Rx& visceralCrisis();
    /** ESR1 mutated and the germline BRCA and PIK3CA results on file, so only the rule under test raises actions. */
    Rx& tested(QDate date);

    PatientRecord& record() { return m_record; }
    rules::Assessment assess(QDate asOf, Jurisdiction jurisdiction = Jurisdiction::UsFda) const;

private:
    PatientRecord m_record;
};

/** Receptors from codes: er ("positive"/"negative"/"unknown"/""), percent (<0: none), HER2 IHC and ISH codes. */
Receptors receptors(const char* er, double erPercent, const char* ihc, const char* ish = "");

/** The classic relapsed patient: adjuvant letrozole 2018-02-01..2022-02-01 completed, relapse 2024-06-01 (sensitive),
 *  first-line letrozole + palbociclib from 2024-06-15 progressed 2025-09-01, ESR1 D538G in plasma on 2025-09-10,
 *  germline BRCA and PIK3CA on file. Elacestrant and imlunestrant are options on 2025-10-01 (US-FDA). */
Rx optionPatient();

QStringList flagsOf(const rules::Assessment& a, const QString& drug);
QString statusOf(const rules::Assessment& a, const QString& drug);
QString criterionOf(const rules::Assessment& a, const QString& drug, const QString& id);
QStringList resistanceFlags(const rules::Assessment& a);

}  // namespace onco::test
