// The knowledge in the window (issue 20): the stale-knowledge banner, Help ▸ Knowledge…, and Edit ▸ Install
// knowledge update… with its preview (changes and the patients whose options change), then the install and the
// request to reopen the database.
#include "core/demo/DemoData.h"
#include "core/knowledgepack/KnowledgeUpdates.h"
#include "core/storage/KnowledgeRepository.h"
#include "tests/ui/workspace/UiTestSupport.h"
#include "ui/dialogs/KnowledgeDialogs.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/mainwindow/KnowledgeActions.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace onco;

namespace {

class KnowledgeWindowTest : public test::UiTest
{
protected:
    void SetUp() override
    {
        test::UiTest::SetUp();
        languages.setLanguage(QStringLiteral("en"));
        ASSERT_TRUE(importDemoPatients(t.service()).ok());
    }
    void TearDown() override
    {
        window.reset();
        languages.setLanguage(QStringLiteral("en"));
        test::UiTest::TearDown();
    }
    void open(const QDate& today)
    {
        clock = std::make_unique<FixedClock>(today);
        updates = std::make_unique<knowledgepack::KnowledgeUpdates>(t.storage(), *clock, t.app().knowledgeInForce());
        window = std::make_unique<MainWindow>(
            MainWindow::Services{t.service(), t.directory(), t.worklists(), t.openPatient()}, &languages);
        window->connectKnowledge(*updates);
        window->resize(1366, 768);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    /** The built-in pack with elacestrant's US-FDA approval withdrawn and the version raised (fictional). */
    QString withdrawnPack()
    {
        QJsonObject pack = QJsonDocument::fromJson(Knowledge::builtin().rawJson()).object();
        pack[QStringLiteral("version")] = QStringLiteral("2026.12.9");
        QJsonArray approvals = pack.value(QStringLiteral("approvals")).toArray();
        for (int i = 0; i < approvals.size(); ++i) {
            QJsonObject a = approvals[i].toObject();
            if (a.value(QStringLiteral("drug")) == QStringLiteral("elacestrant") &&
                a.value(QStringLiteral("jurisdiction")) == QStringLiteral("US-FDA")) {
                a[QStringLiteral("approved")] = false;
                a[QStringLiteral("date")] = QJsonValue();
                approvals[i] = a;
            }
        }
        pack[QStringLiteral("approvals")] = approvals;
        QFile f(t.dir() + QStringLiteral("/pack.json"));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(pack).toJson());
        return f.fileName();
    }

    test::TempDatabase t;
    LanguageManager languages;
    std::unique_ptr<FixedClock> clock;
    std::unique_ptr<knowledgepack::KnowledgeUpdates> updates;
    std::unique_ptr<MainWindow> window;
};

}  // namespace

TEST_F(KnowledgeWindowTest, StaleKnowledgeShowsABannerInBothLanguages)
{
    open(Knowledge::builtin().lastVerified().addDays(181));
    QLabel* banner = window->knowledgeActions()->banner();
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(Knowledge::builtin().version())) << banner->text().toStdString();
    languages.setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();  // the LanguageChange events
    EXPECT_TRUE(banner->text().contains(QString::fromUtf8("知识"))) << banner->text().toStdString();
}

TEST_F(KnowledgeWindowTest, CurrentKnowledgeHasNoBannerAndTheDialogListsTheApprovals)
{
    open(Knowledge::builtin().lastVerified().addDays(180));
    EXPECT_FALSE(window->knowledgeActions()->banner()->isVisible());
    int rows = -1;
    test::onNextDialog<KnowledgeInfoDialog>([&](KnowledgeInfoDialog& d) {
        rows = d.approvals()->rowCount();
        EXPECT_TRUE(d.summary()->text().contains(QStringLiteral("Built into the program")));
        d.reject();
    });
    window->knowledgeActions()->showAction()->trigger();
    EXPECT_EQ(rows, Knowledge::builtin().approvals().size());
}

TEST_F(KnowledgeWindowTest, InstallShowsThePreviewThenInstallsAndAsksToReopen)
{
    open(QDate(2026, 12, 7));
    QSignalSpy reopen(window.get(), &MainWindow::reopenRequested);
    int changed = -1;
    QString changes;
    test::onNextDialog<KnowledgeInstallDialog>([&](KnowledgeInstallDialog& d) {
        changed = d.patients()->rowCount();
        changes = d.changes()->text();
        test::answerNextMessageBox(QMessageBox::Ok);  // "installed, reopening"
        for (QAbstractButton* b : d.buttons()->buttons())
            if (b->objectName() == QLatin1String("install"))
                b->click();
    });
    window->knowledgeActions()->installFrom(withdrawnPack());
    EXPECT_TRUE(changes.contains(QStringLiteral("elacestrant in US-FDA"))) << changes.toStdString();
    EXPECT_EQ(changed, 14);  // every living demo patient's elacestrant card gains NOT_APPROVED_IN_JURISDICTION
    EXPECT_EQ(reopen.count(), 1);
    const auto installed = t.storage().knowledgePacks().current();
    ASSERT_TRUE(installed.ok() && installed->has_value());
    EXPECT_EQ((*installed)->version, QStringLiteral("2026.12.9"));
}

TEST_F(KnowledgeWindowTest, CancelledPreviewChangesNothing)
{
    open(QDate(2026, 12, 7));
    test::onNextDialog<KnowledgeInstallDialog>([](KnowledgeInstallDialog& d) { d.reject(); });
    window->knowledgeActions()->installFrom(withdrawnPack());
    const auto installed = t.storage().knowledgePacks().current();
    ASSERT_TRUE(installed.ok());
    EXPECT_FALSE(installed->has_value());
}
