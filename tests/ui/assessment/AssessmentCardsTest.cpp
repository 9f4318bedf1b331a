// The assessment cards in the real window, on three vignette patients with different outcomes (an oral SERD is an
// option; it is not, ESR1 not detected; information missing, ESR1 test due), in English and Chinese: each card is
// checked against the vignette's expected file; the header badges and the Overview agree with the cards; an edit
// through the undo stack recomputes them at once and Undo brings the old status back; a record link shows that
// record; switching the language retranslates the cards.
#include "core/caseformat/CaseCodec.h"
#include "core/demo/DemoData.h"
#include "core/rules/Codes.h"
#include "core/rules/RuleContext.h"
#include "tests/ui/workspace/UiTestSupport.h"
#include "ui/assessment/ActionsCard.h"
#include "ui/assessment/AssessmentBadges.h"
#include "ui/assessment/AssessmentOverview.h"
#include "ui/assessment/AssessmentView.h"
#include "ui/assessment/CardText.h"
#include "ui/assessment/LiveAssessment.h"
#include "ui/assessment/OptionCardView.h"
#include "ui/assessment/ResistanceCard.h"
#include "ui/commands/SaveRecordCommand.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/widgets/Display.h"
#include "ui/workspace/PatientSession.h"
#include "ui/workspace/PatientWorkspace.h"
#include "ui/workspace/RecordTable.h"
#include "ui/workspace/WorkspaceAssessment.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTabWidget>
#include <QUndoStack>

using namespace onco;

namespace {

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const auto& x : v.toArray())
        out << x.toString();
    return out;
}

rules::CriterionStatus criterionFromCode(const QString& code)
{
    for (auto s : {rules::CriterionStatus::Met, rules::CriterionStatus::NotMet, rules::CriterionStatus::Unknown})
        if (rules::criterionStatusCode(s) == code)
            return s;
    ADD_FAILURE() << "unknown criterion status " << code.toStdString();
    return rules::CriterionStatus::Unknown;
}

