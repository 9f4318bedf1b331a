#include "ui/workspace/WorkspaceTab.h"

#include "core/services/CaseService.h"
#include "core/util/Clock.h"

#include <QEvent>

namespace onco {

WorkspaceTab::WorkspaceTab(CaseService& service, RecordEditor& editor, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_editor(editor)
{}

void WorkspaceTab::showRecord(const PatientRecord& record)
{
    m_record = record;
    refresh();
}

void WorkspaceTab::setEditable(bool editable)
{
    m_editable = editable;
    editableChanged();
}

const Knowledge& WorkspaceTab::knowledge() const
{
    return m_service.knowledge();
}

QDate WorkspaceTab::today() const
{
    return m_service.clock().today();
}

void WorkspaceTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}

}  // namespace onco
