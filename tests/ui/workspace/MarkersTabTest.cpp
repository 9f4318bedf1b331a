// The Markers tab's results table in the real window: the newest result first, numbers right-aligned, and each
// result's % change from the one before it of the same marker (none for a marker's first result, after a 0, or
// across another assay).
#include "ui/workspace/MarkersTab.h"

#include "tests/ui/workspace/UiTestSupport.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/workspace/PatientWorkspace.h"

#include <QHeaderView>
#include <QTableWidget>

#include <memory>

using namespace onco;

namespace {

MarkerResult result(const char* date, const char* analyte, double value, const char* unit,
                    const char* assay = "Roche Elecsys")
{
    MarkerResult m;
    m.date = QDate::fromString(QString::fromLatin1(date), Qt::ISODate);
    m.analyte = QString::fromLatin1(analyte);
    m.value = value;
    m.unit = QString::fromLatin1(unit);
    m.assay = QString::fromLatin1(assay);
    return m;
}

class MarkersTabTest : public test::UiTest
{
protected:
    QTableWidget* table() const
    {
        return window->workspace()->markersTab()->findChild<QTableWidget*>(QStringLiteral("markersTable"));
    }
    QStringList column(int c) const
    {
        QStringList out;
        for (int r = 0; r < table()->rowCount(); ++r)
            out << (table()->item(r, c) ? table()->item(r, c)->text() : QString());
        return out;
    }

    test::TempDatabase t;
    std::unique_ptr<MainWindow> window;
};

}  // namespace

TEST_F(MarkersTabTest, NewestFirstRightAlignedWithTheChangeFromThePreviousResult)
{
    PatientRecord r = test::sampleRecord(QStringLiteral("MK-1"));
    r.markers = {
        result("2025-01-10", "CA15-3", 20, "U/mL"), result("2025-03-10", "CA15-3", 23, "U/mL"),
        result("2025-02-10", "CA15-3", 25, "U/mL"), result("2025-04-10", "CA15-3", 30, "U/mL", "Abbott Architect"),
        result("2025-02-01", "CEA", 0, "ng/mL"),    result("2025-03-01", "CEA", 3.1, "ng/mL")};
    const auto id = t.service().importRecord(r, false);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    window =
        std::make_unique<MainWindow>(MainWindow::Services{t.service(), t.directory(), t.worklists(), t.openPatient()});
    window->resize(1366, 768);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    window->openPatient(id.value());
    ASSERT_TRUE(table());
    ASSERT_EQ(table()->rowCount(), 6);

    const int change = 4;
    ASSERT_EQ(table()->horizontalHeaderItem(change)->text(), QStringLiteral("% change"));
    EXPECT_EQ(table()->horizontalHeader()->sortIndicatorSection(), 0);
    EXPECT_EQ(table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    EXPECT_EQ(column(0),
              (QStringList{QStringLiteral("10 Apr 2025"), QStringLiteral("10 Mar 2025"), QStringLiteral("1 Mar 2025"),
                           QStringLiteral("10 Feb 2025"), QStringLiteral("1 Feb 2025"), QStringLiteral("10 Jan 2025")}))
        << column(0).join(QLatin1Char('|')).toStdString();
    // 23 after 25: −8 %; 25 after 20: +25 %. Another assay is not compared, nor anything with a 0 before it, and a
    // marker's first result has nothing before it.
    EXPECT_EQ(column(change), (QStringList{QString(), QStringLiteral("−8 %"), QString(), QStringLiteral("+25 %"),
                                           QString(), QString()}))
        << column(change).join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(table()->item(0, change)->toolTip().contains(QStringLiteral("another assay or unit")))
        << table()->item(0, change)->toolTip().toStdString();
    EXPECT_EQ(table()->item(3, change)->toolTip(), QStringLiteral("From 20 U/mL on 10 Jan 2025"));
    EXPECT_DOUBLE_EQ(table()->item(3, change)->data(Qt::UserRole).toDouble(), 25.0);  // sorts by the number

    // The numbers are right-aligned, their headers too; the texts are not.
    const auto right = [](const QTableWidgetItem* item) {
        // Stored as Qt::Alignment (setTextAlignment's overload of Qt 6.4); an int would do too.
        const QVariant v = item->data(Qt::TextAlignmentRole);
        const int flags =
            v.metaType() == QMetaType::fromType<Qt::Alignment>() ? v.value<Qt::Alignment>().toInt() : v.toInt();
        return (flags & Qt::AlignRight) != 0;
    };
    for (int c : {2, change, 5, 6}) {
        EXPECT_TRUE(right(table()->item(1, c))) << c;
        EXPECT_TRUE(right(table()->horizontalHeaderItem(c))) << c;
    }
    for (int c : {0, 1, 3, 7})
        EXPECT_FALSE(right(table()->item(1, c))) << c;

    // Sorting by the change column works on the numbers.
    table()->sortItems(change, Qt::DescendingOrder);
    EXPECT_EQ(column(change).first(), QStringLiteral("+25 %"));
}
