// The worklists across all patients (product.md §8) from the stored summaries: who lands on which list for the demo
// patients, "new" options from the status history, the print audit, in-memory screening of a read-only database,
// and the stored marker_rise (TM-4).
#include "core/analytics/MarkerAnalysis.h"
#include "core/analytics/MarkerSettings.h"
#include "core/assessments/AssessmentService.h"
#include "core/assessments/Recompute.h"
#include "core/caseformat/CaseCodec.h"
#include "core/demo/DemoData.h"
#include "core/knowledgepack/KnowledgeInstall.h"
#include "core/storage/sqlite/SqliteStorage.h"
#include "core/worklists/Screening.h"
#include "core/worklists/WorklistExport.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

using namespace onco;
using namespace onco::worklists;

namespace {

const QDate kToday(2026, 11, 21);

assessments::Freshness freshness(const QDate& day, Jurisdiction j = Jurisdiction::UsFda)
{
    return {day, Knowledge::builtin().version(), j};
}

QStringList mrnsOn(const Screening& s, Kind kind)
{
    QStringList out;
    for (int i : s.indices(kind))
        out << s.entries[i].mrn;
    return out;
}

const Entry* entryOf(const Screening& s, const QString& mrn)
{
    for (const Entry& e : s.entries)
        if (e.mrn == mrn)
            return &e;
    return nullptr;
}

PatientRecord vignette(const QString& id)
{
    QList<CaseError> errors;
    const auto file =
        CaseCodec(Knowledge::builtin(), kToday)
            .parse(test::readFile(test::dataPath(QStringLiteral("vignettes/%1.case.json").arg(id))), errors);
    EXPECT_TRUE(file.has_value());
    return file ? file->record : PatientRecord{};
}

/** V24 without its last line: progression on letrozole + ribociclib on 2023-10-11, ESR1 D538G in plasma on
 *  2023-10-18, no new line yet (so elacestrant is an option to act on, US-FDA). */
qint64 importWaitingForNextLine(CaseService& service)
{
    PatientRecord r = vignette(QStringLiteral("V24"));
    r.therapies.removeLast();
    const auto id = service.importRecord(r, false);
    EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
    return id.ok() ? id.value() : 0;
}

int count(SqlConnection& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

}  // namespace

TEST(Worklists, DemoPatientsOnTheirLists)
{
    test::TempDatabase t;
    ASSERT_TRUE(importDemoPatients(t.service()).ok());
    const auto s = screen(t.context(), {freshness(kToday), true});
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    EXPECT_EQ(s->asOf, kToday);
    EXPECT_EQ(s->screened, 14);  // DEMO-0012 is archived: never on a worklist
    EXPECT_EQ(s->recomputed, 15);
    EXPECT_EQ(s->stale, 0);
    EXPECT_EQ(entryOf(s.value(), QStringLiteral("DEMO-0012")), nullptr);
    // One demo patient has an oral SERD option to act on today (DEMO-0013: ESR1 Y537S in ctDNA after progression on
    // letrozole + palbociclib, no line since); DEMO-0001, -0004 and -0007 already take elacestrant and their
    // imlunestrant option waits for the current line to progress.
    EXPECT_EQ(mrnsOn(s.value(), Kind::SerdOption), QStringList{QStringLiteral("DEMO-0013")});
    EXPECT_EQ(mrnsOn(s.value(), Kind::Esr1Test),
              (QStringList{QStringLiteral("DEMO-0002"), QStringLiteral("DEMO-0005")}));
    EXPECT_EQ(entryOf(s.value(), QStringLiteral("DEMO-0002"))->esr1Actions,
              QStringList{QStringLiteral("ESR1_RETEST_DUE")});
    EXPECT_EQ(entryOf(s.value(), QStringLiteral("DEMO-0005"))->esr1Actions,
              QStringList{QStringLiteral("ESR1_TEST_DUE")});
    EXPECT_EQ(mrnsOn(s.value(), Kind::MarkerRise),
              (QStringList{QStringLiteral("DEMO-0002"), QStringLiteral("DEMO-0005"), QStringLiteral("DEMO-0008"),
                           QStringLiteral("DEMO-0010"), QStringLiteral("DEMO-0011"), QStringLiteral("DEMO-0013")}));
    // Nobody's summary was printed yet: every patient screened is on that list.
    EXPECT_EQ(s->count(Kind::NotPrinted), 14);
    EXPECT_EQ(s->count(Kind::KnowledgeChanged), 0);  // no knowledge update installed
}

TEST(Worklists, ChangedByTheLastKnowledgeUpdate)
{
    test::TempDatabase t;
    ASSERT_TRUE(importDemoPatients(t.service()).ok());
    // A fictional pack that withdraws imlunestrant's US-FDA approval: every screened patient's card changes.
    QJsonObject pack = QJsonDocument::fromJson(Knowledge::builtin().rawJson()).object();
    pack[QStringLiteral("version")] = QStringLiteral("2026.12.5");
    QJsonArray approvals = pack.value(QStringLiteral("approvals")).toArray();
    for (int i = 0; i < approvals.size(); ++i) {
        QJsonObject a = approvals[i].toObject();
        if (a.value(QStringLiteral("drug")) == QStringLiteral("imlunestrant") &&
            a.value(QStringLiteral("jurisdiction")) == QStringLiteral("US-FDA"))
            a[QStringLiteral("approved")] = false;
        approvals[i] = a;
    }
    pack[QStringLiteral("approvals")] = approvals;
    const QDate day(2026, 12, 7);  // the built-in pack was last verified on it: not before
    const FixedClock clock(day);
    const auto installed = knowledgepack::installKnowledge(
        t.storage(), clock, Knowledge::builtin(),
        {QJsonDocument(pack).toJson(), false, false, day, Jurisdiction::UsFda, Jurisdiction::UsFda});
    ASSERT_TRUE(installed.ok()) << installed.error().message.toStdString();
    EXPECT_EQ(installed->patients.size(), 14);  // the deceased DEMO-0012 has no cards
    const auto s = screen(t.context(), {{day, QStringLiteral("2026.12.5"), Jurisdiction::UsFda}, false});
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    EXPECT_EQ(s->count(Kind::KnowledgeChanged), 14);  // the archived DEMO-0012 is screened on no list
    const Entry* e = entryOf(s.value(), QStringLiteral("DEMO-0013"));
    ASSERT_NE(e, nullptr);
    ASSERT_EQ(e->knowledgeChanges.size(), 1);
    EXPECT_EQ(e->knowledgeChanges[0].drug, QStringLiteral("imlunestrant"));
    EXPECT_EQ(e->knowledgeChanges[0].flagsAdded, QStringList{QStringLiteral("NOT_APPROVED_IN_JURISDICTION")});
    // Another jurisdiction's screening lists nobody: the changes were computed for the program's.
    const auto other = screen(t.context(), {{day, QStringLiteral("2026.12.5"), Jurisdiction::EuEma}, false});
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(other->count(Kind::KnowledgeChanged), 0);
}

TEST(Worklists, MarkerRiseIsStoredInTheSummary)
{
    test::TempDatabase t;
    ASSERT_TRUE(importDemoPatients(t.service()).ok());
    const auto settings = analytics::MarkerSettings::fromKnowledge(Knowledge::builtin());
    ASSERT_TRUE(assessments::recomputeStale(t.context(), freshness(kToday)).ok());
    assessments::AssessmentRepository& store = t.storage().assessments();
    int rises = 0;
    const auto patients = t.service().listPatients();
    ASSERT_TRUE(patients.ok());
    for (const PatientListEntry& p : patients.value()) {
        const auto record = t.service().loadPatient(p.id);
        ASSERT_TRUE(record.ok());
        // The stored value is what the analytics say of the latest result of each analyte on as_of.
        bool expected = false;
        for (const auto& m : analytics::analyseMarkers(record.value(), Knowledge::builtin(), kToday, settings))
            expected = expected || m.trend.markerRise;
        const auto stored = store.read(p.id);
        ASSERT_TRUE(stored.ok() && stored->has_value());
        ASSERT_TRUE(stored->value().markerRise.has_value()) << p.mrn.toStdString();
        EXPECT_EQ(*stored->value().markerRise, expected) << p.mrn.toStdString();
        rises += expected ? 1 : 0;
        // Each rising marker is stored with its nadir and latest result (read back exactly).
        const QList<assessments::StoredMarkerRise> named =
            assessments::markerRisesOf(record.value(), Knowledge::builtin(), kToday, settings);
        EXPECT_EQ(stored->value().markerRises, named) << p.mrn.toStdString();
        EXPECT_EQ(named.isEmpty(), !expected) << p.mrn.toStdString();
        for (const auto& m : analytics::analyseMarkers(record.value(), Knowledge::builtin(), kToday, settings)) {
            if (!m.trend.markerRise)
                continue;
            const auto found =
                std::find_if(named.begin(), named.end(), [&](const auto& r) { return r.analyte == m.series.analyte; });
            ASSERT_NE(found, named.end()) << m.series.analyte.toStdString();
            EXPECT_EQ(found->nadir, m.series.points.at(m.trend.nadir).result.value);
            EXPECT_EQ(found->latest, m.series.points.last().result.value);
            EXPECT_EQ(found->date, m.series.points.last().result.date);
            EXPECT_FALSE(found->label.isEmpty());
            EXPECT_FALSE(found->unit.isEmpty());
        }
    }
    EXPECT_GE(rises, 1);
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT count(*) FROM assessment_summaries WHERE marker_rise IS NULL")), 0);

    // The window's own recompute (AssessmentService) stores it too; a result added that ends the rise clears it.
    assessments::AssessmentService service(t.context(), t.service());
    const qint64 id = t.service().findPatientId(QStringLiteral("DEMO-0002")).value();
    ASSERT_TRUE(store.read(id)->value().markerRise.value_or(false));
    auto record = t.service().loadPatient(id).value();
    MarkerResult low = record.markers.last();
    low.id = 0;
    low.date = kToday;
    low.value = 1;
    ASSERT_TRUE(t.service().save(low).ok());
    EXPECT_EQ(store.read(id)->value().markerRise, std::optional<bool>(false));
    EXPECT_TRUE(store.read(id)->value().markerRises.isEmpty());
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT count(*) FROM assessment_summaries WHERE patient_id = %1 AND "
                                           "marker_rises IS NULL")
                                .arg(id)),
              1);
}

