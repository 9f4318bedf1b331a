#include "ui/workspace/OverviewTab.h"

#include "core/clinical/CourseFacts.h"
#include "core/clinical/Definitions.h"
#include "core/util/Dates.h"
#include "ui/dialogs/Suggestions.h"
#include "ui/widgets/Display.h"
#include "ui/widgets/FactGroup.h"
#include "ui/workspace/RecordEditor.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace onco {

namespace {

constexpr int kTimelineHeight = 250;
/** The timeline never takes more than this share of the Overview: the current line, the verdict and the due
 *  actions stay in view at 1366×768 (issue 14). */
constexpr double kMaxTimelineShare = 0.5;

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

QString yesNo(const std::optional<bool>& value)
{
    if (!value)
        return QStringLiteral("—");
    return *value ? QCoreApplication::translate("EnumCombo", "Yes") : QCoreApplication::translate("EnumCombo", "No");
}

QString source(const std::optional<clinical::ReceptorSource>& s)
{
    if (!s)
        return {};
    if (s->fromDiagnosis)
        return OverviewTab::tr("diagnosis, %1").arg(display::date(s->date));
    return OverviewTab::tr("biopsy %1, %2").arg(display::site(s->site), display::date(s->date)).simplified();
}

}  // namespace

OverviewTab::OverviewTab(CaseService& service, RecordEditor& editor, QWidget* parent)
    : WorkspaceTab(service, editor, parent)
    , m_timelineSlot(new QWidget(this))
    , m_identity(new FactGroup(QStringLiteral("identity"), this))
    , m_diagnosis(new FactGroup(QStringLiteral("diagnosis"), this))
    , m_receptors(new FactGroup(QStringLiteral("receptors"), this))
    , m_line(new FactGroup(QStringLiteral("currentLine"), this))
    , m_assessment(new FactGroup(QStringLiteral("assessmentSummary"), this))
    , m_actions(new FactGroup(QStringLiteral("dueActions"), this))
{
    m_timelineSlot->setObjectName(QStringLiteral("timelineSlot"));
    m_timelineLayout = new QVBoxLayout(m_timelineSlot);
    m_timelineLayout->setContentsMargins(0, 0, 0, 0);
    m_timelineSlot->hide();

    for (int i = 0; i < 12; ++i)
        m_identityValues << m_identity->addFact();
    for (int i = 0; i < 7; ++i)
        m_diagnosisValues << m_diagnosis->addFact();
    for (int i = 0; i < 4; ++i)
        m_receptorValues << m_receptors->addFact();
    for (int i = 0; i < 3; ++i)
        m_lineValues << m_line->addFact();
    m_editIdentity = m_identity->addEditButton();
    m_editDiagnosis = m_diagnosis->addEditButton();
    connect(m_editIdentity, &QPushButton::clicked, this, [this] { this->editor().editPatient(); });
    connect(m_editDiagnosis, &QPushButton::clicked, this, [this] { this->editor().editDiagnosis(); });

    auto* content = new QWidget;
    // What the clinician decides with first, in view without scrolling: the current line and the due actions beside
    // the assessment; then who she is and the diagnosis (also in the header band above). Each group is a box of its
    // own (a grid with row spans loses the wrapped labels' heights).
    auto* left = new QVBoxLayout;
    left->addWidget(m_line);
    left->addWidget(m_actions);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_assessment);
    right->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* lowerLeft = new QVBoxLayout;
    lowerLeft->addWidget(m_identity);
    lowerLeft->addStretch(1);
    auto* lowerRight = new QVBoxLayout;
    lowerRight->addWidget(m_diagnosis);
    lowerRight->addWidget(m_receptors);
    lowerRight->addStretch(1);
    auto* lower = new QHBoxLayout;
    lower->addLayout(lowerLeft, 1);
    lower->addLayout(lowerRight, 1);
    auto* facts = new QVBoxLayout(content);
    facts->addLayout(columns);
    facts->addLayout(lower);
    facts->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The timeline across the top, the facts below; the clinician can move the divide.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("overviewSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_timelineSlot);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_dividerMoved = true; });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    retranslateUi();
}

