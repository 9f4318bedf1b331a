// The list, the workspace, the course views and the printed summary derive "advanced", the line numbers and the
// latest progression through course::, analytics:: and SQL; the assessment derives them through the rules engine.
// A clinician must never see two answers: these tests hold them equal on every vignette and demo patient.
#include "core/caseformat/CaseCodec.h"
#include "core/clinical/CourseFacts.h"
#include "core/clinical/TherapyCourse.h"
#include "core/demo/DemoData.h"
#include "core/patientlist/PatientDirectory.h"
#include "core/rules/Assess.h"
#include "tests/support/TestSupport.h"

#include <QDir>

using namespace onco;

namespace {

struct Case
{
    QString name;
    PatientRecord record;
    QDate asOf;
};

QList<Case> allCases()
{
    const Knowledge& k = Knowledge::builtin();
    const CaseCodec codec(k, QDate(2026, 11, 21));
    QList<Case> cases;
    const QDir dir(test::dataPath(QStringLiteral("vignettes")));
    for (const QString& f : dir.entryList({QStringLiteral("*.case.json")})) {
        QList<CaseError> errors;
        if (auto parsed = codec.parse(test::readFile(dir.filePath(f)), errors))
            cases.append({f, parsed->record, parsed->asOf});
    }
    for (const QByteArray& json : demoCaseFiles()) {
        QList<CaseError> errors;
        if (auto parsed = codec.parse(json, errors))
            cases.append({parsed->record.patient.mrn, parsed->record, QDate(2026, 11, 21)});
    }
    return cases;
}

}  // namespace

TEST(CourseConsistency, AdvancedLineNumbersAndProgressionAgreeWithTheAssessment)
{
    const Knowledge& k = Knowledge::builtin();
    const QList<Case> cases = allCases();
    ASSERT_GE(cases.size(), 35);
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name.toStdString());
        const rules::Assessment a = rules::assess(c.record, {c.asOf, Jurisdiction::UsFda, k});
        EXPECT_EQ(clinical::isAdvanced(c.record, k, c.asOf), a.advancedDisease);
        EXPECT_EQ(clinical::latestProgressionDate(c.record, c.asOf), a.latestProgression);

        const QList<std::optional<int>> numbers = clinical::advancedLineNumbers(c.record.therapies, k);
        QHash<int, int> expected;  // record index -> number
        for (const rules::AdvancedLine& line : a.advancedLines)
            expected.insert(line.line.index, line.number);
        for (int i = 0; i < c.record.therapies.size(); ++i) {
            if (c.record.therapies[i].start > c.asOf)
                continue;
            EXPECT_EQ(numbers[i].value_or(0), expected.value(i, 0)) << "line " << i;
        }
        for (const clinical::LineInfo& info : clinical::describeLines(c.record, k, c.asOf))
            EXPECT_EQ(info.advancedNumber.value_or(0), expected.value(info.recordIndex, 0))
                << "line " << info.recordIndex;
    }
}

TEST(CourseConsistency, TheListsAdvancedColumnAgreesWithTheAssessment)
{
    test::TempDatabase t;
    const Knowledge& k = t.service().knowledge();
    for (const Case& c : allCases()) {
        PatientRecord rec = c.record;
        rec.patient.mrn = c.name;  // vignettes reuse MRNs
        ASSERT_TRUE(t.service().importRecord(rec, false).ok()) << c.name.toStdString();
    }
    PatientDirectory dir(t.storage(), k, t.clock());
    const QList<PatientListEntry> patients = t.service().listPatients().value();
    ASSERT_GE(patients.size(), 35);
    for (const PatientListEntry& e : patients) {
        const PatientRecord rec = t.service().loadPatient(e.id).value();
        const bool advanced = rules::assess(rec, {t.clock().today(), Jurisdiction::UsFda, k}).advancedDisease;
        const auto rows = dir.rows({e.id});
        ASSERT_TRUE(rows.ok() && rows->size() == 1) << e.mrn.toStdString();
        EXPECT_EQ(rows->front().advanced, advanced) << e.mrn.toStdString();
    }
}

TEST(CourseConsistency, AFalseDeNovoFlagNeverOverridesAStageIvText)
{
    const Knowledge& k = Knowledge::builtin();
    PatientRecord rec = test::sampleRecord();
    rec.events.clear();
    rec.therapies.clear();
    rec.diagnosis->stage = QStringLiteral("IVB");
    rec.diagnosis->deNovoMetastatic = false;  // ADV-1 (clarified 2026-12-04): stage IV wins
    EXPECT_TRUE(clinical::isAdvanced(rec, k, QDate(2026, 11, 21)));
    rec.diagnosis->deNovoMetastatic.reset();
    EXPECT_TRUE(clinical::isAdvanced(rec, k, QDate(2026, 11, 21)));
    rec.diagnosis->stage = QStringLiteral("IIIA");
    rec.diagnosis->deNovoMetastatic = false;
    EXPECT_FALSE(clinical::isAdvanced(rec, k, QDate(2026, 11, 21)));
}