TEST(Worklists, MarkerRisesReadBackWhateverTheirTexts)
{
    // Codes and units are free text (a code the catalogue does not know, a unit typed with separators): they are
    // stored so that they read back as written.
    test::TempDatabase t;
    const qint64 id = t.service().importRecord(test::sampleRecord(QStringLiteral("RISE-1")), false).value();
    // A summary as the program stores it, with rises of unusual texts in place of its own.
    ASSERT_TRUE(assessments::recomputeAssessments(t.context(), {id}, freshness(kToday)).ok());
    const auto stored = t.storage().assessments().read(id);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    assessments::StoredAssessment s = stored->value();
    s.markerRise = true;
    s.markerRises = {
        {QStringLiteral("CA15-3"), QStringLiteral("CA 15-3"), 18.4, 35.2, QStringLiteral("U/mL"), QDate(2026, 3, 3)},
        {QStringLiteral("TPA;x|y"), QStringLiteral("组织多肽抗原 %1"), 0, 0.1 + 0.2, QStringLiteral("µg/L; |"),
         QDate(2026, 3, 4)}};
    const auto written = t.storage().assessments().write(s);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    const auto read = t.storage().assessments().read(id);
    ASSERT_TRUE(read.ok() && read->has_value());
    EXPECT_EQ(read->value().markerRises, s.markerRises);
    EXPECT_EQ(read->value().markerRises[1].latest, 0.1 + 0.2);         // to the last bit
    EXPECT_FALSE(read->value().markerRises[1].percent().has_value());  // a nadir of 0: no percentage
    EXPECT_NEAR(*read->value().markerRises[0].percent(), 91.304, 0.001);
}

