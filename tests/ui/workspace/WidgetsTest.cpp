// The small widgets the dialogs are built from: date and number entry, bilingual drug entry, regimen templates.
#include "core/accounts/AccountService.h"
#include "core/knowledge/Knowledge.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/workspace/UiTestSupport.h"
#include "ui/dialogs/LogInDialog.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/Display.h"
#include "ui/widgets/DrugListEdit.h"
#include "ui/widgets/FactGroup.h"
#include "ui/widgets/InvestigationalDialog.h"
#include "ui/widgets/NumberField.h"
#include "ui/widgets/RegimenTemplates.h"
#include "ui/workspace/PatientHeader.h"
#include "ui/workspace/RecordTable.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTextLayout>
#include <QTimer>

using namespace onco;

TEST(DateFieldParse, AcceptsTheUsualSpellingsAndRefusesImpossibleDates)
{
    for (const char* text : {"2025-05-20", "20250520", "2025/5/20", "2025.05.20", "2025年5月20日", " 2025-5-20 "})
        EXPECT_EQ(DateField::parse(QString::fromUtf8(text)), QDate(2025, 5, 20)) << text;
    for (const char* text : {"2025-13-01", "2025-02-30", "2025-05-20x", "202552", "20-05-2025", "yesterday", ""})
        EXPECT_FALSE(DateField::parse(QString::fromUtf8(text)).isValid()) << text;
}

TEST(NumberFieldParse, AcceptsCommaDecimalsAndPercentSigns)
{
    EXPECT_EQ(NumberField::parse(QStringLiteral("12,5")), 12.5);
    EXPECT_EQ(NumberField::parse(QStringLiteral(" 90 % ")), 90.0);
    EXPECT_EQ(NumberField::parse(QStringLiteral("3.2％")), 3.2);
    EXPECT_FALSE(NumberField::parse(QStringLiteral("abc")).has_value());
    EXPECT_FALSE(NumberField::parse(QStringLiteral("")).has_value());
    EXPECT_FALSE(NumberField::parse(QStringLiteral("inf")).has_value());
}

TEST(RegimenTemplates, EveryDrugIsInTheCatalogue)
{
    const Knowledge& k = Knowledge::builtin();
    int regimens = 0;
    for (const RegimenGroup& group : regimenTemplates())
        for (const Regimen& r : group.regimens) {
            ++regimens;
            EXPECT_FALSE(r.drugs.isEmpty());
            for (const QString& drug : r.drugs)
                EXPECT_TRUE(k.drug(drug)) << drug.toStdString();
        }
    EXPECT_GT(regimens, 30);
}

TEST(DrugEntry, OffersCatalogueDrugsForEnglishOrChineseFragments)
{
    DrugListEdit edit(Knowledge::builtin());
    edit.show();
    QCompleter* completer = edit.completer();
    auto offered = [&](const QString& typed) {
        completer->setCompletionPrefix(typed);
        QStringList names;
        for (int i = 0; i < completer->completionCount(); ++i) {
            completer->setCurrentRow(i);
            names << completer->currentIndex().data(Qt::UserRole).toString();
        }
        return names;
    };
    EXPECT_EQ(offered(QStringLiteral("来曲")), QStringList{QStringLiteral("letrozole")});
    EXPECT_TRUE(offered(QStringLiteral("letro")).contains(QStringLiteral("letrozole")));
    EXPECT_TRUE(offered(QStringLiteral("司群")).contains(QStringLiteral("elacestrant")));
    EXPECT_TRUE(offered(QStringLiteral("ciclib")).size() >= 4);  // the CDK4/6 inhibitors

    // Exact names in either language, or an alias, are added by Enter; the list shows both names.
    edit.input()->setFocus();
    test::typeText(edit.input(), QStringLiteral("艾拉司群"));
    completer->popup()->hide();
    QTest::keyClick(edit.input(), Qt::Key_Return);
    EXPECT_EQ(edit.drugs(), QStringList{QStringLiteral("elacestrant")});
    EXPECT_TRUE(edit.input()->text().isEmpty());
    EXPECT_TRUE(edit.list()->item(0)->text().contains(QStringLiteral("艾拉司群")));
    EXPECT_FALSE(edit.addDrug(QStringLiteral("aspirin")));
    EXPECT_TRUE(edit.addDrug(QStringLiteral("ELACESTRANT")));  // no duplicates
    EXPECT_EQ(edit.drugs().size(), 1);
    edit.list()->setCurrentRow(0);
    QTest::keyClick(edit.list(), Qt::Key_Delete);
    EXPECT_TRUE(edit.drugs().isEmpty());
}

