// `oncocase print` through the real program, offscreen: PDFs in each language, several patients, exit codes, audit.
#include "core/report/AssessmentSection.h"
#include "core/report/SummaryLayout.h"
#include "tests/support/RunCommand.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/print/PdfTools.h"

#include <QDir>
#include <QFile>

using namespace onco;

namespace {

using test::Outcome;

class PrintCli : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        s_database = QDir(s_dir->path()).filePath(QStringLiteral("demo.sqlite"));
        const Outcome r = run({QStringLiteral("demo"), QStringLiteral("--database"), s_database});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }
    static void TearDownTestSuite() { s_dir.reset(); }

    static Outcome run(const QStringList& args)
    {
        // No display: the command must choose the offscreen platform itself.
        return test::runCommand(QStringLiteral(ONCO_BINARY), args,
                                QDir(s_dir->path()).filePath(QStringLiteral("config")), test::Display::None);
    }
    static Outcome print(const QString& patients, const QString& lang, const QString& output,
                         const QStringList& more = {})
    {
        return run(QStringList{QStringLiteral("print"), QStringLiteral("--database"), s_database,
                               QStringLiteral("--patient"), patients, QStringLiteral("--lang"), lang,
                               QStringLiteral("--output"), output} +
                   more);
    }
    static QString file(const QString& name) { return QDir(s_dir->path()).filePath(name); }

    static std::unique_ptr<QTemporaryDir> s_dir;
    static QString s_database;
};

std::unique_ptr<QTemporaryDir> PrintCli::s_dir;
QString PrintCli::s_database;

void expectTerms(const QString& text, const QStringList& terms)
{
    for (const QString& term : terms)
        EXPECT_TRUE(text.contains(test::normalized(term))) << term.toStdString();
}

}  // namespace

TEST_F(PrintCli, ChineseSummary)
{
    const QString pdf = file(QStringLiteral("zh.pdf"));
    const Outcome r = print(QStringLiteral("DEMO-0001"), QStringLiteral("zh_CN"), pdf);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString text = test::pdfText(pdf);
    expectTerms(text, {QStringLiteral("患者摘要"), QStringLiteral("DEMO-0001"), QStringLiteral("艾拉司群"),
                       QStringLiteral("来曲唑"), QStringLiteral("戈舍瑞林"), QStringLiteral("ESR1"),
                       QStringLiteral("2025年5月12日"), QStringLiteral("绝经前")});
    const int pages = test::pdfPages(pdf);
    EXPECT_GE(pages, 1);
    EXPECT_LE(pages, 2);
}

TEST_F(PrintCli, EnglishSummary)
{
    const QString pdf = file(QStringLiteral("en.pdf"));
    const Outcome r = print(QStringLiteral("DEMO-0001"), QStringLiteral("en"), pdf);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString text = test::pdfText(pdf);
    expectTerms(text, {QStringLiteral("Patient summary"), QStringLiteral("DEMO-0001"), QStringLiteral("elacestrant"),
                       QStringLiteral("letrozole"), QStringLiteral("ESR1"), QStringLiteral("12 May 2025"),
                       QStringLiteral("Premenopausal")});
    EXPECT_FALSE(text.contains(QStringLiteral("艾拉司群")));
    EXPECT_LE(test::pdfPages(pdf), 2);
}

TEST_F(PrintCli, BilingualSummary)
{
    const QString pdf = file(QStringLiteral("both.pdf"));
    ASSERT_EQ(print(QStringLiteral("DEMO-0001"), QStringLiteral("bilingual"), pdf).code, 0);
    expectTerms(test::pdfText(pdf),
                {QStringLiteral("患者摘要"), QStringLiteral("Patient summary"), QStringLiteral("艾拉司群"),
                 QStringLiteral("elacestrant"), QStringLiteral("2025-05-12")});
    EXPECT_LE(test::pdfPages(pdf), report::layout::kMaxPagesBilingual);
}

TEST_F(PrintCli, SeveralPatientsEachStartOnANewPage)
{
    const QString one = file(QStringLiteral("one.pdf"));
    const QString two = file(QStringLiteral("two.pdf"));
    const QString both = file(QStringLiteral("one-two.pdf"));
    ASSERT_EQ(print(QStringLiteral("DEMO-0001"), QStringLiteral("en"), one).code, 0);
    ASSERT_EQ(print(QStringLiteral("DEMO-0005"), QStringLiteral("en"), two).code, 0);
    const Outcome r = print(QStringLiteral("DEMO-0001, DEMO-0005"), QStringLiteral("en"), both);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const int first = test::pdfPages(one);
    ASSERT_EQ(test::pdfPages(both), first + test::pdfPages(two));
    // The second summary starts on the page after the first one's last page, as its page 1.
    const QString lastOfFirst = test::pdfText(both, first, first);
    const QString startOfSecond = test::pdfText(both, first + 1, first + 1);
    EXPECT_TRUE(lastOfFirst.contains(QStringLiteral("DEMO-0001")));
    EXPECT_FALSE(lastOfFirst.contains(QStringLiteral("DEMO-0005")));
    EXPECT_TRUE(startOfSecond.contains(QStringLiteral("DEMO-0005")));
    EXPECT_TRUE(startOfSecond.contains(QStringLiteral("Page 1 of")));
}

