#include "ui/widgets/InvestigationalDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace onco {

namespace {

QString classText(InvestigationalAgent::Class c)
{
    switch (c) {
    case InvestigationalAgent::AI:
        return InvestigationalDialog::tr("Aromatase inhibitor (AI)");
    case InvestigationalAgent::SERM:
        return InvestigationalDialog::tr("SERM (tamoxifen-like)");
    case InvestigationalAgent::SerdInj:
        return InvestigationalDialog::tr("Injectable SERD (fulvestrant-like)");
    case InvestigationalAgent::SerdOral:
        return InvestigationalDialog::tr("Oral SERD or other oral ER-directed drug (PROTAC, CERAN, SERCA …)");
    case InvestigationalAgent::Cdk46i:
        return InvestigationalDialog::tr("CDK4/6 inhibitor");
    case InvestigationalAgent::Other:
        break;
    }
    return InvestigationalDialog::tr(
        "Other (not ER-directed, not a CDK4/6 inhibitor: chemotherapy, ADC, PI3K/AKT/mTOR …)");
}

constexpr int kMaxLabel = 60;

}  // namespace

InvestigationalDialog::InvestigationalDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Investigational agent (clinical trial)"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A trial drug whose identity is not known. Tick every class it may belong to: all of "
                                "them for a blinded arm you know nothing about; oral SERD and AI for a blinded "
                                "oral-SERD-versus-AI trial. The rules read the line every way these classes allow."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (InvestigationalAgent::Class c : kInvestigationalClasses) {
        auto* box = new QCheckBox(classText(c), this);
        box->setObjectName(QStringLiteral("class_") + investigationalClassCode(c));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &InvestigationalDialog::updateState);
        m_classes << box;
        layout->addWidget(box);
    }
    auto* form = new QFormLayout;
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("investigationalLabel"));
    m_label->setPlaceholderText(tr("Trial code or arm, e.g. SHR-1234 (blinded)"));
    connect(m_label, &QLineEdit::textChanged, this, &InvestigationalDialog::updateState);
    form->addRow(tr("&Label (optional):"), m_label);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("investigationalProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateState();
}

QCheckBox* InvestigationalDialog::classBox(InvestigationalAgent::Class c) const
{
    for (int i = 0; i < m_classes.size(); ++i)
        if (kInvestigationalClasses[i] == c)
            return m_classes[i];
    return nullptr;
}

void InvestigationalDialog::setAgent(const InvestigationalAgent& agent)
{
    for (int i = 0; i < m_classes.size(); ++i)
        m_classes[i]->setChecked(agent.has(kInvestigationalClasses[i]));
    m_label->setText(agent.label);
}

InvestigationalAgent InvestigationalDialog::agent() const
{
    InvestigationalAgent a;
    a.classes = 0;
    for (int i = 0; i < m_classes.size(); ++i)
        if (m_classes[i]->isChecked())
            a.classes |= kInvestigationalClasses[i];
    a.bracketed = a.classes != InvestigationalAgent::kAllClasses;
    a.label = m_label->text().trimmed();
    return a;
}

void InvestigationalDialog::updateState()
{
    const InvestigationalAgent a = agent();
    QString problem;
    if (a.classes == 0)
        problem = tr("Tick at least one class (all of them when nothing is known).");
    else if (a.label.toUcs4().size() > kMaxLabel)
        problem = tr("The label has %1 characters; at most %2.").arg(a.label.toUcs4().size()).arg(kMaxLabel);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

}  // namespace onco
