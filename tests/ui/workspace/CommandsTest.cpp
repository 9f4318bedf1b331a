// Undo commands against a real database: each step is one service call (one transaction, one audit row); undo and
// redo give back the stored state; records restored under a new id are still found by later commands.
#include "tests/ui/workspace/UiTestSupport.h"
#include "ui/commands/RemoveRecordCommand.h"
#include "ui/commands/SavePatientCommand.h"
#include "ui/commands/SaveRecordCommand.h"

#include <QUndoStack>

using namespace onco;

namespace {

class Commands : public test::UiTest
{
protected:
    void SetUp() override
    {
        test::UiTest::SetUp();
        patientId = t.service().importRecord(test::sampleRecord(), false).value();
        context = {&t.service(), std::make_shared<RecordIdMap>(), [this](const QString& m) { reports << m; }};
    }
    PatientRecord record() { return t.service().loadPatient(patientId).value(); }
    MarkerResult marker(double value)
    {
        MarkerResult m;
        m.patientId = patientId;
        m.date = QDate(2026, 1, 5);
        m.analyte = QStringLiteral("CEA");
        m.value = value;
        m.unit = QStringLiteral("ng/mL");
        return m;
    }
    QList<double> ceaValues()
    {
        QList<double> values;
        for (const MarkerResult& m : record().markers)
            if (m.analyte == QLatin1String("CEA"))
                values << m.value;
        return values;
    }

    test::TempDatabase t;
    qint64 patientId = 0;
    CommandContext context;
    QStringList reports;
    QUndoStack stack;
};

}  // namespace

TEST_F(Commands, AddEditUndoRedoFollowTheRecordThroughReinsertion)
{
    stack.push(new SaveRecordCommand<MarkerResult>(context, std::nullopt, marker(4.0)));
    ASSERT_EQ(ceaValues(), QList<double>{4.0});
    const MarkerResult added = [&] {
        for (const MarkerResult& m : record().markers)
            if (m.analyte == QLatin1String("CEA"))
                return m;
        return MarkerResult{};
    }();
    MarkerResult edited = added;
    edited.value = 7.5;
    stack.push(new SaveRecordCommand<MarkerResult>(context, added, edited));
    EXPECT_EQ(ceaValues(), QList<double>{7.5});

    stack.undo();  // edit
    EXPECT_EQ(ceaValues(), QList<double>{4.0});
    stack.undo();  // add
    EXPECT_TRUE(ceaValues().isEmpty());
    stack.redo();  // add again: a new id
    EXPECT_EQ(ceaValues(), QList<double>{4.0});
    stack.redo();  // the edit finds the record under its new id
    EXPECT_EQ(ceaValues(), QList<double>{7.5});
    EXPECT_TRUE(reports.isEmpty()) << reports.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(stack.count(), 2);
    EXPECT_EQ(stack.text(0), QCoreApplication::translate("UndoCommands", "Add marker result"));
    EXPECT_EQ(stack.text(1), QCoreApplication::translate("UndoCommands", "Edit marker result"));
}

TEST_F(Commands, RemoveAndUndoRestoreTheRecordWhole)
{
    const TherapyLine line = record().therapies.back();
    stack.push(new RemoveRecordCommand<TherapyLine>(context, line));
    EXPECT_EQ(record().therapies.size(), 1);
    stack.undo();
    ASSERT_EQ(record().therapies.size(), 2);
    TherapyLine restored = record().therapies.back();
    restored.id = line.id;  // SQLite may or may not hand out the same id again
    EXPECT_EQ(restored, line);
    stack.redo();  // deletes the restored copy
    EXPECT_EQ(record().therapies.size(), 1);
    stack.undo();
    stack.undo();  // nothing left to undo
    EXPECT_EQ(record().therapies.size(), 2);
}

