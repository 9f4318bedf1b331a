#pragma once

#include "core/domain/PatientRecord.h"

#include <QDate>
#include <QString>

namespace onco::test {

/** A demo patient as stored (ids assigned), through importDemoPatients() and loadPatient(). */
PatientRecord storedDemoPatient(const QString& mrn);
/** A vignette case file (tests/data/vignettes/<name>.case.json) as parsed; ids are 0. */
PatientRecord vignette(const QString& name);
/** A patient with one line from 2015-01-01 and `count` CA 15-3 results every other day from then on
 *  (a slow wave around the ULN; every 100th result is 0). */
PatientRecord manyMarkers(int count);
/** Where the course-view tests write their screenshots (created). */
QString screenshotDir();

}  // namespace onco::test
