#pragma once

#include "core/analytics/MarkerSettings.h"
#include "core/domain/PatientRecord.h"
#include "ui/timeline/TimelineData.h"

#include <QDate>
#include <QImage>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPainter;
class QStackedWidget;
class QToolButton;
QT_END_NAMESPACE

namespace onco {

class Knowledge;
class TimelineLegendWidget;
class TimelineScene;
class TimelineView;

/**
 * The disease timeline of one patient (product.md capability 3): swim lanes for lines of therapy (coloured by drug
 * class), events, genetic tests and a marker sparkline on one time axis, with a legend, zoom buttons (and the
 * wheel), fit-all, tooltips, and itemClicked() naming the record clicked so the workspace can open it.
 *
 * Texts follow the UI language unless setLanguage() names one. paint()/renderImage() draw the whole course at any
 * size (fitted, legend below) for printing; renderTimeline() does it without a widget.
 */
class DiseaseTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit DiseaseTimeline(const Knowledge& knowledge, QWidget* parent = nullptr);
    ~DiseaseTimeline() override;

    void setPatient(const PatientRecord& record, const QDate& asOf);
    void clear();
    /** ULN defaults for the sparkline (default: loadMarkerSettings() from QSettings). */
    void setSettings(const analytics::MarkerSettings& settings);
    /** Draws texts in `language`; nullptr follows the UI language. */
    void setLanguage(const Language* language);

    const TimelineData& data() const { return m_data; }
    TimelineView* view() const { return m_view; }
    TimelineScene* scene() const;
    TimelineLegendWidget* legend() const { return m_legend; }
    bool isShowingEmptyState() const;
    /** The height that shows every lane of the current course and the whole legend at `width` (the tool bar
     *  included), in logical pixels. */
    int preferredHeight(int width) const;

    /** The whole course fitted into `size` (logical pixels), legend below, on white. */
    QImage renderImage(const QSize& size, qreal devicePixelRatio = 1.0) const;
    void paint(QPainter* painter, const QRectF& target) const;

    /** The whole course of `data` fitted into `target`, legend below, texts in `language` and `font`; on a printer
     *  or PDF drawn through paintAtScreenScale(). */
    static void paintTimeline(QPainter* painter, const QRectF& target, const TimelineData& data,
                              const Language& language, const QFont& font);
    static QImage renderTimeline(const PatientRecord& record, const Knowledge& knowledge, const QDate& asOf,
                                 const analytics::MarkerSettings& settings, const Language& language, const QSize& size,
                                 qreal devicePixelRatio = 1.0);

signals:
    void itemClicked(onco::TimelineEntity entity, qint64 id, int index);
    /** Another course (or language) is shown: preferredHeight() may have changed. */
    void contentChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    const Language& language() const;
    void rebuild();
    void retranslateUi();

    const Knowledge& m_knowledge;
    PatientRecord m_record;
    QDate m_asOf;
    bool m_hasPatient = false;
    analytics::MarkerSettings m_settings;
    const Language* m_language = nullptr;
    TimelineData m_data;

    QToolButton* m_zoomOut = nullptr;
    QToolButton* m_zoomIn = nullptr;
    QToolButton* m_fit = nullptr;
    QLabel* m_hint = nullptr;
    QStackedWidget* m_stack = nullptr;
    TimelineView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    TimelineLegendWidget* m_legend = nullptr;
};

}  // namespace onco