bool hasChinese(const QString& s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

/** The words of the first badge of a kind inside `parent`. */
QString badgeWords(const QWidget* parent, const QString& objectName = {})
{
    const auto* badge = parent ? parent->findChild<Badge*>(objectName) : nullptr;
    return badge ? badge->words() : QStringLiteral("(no badge %1)").arg(objectName);
}

/** The title and sentence of a note row. */
QString rowText(const QWidget* row)
{
    QStringList parts;
    if (!row)
        return {};
    for (const char* name : {"noteTitle", "noteText"})
        if (const auto* label = row->findChild<QLabel*>(QLatin1String(name)))
            parts << label->text();
    return parts.join(QLatin1Char('\n'));
}

/** Clicks the first link of a row of record links where a user would: on its first words. */
void clickFirstLink(RecordLinks* links)
{
    const QFontMetrics fm(links->font());
    const QRect r = links->contentsRect();
    QTest::mouseClick(links, Qt::LeftButton, Qt::NoModifier,
                      QPoint(r.left() + fm.horizontalAdvance(QStringLiteral("↗ Ab")), r.top() + fm.height() / 2));
}

/** A vignette and the UI language to show it in. */
struct Param
{
    const char* vignette;
    const char* language;
};

void PrintTo(const Param& p, std::ostream* os)
{
    *os << p.vignette << ' ' << p.language;
}

class AssessmentCardsTest : public test::UiTest
{
protected:
    void SetUp() override
    {
        test::UiTest::SetUp();
        languages.setLanguage(QStringLiteral("en"));
    }
    void TearDown() override
    {
        window.reset();
        languages.setLanguage(QStringLiteral("en"));
        test::UiTest::TearDown();
    }

    /** Imports the vignette, sets the clock to its as_of, assesses under its jurisdiction, opens her. */
    void open(const QString& id, const QString& language = QStringLiteral("en"))
    {
        expected = QJsonDocument::fromJson(
                       test::readFile(test::dataPath(QStringLiteral("vignettes/%1.expected.json").arg(id))))
                       .object();
        ASSERT_FALSE(expected.isEmpty()) << id.toStdString();
        QList<CaseError> errors;
        const auto file =
            CaseCodec(t.service().knowledge(), t.clock().today())
                .parse(test::readFile(test::dataPath(QStringLiteral("vignettes/%1.case.json").arg(id))), errors);
        ASSERT_TRUE(file.has_value()) << id.toStdString();
        asOf = file->asOf;
        jurisdiction = file->jurisdiction.value_or(rules::kDefaultJurisdiction);
        const auto imported = t.service().importRecord(file->record, false);
        ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
        patient = imported.value();
        t.clock().setToday(asOf);
        languages.setLanguage(language);
        window = std::make_unique<MainWindow>(
            MainWindow::Services{t.service(), t.directory(), t.worklists(), t.openPatient()}, &languages);
        window->resize(1366, 768);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        // The vignette's jurisdiction through the assessment's own override: the settings file is shared with the
        // UI tests that ctest runs in parallel.
        cards()->live()->setJurisdiction(jurisdiction);
        window->openPatient(patient);
        ASSERT_EQ(workspace()->currentPatientId(), patient);
        ASSERT_TRUE(cards()->live()->isValid());
        ASSERT_EQ(cards()->live()->assessment().asOf, asOf);
        ASSERT_EQ(cards()->live()->assessment().jurisdiction, jurisdiction);
    }

    PatientWorkspace* workspace() const { return window->workspace(); }
    WorkspaceAssessment* cards() const { return workspace()->assessment(); }
    AssessmentView* view() const { return cards()->view(); }
    const Knowledge& knowledge() { return t.service().knowledge(); }
    QJsonObject expectedOption(const QString& drug) const
    {
        return expected.value(QStringLiteral("options")).toObject().value(drug).toObject();
    }
    OptionCardView* optionCard(const QString& drug) const
    {
        for (OptionCardView* card : view()->optionCards())
            if (card->isVisibleTo(view()) && card->drug() == drug)
                return card;
        return nullptr;
    }
    /** The badge words for an expected status: an option for the next change of therapy says so. */
    QString badgeWordsFor(const QString& code, bool nextChange)
    {
        const QString plain = statusWords(code);
        return code == QLatin1String("option") && nextChange
                   ? QCoreApplication::translate("Rules", "Option at the next change")
                   : plain;
    }
    QString statusWords(const QString& code)
    {
        const auto status = rules::optionStatusFromCode(code);
        EXPECT_TRUE(status.has_value()) << code.toStdString();
        return cards::optionStatusText(status.value_or(rules::OptionStatus::NeedsInformation), knowledge());
    }
    /** The codes of the rows named `<prefix><CODE>` under `parent`. */
    static QStringList rowCodes(const QWidget* parent, const QString& prefix)
    {
        QStringList codes;
        for (const QWidget* w : parent->findChildren<QWidget*>())
            if (w->objectName().startsWith(prefix))
                codes << w->objectName().mid(prefix.size());
        return codes;
    }

    /** Every card against the expected file, in the UI language. */
    void checkCardsAgainstExpected()
    {
        // Endocrine resistance: the class, the deciding rule, the flags named either way.
        const QJsonObject er = expected.value(QStringLiteral("endocrine_resistance")).toObject();
        const auto overall = rules::resistanceFromCode(er.value(QStringLiteral("overall")).toString());
        ASSERT_TRUE(overall.has_value());
        ResistanceCard* resistance = view()->resistanceCard();
        ASSERT_TRUE(resistance->isVisibleTo(view()));
        EXPECT_EQ(resistance->badge()->words(), cards::render(rules::describeResistance(*overall), knowledge()));
        const QString rule = er.value(QStringLiteral("rule")).toString();
        const QString deciding = rowText(resistance->findChild<QWidget*>(QStringLiteral("decidingRule")));
        EXPECT_TRUE(deciding.contains(cards::ruleTitle(rule, knowledge()))) << deciding.toStdString();
        QStringList flagCodes;
        for (const QWidget* row : resistance->findChildren<QWidget*>(QStringLiteral("resistanceFlag"))) {
            flagCodes << row->property("code").toString();
            EXPECT_FALSE(rowText(row).contains(QStringLiteral("[%1]").arg(flagCodes.last())));  // words, no code
        }
        for (const QString& code : strings(er.value(QStringLiteral("flags_include"))))
            EXPECT_TRUE(flagCodes.contains(code)) << code.toStdString();
        for (const QString& code : strings(er.value(QStringLiteral("flags_exclude"))))
            EXPECT_FALSE(flagCodes.contains(code)) << code.toStdString();

        // One card per oral SERD, each with the expected status, criteria and flags.
        const QJsonObject options = expected.value(QStringLiteral("options")).toObject();
        int shown = 0;
        for (OptionCardView* card : view()->optionCards())
            shown += card->isVisibleTo(view()) ? 1 : 0;
        EXPECT_EQ(shown, options.size());
        for (const QString& drug : options.keys()) {
            SCOPED_TRACE(drug.toStdString());
            const QJsonObject want = options.value(drug).toObject();
            OptionCardView* card = optionCard(drug);
            ASSERT_NE(card, nullptr);
            EXPECT_EQ(card->title(), cards::drugTitle(drug, knowledge()));
            EXPECT_EQ(card->badge()->words(), badgeWordsFor(want.value(QStringLiteral("status")).toString(),
                                                            cards()->live()->assessment().option(drug)->hasFlag(
                                                                QStringLiteral("CURRENT_LINE_NOT_PROGRESSED"))));
            const QJsonObject criteria = want.value(QStringLiteral("criteria")).toObject();
            for (const QString& id : criteria.keys()) {
                const QWidget* row = card->findChild<QWidget*>(QStringLiteral("criterion_") + id);
                ASSERT_NE(row, nullptr) << id.toStdString();
                const rules::CriterionStatus status = criterionFromCode(criteria.value(id).toString());
                EXPECT_EQ(badgeWords(row, QStringLiteral("criterionStatus")),
                          cards::render(rules::describeCriterionStatus(status), knowledge()))
                    << id.toStdString();
                EXPECT_TRUE(rowText(row).contains(cards::ruleTitle(id, knowledge()))) << id.toStdString();
            }
            auto flagShown = [card](const QString& code) {
                if (code == QLatin1String("NOT_APPROVED_IN_JURISDICTION"))
                    return card->findChild<QWidget*>(QStringLiteral("notApproved")) != nullptr;
                if (code == QLatin1String("APPROVAL_UNVERIFIED"))
                    return card->findChild<QWidget*>(QStringLiteral("approvalUnverified")) != nullptr;
                return card->findChild<QWidget*>(QStringLiteral("flag_") + code) != nullptr;
            };
            for (const QString& code : strings(want.value(QStringLiteral("flags_include"))))
                EXPECT_TRUE(flagShown(code)) << code.toStdString();
            for (const QString& code : strings(want.value(QStringLiteral("flags_exclude"))))
                EXPECT_FALSE(flagShown(code)) << code.toStdString();
            // Jurisdiction and knowledge version on each card.
            const auto* approval = card->findChild<QLabel*>(QStringLiteral("approval"));
            ASSERT_NE(approval, nullptr);
            EXPECT_TRUE(approval->text().contains(displayName(jurisdiction))) << approval->text().toStdString();
            EXPECT_TRUE(approval->text().contains(knowledge().version())) << approval->text().toStdString();
        }

        // The to-do list: every expected action in plain words with its code, none of the excluded ones.
        ActionsCard* actions = view()->actionsCard();
        const QStringList shownActions = rowCodes(actions, QStringLiteral("action_"));
        for (const QString& code : strings(expected.value(QStringLiteral("actions_include")))) {
            const QWidget* row = actions->findChild<QWidget*>(QStringLiteral("action_") + code);
            ASSERT_NE(row, nullptr) << code.toStdString() << " in " << shownActions.join(',').toStdString();
            EXPECT_TRUE(rowText(row).startsWith(cards::codeText(code, knowledge()))) << rowText(row).toStdString();
            EXPECT_NE(cards::codeText(code, knowledge()), code);  // plain words, not the code alone
        }
        for (const QString& code : strings(expected.value(QStringLiteral("actions_exclude"))))
            EXPECT_FALSE(shownActions.contains(code)) << code.toStdString();
        EXPECT_EQ(actions->findChild<QLabel*>(QStringLiteral("noActions")) != nullptr, shownActions.isEmpty());
        for (const QString& code : strings(expected.value(QStringLiteral("info_include"))))
            EXPECT_NE(actions->findChild<QWidget*>(QStringLiteral("info_") + code), nullptr) << code.toStdString();
        for (const QString& code : strings(expected.value(QStringLiteral("info_exclude"))))
            EXPECT_EQ(actions->findChild<QWidget*>(QStringLiteral("info_") + code), nullptr) << code.toStdString();

        // Not a prescription; date, jurisdiction and knowledge version.
        EXPECT_TRUE(view()->noticeLabel()->isVisibleTo(view()));
        const QString notice = view()->noticeLabel()->text();
        EXPECT_TRUE(
            notice.contains(display::chinese() ? QStringLiteral("并非处方") : QStringLiteral("not a prescription")))
            << notice.toStdString();
        const QString context = view()->contextLabel()->text();
        EXPECT_TRUE(context.contains(display::date(asOf))) << context.toStdString();
        EXPECT_TRUE(context.contains(displayName(jurisdiction))) << context.toStdString();
        EXPECT_TRUE(context.contains(knowledge().version())) << context.toStdString();
    }

    /** The header badges and the Overview's compact group say what the cards say. */
    void checkBadgesAndOverviewAgree()
    {
        AssessmentBadges* badges = cards()->badges();
        ASSERT_TRUE(badges->isVisibleTo(workspace()));
        const rules::Resistance overall = cards()->live()->assessment().resistance.overall;
        EXPECT_EQ(badges->resistance()->words(), resistanceBadgeText(overall));
        EXPECT_EQ(badges->resistance()->tone().background, view()->resistanceCard()->badge()->tone().background);
        const QWidget* overview = cards()->overview()->assessmentContent();
        EXPECT_EQ(badgeWords(overview->findChild<QWidget*>(QStringLiteral("overviewResistance"))),
                  badges->resistance()->words());

        for (OptionCardView* card : view()->optionCards()) {
            if (!card->isVisibleTo(view()))
                continue;
            SCOPED_TRACE(card->drug().toStdString());
            const auto* header = badges->findChild<Badge*>(QStringLiteral("optionBadge_") + card->drug());
            ASSERT_NE(header, nullptr);
            EXPECT_TRUE(header->isVisibleTo(badges));
            EXPECT_TRUE(header->words().startsWith(card->title())) << header->words().toStdString();
            EXPECT_EQ(header->tone().glyph, card->badge()->tone().glyph);
            EXPECT_EQ(header->tone().background, card->badge()->tone().background);
            const QWidget* block = overview->findChild<QWidget*>(QStringLiteral("overviewOption_") + card->drug());
            ASSERT_NE(block, nullptr);
            EXPECT_EQ(badgeWords(block), card->badge()->words());
        }

        const QStringList cardActions = rowCodes(view()->actionsCard(), QStringLiteral("action_"));
        const QStringList overviewActions =
            rowCodes(cards()->overview()->actionsContent(), QStringLiteral("overviewAction_"));
        EXPECT_EQ(overviewActions, cardActions);
        EXPECT_EQ(badges->actions()->words(), cardActions.isEmpty()
                                                  ? cards::Texts::tr("No actions due")
                                                  : cards::Texts::tr("Actions due: %1").arg(cardActions.size()));
    }

    LanguageManager languages;
    test::TempDatabase t;
    std::unique_ptr<MainWindow> window;
    QJsonObject expected;
    QDate asOf;
    Jurisdiction jurisdiction = rules::kDefaultJurisdiction;
    qint64 patient = 0;
};

class AssessmentCardsVignette : public AssessmentCardsTest, public ::testing::WithParamInterface<Param>
{};

}  // namespace

