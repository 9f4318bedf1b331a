#pragma once

#include "ui/workspace/WorkspaceTab.h"

class QVBoxLayout;

namespace onco {

class RecordTable;

/**
 * Tumour-marker results as a table. The marker chart (another change, ui/charts) goes above the table through
 * setChartWidget(); until then the place stays empty and takes no room.
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
    QWidget* m_chartSlot = nullptr;
    QVBoxLayout* m_chartLayout = nullptr;
    RecordTable* m_table = nullptr;
};

}  // namespace onco
