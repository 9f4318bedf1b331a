#pragma once

#include "core/domain/Enums.h"

#include <QList>
#include <QWidget>

class QCheckBox;

namespace onco {

/** Metastatic or recurrence sites as check boxes (in a grid, labels in the UI language). */
class SiteChecks : public QWidget
{
    Q_OBJECT
public:
    explicit SiteChecks(QWidget* parent = nullptr);

    QList<Site> sites() const;
    void setSites(const QList<Site>& sites);
    QCheckBox* box(Site site) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QList<QPair<Site, QCheckBox*>> m_boxes;
};

}  // namespace onco