TEST(Worklists, NewOptionFromTheStatusHistory)
{
    test::TempDatabase t;
    const qint64 id = importWaitingForNextLine(t.service());
    // Computed before the progression (not an option), then after the ESR1 result (an option).
    ASSERT_TRUE(assessments::recomputeAssessments(t.context(), {id}, freshness(QDate(2023, 10, 1))).ok());
    ASSERT_TRUE(assessments::recomputeAssessments(t.context(), {id}, freshness(QDate(2023, 10, 20))).ok());
    auto s = screen(t.context(), {freshness(QDate(2023, 10, 20)), true});
    ASSERT_TRUE(s.ok());
    ASSERT_EQ(mrnsOn(s.value(), Kind::SerdOption), QStringList{QStringLiteral("VIG-24")});
    const Entry* e = entryOf(s.value(), QStringLiteral("VIG-24"));
    ASSERT_EQ(e->options.size(), 2);  // imlunestrant too, though not approved under US-FDA on that date
    EXPECT_EQ(e->options[0].drug, QStringLiteral("elacestrant"));
    EXPECT_EQ(e->options[0].since, QDate(2023, 10, 20));
    EXPECT_TRUE(e->options[0].isNew);
    EXPECT_TRUE(e->options[1].flags.contains(QStringLiteral("NOT_APPROVED_IN_JURISDICTION")));

    // 30 days later it is still new; 31 days later it is not, and it still holds since 2023-10-20.
    s = screen(t.context(), {freshness(QDate(2023, 11, 19)), true});
    ASSERT_TRUE(s.ok());
    e = entryOf(s.value(), QStringLiteral("VIG-24"));
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->options[0].since, QDate(2023, 10, 20));
    EXPECT_TRUE(e->hasNewOption());
    s = screen(t.context(), {freshness(QDate(2023, 11, 20)), true});
    ASSERT_TRUE(s.ok());
    e = entryOf(s.value(), QStringLiteral("VIG-24"));
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->options[0].since, QDate(2023, 10, 20));
    EXPECT_FALSE(e->hasNewOption());
}

