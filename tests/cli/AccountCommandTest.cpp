// oncocase account through the real executable (issue 12): the first administrator, adding a clinician, listing
// (administrators only), a wrong password refused, passwords never taken as arguments, every change audited.
#include "tests/support/CommandTest.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace onco;

namespace {

using test::Outcome;

class AccountCommand : public test::CommandTest
{
protected:
    Outcome account(const QString& verb, QStringList args, const QByteArray& input)
    {
        return oncocase(QStringList{QStringLiteral("account"), verb, QStringLiteral("--database"), demo()} + args,
                        input);
    }
};

}  // namespace

TEST_F(AccountCommand, FirstAdminThenAClinicianAndOnlyAdminsList)
{
    const Outcome init = account(
        QStringLiteral("init"),
        {QStringLiteral("--name"), QStringLiteral("wang.li"), QStringLiteral("--display-name"), QStringLiteral("王丽")},
        "admin-pass-1\n");
    ASSERT_EQ(init.code, 0) << init.err.toStdString();
    // A second first administrator is refused.
    const Outcome again =
        account(QStringLiteral("init"), {QStringLiteral("--name"), QStringLiteral("other")}, "other-pass-1\n");
    EXPECT_EQ(again.code, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already has accounts"))) << again.err.toStdString();

    const Outcome add = account(QStringLiteral("add"),
                                {QStringLiteral("--user"), QStringLiteral("wang.li"), QStringLiteral("--name"),
                                 QStringLiteral("zhang.wei"), QStringLiteral("--role"), QStringLiteral("clinician")},
                                "admin-pass-1\nclinic-pass\n");
    ASSERT_EQ(add.code, 0) << add.err.toStdString();

    const Outcome list =
        account(QStringLiteral("list"), {QStringLiteral("--user"), QStringLiteral("WANG.LI")}, "admin-pass-1\n");
    ASSERT_EQ(list.code, 0) << list.err.toStdString();
    const QJsonArray accounts = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(accounts.size(), 2);
    EXPECT_EQ(accounts[0].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    EXPECT_EQ(accounts[0].toObject().value(QStringLiteral("display_name")).toString(), QStringLiteral("王丽"));
    EXPECT_EQ(accounts[1].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("clinician"));
    EXPECT_FALSE(list.out.contains(QStringLiteral("argon2")));

    const Outcome byClinician =
        account(QStringLiteral("list"), {QStringLiteral("--user"), QStringLiteral("zhang.wei")}, "clinic-pass\n");
    EXPECT_EQ(byClinician.code, 2);
    const Outcome wrong =
        account(QStringLiteral("list"), {QStringLiteral("--user"), QStringLiteral("wang.li")}, "admin-pass-2\n");
    EXPECT_EQ(wrong.code, 2);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("name or the password is wrong"))) << wrong.err.toStdString();

    // The clinician changes her own password; the old one no longer works.
    const Outcome passwd = account(QStringLiteral("passwd"), {QStringLiteral("--user"), QStringLiteral("zhang.wei")},
                                   "clinic-pass\nnew-clinic-pass\n");
    ASSERT_EQ(passwd.code, 0) << passwd.err.toStdString();
    const Outcome disable = account(
        QStringLiteral("disable"),
        {QStringLiteral("--user"), QStringLiteral("wang.li"), QStringLiteral("--name"), QStringLiteral("zhang.wei")},
        "admin-pass-1\n");
    ASSERT_EQ(disable.code, 0) << disable.err.toStdString();
    const Outcome disabled = account(QStringLiteral("passwd"), {QStringLiteral("--user"), QStringLiteral("zhang.wei")},
                                     "new-clinic-pass\nanother-pass\n");
    EXPECT_EQ(disabled.code, 2);
    EXPECT_TRUE(disabled.err.contains(QStringLiteral("disabled"))) << disabled.err.toStdString();

    // Bad arguments.
    EXPECT_EQ(account(QStringLiteral("add"),
                      {QStringLiteral("--user"), QStringLiteral("wang.li"), QStringLiteral("--name"),
                       QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("root")},
                      "admin-pass-1\nxxxxxxxx\n")
                  .code,
              2);
    EXPECT_EQ(oncocase({QStringLiteral("account"), QStringLiteral("remove")}).code, 2);

    // Every change is in a verified audit trail.
    const Outcome verify = oncocase({QStringLiteral("verify"), QStringLiteral("--database"), demo()});
    EXPECT_EQ(verify.code, 0) << verify.out.toStdString() << verify.err.toStdString();
}

// Once a database has accounts, every command says who works (ONCOCASE_USER, the password on standard input): a
// read-only account exports but cannot import or install knowledge; a clinician imports (issue 12).
TEST_F(AccountCommand, CommandsOnADatabaseWithAccountsActAsAnAccount)
{
    ASSERT_EQ(
        account(QStringLiteral("init"), {QStringLiteral("--name"), QStringLiteral("wang.li")}, "admin-pass-1\n").code,
        0);
    for (const auto& [name, role] : {std::pair{"li.na", "read-only"}, std::pair{"zhang.wei", "clinician"}})
        ASSERT_EQ(account(QStringLiteral("add"),
                          {QStringLiteral("--user"), QStringLiteral("wang.li"), QStringLiteral("--name"),
                           QString::fromLatin1(name), QStringLiteral("--role"), QString::fromLatin1(role)},
                          "admin-pass-1\nsome-password\n")
                      .code,
                  0);
    const QString db = demo();
    const QString caseFile = file(QStringLiteral("d1.json"));
    const QStringList exportArgs{
        QStringLiteral("export"),    QStringLiteral("--database"), db,      QStringLiteral("--patient"),
        QStringLiteral("DEMO-0001"), QStringLiteral("--output"),   caseFile};
    const QStringList importArgs{QStringLiteral("import"), caseFile, QStringLiteral("--database"), db,
                                 QStringLiteral("--replace")};

    qunsetenv("ONCOCASE_USER");
    const Outcome anonymous = oncocase(exportArgs);
    EXPECT_EQ(anonymous.code, 2);
    EXPECT_TRUE(anonymous.err.contains(QStringLiteral("ONCOCASE_USER"))) << anonymous.err.toStdString();

    qputenv("ONCOCASE_USER", "li.na");
    EXPECT_EQ(oncocase(exportArgs, "wrong-password\n").code, 2);
    const Outcome exported = oncocase(exportArgs, "some-password\n");
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    const Outcome refused = oncocase(importArgs, "some-password\n");
    EXPECT_NE(refused.code, 0);
    EXPECT_TRUE(refused.out.contains(QStringLiteral("read-only")) || refused.err.contains(QStringLiteral("read-only")))
        << refused.out.toStdString() << refused.err.toStdString();
    const Outcome install =
        oncocase({QStringLiteral("knowledge"), QStringLiteral("install"), QStringLiteral("--database"), db, caseFile},
                 "some-password\n");
    EXPECT_EQ(install.code, 2);
    EXPECT_TRUE(install.err.contains(QStringLiteral("administrator"))) << install.err.toStdString();

    qputenv("ONCOCASE_USER", "zhang.wei");
    const Outcome imported = oncocase(importArgs, "some-password\n");
    EXPECT_EQ(imported.code, 0) << imported.out.toStdString() << imported.err.toStdString();
    qunsetenv("ONCOCASE_USER");
}
