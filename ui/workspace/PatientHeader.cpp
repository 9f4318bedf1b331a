#include "ui/workspace/PatientHeader.h"

#include "core/clinical/CourseFacts.h"
#include "core/util/Dates.h"
#include "ui/widgets/Display.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace onco {

PatientHeader::PatientHeader(const Knowledge& knowledge, QWidget* parent)
    : QWidget(parent)
    , m_knowledge(knowledge)
    , m_name(new QLabel(this))
    , m_archived(new QLabel(this))
    , m_deceased(new QLabel(this))
    , m_details(new QLabel(this))
    , m_badges(new QHBoxLayout)
    , m_edit(new QPushButton(this))
    , m_archive(new QPushButton(this))
{
    setObjectName(QStringLiteral("patientHeader"));
    m_name->setObjectName(QStringLiteral("headerName"));
    m_details->setObjectName(QStringLiteral("headerDetails"));
    m_edit->setObjectName(QStringLiteral("headerEdit"));
    m_archive->setObjectName(QStringLiteral("headerArchive"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_archived->setStyleSheet(
        QStringLiteral("background: #6b6b6b; color: white; border-radius: 3px; padding: 1px 6px;"));
    m_archived->hide();
    m_deceased->setObjectName(QStringLiteral("headerDeceased"));
    m_deceased->setStyleSheet(
        QStringLiteral("background: #2f2f2f; color: white; border-radius: 3px; padding: 1px 6px;"));
    m_deceased->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_name);
    top->addWidget(m_deceased);
    top->addWidget(m_archived);
    top->addStretch(1);
    top->addWidget(m_edit);
    top->addWidget(m_archive);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_details);
    layout->addLayout(m_badges);  // the assessment badges, on their own row so both languages fit at 1366x768
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    connect(m_edit, &QPushButton::clicked, this, &PatientHeader::editRequested);
    connect(m_archive, &QPushButton::clicked, this, [this] { emit archiveRequested(!m_record.patient.archived); });
    retranslateUi();
}

void PatientHeader::showRecord(const PatientRecord& record, const QDate& today)
{
    m_record = record;
    m_today = today;
    retranslateUi();
}

void PatientHeader::setEditable(bool editable)
{
    m_edit->setVisible(editable);
    m_archive->setVisible(editable);
}

void PatientHeader::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PatientHeader::retranslateUi()
{
    const Patient& p = m_record.patient;
    m_edit->setText(tr("Edit patient…"));
    m_archive->setText(p.archived ? tr("Restore from archive") : tr("Archive"));
    m_archived->setText(tr("Archived"));
    m_archived->setVisible(p.archived);
    m_name->setText(QStringList{p.name, p.nameLatin}.join(QStringLiteral("  ")).trimmed());

    const QDate death = clinical::deathDate(m_record.events, m_today);
    m_deceased->setText(tr("Deceased (%1)").arg(display::date(death)));
    m_deceased->setVisible(death.isValid());
    QStringList parts{tr("MRN %1").arg(p.mrn)};
    if (death.isValid()) {  // her age at death, not today
        if (const int age = dates::ageOn(p.birthDate, death); age >= 0)
            parts << tr("died aged %1").arg(age);
    } else if (const int age = dates::ageOn(p.birthDate, m_today); age >= 0) {
        parts << tr("%n years", nullptr, age);
    }
    if (p.sex != Sex::Unrecorded)
        parts << displayName(p.sex);
    parts << (p.menopausalStatus == MenopausalStatus::Unrecorded ? tr("menopausal status not recorded")
                                                                 : displayName(p.menopausalStatus));
    const int i = death.isValid() ? -1 : clinical::currentLineIndex(m_record.therapies, m_knowledge, m_today);
    if (death.isValid()) {
        m_details->setText(parts.join(QStringLiteral("  ·  ")));
        return;
    }
    if (i >= 0) {
        const TherapyLine& t = m_record.therapies[i];
        const auto number = clinical::advancedLineNumbers(m_record.therapies, m_knowledge)[i];
        parts << tr("%1: %2, day %3")
                     .arg(display::lineLabel(t, number), display::drugs(t.drugs, m_knowledge))
                     .arg(t.start.daysTo(m_today) + 1);
    } else {
        parts << tr("no active line");
    }
    m_details->setText(parts.join(QStringLiteral("  ·  ")));
}

}  // namespace onco