TEST(Worklists, AlreadyTakenOrWaitingForTheCurrentLineIsNotOnTheSerdList)
{
    test::TempDatabase t;
    const auto id = t.service().importRecord(vignette(QStringLiteral("V57")), false);  // on elacestrant
    ASSERT_TRUE(id.ok());
    const auto s = screen(t.context(), {freshness(QDate(2025, 7, 10), Jurisdiction::CnNmpa), true});
    ASSERT_TRUE(s.ok());
    const Entry* e = entryOf(s.value(), QStringLiteral("SEED-KZ-01"));
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->summary.option(QStringLiteral("elacestrant"))->status, rules::OptionStatus::Option);
    EXPECT_TRUE(e->summary.option(QStringLiteral("elacestrant"))->flags.contains(QStringLiteral("ALREADY_ON")));
    EXPECT_EQ(e->summary.option(QStringLiteral("imlunestrant"))->status, rules::OptionStatus::Option);
    EXPECT_TRUE(e->summary.option(QStringLiteral("imlunestrant"))
                    ->flags.contains(QStringLiteral("CURRENT_LINE_NOT_PROGRESSED")));
    EXPECT_FALSE(e->on(Kind::SerdOption));
    EXPECT_TRUE(e->options.isEmpty());
}

TEST(Worklists, PrintedSummaryLeavesTheListUntilTheNextChange)
{
    test::TempDatabase t;
    ASSERT_TRUE(importDemoPatients(t.service()).ok());
    const qint64 id = t.service().findPatientId(QStringLiteral("DEMO-0003")).value();
    ASSERT_TRUE(t.service().logAction(QStringLiteral("print"), id, {}).ok());
    ASSERT_TRUE(
        t.service()
            .logAction(QStringLiteral("export"), t.service().findPatientId(QStringLiteral("DEMO-0004")).value(), {})
            .ok());
    auto s = screen(t.context(), {freshness(kToday), true});
    ASSERT_TRUE(s.ok());
    EXPECT_FALSE(mrnsOn(s.value(), Kind::NotPrinted).contains(QStringLiteral("DEMO-0003")));
    EXPECT_TRUE(mrnsOn(s.value(), Kind::NotPrinted).contains(QStringLiteral("DEMO-0004")));  // an export is no print
    EXPECT_EQ(s->count(Kind::NotPrinted), 13);

    // The next day her record changes: her printed summary is out of date.
    t.clock().setToday(kToday.addDays(1));
    Patient p = t.service().loadPatient(id).value().patient;
    p.phone = QStringLiteral("+86 757 0000 9999");
    ASSERT_TRUE(t.service().savePatient(p).ok());
    s = screen(t.context(), {freshness(kToday.addDays(1)), true});
    ASSERT_TRUE(s.ok());
    const Entry* e = entryOf(s.value(), QStringLiteral("DEMO-0003"));
    ASSERT_NE(e, nullptr);
    EXPECT_TRUE(e->on(Kind::NotPrinted));
    EXPECT_TRUE(e->lastPrinted.isValid());
    EXPECT_LT(e->lastPrinted, e->lastChange);
}

