#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace onco {

/**
 * A titled table of one kind of record with Add, Edit and Delete. Double-click or Enter edits the current row,
 * Delete deletes it (after asking). Rows carry the record id; cells may carry a sort key and a tooltip.
 */
class RecordTable : public QWidget
{
    Q_OBJECT
public:
    struct Cell
    {
        QString text;
        QVariant sortKey = {};
        QString toolTip = {};
    };

    explicit RecordTable(const QString& objectName, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setHeaders(const QStringList& headers);
    void setButtonTexts(const QString& add, const QString& edit, const QString& remove);
    /** Replaces the rows, keeping the current record selected. */
    void setRows(const QList<qint64>& ids, const QList<QList<Cell>>& rows);
    /** The row of this record is shown in bold on a tinted background (the current line); 0: none. Takes effect
     *  at the next setRows(). */
    void setHighlightedId(qint64 id) { m_highlighted = id; }
    void setEditable(bool editable);
    /** This column gives up width (and wraps) when the table is too narrow; the others fit their contents. */
    void setStretchColumn(int column);
    /** These columns (numbers) are right-aligned, their headers too. Takes effect at the next setRows(). */
    void setRightAlignedColumns(const QList<int>& columns) { m_rightAligned = columns; }
    /** The column and order rows are sorted by at first. */
    void setDefaultSort(int column, Qt::SortOrder order = Qt::AscendingOrder);
    qint64 currentId() const;
    /** Selects the row of a record, scrolls to it and gives the table the focus; false when it is not listed. */
    bool selectRecord(qint64 id);
    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }

signals:
    void addRequested();
    void editRequested(qint64 id);
    void removeRequested(qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();
    void fitColumns();

    QLabel* m_title = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    bool m_editable = true;
    qint64 m_highlighted = 0;
    int m_stretch = -1;
    QList<int> m_rightAligned;
    int m_defaultSort = 0;  ///< by date: oldest first, like the course
    Qt::SortOrder m_defaultOrder = Qt::AscendingOrder;
};

}  // namespace onco