void OverviewTab::setTimelineWidget(QWidget* timeline, std::function<int(int)> preferredHeight)
{
    m_timelineLayout->addWidget(timeline);
    m_timelineSlot->show();
    m_preferredHeight = std::move(preferredHeight);
    // A first height (the lanes of a long course, the legend) until the course is known; the rest is the facts.
    m_splitter->setSizes({kTimelineHeight, 10 * kTimelineHeight});
    fitTimeline();
}

void OverviewTab::resizeEvent(QResizeEvent* event)
{
    WorkspaceTab::resizeEvent(event);
    fitTimeline();
}

void OverviewTab::fitTimeline()
{
    if (m_dividerMoved || m_timelineSlot->isHidden() || !m_preferredHeight)
        return;
    const int preferred = m_preferredHeight(m_timelineSlot->width() > 0 ? m_timelineSlot->width() : width());
    const int total = std::max(m_splitter->height(), 2 * kTimelineHeight);
    const int timeline = std::clamp(preferred, kTimelineHeight / 2, int(total * kMaxTimelineShare));
    m_splitter->setSizes({timeline, total - timeline});
}

void OverviewTab::refresh()
{
    showIdentity();
    showDiagnosis();
    showReceptors();
    showCurrentLine();
    for (FactGroup* group : {m_identity, m_diagnosis, m_receptors, m_line})
        group->alignBaselines();
}

void OverviewTab::showIdentity()
{
    const Patient& p = record().patient;
    const QDate death = clinical::deathDate(record().events, today());
    const int age = dates::ageOn(p.birthDate, death.isValid() ? death : today());
    QString menopausal =
        p.menopausalStatus == MenopausalStatus::Unrecorded ? QStringLiteral("—") : displayName(p.menopausalStatus);
    if (!p.menopausalEvidence.isEmpty())
        menopausal += QStringLiteral(" (%1)").arg(p.menopausalEvidence);
    QString oophorectomy = yesNo(p.bilateralOophorectomy);
    if (p.bilateralOophorectomyDate.isValid())
        oophorectomy += QStringLiteral(", %1").arg(display::date(p.bilateralOophorectomyDate));
    const QStringList numbers{p.outpatientNumber, p.inpatientNumber};
    const QStringList values{
        orDash(p.name),
        orDash(p.nameLatin),
        p.mrn,
        orDash(QStringList(numbers).filter(QRegularExpression(QStringLiteral("\\S"))).join(QStringLiteral(" / "))),
        p.sex == Sex::Unrecorded ? QStringLiteral("—") : displayName(p.sex),
        !p.birthDate.isValid() ? QStringLiteral("—")
        : death.isValid()      ? tr("%1 (died aged %2)").arg(display::date(p.birthDate)).arg(age)
                               : tr("%1 (%2 years)").arg(display::date(p.birthDate)).arg(age),
        menopausal,
        oophorectomy,
        // The row is labelled Child-Pugh already: the class alone ("Class A", not "Child-Pugh: Child-Pugh A").
        p.childPugh == ChildPugh::Unrecorded ? QStringLiteral("—") : tr("Class %1").arg(toCode(p.childPugh)),
        yesNo(p.visceralCrisis),
        orDash(p.idCard),
        orDash(p.phone),
    };
    for (int i = 0; i < values.size(); ++i)
        m_identityValues[i]->setText(values[i]);
}

void OverviewTab::showDiagnosis()
{
    const auto& d = record().diagnosis;
    m_editDiagnosis->setText(d ? tr("Edit…") : tr("Add diagnosis…"));
    m_diagnosis->setNote(d ? QString() : tr("No diagnosis recorded."));
    const Diagnosis dx = d.value_or(Diagnosis{});
    const QString tnm = QStringList{dx.tnmT, dx.tnmN, dx.tnmM}.join(QLatin1Char(' ')).simplified();
    const QStringList values{
        d ? orDash(display::date(dx.date)) : QStringLiteral("—"),
        orDash(suggestionLabel(lateralitySuggestions(), dx.laterality)),
        orDash(suggestionLabel(histologySuggestions(), dx.histology)),
        dx.grade ? QString::number(*dx.grade) : QStringLiteral("—"),
        orDash(tnm),
        orDash(dx.stage),
        yesNo(dx.deNovoMetastatic),
    };
    for (int i = 0; i < values.size(); ++i)
        m_diagnosisValues[i]->setText(values[i]);
}

