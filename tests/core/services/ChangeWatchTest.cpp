// Another workstation's changes reach this one (issue 12): the watch reads the audit trail after the last row it saw
// and announces them through the CaseService's signals; the open patient is read again. On SQLite and PostgreSQL.
#include "core/services/ChangeWatch.h"

#include "core/services/PatientSnapshot.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>

using namespace onco;

namespace {

MarkerResult cea(qint64 patientId, double value)
{
    return MarkerResult{0, patientId, QDate(2026, 10, 1), QStringLiteral("CEA"), value, QStringLiteral("ng/mL"), 5.0};
}

}  // namespace

TEST(ChangeWatch, AnotherWorkstationsChangesAreAnnouncedOnceAndOwnOnesNot)
{
    test::TempDatabase t;
    const auto id = t.service().importRecord(test::sampleRecord(), false);
    ASSERT_TRUE(id.ok());
    ChangeWatch watch(t.storage(), t.service());
    ASSERT_TRUE(watch.start(60'000).ok());  // polled by hand below
    OpenPatient& open = t.openPatient();
    open.setPatient(*id);
    const qsizetype markersBefore = open.snapshot()->record.markers.size();

    FixedClock otherClock(QDate(2026, 11, 22));
    auto other = test::openContext(t.path(), otherClock, Storage::Access::ReadWrite, QStringLiteral("li.na"));
    ASSERT_TRUE(other->cases().save(cea(*id, 8.0)).ok());
    PatientRecord newcomer = test::sampleRecord(QStringLiteral("T-0002"));
    const auto added = other->cases().importRecord(newcomer, false);
    ASSERT_TRUE(added.ok());

    QSignalSpy changed(&t.service(), &CaseService::patientChanged);
    QSignalSpy addedSpy(&t.service(), &CaseService::patientAdded);
    ASSERT_TRUE(watch.poll().ok());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.value(0).value(0).toLongLong(), *id);
    ASSERT_EQ(addedSpy.count(), 1);
    EXPECT_EQ(addedSpy.value(0).value(0).toLongLong(), *added);
    // The open patient was read again: the other workstation's value shows.
    EXPECT_EQ(open.snapshot()->record.markers.size(), markersBefore + 1);

    // Nothing new: nothing announced. This workstation's own change: not announced a second time.
    ASSERT_TRUE(watch.poll().ok());
    EXPECT_EQ(changed.count(), 1);
    ASSERT_TRUE(t.service().save(cea(*id, 9.0)).ok());
    EXPECT_EQ(changed.count(), 2);  // the service's own signal
    ASSERT_TRUE(watch.poll().ok());
    EXPECT_EQ(changed.count(), 2);
    // A print elsewhere is no change of her record.
    ASSERT_TRUE(other->cases().logAction(QStringLiteral("print"), *id, {}).ok());
    ASSERT_TRUE(watch.poll().ok());
    EXPECT_EQ(changed.count(), 2);
}
