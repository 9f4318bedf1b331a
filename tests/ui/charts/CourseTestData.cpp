#include "tests/ui/charts/CourseTestData.h"

#include "core/caseformat/CaseCodec.h"
#include "core/demo/DemoData.h"
#include "core/knowledge/Knowledge.h"
#include "tests/support/TestSupport.h"

#include <QDir>

#include <cmath>

namespace onco::test {

PatientRecord storedDemoPatient(const QString& mrn)
{
    TempDatabase t;
    EXPECT_TRUE(importDemoPatients(t.service()).ok());
    const std::optional<qint64> id = t.service().findPatientId(mrn);
    EXPECT_TRUE(id.has_value());
    const Result<PatientRecord> record = t.service().loadPatient(id.value_or(0));
    EXPECT_TRUE(record.ok());
    return record.ok() ? record.value() : PatientRecord{};
}

PatientRecord vignette(const QString& name)
{
    QList<CaseError> errors;
    const auto file = CaseCodec(Knowledge::builtin(), QDate(2026, 11, 21))
                          .parse(readFile(dataPath(QStringLiteral("vignettes/%1.case.json").arg(name))), errors);
    EXPECT_TRUE(file.has_value());
    return file ? file->record : PatientRecord{};
}

PatientRecord manyMarkers(int count)
{
    PatientRecord r;
    r.patient.mrn = QStringLiteral("MANY-%1").arg(count);
    TherapyLine line;
    line.start = QDate(2015, 1, 1);
    line.drugs = {QStringLiteral("letrozole"), QStringLiteral("palbociclib")};
    r.therapies << line;
    for (int i = 0; i < count; ++i) {
        MarkerResult m;
        m.id = i + 1;
        m.date = QDate(2015, 1, 2).addDays(2 * i);
        m.analyte = QStringLiteral("CA15-3");
        m.value = i % 100 == 99 ? 0.0 : std::round((25 + 15 * std::sin(i / 60.0)) * 10) / 10;
        m.unit = QStringLiteral("U/mL");
        m.uln = 25;
        r.markers << m;
    }
    return r;
}

QString screenshotDir()
{
    const QString dir = QDir::temp().filePath(QStringLiteral("oncocase-course-views"));
    QDir().mkpath(dir);
    return dir;
}

}  // namespace onco::test