TEST_P(AssessmentCardsVignette, CardsShowTheExpectedAssessment)
{
    open(QLatin1String(GetParam().vignette), QLatin1String(GetParam().language));
    workspace()->tabs()->setCurrentIndex(PatientWorkspace::Assessment);
    checkCardsAgainstExpected();
    if (display::chinese()) {
        const QString zh = knowledge().drug(QStringLiteral("elacestrant"))->zh;
        ASSERT_FALSE(zh.isEmpty());
        ASSERT_NE(optionCard(QStringLiteral("elacestrant")), nullptr);
        EXPECT_EQ(optionCard(QStringLiteral("elacestrant"))->title(), zh);
    }
}

TEST_P(AssessmentCardsVignette, HeaderBadgesAndOverviewAgreeWithTheCards)
{
    open(QLatin1String(GetParam().vignette), QLatin1String(GetParam().language));
    EXPECT_EQ(workspace()->tabs()->currentIndex(), int(PatientWorkspace::Overview));
    checkBadgesAndOverviewAgree();
    // The Overview's button brings the full cards.
    QTest::mouseClick(cards()->overview()->openButton(), Qt::LeftButton);
    EXPECT_EQ(workspace()->tabs()->currentIndex(), int(PatientWorkspace::Assessment));
}

// V12: ESR1 E380Q after relapse, both oral SERDs an option. V23: ESR1 not detected after progression, neither is.
// V01: no ESR1 result after relapse on adjuvant letrozole, both need information and the ESR1 test is due.
INSTANTIATE_TEST_SUITE_P(Vignettes, AssessmentCardsVignette,
                         ::testing::Values(Param{"V12", "en"}, Param{"V23", "en"}, Param{"V01", "en"},
                                           Param{"V12", "zh_CN"}, Param{"V23", "zh_CN"}, Param{"V01", "zh_CN"}),
                         [](const auto& p) {
                             return std::string(p.param.vignette) + "_" +
                                    (QLatin1String(p.param.language) == QLatin1String("en") ? "en" : "zh");
                         });

