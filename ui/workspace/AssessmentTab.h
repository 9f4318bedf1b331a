#pragma once

#include "ui/workspace/WorkspaceTab.h"

class QLabel;
class QVBoxLayout;

namespace onco {

/**
 * The place of the assessment (endocrine resistance, oral SERD option cards, testing prompts). The rules integration
 * fills it through setContentWidget(); until then it says what will appear and under which jurisdiction and
 * knowledge version.
 */
class AssessmentTab : public WorkspaceTab
{
    Q_OBJECT
public:
    AssessmentTab(CaseService& service, RecordEditor& editor, QWidget* parent = nullptr);

    /** Replaces the placeholder with the assessment view (the tab takes ownership). */
    void setContentWidget(QWidget* content);

protected:
    void refresh() override;
    void retranslateUi() override;

private:
    QVBoxLayout* m_layout = nullptr;
    QWidget* m_placeholder = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    QLabel* m_context = nullptr;
};

}  // namespace onco
