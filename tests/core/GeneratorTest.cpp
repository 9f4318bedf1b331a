#include "core/caseformat/CaseCodec.h"
#include "core/demo/DemoData.h"
#include "tests/support/TestSupport.h"

using namespace onco;

namespace {

/** Every stored patient as case JSON, in MRN order. */
QByteArray exportAll(CaseService& service)
{
    const CaseCodec codec(Knowledge::builtin(), QDate(2026, 11, 21));
    QByteArray all;
    const QList<PatientListEntry> patients = service.listPatients().value();
    for (const auto& entry : patients)
        all += codec.writeBytes(service.loadPatient(entry.id).value());
    return all;
}

}  // namespace

TEST(Generator, SameSeedGivesTheSameData)
{
    test::TempDatabase a, b, c;
    ASSERT_TRUE(generateSyntheticPatients(a.service(), 150, 7).ok());
    ASSERT_TRUE(generateSyntheticPatients(b.service(), 150, 7).ok());
    ASSERT_TRUE(generateSyntheticPatients(c.service(), 150, 8).ok());
    EXPECT_EQ(exportAll(a.service()), exportAll(b.service()));
    EXPECT_NE(exportAll(a.service()), exportAll(c.service()));
}

TEST(Generator, CoursesArePlausibleAndValid)
{
    test::TempDatabase t;
    ASSERT_TRUE(generateSyntheticPatients(t.service(), 300, 1).ok());
    const auto list = *t.service().listPatients();
    ASSERT_EQ(list.size(), 300);
    const Validator v = t.service().validator();
    int markers = 0, lines = 0, genetics = 0;
    for (const auto& entry : list) {
        const PatientRecord r = *t.service().loadPatient(entry.id);
        EXPECT_TRUE(v.check(r.patient).isEmpty());
        ASSERT_TRUE(r.diagnosis.has_value());
        EXPECT_TRUE(v.check(*r.diagnosis).isEmpty());
        for (const auto& x : r.therapies)
            EXPECT_TRUE(v.check(x).isEmpty())
                << r.patient.mrn.toStdString() << " " << v.check(x).value(0).message.toStdString();
        for (const auto& x : r.markers)
            EXPECT_TRUE(v.check(x).isEmpty()) << r.patient.mrn.toStdString();
        for (const auto& x : r.events)
            EXPECT_TRUE(v.check(x).isEmpty()) << r.patient.mrn.toStdString();
        for (const auto& x : r.genomics)
            EXPECT_TRUE(v.check(x).isEmpty()) << r.patient.mrn.toStdString();
        EXPECT_FALSE(r.patient.namePinyin.isEmpty());
        markers += int(r.markers.size());
        lines += int(r.therapies.size());
        genetics += int(r.genomics.size());
    }
    EXPECT_NEAR(markers / 300.0, 15, 1.5);
    EXPECT_GE(lines / 300.0, 2.5);
    EXPECT_GT(genetics, 150);
    EXPECT_TRUE(t.audit().verify().ok);
}

TEST(Generator, DemoPatientsImportAndDemo0001FollowsVignette57)
{
    test::TempDatabase t;
    const auto imported = importDemoPatients(t.service());
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_GE(*imported, 10);
    const auto demo = t.service().loadPatient(*t.service().findPatientId(QStringLiteral("DEMO-0001")));
    QList<CaseError> errors;
    const auto v57 = CaseCodec(Knowledge::builtin(), QDate(2026, 11, 21))
                         .parse(test::readFile(test::dataPath(QStringLiteral("vignettes/V57.case.json"))), errors);
    ASSERT_TRUE(v57.has_value());
    const PatientRecord& expected = v57->record;
    EXPECT_EQ(demo->patient.birthDate, expected.patient.birthDate);
    EXPECT_EQ(demo->patient.menopausalStatus, expected.patient.menopausalStatus);
    EXPECT_NE(demo->patient.name, expected.patient.name);  // a fictional name of its own
    ASSERT_EQ(demo->therapies.size(), expected.therapies.size());
    for (int i = 0; i < expected.therapies.size(); ++i) {
        EXPECT_EQ(demo->therapies[i].start, expected.therapies[i].start);
        EXPECT_EQ(demo->therapies[i].end, expected.therapies[i].end);
        EXPECT_EQ(demo->therapies[i].drugs, expected.therapies[i].drugs);
        EXPECT_EQ(demo->therapies[i].stopReason, expected.therapies[i].stopReason);
    }
    ASSERT_EQ(demo->events.size(), expected.events.size());
    for (int i = 0; i < expected.events.size(); ++i) {
        EXPECT_EQ(demo->events[i].date, expected.events[i].date);
        EXPECT_EQ(demo->events[i].type, expected.events[i].type);
    }
    EXPECT_GT(demo->markers.size(), expected.markers.size());
    for (const auto& m : expected.markers) {
        bool found = false;
        for (const auto& d : demo->markers)
            found = found || (d.date == m.date && d.analyte == m.analyte && d.value == m.value);
        EXPECT_TRUE(found) << m.date.toString(Qt::ISODate).toStdString();
    }
    ASSERT_EQ(demo->genomics.size(), expected.genomics.size());
    EXPECT_EQ(demo->genomics[0].variant, QStringLiteral("p.D538G"));
}
