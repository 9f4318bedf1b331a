#pragma once

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStandardItemModel;
class QToolButton;

namespace onco {

class Knowledge;

/**
 * The drugs of a therapy line, entered from the bilingual catalogue: typing 来曲 or letro offers letrozole (来曲唑);
 * Enter adds the highlighted or exactly named drug; Delete removes the selected one; "Template" fills a common
 * regimen; "Trial drug…" (or the catalogue entry of that name) adds an investigational agent with the classes it may
 * belong to. Stores canonical English catalogue names, and investigational agents as `investigational[…]:label`.
 */
class DrugListEdit : public QWidget
{
    Q_OBJECT
public:
    explicit DrugListEdit(const Knowledge& knowledge, QWidget* parent = nullptr);

    QStringList drugs() const { return m_drugs; }
    void setDrugs(const QStringList& drugs);
    /** Adds a drug by catalogue name, alias or Chinese name, or a valid investigational agent; false otherwise. */
    bool addDrug(const QString& name);
    /** Asks for an investigational agent (InvestigationalDialog) and adds it. */
    void addInvestigational();
    /** Text typed but not added yet. */
    QString pendingText() const;
    QLineEdit* input() const { return m_input; }
    QListWidget* list() const { return m_list; }
    QCompleter* completer() const { return m_completer; }
    QToolButton* templateButton() const { return m_templates; }
    QPushButton* trialButton() const { return m_trial; }

signals:
    void drugsChanged();
    /** A typed name that is not in the catalogue, with the message to show at the field. */
    void problem(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void addTyped();
    void removeSelected();
    void refreshList();
    void rebuildCatalogue();
    void rebuildTemplates();
    void retranslateUi();

    const Knowledge& m_knowledge;
    QStringList m_drugs;
    QListWidget* m_list = nullptr;
    QLineEdit* m_input = nullptr;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_catalogue = nullptr;
    QToolButton* m_templates = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_trial = nullptr;
};

}  // namespace onco