void OverviewTab::showReceptors()
{
    const clinical::CurrentReceptors now = clinical::currentReceptors(record(), today());
    const Receptors& r = now.receptors;
    auto withSource = [](const QString& value, const std::optional<clinical::ReceptorSource>& s) {
        return s ? QStringLiteral("%1  ·  %2").arg(value, source(s)) : tr("not recorded");
    };
    m_receptorValues[0]->setText(withSource(display::receptor(r.er, r.erPercent), now.er));
    m_receptorValues[1]->setText(withSource(display::receptor(r.pr, r.prPercent), now.pr));
    m_receptorValues[2]->setText(withSource(display::her2(r), now.her2));
    m_receptorValues[3]->setText(withSource(display::percent(r.ki67Percent), now.ki67));
    QStringList notes;
    if (now.erDiscordant)
        notes << tr("ER differs between the diagnosis and a later biopsy (discordance).");
    if (now.her2Discordant)
        notes << tr("HER2 (positive or not) differs between the diagnosis and a later biopsy (discordance).");
    m_receptors->setNote(notes.join(QLatin1Char('\n')));
}

void OverviewTab::showCurrentLine()
{
    const QList<TherapyLine>& lines = record().therapies;
    const int i = clinical::currentLineIndex(lines, knowledge(), today());
    if (i < 0) {
        for (QLabel* v : std::as_const(m_lineValues))
            v->setText(QStringLiteral("—"));
        m_line->setNote(tr("No line of therapy is active today."));
        return;
    }
    const TherapyLine& t = lines[i];
    const auto number = clinical::advancedLineNumbers(lines, knowledge())[i];
    m_lineValues[0]->setText(QStringLiteral("%1 · %2").arg(display::lineLabel(t, number), displayName(t.setting)));
    m_lineValues[1]->setText(display::drugs(t.drugs, knowledge()));
    m_lineValues[2]->setText(tr("%1 (day %2)").arg(display::date(t.start)).arg(t.start.daysTo(today()) + 1));
    m_line->setNote(QString());
}

void OverviewTab::retranslateUi()
{
    m_identity->setTitle(tr("Patient"));
    m_identity->setFactLabels({tr("Name"), tr("Latin name"), tr("MRN"), tr("Outpatient / inpatient no."), tr("Sex"),
                               tr("Birth date"), tr("Menopausal status"), tr("Bilateral oophorectomy"),
                               tr("Child-Pugh"), tr("Visceral crisis"), tr("ID card no."), tr("Phone")});
    m_editIdentity->setText(tr("Edit…"));
    m_diagnosis->setTitle(tr("Diagnosis"));
    m_diagnosis->setFactLabels({tr("Date"), tr("Laterality"), tr("Histology"), tr("Grade"), tr("TNM (AJCC 8)"),
                                tr("Stage"), tr("De novo stage IV")});
    m_receptors->setTitle(tr("Current receptors"));
    m_receptors->setFactLabels({tr("ER"), tr("PR"), tr("HER2"), tr("Ki-67")});
    m_line->setTitle(tr("Current line of therapy"));
    m_line->setFactLabels({tr("Line and setting"), tr("Drugs"), tr("Since")});
    m_assessment->setTitle(tr("Assessment"));  // filled by ui/assessment (AssessmentOverview)
    m_actions->setTitle(tr("Due actions"));
}

void OverviewTab::editableChanged()
{
    m_editIdentity->setVisible(editable());
    m_editDiagnosis->setVisible(editable());
}

}  // namespace onco