TEST_F(AssessmentCardsTest, AnEditRecomputesTheCardsAtOnceAndUndoBringsTheOldStatusBack)
{
    open(QStringLiteral("V01"));
    const QString drug = QStringLiteral("elacestrant");
    const QString before = statusWords(expectedOption(drug).value(QStringLiteral("status")).toString());
    ASSERT_EQ(optionCard(drug)->badge()->words(), before);
    ASSERT_NE(view()->actionsCard()->findChild<QWidget*>(QStringLiteral("action_ESR1_TEST_DUE")), nullptr);
    const int runs = cards()->live()->runs();
    const int loads = workspace()->snapshots().loads();

    // An ESR1 mutation in plasma on the evaluation date, through the open patient's undo stack.
    GeneticResult esr1;
    esr1.patientId = patient;
    esr1.date = asOf;
    esr1.gene = QStringLiteral("ESR1");
    esr1.variant = QStringLiteral("p.D538G");
    esr1.result = GeneticOutcome::Mutated;
    esr1.specimen = Specimen::Plasma;
    esr1.origin = Origin::Somatic;
    PatientSession* session = workspace()->currentSession();
    QStringList problems;
    session->undoStack()->push(new SaveRecordCommand<GeneticResult>(
        session->commandContext([&](const QString& m) { problems << m; }), std::nullopt, esr1));
    ASSERT_TRUE(problems.isEmpty()) << problems.join(' ').toStdString();

    // At once, without waiting: her record read once more and assessed once more, one snapshot for the session (the
    // tabs) and the cards; SERD-ESR1 met, the option shown everywhere, the test no longer due.
    EXPECT_EQ(cards()->live()->runs(), runs + 1);
    EXPECT_EQ(workspace()->snapshots().loads(), loads + 1);
    EXPECT_EQ(session->snapshot(), cards()->live()->snapshot());
    EXPECT_EQ(session->record().genomics.size(), 1);
    const bool nextChange =
        cards()->live()->assessment().option(drug)->hasFlag(QStringLiteral("CURRENT_LINE_NOT_PROGRESSED"));
    const QString option = badgeWordsFor(QStringLiteral("option"), nextChange);
    EXPECT_EQ(optionCard(drug)->badge()->words(), option);
    EXPECT_EQ(badgeWords(optionCard(drug)->findChild<QWidget*>(QStringLiteral("criterion_SERD-ESR1")),
                         QStringLiteral("criterionStatus")),
              cards::render(rules::describeCriterionStatus(rules::CriterionStatus::Met), knowledge()));
    EXPECT_EQ(view()->actionsCard()->findChild<QWidget*>(QStringLiteral("action_ESR1_TEST_DUE")), nullptr);
    EXPECT_EQ(badgeWords(cards()->overview()->assessmentContent()->findChild<QWidget*>(
                  QStringLiteral("overviewOption_") + drug)),
              option);
    checkBadgesAndOverviewAgree();

    // Undo (Edit menu): the result is gone and the cards say what the expected file says again.
    ASSERT_TRUE(window->undoAction()->isEnabled());
    window->undoAction()->trigger();
    EXPECT_TRUE(t.service().loadPatient(patient).value().genomics.isEmpty());
    EXPECT_EQ(cards()->live()->runs(), runs + 2);  // the undo is one more change, assessed once
    EXPECT_TRUE(session->record().genomics.isEmpty());
    EXPECT_EQ(optionCard(drug)->badge()->words(), before);
    EXPECT_NE(view()->actionsCard()->findChild<QWidget*>(QStringLiteral("action_ESR1_TEST_DUE")), nullptr);
    checkCardsAgainstExpected();
    checkBadgesAndOverviewAgree();
}

