#pragma once

#include "core/knowledge/Investigational.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace onco {

/**
 * An investigational agent (研究药物, clinical-rules.md §0) for a therapy line: the classes the trial drug may belong
 * to, as check boxes (all of them when nothing is known: a blinded arm), and an optional label (a trial code).
 */
class InvestigationalDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InvestigationalDialog(QWidget* parent = nullptr);

    void setAgent(const InvestigationalAgent& agent);
    InvestigationalAgent agent() const;

    QCheckBox* classBox(InvestigationalAgent::Class c) const;
    QLineEdit* labelField() const { return m_label; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void updateState();

    QList<QCheckBox*> m_classes;  ///< in the order of kInvestigationalClasses
    QLineEdit* m_label = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace onco
