#include "core/storage/sql/AuditTrail.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace onco;

namespace {

qint64 auditRows(SqlConnection& db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next() ? q.value(0).toLongLong() : -1;
}

/** Clears what storage assigns (ids, timestamps, derived pinyin) so records compare by content. */
PatientRecord content(PatientRecord r)
{
    r.patient.id = 0;
    r.patient.updatedAt = {};
    r.patient.namePinyin.clear();
    r.patient.nameInitials.clear();
    auto clear = [](auto& list) {
        for (auto& x : list)
            x.id = x.patientId = 0;
    };
    if (r.diagnosis)
        r.diagnosis->id = r.diagnosis->patientId = 0;
    clear(r.biopsies);
    clear(r.events);
    clear(r.therapies);
    clear(r.markers);
    clear(r.genomics);
    clear(r.medications);
    return r;
}

}  // namespace

TEST(CaseService, ImportedRecordLoadsBackWholeWithPinyin)
{
    test::TempDatabase t;
    const PatientRecord original = test::sampleRecord();
    QSignalSpy added(&t.service(), &CaseService::patientAdded);
    auto id = t.service().importRecord(original, false);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(added.count(), 1);
    auto loaded = t.service().loadPatient(*id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->patient.namePinyin, QStringLiteral("zhang wei"));
    EXPECT_EQ(loaded->patient.nameInitials, QStringLiteral("zw"));
    EXPECT_TRUE(loaded->patient.updatedAt.isValid());
    EXPECT_EQ(content(loaded.value()), content(original));
}

TEST(CaseService, EveryEntityRoundTripsThroughSaveAndLoad)
{
    test::TempDatabase t;
    const PatientRecord sample = test::sampleRecord();
    auto id = t.service().savePatient(sample.patient);
    ASSERT_TRUE(id.ok());
    Diagnosis d = *sample.diagnosis;
    d.patientId = *id;
    ASSERT_TRUE(t.service().save(d).ok());
    auto saveAll = [&](auto list) {
        for (auto item : list) {
            item.patientId = *id;
            auto saved = t.service().save(item);
            ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
        }
    };
    saveAll(sample.biopsies);
    saveAll(sample.events);
    saveAll(sample.therapies);
    saveAll(sample.markers);
    saveAll(sample.genomics);
    saveAll(sample.medications);
    auto loaded = t.service().loadPatient(*id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(content(loaded.value()), content(sample));
}

TEST(CaseService, EachEditIsOneAuditRowAndANoOpIsNone)
{
    test::TempDatabase t;
    auto id = t.service().importRecord(test::sampleRecord(), false);
    ASSERT_TRUE(id.ok());
    const qint64 before = auditRows(t.db());
    QSignalSpy changed(&t.service(), &CaseService::patientChanged);

    TherapyLine line = t.service().loadPatient(*id)->therapies.back();
    line.end = QDate(2025, 5, 10);
    line.stopReason = StopReason::Progression;
    ASSERT_TRUE(t.service().save(line).ok());
    EXPECT_EQ(auditRows(t.db()), before + 1);
    EXPECT_EQ(changed.count(), 1);

    ASSERT_TRUE(t.service().save(line).ok());  // unchanged
    EXPECT_EQ(auditRows(t.db()), before + 1);

    ASSERT_TRUE(t.service().remove<TherapyLine>(line.id).ok());
    EXPECT_EQ(auditRows(t.db()), before + 2);
    EXPECT_EQ(t.service().loadPatient(*id)->therapies.size(), 1);
    EXPECT_EQ(changed.count(), 2);
}

TEST(CaseService, InvalidRecordsAreRefusedAndNothingIsWritten)
{
    test::TempDatabase t;
    auto id = t.service().importRecord(test::sampleRecord(), false);
    const qint64 before = auditRows(t.db());
    MarkerResult bad{0, *id, QDate(2030, 1, 1), QStringLiteral("CEA"), -1};
    auto saved = t.service().save(bad);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("date")));
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("value")));
    EXPECT_EQ(auditRows(t.db()), before);
    EXPECT_EQ(t.service().loadPatient(*id)->markers.size(), 1);
}

TEST(CaseService, DuplicateMrnIsRefusedUnlessReplacing)
{
    test::TempDatabase t;
    auto first = t.service().importRecord(test::sampleRecord(), false);
    ASSERT_TRUE(first.ok());
    PatientRecord other = test::sampleRecord();
    other.markers.clear();
    other.patient.nameLatin = QStringLiteral("Replaced");
    auto refused = t.service().importRecord(other, false);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("already exists")));
    auto replaced = t.service().importRecord(other, true);
    ASSERT_TRUE(replaced.ok());
    EXPECT_EQ(*replaced, *first);  // same patient, replaced whole
    auto loaded = t.service().loadPatient(*replaced);
    EXPECT_EQ(loaded->patient.nameLatin, QStringLiteral("Replaced"));
    EXPECT_TRUE(loaded->markers.isEmpty());
    EXPECT_TRUE(t.audit().verify().ok);
}