TEST_F(AssessmentCardsTest, ClickingACriterionsRecordLinkShowsThatRecord)
{
    open(QStringLiteral("V23"));
    workspace()->tabs()->setCurrentIndex(PatientWorkspace::Assessment);
    QCoreApplication::processEvents();  // lay the cards out

    struct Case
    {
        const char* criterion;
        rules::RecordRef::Entity entity;
        PatientWorkspace::Tab tab;
        const char* table;
    };
    // SERD-ESR1 rests on the ESR1 result (Genetics), SERD-PRIOR on the endocrine line (Therapy lines).
    for (const Case& c : {Case{"SERD-ESR1", rules::RecordRef::Entity::Genomic, PatientWorkspace::Genetics, "genetics"},
                          Case{"SERD-PRIOR", rules::RecordRef::Entity::Therapy, PatientWorkspace::Lines, "lines"}}) {
        SCOPED_TRACE(c.criterion);
        workspace()->tabs()->setCurrentIndex(PatientWorkspace::Assessment);
        QCoreApplication::processEvents();
        const QWidget* row =
            optionCard(QStringLiteral("elacestrant"))->findChild<QWidget*>(QStringLiteral("criterion_") + c.criterion);
        ASSERT_NE(row, nullptr);
        auto* links = row->findChild<RecordLinks*>();
        ASSERT_NE(links, nullptr);
        ASSERT_FALSE(links->refs().isEmpty());
        const rules::RecordRef ref = links->refs().front();
        ASSERT_EQ(ref.entity, c.entity);
        ASSERT_GT(ref.id, 0);
        ASSERT_TRUE(links->isVisible());

        clickFirstLink(links);
        EXPECT_EQ(workspace()->tabs()->currentIndex(), int(c.tab));
        auto* table = workspace()->findChild<RecordTable*>(QLatin1String(c.table));
        ASSERT_NE(table, nullptr);
        EXPECT_EQ(table->currentId(), ref.id);
    }
}

