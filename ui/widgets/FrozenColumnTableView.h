#pragma once

#include <QTableView>

namespace onco {

/**
 * A table whose first column (logical column 0, kept in the first place) stays in view when the table scrolls
 * sideways: a second view showing only that column lies over the table's, sharing its model, its selection and its
 * vertical scrolling (the idea of Qt's "Frozen Column" example). Its header sorts like the table's; dragging its edge
 * resizes the column in both.
 */
class FrozenColumnTableView : public QTableView
{
    Q_OBJECT
public:
    explicit FrozenColumnTableView(QWidget* parent = nullptr);

    /** Lays the first column's view over the table. Call once, after setModel() and after the table's selection,
     *  row height, sorting and look are set: the column's view (object name "frozenColumn") takes them from the
     *  table. */
    void freezeFirstColumn();

    /** The first column is always in view: scrolls only vertically to it, and never leaves another column under
     *  it. */
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;

protected:
    void updateGeometries() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateFrozenGeometry();

    QTableView* m_frozen = nullptr;
};

}  // namespace onco