TEST_F(PrintCli, PrintIsAudited)
{
    const QString pdf = file(QStringLiteral("audited.pdf"));
    ASSERT_EQ(print(QStringLiteral("DEMO-0003"), QStringLiteral("zh_CN"), pdf,
                    {QStringLiteral("--as-of"), QStringLiteral("2026-01-31")})
                  .code,
              0);
    // Patient ids follow the demo import order.
    bool found = false;
    for (qint64 id = 1; id <= 12 && !found; ++id)
        for (const QString& row : test::auditDetails(s_database, QStringLiteral("print"), id))
            if (row.contains(QStringLiteral("audited.pdf")) && row.contains(QStringLiteral("\"as_of\":\"2026-01-31\"")))
                found = true;
    EXPECT_TRUE(found);
    EXPECT_EQ(run({QStringLiteral("verify"), QStringLiteral("--database"), s_database}).code, 0);
}

TEST_F(PrintCli, WrongInputExitsWith2AndWritesNothing)
{
    const QString pdf = file(QStringLiteral("wrong.pdf"));
    Outcome r = print(QStringLiteral("DEMO-0001,NO-SUCH-MRN"), QStringLiteral("en"), pdf);
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("NO-SUCH-MRN")));
    EXPECT_EQ(print(QStringLiteral("DEMO-0001"), QStringLiteral("fr"), pdf).code, 2);
    EXPECT_EQ(print(QStringLiteral(","), QStringLiteral("en"), pdf).code, 2);
    EXPECT_EQ(print(QStringLiteral("DEMO-0001"), QStringLiteral("en"), pdf,
                    {QStringLiteral("--as-of"), QStringLiteral("2025-02-30")})
                  .code,
              2);
    EXPECT_EQ(print(QStringLiteral("DEMO-0001"), QStringLiteral("en"), pdf,
                    {QStringLiteral("--jurisdiction"), QStringLiteral("MARS")})
                  .code,
              2);
    EXPECT_EQ(run({QStringLiteral("print"), QStringLiteral("--database"), s_database, QStringLiteral("--patient"),
                   QStringLiteral("DEMO-0001"), QStringLiteral("--lang"), QStringLiteral("en")})
                  .code,
              2);
    EXPECT_EQ(run({QStringLiteral("print"), QStringLiteral("--bogus")}).code, 2);
    // A file that is not an OncoCase database.
    const QString notDb = file(QStringLiteral("not-a-database.sqlite"));
    QFile f(notDb);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    EXPECT_EQ(run({QStringLiteral("print"), QStringLiteral("--database"), notDb, QStringLiteral("--patient"),
                   QStringLiteral("DEMO-0001"), QStringLiteral("--lang"), QStringLiteral("en"),
                   QStringLiteral("--output"), pdf})
                  .code,
              2);
    EXPECT_FALSE(QFile::exists(pdf));
    // An output folder that does not exist: an I/O error.
    EXPECT_EQ(print(QStringLiteral("DEMO-0001"), QStringLiteral("en"), file(QStringLiteral("no/such/x.pdf"))).code, 1);
}

TEST_F(PrintCli, HelpListsPrint)
{
    const Outcome r = run({QStringLiteral("--help")});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("print")));
    EXPECT_EQ(run({QStringLiteral("print"), QStringLiteral("--help")}).code, 0);
}

// Turns itself on once the rules engine feeds the summary (report::defaultAssessmentSource()).
TEST_F(PrintCli, AssessmentTermsWhenTheRulesAreConnected)
{
    if (!report::defaultAssessmentSource())
        GTEST_SKIP() << "the rules engine is not connected to the printed summary yet";
    const QString zh = file(QStringLiteral("assessment-zh.pdf"));
    const QString en = file(QStringLiteral("assessment-en.pdf"));
    ASSERT_EQ(print(QStringLiteral("DEMO-0001"), QStringLiteral("zh_CN"), zh).code, 0);
    ASSERT_EQ(print(QStringLiteral("DEMO-0001"), QStringLiteral("en"), en).code, 0);
    expectTerms(test::pdfText(zh), {QStringLiteral("内分泌耐药"), QStringLiteral("艾拉司群"), QStringLiteral("ESR1"),
                                    QStringLiteral("SERD-ESR1"), QStringLiteral("ER-")});
    expectTerms(test::pdfText(en),
                {QStringLiteral("Endocrine resistance"), QStringLiteral("Elacestrant"), QStringLiteral("SERD-ESR1")});
    EXPECT_LE(test::pdfPages(zh), 2);
    EXPECT_LE(test::pdfPages(en), 2);
}