TEST_F(AssessmentCardsTest, SwitchingTheLanguageRetranslatesTheCards)
{
    open(QStringLiteral("V12"));
    workspace()->tabs()->setCurrentIndex(PatientWorkspace::Assessment);
    const QString zh = knowledge().drug(QStringLiteral("elacestrant"))->zh;
    ASSERT_EQ(optionCard(QStringLiteral("elacestrant"))->title(), QStringLiteral("Elacestrant"));
    ASSERT_TRUE(view()->noticeLabel()->text().contains(QStringLiteral("not a prescription")));
    const int runs = cards()->live()->runs();

    languages.setLanguage(QStringLiteral("zh_CN"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return optionCard(QStringLiteral("elacestrant"))->title() == zh; }));
    EXPECT_EQ(cards()->live()->runs(), runs);  // the same assessment, shown again in the new language
    EXPECT_TRUE(view()->noticeLabel()->text().contains(QStringLiteral("并非处方")));
    EXPECT_TRUE(
        cards()->badges()->findChild<Badge*>(QStringLiteral("optionBadge_elacestrant"))->words().startsWith(zh));
    EXPECT_NE(cards()->overview()->openButton()->text(), QStringLiteral("Open the assessment…"));
    EXPECT_TRUE(hasChinese(cards()->overview()->openButton()->text()));
    EXPECT_TRUE(hasChinese(view()->resistanceCard()->title()));
    EXPECT_TRUE(hasChinese(view()->contextLabel()->text()));
    checkCardsAgainstExpected();
    checkBadgesAndOverviewAgree();

    languages.setLanguage(QStringLiteral("en"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return optionCard(QStringLiteral("elacestrant"))->title() == QStringLiteral("Elacestrant"); }));
    EXPECT_TRUE(view()->noticeLabel()->text().contains(QStringLiteral("not a prescription")));
    checkCardsAgainstExpected();
}

