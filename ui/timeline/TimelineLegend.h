#pragma once

#include "ui/course/CoursePalette.h"
#include "ui/timeline/TimelineData.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace onco {

/** One entry of the timeline legend: a class colour, the hatch of early lines, a symbol, or a marker line. */
struct LegendEntry
{
    enum class Kind { Group, Early, Symbol, Marker };
    Kind kind = Kind::Group;
    ClassGroup group = ClassGroup::Endocrine;
    TimelineSymbol symbol = TimelineSymbol::Other;
    QColor color;
    QString text;
};

/** The legend of what a timeline shows (only what is present), laid out in rows; painted on screen and on paper. */
class TimelineLegend
{
public:
    static QList<LegendEntry> entriesFor(const TimelineData& data, const Language& language);
    /** The height the entries need at `width`. */
    static double heightFor(const QList<LegendEntry>& entries, double width, const QFont& font);
    static void paint(QPainter* painter, const QRectF& rect, const QList<LegendEntry>& entries, const QFont& font);
};

/** A widget showing a TimelineLegend under the timeline. */
class TimelineLegendWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineLegendWidget(QWidget* parent = nullptr);
    void setEntries(const QList<LegendEntry>& entries);
    const QList<LegendEntry>& entries() const { return m_entries; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<LegendEntry> m_entries;
};

}  // namespace onco
