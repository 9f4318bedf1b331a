#pragma once

#include "ui/workspace/RecordTable.h"
#include "ui/workspace/WorkspaceTab.h"

#include <QHash>

class QVBoxLayout;

namespace onco {

/**
 * Tumour-marker results as a table, the newest first: numbers right-aligned, and each result's % change from the
 * result before it of the same marker (empty for a marker's first result, and between results of another assay or
 * unit). The marker chart (ui/charts) goes above the table through setChartWidget(); until then the place stays
 * empty and takes no room.
 */
class MarkersTab : public WorkspaceTab
{
    Q_OBJECT
public:
    MarkersTab(CaseService& service, RecordEditor& editor, QWidget* parent = nullptr);

    /** Puts the marker chart above the table (the tab takes ownership). */
    void setChartWidget(QWidget* chart);
    QWidget* chartSlot() const { return m_chartSlot; }

protected:
    void refresh() override;
    void retranslateUi() override;
    void editableChanged() override;

private:
    /** The "% change" cell of each result that has one, by its index in record().markers. */
    QHash<int, RecordTable::Cell> changeCells() const;

    QWidget* m_chartSlot = nullptr;
    QVBoxLayout* m_chartLayout = nullptr;
    RecordTable* m_table = nullptr;
};

}  // namespace onco
