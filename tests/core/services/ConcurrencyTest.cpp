// Two workstations on one store (issue 12): a change saved over another workstation's unseen change is refused
// with who changed it and when; "keep mine" saves over it; nothing is lost silently. Runs on SQLite and, in
// core_tests_on_postgresql, on a PostgreSQL server.
#include "core/services/CaseService.h"
#include "tests/support/TestSupport.h"

using namespace onco;

namespace {

/** A second workstation on the same store, with its own clock and account name. */
struct Workstation
{
    Workstation(const QString& location, const QString& user)
        : context(test::openContext(location, clock, Storage::Access::ReadWrite, user))
    {}
    CaseService& service() { return context->cases(); }
    /** Loads the patient as the window does (the version it shows is noted). */
    void show(qint64 id)
    {
        const auto record = service().loadPatient(id);
        ASSERT_TRUE(record.ok());
        service().noteShown(id, record->patient.updatedAt);
    }
    FixedClock clock{QDate(2026, 11, 21)};
    std::unique_ptr<AppContext> context;
};

MarkerResult marker(qint64 patientId, double value)
{
    return MarkerResult{0,   patientId, QDate(2026, 11, 1), QStringLiteral("CA15-3"), value, QStringLiteral("U/mL"),
                        25.0};
}

}  // namespace

TEST(Concurrency, ASaveOverAnotherWorkstationsUnseenChangeIsRefusedUntilKeptOrReloaded)
{
    test::TempDatabase t;
    const auto id = t.service().importRecord(test::sampleRecord(), false);
    ASSERT_TRUE(id.ok());
    Workstation a(t.path(), QStringLiteral("zhang.wei"));
    Workstation b(t.path(), QStringLiteral("li.na"));
    a.show(*id);
    b.show(*id);

    // Workstation A saves first (a day later on its clock, so the record's version moves).
    a.clock.setToday(QDate(2026, 11, 22));
    ASSERT_TRUE(a.service().save(marker(*id, 31.0)).ok());

    // B has not seen it: its save is refused, naming A's account and the time, and nothing of B's is stored.
    b.clock.setToday(QDate(2026, 11, 23));
    const auto refused = b.service().save(marker(*id, 45.0));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Conflict);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("zhang.wei"))) << refused.error().message.toStdString();
    const QString when =
        QDateTime(QDate(2026, 11, 22), QTime(12, 0)).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    EXPECT_TRUE(refused.error().message.contains(when)) << refused.error().message.toStdString();
    const auto stored = t.service().loadPatient(*id);
    ASSERT_TRUE(stored.ok());
    QList<double> values;
    for (const MarkerResult& m : stored->markers)
        if (m.analyte == QLatin1String("CA15-3") && m.date == QDate(2026, 11, 1))
            values << m.value;
    EXPECT_EQ(values, QList<double>{31.0});

    // A deletion is checked the same way.
    const qint64 aMarker = stored->markers.back().id;
    const auto removed = b.service().remove<MarkerResult>(aMarker);
    EXPECT_EQ(removed.ok() ? ErrorKind::Io : removed.error().kind, ErrorKind::Conflict);

    // "Keep mine": B saves over A's change; then A, who has not seen B's, is refused in turn.
    b.service().keepMine(*id);
    ASSERT_TRUE(b.service().save(marker(*id, 45.0)).ok());
    ASSERT_TRUE(b.service().save(marker(*id, 46.0)).ok());  // B's own change does not stop B
    a.clock.setToday(QDate(2026, 11, 24));
    const auto second = a.service().save(marker(*id, 50.0));
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("li.na"))) << second.error().message.toStdString();

    // Reloading (what the window does on "Reload") shows B's change, and A's next save goes through.
    a.show(*id);
    EXPECT_TRUE(a.service().save(marker(*id, 50.0)).ok());
    EXPECT_TRUE(t.audit().verify().ok);
}

TEST(Concurrency, AWorkstationThatShowsNothingOfThePatientIsNotChecked)
{
    test::TempDatabase t;
    const auto id = t.service().importRecord(test::sampleRecord(), false);
    ASSERT_TRUE(id.ok());
    Workstation a(t.path(), QStringLiteral("zhang.wei"));
    a.clock.setToday(QDate(2026, 11, 22));
    ASSERT_TRUE(a.service().save(marker(*id, 31.0)).ok());
    // An import or a command-line change never showed a version: it is not refused.
    EXPECT_TRUE(t.service().save(marker(*id, 32.0)).ok());
}