TEST(Worklists, ReadOnlyDatabaseIsScreenedInMemory)
{
    test::TempDatabase t;
    ASSERT_TRUE(importDemoPatients(t.service()).ok());
    importWaitingForNextLine(t.service());
    const auto stored = screen(t.context(), {freshness(kToday), true});
    ASSERT_TRUE(stored.ok());
    t.close();

    // Another copy, never summarized, opened read-only: nothing is written, the lists are the same.
    test::TempDatabase fresh;
    ASSERT_TRUE(importDemoPatients(fresh.service()).ok());
    importWaitingForNextLine(fresh.service());
    const QString path = fresh.path();
    fresh.close();
    auto db = Database::open(path, Database::Mode::ReadOnly);
    ASSERT_TRUE(db.ok());
    FixedClock clock(kToday);
    SqliteStorage casesStorage(*db.value(), clock, QStringLiteral("tester"));
    const auto inMemory = screen({casesStorage, clock, Knowledge::builtin()}, {freshness(kToday), false});
    ASSERT_TRUE(inMemory.ok()) << inMemory.error().message.toStdString();
    EXPECT_EQ(inMemory->assessedInMemory, 16);
    EXPECT_EQ(inMemory->recomputed, 0);
    EXPECT_EQ(count(*db.value(), QStringLiteral("SELECT count(*) FROM assessment_summaries")), 0);
    for (Kind k : allKinds())
        EXPECT_EQ(mrnsOn(inMemory.value(), k), mrnsOn(stored.value(), k)) << kindCode(k).toStdString();
    // The option of VIG-24 (no history stored) counts as first seen today, so it is new.
    const Entry* e = entryOf(inMemory.value(), QStringLiteral("VIG-24"));
    ASSERT_NE(e, nullptr);
    EXPECT_TRUE(e->assessedInMemory);
    ASSERT_FALSE(e->options.isEmpty());
    EXPECT_EQ(e->options[0].since, kToday);
    EXPECT_TRUE(e->options[0].isNew);
}

TEST(Worklists, WindowReadsStoredSummariesAsTheyAre)
{
    test::TempDatabase t;
    ASSERT_TRUE(importDemoPatients(t.service()).ok());
    // Nothing stored yet: no assessment list, everyone not printed, all counted as not current.
    auto s = screenStored(t.storage(), freshness(kToday));
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->stale, 14);
    EXPECT_EQ(s->count(Kind::Esr1Test), 0);
    EXPECT_EQ(s->count(Kind::NotPrinted), 14);
    ASSERT_TRUE(assessments::recomputeStale(t.context(), freshness(kToday)).ok());
    s = screenStored(t.storage(), freshness(kToday));
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->stale, 0);
    EXPECT_EQ(s->count(Kind::Esr1Test), 2);
    // Yesterday's summaries are shown (counted as not current) until the recompute.
    s = screenStored(t.storage(), freshness(kToday.addDays(1)));
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->stale, 14);
    EXPECT_EQ(s->count(Kind::Esr1Test), 2);
}

TEST(Worklists, ADeceasedPatientIsOnNoList)
{
    test::TempDatabase t;
    ASSERT_TRUE(importDemoPatients(t.service()).ok());
    const qint64 id = t.service().findPatientId(QStringLiteral("DEMO-0013")).value();
    DiseaseEvent death;
    death.patientId = id;
    death.type = EventType::Death;
    death.date = QDate(2026, 11, 1);
    ASSERT_TRUE(t.service().save(death).ok());
    const auto s = screen(t.context(), {freshness(kToday), true});
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    EXPECT_EQ(entryOf(s.value(), QStringLiteral("DEMO-0013")), nullptr);
    EXPECT_EQ(s->deceased, 1);
    EXPECT_TRUE(mrnsOn(s.value(), Kind::SerdOption).isEmpty());
    EXPECT_EQ(toJson(s.value(), allKinds()).value(QStringLiteral("skipped_deceased")).toInt(), 1);
}