TEST_F(AssessmentCardsTest, TakingAndNextChangeAreSaidOnTheCardsAndAnOffLabelPopulationIsNotAGreenLight)
{
    // DEMO-0001 takes elacestrant (ALREADY_ON) with OFS (OFF_LABEL_OFS): the card, the Overview and the header all
    // say "Taking (since …)" in a neutral tone, never a green "Option"; the population criterion is amber.
    ASSERT_TRUE(importDemoPatients(t.service()).ok());
    window = std::make_unique<MainWindow>(
        MainWindow::Services{t.service(), t.directory(), t.worklists(), t.openPatient()}, &languages);
    window->resize(1366, 768);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    window->openPatient(*t.service().findPatientId(QStringLiteral("DEMO-0001")));
    const QString drug = QStringLiteral("elacestrant");
    const rules::OptionCard* card = cards()->live()->assessment().option(drug);
    ASSERT_NE(card, nullptr);
    ASSERT_TRUE(card->hasFlag(QStringLiteral("ALREADY_ON")));
    ASSERT_TRUE(card->hasFlag(QStringLiteral("OFF_LABEL_OFS")));
    const QDate since = rules::takingSince(*card);
    ASSERT_TRUE(since.isValid());
    const Badge* badge = optionCard(drug)->badge();
    EXPECT_EQ(badge->words(), QStringLiteral("Taking (since %1)").arg(display::date(since)));
    EXPECT_NE(badge->tone().glyph, cards::optionTone(rules::OptionStatus::Option).glyph);
    EXPECT_NE(badge->tone().background, cards::optionTone(rules::OptionStatus::Option).background);
    const auto* header = cards()->badges()->findChild<Badge*>(QStringLiteral("optionBadge_") + drug);
    ASSERT_NE(header, nullptr);
    EXPECT_EQ(header->tone().glyph, badge->tone().glyph);
    const QWidget* block =
        cards()->overview()->assessmentContent()->findChild<QWidget*>(QStringLiteral("overviewOption_") + drug);
    ASSERT_NE(block, nullptr);
    EXPECT_EQ(badgeWords(block), badge->words());
    const auto* population = optionCard(drug)->findChild<QWidget*>(QStringLiteral("criterion_SERD-POP"));
    ASSERT_NE(population, nullptr);
    const auto* populationBadge = population->findChild<Badge*>(QStringLiteral("criterionStatus"));
    ASSERT_NE(populationBadge, nullptr);
    EXPECT_NE(populationBadge->tone().background, cards::optionTone(rules::OptionStatus::Option).background);
    // Imlunestrant waits for the current line to progress: the card says so, as the header does.
    const rules::OptionCard* iml = cards()->live()->assessment().option(QStringLiteral("imlunestrant"));
    ASSERT_NE(iml, nullptr);
    ASSERT_TRUE(iml->hasFlag(QStringLiteral("CURRENT_LINE_NOT_PROGRESSED")));
    EXPECT_EQ(optionCard(QStringLiteral("imlunestrant"))->badge()->words(),
              QStringLiteral("Option at the next change"));
    // Chinese too.
    languages.setLanguage(QStringLiteral("zh_CN"));
    QApplication::processEvents();
    EXPECT_TRUE(optionCard(drug)->badge()->words().contains(QStringLiteral("正在使用")))
        << optionCard(drug)->badge()->words().toStdString();
}

// In Chinese, a card for a drug without a verified Chinese name (imlunestrant) says so; a drug with one
// (elacestrant, 艾拉司群) and the English window say nothing (issue 14).
TEST_F(AssessmentCardsTest, AnUnverifiedChineseNameIsSaidSo)
{
    open(QStringLiteral("V01"), QStringLiteral("zh_CN"));
    auto note = [this](const char* drug) {
        return optionCard(QString::fromLatin1(drug))->findChild<QLabel*>(QStringLiteral("chineseNameUnverified"));
    };
    ASSERT_NE(optionCard(QStringLiteral("imlunestrant")), nullptr);
    ASSERT_NE(note("imlunestrant"), nullptr);
    EXPECT_EQ(note("imlunestrant")->text(), QStringLiteral("中文通用名未核实"));
    EXPECT_EQ(note("elacestrant"), nullptr);
    languages.setLanguage(QStringLiteral("en"));
    EXPECT_TRUE(cards::unverifiedChineseName(QStringLiteral("imlunestrant"), Knowledge::builtin()).isEmpty());
}
