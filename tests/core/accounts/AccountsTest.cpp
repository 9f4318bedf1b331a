// Accounts (issue 12): libsodium password hashes; the first admin, log-in, adding accounts, passwords, roles, the
// last admin kept; every change audited without the password or its hash.
#include "core/accounts/AccountService.h"
#include "core/accounts/PasswordHash.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/sqlite/Database.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>

using namespace onco;
using namespace onco::accounts;

namespace {

constexpr HashCost kCost = HashCost::Fast;  // libsodium's minimum limits: the tests stay quick

}  // namespace

TEST(PasswordHash, SaltedSlowHashesThatVerify)
{
    const auto first = hashPassword(QStringLiteral("correct horse 电池"), kCost);
    const auto second = hashPassword(QStringLiteral("correct horse 电池"), kCost);
    ASSERT_TRUE(first && second);
    EXPECT_TRUE(first->startsWith("$argon2id$"));
    EXPECT_NE(*first, *second);  // a salt of its own
    EXPECT_TRUE(verifyPassword(*first, QStringLiteral("correct horse 电池")));
    EXPECT_TRUE(verifyPassword(*second, QStringLiteral("correct horse 电池")));
    EXPECT_FALSE(verifyPassword(*first, QStringLiteral("correct horse 电")));
    EXPECT_FALSE(verifyPassword(*first, QString()));
    EXPECT_FALSE(verifyPassword(QByteArray("not a hash"), QStringLiteral("x")));
    EXPECT_FALSE(verifyPassword(QByteArray(), QString()));
    EXPECT_TRUE(needsRehash(*first, HashCost::Interactive));
    EXPECT_FALSE(needsRehash(*first, HashCost::Fast));
}

class Accounts : public ::testing::Test
{
protected:
    test::TempDatabase t;
    AccountService service{t.storage(), kCost};

    Account admin()
    {
        auto a =
            service.createFirstAdmin(QStringLiteral("wang.li"), QStringLiteral("王丽"), QStringLiteral("s3cret-pass"));
        EXPECT_TRUE(a.ok()) << (a ? std::string() : a.error().message.toStdString());
        return a ? *a : Account{};
    }
    qint64 auditRowsWith(const QString& text)
    {
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE before_json LIKE ? OR after_json LIKE ?"));
        q.addBindValue(QLatin1Char('%') + text + QLatin1Char('%'));
        q.addBindValue(QLatin1Char('%') + text + QLatin1Char('%'));
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }
};

