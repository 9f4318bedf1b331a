#pragma once

#include "core/domain/PatientRecord.h"

#include <QDate>
#include <QWidget>

namespace onco {

class CaseService;
class Knowledge;
class RecordEditor;

/** A page of the patient workspace: shows the open patient's record and offers its edits. */
class WorkspaceTab : public QWidget
{
    Q_OBJECT
public:
    WorkspaceTab(CaseService& service, RecordEditor& editor, QWidget* parent = nullptr);

    void showRecord(const PatientRecord& record);
    void setEditable(bool editable);

protected:
    /** Fills the widgets from record(). */
    virtual void refresh() = 0;
    /** Sets the fixed texts (headers, buttons) in the UI language. */
    virtual void retranslateUi() = 0;
    virtual void editableChanged() {}
    void changeEvent(QEvent* event) override;

    const PatientRecord& record() const { return m_record; }
    const Knowledge& knowledge() const;
    QDate today() const;
    RecordEditor& editor() const { return m_editor; }
    CaseService& service() const { return m_service; }
    bool editable() const { return m_editable; }

    template <typename T> static const T* find(const QList<T>& list, qint64 id)
    {
        for (const T& item : list)
            if (item.id == id)
                return &item;
        return nullptr;
    }

private:
    CaseService& m_service;
    RecordEditor& m_editor;
    PatientRecord m_record;
    bool m_editable = true;
};

}  // namespace onco
