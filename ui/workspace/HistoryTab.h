#pragma once

#include "ui/workspace/WorkspaceTab.h"

namespace onco {

class RecordTable;

/** The disease history: dated events (recurrence, progression, response, surgery …) and later biopsies. */
class HistoryTab : public WorkspaceTab
{
    Q_OBJECT
public:
    HistoryTab(CaseService& service, RecordEditor& editor, QWidget* parent = nullptr);

protected:
    void refresh() override;
    void retranslateUi() override;
    void editableChanged() override;

private:
    RecordTable* m_events = nullptr;
    RecordTable* m_biopsies = nullptr;
};

}  // namespace onco