TEST_F(Commands, AnIdHandedOutAgainNeverReachesTheCommandsOfADeletedRecord)
{
    // Delete the newest marker (the highest id), then add another one: SQLite gives it the freed id.
    const MarkerResult first = record().markers.back();
    stack.push(new RemoveRecordCommand<MarkerResult>(context, first));
    stack.push(new SaveRecordCommand<MarkerResult>(context, std::nullopt, marker(3.0)));
    const MarkerResult second = record().markers.back();
    ASSERT_EQ(second.id, first.id);
    MarkerResult edited = second;
    edited.value = 9.0;
    stack.push(new SaveRecordCommand<MarkerResult>(context, second, edited));
    EXPECT_EQ(ceaValues(), QList<double>{9.0});

    stack.undo();  // the edit
    stack.undo();  // the addition
    stack.undo();  // the deletion: the first marker is back
    ASSERT_EQ(record().markers.size(), 1);
    EXPECT_EQ(record().markers.front().analyte, first.analyte);
    EXPECT_DOUBLE_EQ(record().markers.front().value, first.value);
    stack.redo();
    stack.redo();
    stack.redo();
    EXPECT_EQ(ceaValues(), QList<double>{9.0});
    EXPECT_EQ(record().markers.size(), 1);
    EXPECT_TRUE(reports.isEmpty()) << reports.join(QLatin1Char('\n')).toStdString();
}

TEST_F(Commands, ArchiveIsAnUndoablePatientEdit)
{
    const Patient before = record().patient;
    Patient after = before;
    after.archived = true;
    stack.push(new SavePatientCommand(context, before, after));
    EXPECT_TRUE(record().patient.archived);
    EXPECT_EQ(stack.undoText(), QCoreApplication::translate("UndoCommands", "Archive patient"));
    stack.undo();
    EXPECT_FALSE(record().patient.archived);
    stack.redo();
    EXPECT_TRUE(record().patient.archived);
}

TEST_F(Commands, AFailedStepReportsLeavesTheDatabaseAndLeavesTheStack)
{
    // The record was deleted behind the command's back (e.g. by another window): the edit cannot be saved.
    const MarkerResult stored = record().markers.front();
    ASSERT_TRUE(t.service().remove<MarkerResult>(stored.id).ok());
    MarkerResult edited = stored;
    edited.value = 1.0;
    stack.push(new SaveRecordCommand<MarkerResult>(context, stored, edited));
    EXPECT_EQ(reports.size(), 1);
    EXPECT_EQ(stack.count(), 0);
    EXPECT_TRUE(record().markers.isEmpty());

    // A duplicate MRN is refused by the service: nothing changes.
    Patient other;
    other.mrn = QStringLiteral("T-0002");
    const qint64 otherId = t.service().savePatient(other).value();
    Patient clash = t.service().loadPatient(otherId)->patient;
    Patient renamed = clash;
    renamed.mrn = QStringLiteral("T-0001");
    stack.push(new SavePatientCommand(context, clash, renamed));
    EXPECT_EQ(reports.size(), 2);
    EXPECT_EQ(stack.count(), 0);
    EXPECT_EQ(t.service().loadPatient(otherId)->patient.mrn, QStringLiteral("T-0002"));
}

TEST_F(Commands, AChangeFromAnotherWorkstationIsAskedAboutAndKeepMineSavesOverIt)
{
    // This workstation shows her record; another one (a day later on its clock) adds a CEA value.
    t.service().noteShown(patientId, record().patient.updatedAt);
    FixedClock otherClock(QDate(2026, 11, 22));
    auto other = test::openContext(t.path(), otherClock, Storage::Access::ReadWrite, QStringLiteral("li.na"));
    ASSERT_TRUE(other->cases().save(marker(9.0)).ok());

    QStringList asked;
    bool keep = false;
    context.keepMine = [&](const QString& message) {
        asked << message;
        return keep;
    };
    // "Reload": nothing of this workstation's is saved, the step is dropped, the problem is not reported twice.
    stack.push(new SaveRecordCommand<MarkerResult>(context, std::nullopt, marker(4.0)));
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked.front().contains(QStringLiteral("li.na"))) << asked.front().toStdString();
    EXPECT_EQ(ceaValues(), QList<double>{9.0});
    EXPECT_EQ(stack.count(), 0);
    EXPECT_TRUE(reports.isEmpty()) << reports.join(QLatin1Char('\n')).toStdString();

    // "Keep mine": saved over the other change, one undo step.
    keep = true;
    t.clock().setToday(QDate(2026, 11, 23));
    stack.push(new SaveRecordCommand<MarkerResult>(context, std::nullopt, marker(4.0)));
    EXPECT_EQ(asked.size(), 2);
    QList<double> values = ceaValues();
    std::sort(values.begin(), values.end());
    EXPECT_EQ(values, (QList<double>{4.0, 9.0}));
    EXPECT_EQ(stack.count(), 1);
    EXPECT_TRUE(t.audit().verify().ok);
}