TEST(DisplayText, LineNumbersReadNaturallyInBothLanguages)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_EQ(display::lineNumber(2), QStringLiteral("Line 2"));
    EXPECT_EQ(display::date(QDate(2025, 5, 20)), QStringLiteral("20 May 2025"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    EXPECT_EQ(display::lineNumber(2), QStringLiteral("二线"));
    EXPECT_EQ(display::date(QDate(2025, 5, 20)), QStringLiteral("2025年5月20日"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

TEST(DrugEntry, TrialDrugsThroughTheDialogOrTyped)
{
    DrugListEdit edit(Knowledge::builtin());
    edit.show();
    QCompleter* completer = edit.completer();
    for (const char* typed : {"研究药物", "trial", "investig"}) {
        completer->setCompletionPrefix(QString::fromUtf8(typed));
        ASSERT_EQ(completer->completionCount(), 1) << typed;
        completer->setCurrentRow(0);
        EXPECT_EQ(completer->currentIndex().data(Qt::UserRole).toString(), QStringLiteral("@investigational"));
    }
    // The dialog: a blinded oral-SERD-versus-AI arm with a trial code.
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<InvestigationalDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        seen = true;
        for (InvestigationalAgent::Class c : kInvestigationalClasses)
            dialog->classBox(c)->setChecked(c == InvestigationalAgent::SerdOral || c == InvestigationalAgent::AI);
        dialog->labelField()->setText(QStringLiteral("  SHR-1234 arm B "));
        for (QCheckBox* box : dialog->findChildren<QCheckBox*>())
            box->setChecked(false);
        EXPECT_FALSE(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());  // no class: refused
        dialog->classBox(InvestigationalAgent::SerdOral)->setChecked(true);
        dialog->classBox(InvestigationalAgent::AI)->setChecked(true);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(edit.trialButton(), Qt::LeftButton);
    ASSERT_TRUE(seen);
    EXPECT_EQ(edit.drugs(), QStringList{QStringLiteral("investigational[AI|SERD_ORAL]:SHR-1234 arm B")});
    EXPECT_TRUE(edit.list()->item(0)->text().contains(QStringLiteral("SHR-1234 arm B")));
    // Typed in full, in any letter case: stored in the canonical form.
    edit.input()->setFocus();
    test::typeText(edit.input(), QStringLiteral("Investigational[cdk46i]:K-9"));
    completer->popup()->hide();
    QTest::keyClick(edit.input(), Qt::Key_Return);
    EXPECT_EQ(edit.drugs().value(1), QStringLiteral("investigational[CDK46I]:K-9"));
    QString problem;
    QObject::connect(&edit, &DrugListEdit::problem, [&](const QString& m) { problem = m; });
    test::typeText(edit.input(), QStringLiteral("investigational[SERD]"));
    completer->popup()->hide();
    QTest::keyClick(edit.input(), Qt::Key_Return);
    EXPECT_TRUE(problem.contains(QStringLiteral("investigational"))) << problem.toStdString();
    EXPECT_EQ(edit.drugs().size(), 2);
}

TEST(PatientHeaderDeceased, ShowsTheBadgeAndTheAgeAtDeathInBothLanguages)
{
    PatientRecord r;
    r.patient.mrn = QStringLiteral("H-1");
    r.patient.name = QStringLiteral("测试");
    r.patient.birthDate = QDate(1950, 6, 1);
    DiseaseEvent death;
    death.type = EventType::Death;
    death.date = QDate(2020, 3, 1);
    r.events << death;
    PatientHeader header(Knowledge::builtin());
    header.showRecord(r, QDate(2026, 12, 7));
    header.show();
    auto* badge = header.findChild<QLabel*>(QStringLiteral("headerDeceased"));
    ASSERT_NE(badge, nullptr);
    EXPECT_TRUE(badge->isVisible());
    EXPECT_TRUE(badge->text().contains(QStringLiteral("Deceased"))) << badge->text().toStdString();
    const QString details = header.findChild<QLabel*>(QStringLiteral("headerDetails"))->text();
    EXPECT_TRUE(details.contains(QStringLiteral("died aged 69"))) << details.toStdString();
    EXPECT_FALSE(details.contains(QStringLiteral("76 years")));
    // Alive before that date.
    header.showRecord(r, QDate(2019, 12, 31));
    EXPECT_FALSE(badge->isVisible());
}

TEST(RecordTableHighlight, TheCurrentLineStandsOut)
{
    RecordTable table(QStringLiteral("lines"));
    table.setHeaders({QStringLiteral("Line"), QStringLiteral("Drugs")});
    table.setHighlightedId(22);
    table.setRows({11, 22}, {{{QStringLiteral("L1")}, {QStringLiteral("letrozole")}},
                             {{QStringLiteral("L2")}, {QStringLiteral("elacestrant")}}});
    auto* view = table.findChild<QTableWidget*>();
    ASSERT_NE(view, nullptr);
    for (int r = 0; r < view->rowCount(); ++r) {
        const bool current = view->item(r, 1)->text() == QLatin1String("elacestrant");
        EXPECT_EQ(view->item(r, 0)->font().bold(), current) << r;
        EXPECT_EQ(view->item(r, 1)->background().style() != Qt::NoBrush, current) << r;
    }
}

namespace {

double ascentOf(const QLabel* label)
{
    QTextLayout layout(label->text(), label->font());
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    return line.ascent();
}

/** Where the first line's baseline of `label` is, in `group`'s coordinates. */
double baselineOf(const QLabel* label, const QWidget* group)
{
    return label->mapTo(group, QPoint(0, 0)).y() + label->contentsMargins().top() + ascentOf(label);
}

}  // namespace

// A Latin label ("ER") beside a Chinese value (阳性) sits on the value's baseline, and a Chinese label beside a Latin
// value too (issue 14: Latin labels were 3 px above their values in Chinese).
TEST(FactGroupLayout, LabelAndValueShareABaselineWhateverTheirScripts)
{
    FactGroup group(QStringLiteral("facts"));
    QLabel* first = group.addFact();
    QLabel* second = group.addFact();
    group.setFactLabels({QStringLiteral("ER"), QStringLiteral("病历号")});
    first->setText(QStringLiteral("阳性 (90 %)"));
    second->setText(QStringLiteral("DEMO-0001"));
    group.resize(400, 200);
    group.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&group));
    group.alignBaselines();
    QApplication::processEvents();
    const QList<QLabel*> labels = group.findChildren<QLabel*>();
    auto labelText = [&](const QString& text) {
        for (QLabel* l : labels)
            if (l->text() == text)
                return l;
        return static_cast<QLabel*>(nullptr);
    };
    ASSERT_NE(labelText(QStringLiteral("ER")), nullptr);
    EXPECT_NEAR(baselineOf(labelText(QStringLiteral("ER")), &group), baselineOf(first, &group), 1.0);
    EXPECT_NEAR(baselineOf(labelText(QStringLiteral("病历号")), &group), baselineOf(second, &group), 1.0);
}

// The log-in (issue 12): a wrong password is said under the fields and the dialog stays, the right one logs in.
TEST(LogInDialogTest, AWrongPasswordStaysTheRightOneLogsIn)
{
    test::TempDatabase t;
    accounts::AccountService accounts(t.storage(), accounts::HashCost::Fast);
    ASSERT_TRUE(accounts.createFirstAdmin(QStringLiteral("wang.li"), {}, QStringLiteral("admin-pass-1")).ok());
    LogInDialog d(accounts, QStringLiteral("/tmp/x.sqlite"));
    d.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&d));
    EXPECT_EQ(d.passwordField()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(d.nameField(), QStringLiteral("wang.li"));
    QTest::keyClicks(d.passwordField(), QStringLiteral("admin-pass-2"));
    QTest::keyClick(d.passwordField(), Qt::Key_Return);
    EXPECT_TRUE(d.isVisible());
    EXPECT_FALSE(d.problem().isEmpty());
    EXPECT_TRUE(d.passwordField()->text().isEmpty());  // typed again, never kept
    EXPECT_FALSE(d.account().has_value());
    QTest::keyClicks(d.passwordField(), QStringLiteral("admin-pass-1"));
    QTest::keyClick(d.passwordField(), Qt::Key_Return);
    EXPECT_FALSE(d.isVisible());
    EXPECT_EQ(d.result(), QDialog::Accepted);
    ASSERT_TRUE(d.account().has_value());
    EXPECT_EQ(d.account()->role, accounts::Role::Admin);
}
