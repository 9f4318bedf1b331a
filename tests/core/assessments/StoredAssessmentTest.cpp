// The stored assessment summary (product.md §8): what it holds, staleness, status history, the change signal,
// the background recompute on its own thread and connection.
#include "core/assessments/AssessmentService.h"
#include "core/assessments/Recompute.h"
#include "core/caseformat/CaseCodec.h"
#include "core/demo/DemoData.h"
#include "core/rules/Assess.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/sqlite/SqliteStorage.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace onco;
using namespace onco::assessments;

namespace {

qint64 importVignette(CaseService& service, const QString& id, bool replace = false)
{
    QList<CaseError> errors;
    const auto file =
        CaseCodec(Knowledge::builtin(), service.clock().today())
            .parse(test::readFile(test::dataPath(QStringLiteral("vignettes/%1.case.json").arg(id))), errors);
    EXPECT_TRUE(file.has_value());
    const auto patient = service.importRecord(file->record, replace);
    EXPECT_TRUE(patient.ok()) << patient.error().message.toStdString();
    return patient.value();
}

int rows(SqlConnection& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

/** Waits for the background run to end, processing events meanwhile. */
QList<QVariant> waitForBackground(QSignalSpy& finished)
{
    if (finished.isEmpty()) {
        EXPECT_TRUE(finished.wait(120'000));
    }
    return finished.isEmpty() ? QList<QVariant>() : finished.takeFirst();
}

}  // namespace

TEST(Summary, SummarizeAnAssessment)
{
    test::TempDatabase t;
    const qint64 id = importVignette(t.service(), QStringLiteral("V57"));
    const auto record = t.service().loadPatient(id);
    ASSERT_TRUE(record.ok());
    const rules::Assessment a =
        rules::assess(record.value(), {QDate(2025, 7, 10), Jurisdiction::CnNmpa, Knowledge::builtin()});
    const StoredAssessment s = summarize(a, id, record->patient.updatedAt, t.clock().now());
    EXPECT_EQ(s.patientId, id);
    EXPECT_EQ(s.asOf, QDate(2025, 7, 10));
    EXPECT_EQ(s.jurisdiction, Jurisdiction::CnNmpa);
    EXPECT_TRUE(s.advanced);
    EXPECT_EQ(s.resistance, rules::Resistance::Secondary);
    EXPECT_EQ(s.resistanceRule, QStringLiteral("ER-M2"));
    ASSERT_EQ(s.options.size(), 2);
    const StoredOption* ela = s.option(QStringLiteral("elacestrant"));
    ASSERT_NE(ela, nullptr);
    EXPECT_EQ(ela->status, rules::OptionStatus::Option);
    EXPECT_TRUE(ela->flags.contains(QStringLiteral("ALREADY_ON")));
    EXPECT_FALSE(ela->actionable());                                       // already taken
    EXPECT_FALSE(s.option(QStringLiteral("imlunestrant"))->actionable());  // CURRENT_LINE_NOT_PROGRESSED
    EXPECT_EQ(s.actions, QStringList{QStringLiteral("GERMLINE_BRCA_TEST_DUE")});
    EXPECT_EQ(s.esr1, rules::Esr1State::Mutated);
    EXPECT_EQ(s.esr1Date, QDate(2025, 5, 20));
    EXPECT_EQ(s.currentLine, 3);
    EXPECT_EQ(s.currentLineStart, QDate(2025, 6, 5));
    EXPECT_EQ(s.currentDrugs.first(), QStringLiteral("elacestrant"));
    EXPECT_FALSE(s.markerRise.has_value());
    EXPECT_FALSE(s.isStale(QDate(2025, 7, 10), Knowledge::builtin().version(), Jurisdiction::CnNmpa));
    EXPECT_TRUE(s.isStale(QDate(2025, 7, 11), Knowledge::builtin().version(), Jurisdiction::CnNmpa));
    EXPECT_TRUE(s.isStale(QDate(2025, 7, 10), QStringLiteral("2027.1.1"), Jurisdiction::CnNmpa));
    EXPECT_TRUE(s.isStale(QDate(2025, 7, 10), Knowledge::builtin().version(), Jurisdiction::UsFda));
}

TEST(Summary, StoreRoundTripAndHistoryOnlyOnChange)
{
    test::TempDatabase t;
    const qint64 id = importVignette(t.service(), QStringLiteral("V43"));
    const auto record = t.service().loadPatient(id);
    AssessmentRepository& store = t.storage().assessments();
    auto summaryOn = [&](QDate day) {
        return summarize(rules::assess(record.value(), {day, Jurisdiction::UsFda, Knowledge::builtin()}), id,
                         record->patient.updatedAt, t.clock().now());
    };
    const StoredAssessment first = summaryOn(QDate(2025, 10, 15));
    ASSERT_TRUE(store.write(first).ok());
    const auto read = store.read(id);
    ASSERT_TRUE(read.ok() && read->has_value());
    StoredAssessment expected = first;
    expected.computedAt =
        QDateTime::fromString(first.computedAt.toUTC().toString(Qt::ISODateWithMs), Qt::ISODateWithMs);
    EXPECT_EQ(read.value().value(), expected);
    // Two drugs, two first rows; writing the same statuses again adds none.
    EXPECT_EQ(store.history(id)->size(), 2);
    ASSERT_TRUE(store.write(summaryOn(QDate(2025, 10, 16))).ok());
    EXPECT_EQ(store.history(id)->size(), 2);
    // Before the relapse of 2023-12-10 the disease was not advanced: imlunestrant was not an option then.
    const StoredAssessment earlier = summaryOn(QDate(2023, 6, 1));
    ASSERT_TRUE(store.write(earlier).ok());
    const auto history = store.history(id);
    ASSERT_TRUE(history.ok());
    EXPECT_GE(history->size(), 3);
    const StatusChange& last = history->last();
    EXPECT_EQ(last.firstSeen, QDate(2023, 6, 1));
    ASSERT_TRUE(last.previous.has_value());
    EXPECT_NE(*last.previous, last.status);
    EXPECT_EQ(store.readAll()->size(), 1);
}

TEST(Summary, StaleWhenMissingOtherDateVersionJurisdictionOrRecordChanged)
{
    test::TempDatabase t;
    const qint64 a = importVignette(t.service(), QStringLiteral("V01"));
    const qint64 b = importVignette(t.service(), QStringLiteral("V05"));
    AssessmentRepository& store = t.storage().assessments();
    Freshness now{t.clock().today(), Knowledge::builtin().version(), Jurisdiction::UsFda};
    EXPECT_EQ(store.staleIds(now).value(), (QList<qint64>{a, b}));  // none stored yet
    auto recomputed = recomputeStale(t.context(), now);
    ASSERT_TRUE(recomputed.ok());
    EXPECT_EQ(recomputed->recomputed, 2);
    EXPECT_TRUE(store.staleIds(now)->isEmpty());

    Freshness tomorrow = now;
    tomorrow.asOf = now.asOf.addDays(1);
    EXPECT_EQ(store.staleIds(tomorrow)->size(), 2);
    Freshness newer = now;
    newer.knowledgeVersion = QStringLiteral("2027.1.1");
    EXPECT_EQ(store.staleIds(newer)->size(), 2);
    Freshness eu = now;
    eu.jurisdiction = Jurisdiction::EuEma;
    EXPECT_EQ(store.staleIds(eu)->size(), 2);

    // A change of the record (here without the service's signal being heard) makes only that one stale.
    t.clock().setToday(t.clock().today());  // same day, later time is not needed: updated_at changes anyway
    DiseaseEvent e;
    e.patientId = b;
    e.date = QDate(2025, 6, 1);
    e.type = EventType::Progression;
    ASSERT_TRUE(t.service().save(e).ok());
    QSqlQuery q(t.db().connection());
    q.exec(QStringLiteral("UPDATE patients SET updated_at = '2026-11-21T13:00:00.000Z' WHERE id = %1").arg(b));
    EXPECT_EQ(store.staleIds(now).value(), QList<qint64>{b});
}

TEST(Summary, ServiceRecomputesOnEveryChangeAndRemovalCascades)
{
    test::TempDatabase t;
    AssessmentService summaries(t.context(), t.service());
    QSignalSpy changed(&summaries, &AssessmentService::assessmentChanged);
    const qint64 id = importVignette(t.service(), QStringLiteral("V70"));  // patientAdded
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.takeFirst().at(0).toLongLong(), id);
    auto s = summaries.summary(id);
    ASSERT_TRUE(s.ok() && s->has_value());
    EXPECT_EQ((*s)->asOf, t.clock().today());
    EXPECT_EQ((*s)->esr1, rules::Esr1State::NotDetected);
    EXPECT_TRUE(summaries.staleIds()->isEmpty());

    // A plasma ESR1 mutation after the progression makes both drugs options: recomputed at once, history written.
    GeneticResult g;
    g.patientId = id;
    g.date = t.clock().today();
    g.gene = QStringLiteral("ESR1");
    g.variant = QStringLiteral("p.Y537S");
    g.result = GeneticOutcome::Mutated;
    g.specimen = Specimen::Plasma;
    ASSERT_TRUE(t.service().save(g).ok());  // patientChanged
    EXPECT_EQ(changed.size(), 1);
    s = summaries.summary(id);
    EXPECT_EQ((*s)->esr1, rules::Esr1State::Mutated);
    const auto fresh = rules::assess(t.service().loadPatient(id).value(),
                                     {t.clock().today(), summaries.jurisdiction(), Knowledge::builtin()});
    EXPECT_EQ((*s)->option(QStringLiteral("elacestrant"))->status, fresh.option(QStringLiteral("elacestrant"))->status);
    const auto changes = summaries.changesSince(t.clock().today());
    ASSERT_TRUE(changes.ok());
    ASSERT_FALSE(changes->isEmpty());
    for (const StatusChange& c : changes.value()) {
        EXPECT_EQ(c.patientId, id);
        EXPECT_EQ(c.firstSeen, t.clock().today());
        EXPECT_TRUE(c.previous.has_value());
    }
    EXPECT_EQ(summaries.changesSince(t.clock().today(), true)->size(), changes->size() + 2);  // + the first rows

    // Removing the patient removes the summary and its history.
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM patients WHERE id = %1").arg(id)));
    EXPECT_EQ(rows(t.db(), QStringLiteral("SELECT count(*) FROM assessment_summaries")), 0);
    EXPECT_EQ(rows(t.db(), QStringLiteral("SELECT count(*) FROM assessment_status_history")), 0);
}

TEST(Summary, BackgroundRecomputeOnItsOwnThreadAndConnection)
{
    test::TempDatabase t;
    ASSERT_TRUE(importDemoPatients(t.service()).ok());
    ASSERT_TRUE(generateSyntheticPatients(t.service(), 1500, 7).ok());
    AssessmentService summaries(t.context(), t.service());  // created after the import: nothing stored yet
    ASSERT_EQ(summaries.staleIds()->size(), 1515);
    QSignalSpy progress(&summaries, &AssessmentService::backgroundProgress);
    QSignalSpy finished(&summaries, &AssessmentService::backgroundFinished);
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(summaries.recomputeStaleInBackground());
    EXPECT_LT(timer.elapsed(), 200);  // returns at once
    EXPECT_TRUE(summaries.isRecomputing());
    EXPECT_FALSE(summaries.recomputeStaleInBackground());  // one run at a time
    const QList<QVariant> result = waitForBackground(finished);
    ASSERT_EQ(result.size(), 3);
    EXPECT_EQ(result[0].toInt(), 1515);
    EXPECT_FALSE(result[1].toBool());
    EXPECT_TRUE(result[2].toString().isEmpty()) << result[2].toString().toStdString();
    EXPECT_FALSE(summaries.isRecomputing());
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last().at(0).toInt(), 1515);
    EXPECT_EQ(progress.last().at(1).toInt(), 1515);
    EXPECT_TRUE(summaries.staleIds()->isEmpty());
    const auto all = summaries.summaries();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 1515);
    // Each stored summary equals what the rules give now.
    for (qint64 id : {all->first().patientId, all->at(700).patientId, all->last().patientId}) {
        const auto a = rules::assess(t.service().loadPatient(id).value(),
                                     {t.clock().today(), summaries.jurisdiction(), Knowledge::builtin()});
        const auto stored = summaries.summary(id).value().value();
        EXPECT_EQ(stored.actions, a.actionCodes());
        EXPECT_EQ(stored.resistance, a.resistance.overall);
        EXPECT_EQ(stored.option(QStringLiteral("imlunestrant"))->status,
                  a.option(QStringLiteral("imlunestrant"))->status);
    }
}

