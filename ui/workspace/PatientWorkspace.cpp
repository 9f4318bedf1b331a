#include "ui/workspace/PatientWorkspace.h"

#include "core/services/CaseService.h"
#include "core/services/PatientSnapshot.h"
#include "core/util/Clock.h"
#include "ui/workspace/AssessmentTab.h"
#include "ui/workspace/GeneticsTab.h"
#include "ui/workspace/HistoryTab.h"
#include "ui/workspace/LinesTab.h"
#include "ui/workspace/MarkersTab.h"
#include "ui/workspace/OverviewTab.h"
#include "ui/workspace/PatientHeader.h"
#include "ui/workspace/PatientSession.h"
#include "ui/workspace/RecordEditor.h"
#include "ui/workspace/RecordTable.h"
#include "ui/workspace/WorkspaceAssessment.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace onco {

namespace {

constexpr int kKeptSessions = 30;

}  // namespace

PatientWorkspace::PatientWorkspace(OpenPatient& open, QWidget* parent)
    : QWidget(parent)
    , m_open(open)
    , m_service(open.service())
    , m_undoGroup(new QUndoGroup(this))
    , m_editor(new RecordEditor(m_service, this))
    , m_pages(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(m_banner))
    , m_bannerClose(new QToolButton(m_banner))
    , m_header(new PatientHeader(m_service.knowledge(), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("patientWorkspace"));
    m_overview = new OverviewTab(m_service, *m_editor, this);
    m_history = new HistoryTab(m_service, *m_editor, this);
    m_lines = new LinesTab(m_service, *m_editor, this);
    m_markers = new MarkersTab(m_service, *m_editor, this);
    m_genetics = new GeneticsTab(m_service, *m_editor, this);
    m_assessment = new AssessmentTab(m_service, *m_editor, this);
    for (QWidget* tab :
         {static_cast<QWidget*>(m_overview), static_cast<QWidget*>(m_history), static_cast<QWidget*>(m_lines),
          static_cast<QWidget*>(m_markers), static_cast<QWidget*>(m_genetics), static_cast<QWidget*>(m_assessment)})
        m_tabs->addTab(tab, QString());
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setDocumentMode(true);

    m_empty->setObjectName(QStringLiteral("noPatient"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: palette(dark);"));

    m_banner->setObjectName(QStringLiteral("problemBanner"));
    m_banner->setStyleSheet(QStringLiteral("#problemBanner { background: #fde7e9; border: 1px solid #e3a1a8; }"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerClose->setText(QStringLiteral("×"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 4, 4);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerClose, 0, Qt::AlignTop);
    m_banner->hide();
    connect(m_bannerClose, &QToolButton::clicked, m_banner, &QWidget::hide);

    auto* patientPage = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(patientPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(m_header);
    pageLayout->addWidget(m_banner);
    pageLayout->addWidget(m_tabs, 1);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(patientPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_editor, &RecordEditor::problem, this, &PatientWorkspace::showProblem);
    connect(m_header, &PatientHeader::editRequested, m_editor, &RecordEditor::editPatient);
    connect(m_header, &PatientHeader::archiveRequested, m_editor, &RecordEditor::setArchived);
    // The assessment (cards in the Assessment tab, Overview groups, header badges), recomputed on every change.
    m_cards = new WorkspaceAssessment(m_open, *this);
    retranslateUi();
}

PatientWorkspace::~PatientWorkspace() = default;

qint64 PatientWorkspace::currentPatientId() const
{
    return m_current ? m_current->patientId() : 0;
}

void PatientWorkspace::openPatient(qint64 patientId)
{
    if (patientId == currentPatientId())
        return;
    m_banner->hide();
    if (patientId <= 0) {
        m_current = nullptr;
        m_undoGroup->setActiveStack(nullptr);
        m_editor->setSession(nullptr);
        m_pages->setCurrentIndex(0);
        m_open.setPatient(0);
        emit patientOpened(0);
        return;
    }
    PatientSession* session = m_sessions.value(patientId);
    if (!session) {
        session = new PatientSession(m_open, patientId, this);
        m_sessions.insert(patientId, session);
        m_undoGroup->addStack(session->undoStack());
        connect(session, &PatientSession::recordChanged, this, [this, session] {
            if (session == m_current)
                showCurrent();
        });
        connect(session, &PatientSession::unavailable, this, [this, session](const QString& message) {
            if (session == m_current)
                showProblem(message);
        });
    }
    m_recent.removeAll(patientId);
    m_recent << patientId;
    while (m_recent.size() > kKeptSessions) {
        const qint64 oldest = m_recent.takeFirst();
        delete m_sessions.take(oldest);
    }
    m_current = session;
    m_editor->setSession(session);
    m_undoGroup->setActiveStack(session->undoStack());
    // Reads her once and publishes the snapshot: the session shows it (recordChanged -> showCurrent), the
    // assessment follows, or the problem is shown (unavailable).
    m_open.setPatient(patientId);
    m_pages->setCurrentIndex(session->isLoaded() ? 1 : 0);
    emit patientOpened(patientId);
}

void PatientWorkspace::showCurrent()
{
    if (!m_current || !m_current->isLoaded())
        return;
    const PatientRecord& rec = m_current->record();
    m_header->showRecord(rec, m_service.clock().today());
    for (WorkspaceTab* tab : {static_cast<WorkspaceTab*>(m_overview), static_cast<WorkspaceTab*>(m_history),
                              static_cast<WorkspaceTab*>(m_lines), static_cast<WorkspaceTab*>(m_markers),
                              static_cast<WorkspaceTab*>(m_genetics), static_cast<WorkspaceTab*>(m_assessment)})
        tab->showRecord(rec);
    emit recordShown(rec);
}

bool PatientWorkspace::revealRecord(RecordKind kind, qint64 id)
{
    if (!m_current || !m_current->isLoaded())
        return false;
    if (kind == RecordKind::Diagnosis) {
        m_tabs->setCurrentWidget(m_overview);
        return m_current->record().diagnosis.has_value();
    }
    struct Place
    {
        QWidget* tab;
        const char* table;
    };
    const Place place = kind == RecordKind::Biopsy        ? Place{m_history, "biopsies"}
                        : kind == RecordKind::Event       ? Place{m_history, "events"}
                        : kind == RecordKind::TherapyLine ? Place{m_lines, "lines"}
                        : kind == RecordKind::Medication  ? Place{m_lines, "medications"}
                        : kind == RecordKind::Marker      ? Place{m_markers, "markers"}
                                                          : Place{m_genetics, "genetics"};
    auto* table = place.tab->findChild<RecordTable*>(QLatin1String(place.table));
    if (!table)
        return false;
    m_tabs->setCurrentWidget(place.tab);
    return table->selectRecord(id);
}

void PatientWorkspace::showRecord(rules::RecordRef::Entity entity, qint64 recordId)
{
    using E = rules::RecordRef::Entity;
    switch (entity) {
    case E::Patient:
    case E::Diagnosis:
        revealRecord(RecordKind::Diagnosis, recordId);
        return;
    case E::Biopsy:
        revealRecord(RecordKind::Biopsy, recordId);
        return;
    case E::Event:
        revealRecord(RecordKind::Event, recordId);
        return;
    case E::Therapy:
        revealRecord(RecordKind::TherapyLine, recordId);
        return;
    case E::Medication:
        revealRecord(RecordKind::Medication, recordId);
        return;
    case E::Genomic:
        revealRecord(RecordKind::Genetic, recordId);
        return;
    }
}

void PatientWorkspace::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly);
    m_header->setEditable(!readOnly);
    for (WorkspaceTab* tab : {static_cast<WorkspaceTab*>(m_overview), static_cast<WorkspaceTab*>(m_history),
                              static_cast<WorkspaceTab*>(m_lines), static_cast<WorkspaceTab*>(m_markers),
                              static_cast<WorkspaceTab*>(m_genetics), static_cast<WorkspaceTab*>(m_assessment)})
        tab->setEditable(!readOnly);
}

void PatientWorkspace::showProblem(const QString& message)
{
    m_bannerText->setText(tr("Not saved: %1").arg(message));
    m_banner->show();
    emit problemShown(message);
}

QString PatientWorkspace::problem() const
{
    return m_banner->isVisible() ? m_bannerText->text() : QString();
}

void PatientWorkspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PatientWorkspace::retranslateUi()
{
    m_tabs->setTabText(Overview, tr("&Overview"));
    m_tabs->setTabText(History, tr("&Disease history"));
    m_tabs->setTabText(Lines, tr("&Therapy lines"));
    m_tabs->setTabText(Markers, tr("Tumour &markers"));
    m_tabs->setTabText(Genetics, tr("&Genetics"));
    m_tabs->setTabText(Assessment, tr("&Assessment"));
    m_empty->setText(tr("No patient is open.\n\nFind her in the list on the left (name, pinyin, initials or MRN), "
                        "or create a new patient with Ctrl+N."));
    m_bannerClose->setToolTip(tr("Hide this message"));
}

}  // namespace onco
