#include "ui/workspace/AssessmentTab.h"

#include "core/knowledge/Knowledge.h"
#include "core/settings/AppSettings.h"
#include "ui/widgets/Display.h"

#include <QLabel>
#include <QVBoxLayout>

namespace onco {

AssessmentTab::AssessmentTab(CaseService& service, RecordEditor& editor, QWidget* parent)
    : WorkspaceTab(service, editor, parent)
    , m_placeholder(new QWidget(this))
    , m_title(new QLabel(m_placeholder))
    , m_text(new QLabel(m_placeholder))
    , m_context(new QLabel(m_placeholder))
{
    m_placeholder->setObjectName(QStringLiteral("assessmentPlaceholder"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_text->setWordWrap(true);
    m_context->setWordWrap(true);
    m_context->setStyleSheet(QStringLiteral("color: palette(dark);"));
    auto* inner = new QVBoxLayout(m_placeholder);
    inner->addWidget(m_title);
    inner->addWidget(m_text);
    inner->addWidget(m_context);
    inner->addStretch(1);
    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(m_placeholder);
    retranslateUi();
}

void AssessmentTab::setContentWidget(QWidget* content)
{
    m_placeholder->hide();
    m_layout->addWidget(content);
}

void AssessmentTab::refresh()
{
    m_context->setText(tr("Jurisdiction: %1 · Knowledge data %2 (last verified %3)")
                           .arg(displayName(settings::jurisdiction()), knowledge().version(),
                                display::date(knowledge().lastVerified())));
}

void AssessmentTab::retranslateUi()
{
    m_title->setText(tr("Assessment"));
    m_text->setText(tr("The endocrine resistance class with its deciding rule, the oral SERD option cards "
                       "(elacestrant, imlunestrant) with their criteria, and the testing prompts will be shown here "
                       "once the assessment has been computed. They are flags for the clinician, never a treatment "
                       "decision."));
    refresh();
}

}  // namespace onco