TEST(Summary, NewDateOrJurisdictionMakesEveryoneStaleAndAnEditDuringTheRunWins)
{
    test::TempDatabase t;
    ASSERT_TRUE(generateSyntheticPatients(t.service(), 1200, 3).ok());
    const qint64 v43 = importVignette(t.service(), QStringLiteral("V43"));
    AssessmentService summaries(t.context(), t.service());
    QSignalSpy finished(&summaries, &AssessmentService::backgroundFinished);
    ASSERT_TRUE(summaries.recomputeStaleInBackground());
    waitForBackground(finished);
    ASSERT_TRUE(summaries.staleIds()->isEmpty());

    // The next day: every summary is stale; the background run brings them up to date.
    t.clock().setToday(t.clock().today().addDays(1));
    EXPECT_EQ(summaries.staleIds()->size(), 1201);
    summaries.setJurisdiction(Jurisdiction::EuEma);
    ASSERT_TRUE(summaries.recomputeStaleInBackground());
    // An edit while the run goes: its own synchronous recompute must not be overwritten by an older read.
    DiseaseEvent e;
    e.patientId = v43;
    e.date = t.clock().today();
    e.type = EventType::Recurrence;  // a no-op for the rules, but a change of the record
    e.extent = Extent::Local;
    ASSERT_TRUE(t.service().save(e).ok());
    const QList<QVariant> result = waitForBackground(finished);
    ASSERT_FALSE(result.isEmpty());
    EXPECT_TRUE(result[2].toString().isEmpty()) << result[2].toString().toStdString();
    EXPECT_TRUE(summaries.staleIds()->isEmpty());
    const auto stored = summaries.summary(v43).value().value();
    EXPECT_EQ(stored.jurisdiction, Jurisdiction::EuEma);
    EXPECT_EQ(stored.asOf, t.clock().today());
    EXPECT_EQ(stored.recordUpdatedAt, t.service().loadPatient(v43)->patient.updatedAt);
}

