#pragma once

#include "ui/workspace/WorkspaceTab.h"

namespace onco {

class RecordTable;

/**
 * Lines of therapy with the derived advanced-line number (the clinician's number beside it when it differs), time on
 * treatment, progression-free interval, stop reason and best response; and the concomitant medications.
 */
class LinesTab : public WorkspaceTab
{
    Q_OBJECT
public:
    LinesTab(CaseService& service, RecordEditor& editor, QWidget* parent = nullptr);

protected:
    void refresh() override;
    void retranslateUi() override;
    void editableChanged() override;

private:
    RecordTable* m_lines = nullptr;
    RecordTable* m_medications = nullptr;
};

}  // namespace onco