TEST_F(Accounts, TheFirstAccountIsAnAdminAndOnlyOnce)
{
    EXPECT_FALSE(*service.hasAccounts());
    const qint64 rows = t.audit().verify().rows;
    const Account a = admin();
    EXPECT_EQ(a.role, Role::Admin);
    EXPECT_EQ(a.name, QStringLiteral("wang.li"));
    EXPECT_EQ(a.displayName, QStringLiteral("王丽"));
    EXPECT_TRUE(*service.hasAccounts());
    EXPECT_EQ(t.audit().verify().rows, rows + 1);
    EXPECT_TRUE(t.audit().verify().ok);
    const auto again = service.createFirstAdmin(QStringLiteral("other"), {}, QStringLiteral("another-pass"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(service.list()->size(), 1);
    // Neither the password nor its hash is in the audit trail or anywhere but the hash column.
    EXPECT_EQ(auditRowsWith(QStringLiteral("s3cret")), 0);
    EXPECT_EQ(auditRowsWith(QStringLiteral("argon2")), 0);
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT password_hash FROM accounts")) && q.next());
    EXPECT_TRUE(q.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
}

TEST_F(Accounts, LogInChecksThePasswordAndSaysTheSameForAnUnknownName)
{
    admin();
    const auto ok = service.logIn(QStringLiteral("WANG.LI"), QStringLiteral("s3cret-pass"));  // any letter case
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->name, QStringLiteral("wang.li"));
    const auto wrong = service.logIn(QStringLiteral("wang.li"), QStringLiteral("s3cret-pas"));
    const auto unknown = service.logIn(QStringLiteral("zhang.wei"), QStringLiteral("s3cret-pass"));
    ASSERT_FALSE(wrong.ok());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(wrong.error().message, unknown.error().message);
}

TEST_F(Accounts, OnlyAnAdminAddsAccountsAndNamesAreUniqueInAnyCase)
{
    const Account a = admin();
    const auto doctor = service.add(a, QStringLiteral("zhang.wei"), QStringLiteral("张伟"), Role::Clinician,
                                    QStringLiteral("clinic-pass"));
    ASSERT_TRUE(doctor.ok());
    EXPECT_EQ(doctor->role, Role::Clinician);
    const auto byDoctor =
        service.add(*doctor, QStringLiteral("li.na"), {}, Role::ReadOnly, QStringLiteral("viewer-pass"));
    ASSERT_FALSE(byDoctor.ok());
    const auto twin = service.add(a, QStringLiteral("Zhang.Wei"), {}, Role::ReadOnly, QStringLiteral("viewer-pass"));
    ASSERT_FALSE(twin.ok());
    EXPECT_EQ(twin.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(twin.error().message.contains(QStringLiteral("taken"))) << twin.error().message.toStdString();
    const auto shortPassword = service.add(a, QStringLiteral("li.na"), {}, Role::ReadOnly, QStringLiteral("short"));
    ASSERT_FALSE(shortPassword.ok());
    EXPECT_TRUE(shortPassword.error().message.contains(QStringLiteral("8")))
        << shortPassword.error().message.toStdString();
    EXPECT_EQ(service.list()->size(), 2);
    EXPECT_TRUE(service.logIn(QStringLiteral("zhang.wei"), QStringLiteral("clinic-pass")).ok());
}

TEST_F(Accounts, PasswordsChangeWithTheCurrentOneOrByAnAdmin)
{
    const Account a = admin();
    const Account doctor =
        *service.add(a, QStringLiteral("zhang.wei"), {}, Role::Clinician, QStringLiteral("clinic-pass"));
    EXPECT_FALSE(service
                     .changePassword(doctor, QStringLiteral("zhang.wei"), QStringLiteral("wrong-one"),
                                     QStringLiteral("new-pass-1"))
                     .ok());
    ASSERT_TRUE(service
                    .changePassword(doctor, QStringLiteral("zhang.wei"), QStringLiteral("clinic-pass"),
                                    QStringLiteral("new-pass-1"))
                    .ok());
    EXPECT_FALSE(service.logIn(QStringLiteral("zhang.wei"), QStringLiteral("clinic-pass")).ok());
    EXPECT_TRUE(service.logIn(QStringLiteral("zhang.wei"), QStringLiteral("new-pass-1")).ok());
    // A clinician cannot set another's password; an admin can, without the current one.
    EXPECT_FALSE(service.changePassword(doctor, QStringLiteral("wang.li"), {}, QStringLiteral("taken-over")).ok());
    ASSERT_TRUE(service.changePassword(a, QStringLiteral("zhang.wei"), {}, QStringLiteral("reset-pass")).ok());
    EXPECT_TRUE(service.logIn(QStringLiteral("zhang.wei"), QStringLiteral("reset-pass")).ok());
    EXPECT_TRUE(t.audit().verify().ok);
}

TEST_F(Accounts, RolesAndDisablingKeepTheLastAdmin)
{
    const Account a = admin();
    ASSERT_TRUE(service.add(a, QStringLiteral("zhang.wei"), {}, Role::Clinician, QStringLiteral("clinic-pass")).ok());
    EXPECT_FALSE(service.setRole(a, QStringLiteral("wang.li"), Role::Clinician).ok());  // the last admin
    EXPECT_FALSE(service.setActive(a, QStringLiteral("wang.li"), false).ok());
    ASSERT_TRUE(service.setRole(a, QStringLiteral("zhang.wei"), Role::ReadOnly).ok());
    EXPECT_EQ(service.logIn(QStringLiteral("zhang.wei"), QStringLiteral("clinic-pass"))->role, Role::ReadOnly);
    ASSERT_TRUE(service.setActive(a, QStringLiteral("zhang.wei"), false).ok());
    const auto disabled = service.logIn(QStringLiteral("zhang.wei"), QStringLiteral("clinic-pass"));
    ASSERT_FALSE(disabled.ok());
    EXPECT_TRUE(disabled.error().message.contains(QStringLiteral("disabled")));
    // With a second admin the first may step down.
    ASSERT_TRUE(service.setActive(a, QStringLiteral("zhang.wei"), true).ok());
    ASSERT_TRUE(service.setRole(a, QStringLiteral("zhang.wei"), Role::Admin).ok());
    EXPECT_TRUE(service.setRole(a, QStringLiteral("wang.li"), Role::Clinician).ok());
    EXPECT_TRUE(t.audit().verify().ok);
    // Read-only in: the change to it, disabling, enabling, the change from it.
    EXPECT_EQ(auditRowsWith(QStringLiteral("\"role\":\"read-only\"")), 4);
}

TEST(AccountRoles, CodesAndWhatEachRoleMayDo)
{
    for (Role r : {Role::ReadOnly, Role::Clinician, Role::Admin})
        EXPECT_EQ(roleFromCode(roleCode(r)), r);
    EXPECT_EQ(roleFromCode(QStringLiteral(" Admin ")), Role::Admin);
    EXPECT_FALSE(roleFromCode(QStringLiteral("root")).has_value());
    EXPECT_FALSE(canWrite(Role::ReadOnly));
    EXPECT_TRUE(canWrite(Role::Clinician));
    EXPECT_FALSE(canAdminister(Role::Clinician));
    EXPECT_TRUE(canAdminister(Role::Admin));
}
