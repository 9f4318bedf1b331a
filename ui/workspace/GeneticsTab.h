#pragma once

#include "ui/workspace/WorkspaceTab.h"

class QLabel;

namespace onco {

class RecordTable;

/** Genetic results with how current each is against the latest progression (§4.1): a not-detected ESR1 result
 *  collected before the latest progression is not current. */
class GeneticsTab : public WorkspaceTab
{
    Q_OBJECT
public:
    GeneticsTab(CaseService& service, RecordEditor& editor, QWidget* parent = nullptr);

protected:
    void refresh() override;
    void retranslateUi() override;
    void editableChanged() override;

private:
    QLabel* m_progression = nullptr;
    RecordTable* m_table = nullptr;
};

}  // namespace onco
