#include "ui/widgets/SiteChecks.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>

namespace onco {

SiteChecks::SiteChecks(QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    constexpr int kColumns = 3;
    int i = 0;
    for (const auto& e : enumEntries<Site>()) {
        auto* box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("site_") + QLatin1String(e.code));
        grid->addWidget(box, i / kColumns, i % kColumns);
        m_boxes.append({e.value, box});
        ++i;
    }
    retranslateUi();
}

QList<Site> SiteChecks::sites() const
{
    QList<Site> out;
    for (const auto& [site, box] : m_boxes)
        if (box->isChecked())
            out << site;
    return out;
}

void SiteChecks::setSites(const QList<Site>& sites)
{
    for (const auto& [site, box] : m_boxes)
        box->setChecked(sites.contains(site));
}

QCheckBox* SiteChecks::box(Site site) const
{
    for (const auto& [s, box] : m_boxes)
        if (s == site)
            return box;
    return nullptr;
}

void SiteChecks::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SiteChecks::retranslateUi()
{
    for (const auto& [site, box] : m_boxes)
        box->setText(displayName(site));
}

}  // namespace onco