TEST(Summary, CancelStopsBetweenBatchesAndDateWatchStartsARun)
{
    test::TempDatabase t;
    ASSERT_TRUE(generateSyntheticPatients(t.service(), 3000, 5).ok());
    AssessmentService summaries(t.context(), t.service());
    QSignalSpy finished(&summaries, &AssessmentService::backgroundFinished);
    ASSERT_TRUE(summaries.recomputeStaleInBackground());
    summaries.cancelBackground();
    QList<QVariant> result = waitForBackground(finished);
    ASSERT_EQ(result.size(), 3);
    EXPECT_TRUE(result[1].toBool());  // cancelled
    EXPECT_LT(result[0].toInt(), 3000);
    EXPECT_FALSE(summaries.staleIds()->isEmpty());

    summaries.watchDate(10);
    t.clock().setToday(t.clock().today().addDays(1));
    result = waitForBackground(finished);  // the date watch noticed the new day and recomputed everyone
    ASSERT_EQ(result.size(), 3);
    EXPECT_FALSE(result[1].toBool());
    EXPECT_TRUE(summaries.staleIds()->isEmpty());
}

TEST(Summary, ReadOnlyDatabaseStoresNothing)
{
    test::TempDatabase t;
    importVignette(t.service(), QStringLiteral("V01"));
    const QString path = t.path();
    t.close();
    auto db = Database::open(path, Database::Mode::ReadOnly);
    ASSERT_TRUE(db.ok());
    FixedClock clock(QDate(2026, 11, 21));
    SqliteStorage serviceStorage(*db.value(), clock, QStringLiteral("t"));
    CaseService service(serviceStorage, clock, Knowledge::builtin());
    AssessmentService summaries({serviceStorage, clock, Knowledge::builtin()}, service);
    EXPECT_FALSE(summaries.recomputeStaleInBackground());
    const auto s = summaries.recompute(1);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, ErrorKind::ReadOnly);
    EXPECT_EQ(summaries.staleIds()->size(), 1);
}

TEST(Summary, AReleasedVersion1DatabaseMigratesAndGetsItsSummaries)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("v1.sqlite"));
    ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("db/v1.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), Database::latestVersion());
    FixedClock clock(QDate(2026, 11, 21));
    SqliteStorage casesStorage(*db.value(), clock, QStringLiteral("t"));
    CaseService cases(casesStorage, clock, Knowledge::builtin());
    const ServiceContext context{casesStorage, clock, Knowledge::builtin()};
    AssessmentService summaries(context, cases);
    const int patients = rows(*db.value(), QStringLiteral("SELECT count(*) FROM patients"));
    ASSERT_GT(patients, 0);
    EXPECT_EQ(summaries.staleIds()->size(), patients);
    ASSERT_TRUE(recomputeStale(context, summaries.freshness()).ok());
    EXPECT_TRUE(summaries.staleIds()->isEmpty());
    EXPECT_EQ(summaries.summaries()->size(), patients);
}