TEST(CaseService, DuplicatesByMrnOrNameAndBirthDate)
{
    test::TempDatabase t;
    ASSERT_TRUE(t.service().importRecord(test::sampleRecord(), false).ok());
    Patient p;
    p.mrn = QStringLiteral("OTHER");
    p.name = QStringLiteral("张伟");
    p.birthDate = QDate(1970, 3, 1);
    EXPECT_EQ(t.service().findDuplicates(p).size(), 1);
    p.birthDate = QDate(1970, 3, 2);
    EXPECT_TRUE(t.service().findDuplicates(p).isEmpty());
    p.mrn = QStringLiteral("T-0001");
    EXPECT_EQ(t.service().findDuplicates(p).size(), 1);
}

TEST(CaseService, SavingAPatientUnderAnotherPatientsMrnIsRefused)
{
    test::TempDatabase t;
    ASSERT_TRUE(t.service().importRecord(test::sampleRecord(QStringLiteral("A")), false).ok());
    auto b = t.service().importRecord(test::sampleRecord(QStringLiteral("B")), false);
    Patient p = t.service().loadPatient(*b)->patient;
    p.mrn = QStringLiteral("A");
    EXPECT_FALSE(t.service().savePatient(p).ok());
}

TEST(CaseService, OneDiagnosisPerPatient)
{
    test::TempDatabase t;
    auto id = t.service().importRecord(test::sampleRecord(), false);
    Diagnosis d;
    d.patientId = *id;
    d.stage = QStringLiteral("IV");
    ASSERT_TRUE(t.service().save(d).ok());
    auto rec = t.service().loadPatient(*id);
    ASSERT_TRUE(rec->diagnosis.has_value());
    EXPECT_EQ(rec->diagnosis->stage, QStringLiteral("IV"));
}

TEST(CaseService, PrintAndExportActionsAreAudited)
{
    test::TempDatabase t;
    auto id = t.service().importRecord(test::sampleRecord(), false);
    const qint64 before = auditRows(t.db());
    ASSERT_TRUE(
        t.service().logAction(QStringLiteral("print"), *id, {{QStringLiteral("lang"), QStringLiteral("zh_CN")}}).ok());
    EXPECT_EQ(auditRows(t.db()), before + 1);
    EXPECT_TRUE(t.audit().verify().ok);
}

// Signed in as a read-only account, nothing changes (issue 12) and the message names the account; reading and
// logging a print still work. Signed in as a clinician, changes are recorded under the account's name.
TEST(CaseService, AReadOnlyAccountCannotChangeRecordsAndTheTrailNamesTheAccount)
{
    test::TempDatabase t;
    const qint64 id = t.service().importRecord(test::sampleRecord(QStringLiteral("RO-1")), false).value();
    const PatientRecord before = t.service().loadPatient(id).value();
    const qint64 rows = auditRows(t.db());

    accounts::Account viewer;
    viewer.id = 7;
    viewer.name = QStringLiteral("li.na");
    viewer.role = accounts::Role::ReadOnly;
    t.service().signIn(viewer);
    EXPECT_TRUE(t.service().isReadOnly());
    Patient p = before.patient;
    p.name = QStringLiteral("改名");
    const auto saved = t.service().savePatient(p);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, ErrorKind::ReadOnly);
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("li.na"))) << saved.error().message.toStdString();
    MarkerResult marker = before.markers.value(0);
    marker.id = 0;
    EXPECT_FALSE(t.service().save(marker).ok());
    EXPECT_FALSE(t.service().remove<MarkerResult>(before.markers.value(0).id).ok());
    EXPECT_FALSE(t.service().importRecord(test::sampleRecord(QStringLiteral("RO-2")), false).ok());
    EXPECT_EQ(auditRows(t.db()), rows);
    EXPECT_EQ(t.service().loadPatient(id).value(), before);
    ASSERT_TRUE(t.service().logAction(QStringLiteral("print"), id, {}).ok());  // printing is allowed

    accounts::Account doctor = viewer;
    doctor.name = QStringLiteral("zhang.wei");
    doctor.role = accounts::Role::Clinician;
    t.service().signIn(doctor);
    EXPECT_FALSE(t.service().isReadOnly());
    ASSERT_TRUE(t.service().savePatient(p).ok());
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT \"user\", action FROM audit_log ORDER BY id DESC LIMIT 2")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("zhang.wei"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("li.na"));  // the print, under the viewer's name
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("print"));
}
