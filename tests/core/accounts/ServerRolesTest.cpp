// On a PostgreSQL server each account is a login role in the group of its role (issue 12): the server itself keeps a
// read-only account from writing, through the program or through any other SQL client with its credentials. Starts
// a throwaway cluster (PgTestCluster) whatever backend the rest of the run uses.
#include "core/accounts/AccountService.h"
#include "core/services/CaseService.h"
#include "tests/support/PgTestCluster.h"
#include "tests/support/TestSupport.h"

using namespace onco;
using accounts::Role;

TEST(ServerRoles, AReadOnlyAccountCannotWriteEvenWithItsOwnSqlClient)
{
    test::PgTestCluster& cluster = test::PgTestCluster::shared();
    ASSERT_TRUE(cluster.problem().isEmpty()) << cluster.problem().toStdString();
    const QString url = cluster.newDatabase();
    const QString database = url.section(QLatin1Char('/'), -1);
    FixedClock clock(QDate(2026, 11, 21));
    auto admin = test::openContext(url, clock);
    ASSERT_TRUE(admin->cases().importRecord(test::sampleRecord(), false).ok());
    accounts::AccountService service(admin->storage(), accounts::HashCost::Fast);
    const auto wang = service.createFirstAdmin(QStringLiteral("wang.li"), {}, QStringLiteral("admin-pass-1"));
    ASSERT_TRUE(wang.ok()) << wang.error().message.toStdString();
    ASSERT_TRUE(
        service.add(*wang, QStringLiteral("zhang.wei"), {}, Role::Clinician, QStringLiteral("clinic-pass-1")).ok());
    ASSERT_TRUE(service.add(*wang, QStringLiteral("li.na"), {}, Role::ReadOnly, QStringLiteral("viewer-pass-1")).ok());

    // Another SQL client with the read-only account's credentials: it reads, it cannot write.
    EXPECT_EQ(cluster.psql(database, QStringLiteral("SELECT count(*) FROM patients"), QStringLiteral("li.na")),
              QStringLiteral("1"));
    try {
        cluster.psql(database, QStringLiteral("UPDATE patients SET name = 'x'"), QStringLiteral("li.na"));
        ADD_FAILURE() << "the read-only role wrote to patients";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("permission denied"), std::string::npos) << e.what();
    }
    EXPECT_EQ(cluster.psql(database, QStringLiteral("UPDATE patients SET name = name RETURNING 1"),
                           QStringLiteral("zhang.wei")),
              QStringLiteral("1"));

    // The program connected as the read-only account, even without its own check (no sign-in): the server refuses,
    // and the message says so.
    auto viewer = test::openContext(cluster.url(database, QStringLiteral("li.na")), clock, Storage::Access::ReadWrite,
                                    QStringLiteral("li.na"));
    PatientRecord other = test::sampleRecord(QStringLiteral("T-0002"));
    const auto refused = viewer->cases().importRecord(other, false);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::ReadOnly);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("may not change")))
        << refused.error().message.toStdString();

    // The administrator, connected as herself, adds an account (her role may create roles).
    auto byAdmin = test::openContext(cluster.url(database, QStringLiteral("wang.li")), clock);
    accounts::AccountService asAdmin(byAdmin->storage(), accounts::HashCost::Fast);
    const auto chen =
        asAdmin.add(*wang, QStringLiteral("chen.jing"), {}, Role::ReadOnly, QStringLiteral("viewer-pass-2"));
    EXPECT_TRUE(chen.ok()) << chen.error().message.toStdString();

    // A disabled account cannot log in to the server either; a new role takes effect at once.
    ASSERT_TRUE(service.setRole(*wang, QStringLiteral("li.na"), Role::Clinician).ok());
    EXPECT_EQ(
        cluster.psql(database, QStringLiteral("UPDATE patients SET name = name RETURNING 1"), QStringLiteral("li.na")),
        QStringLiteral("1"));
    ASSERT_TRUE(service.setActive(*wang, QStringLiteral("zhang.wei"), false).ok());
    EXPECT_THROW(cluster.psql(database, QStringLiteral("SELECT 1"), QStringLiteral("zhang.wei")), std::runtime_error);
}
