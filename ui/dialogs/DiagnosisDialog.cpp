#include "ui/dialogs/DiagnosisDialog.h"

#include "core/clinical/Stage.h"
#include "ui/dialogs/ComboText.h"
#include "ui/dialogs/ReceptorFields.h"
#include "ui/dialogs/Suggestions.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/EnumCombo.h"

#include <QFormLayout>
#include <QLabel>

namespace onco {

namespace {

const SuggestionItem kT[] = {{"", nullptr},    {"TX", nullptr},  {"Tis", nullptr}, {"T1", nullptr},  {"T1mi", nullptr},
                             {"T1a", nullptr}, {"T1b", nullptr}, {"T1c", nullptr}, {"T2", nullptr},  {"T3", nullptr},
                             {"T4", nullptr},  {"T4a", nullptr}, {"T4b", nullptr}, {"T4c", nullptr}, {"T4d", nullptr}};
const SuggestionItem kN[] = {{"", nullptr},     {"NX", nullptr},  {"N0", nullptr},  {"N1", nullptr},
                             {"N1mi", nullptr}, {"N2", nullptr},  {"N2a", nullptr}, {"N2b", nullptr},
                             {"N3", nullptr},   {"N3a", nullptr}, {"N3b", nullptr}, {"N3c", nullptr}};
const SuggestionItem kM[] = {{"", nullptr}, {"M0", nullptr}, {"M1", nullptr}};

QComboBox* editableCombo(QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    return box;
}

}  // namespace

DiagnosisDialog::DiagnosisDialog(const Knowledge& knowledge, QDate today, const Diagnosis& diagnosis, QWidget* parent)
    : RecordDialog(knowledge, today, parent)
    , m_value(diagnosis)
{
    setObjectName(QStringLiteral("DiagnosisDialog"));
    QFormLayout* left = addColumn();
    m_date = new DateField(this);
    m_laterality = new QComboBox(this);
    m_histology = editableCombo(this);
    m_grade = new QComboBox(this);
    m_t = editableCombo(this);
    m_n = editableCombo(this);
    m_m = editableCombo(this);
    // The stage is one of the AJCC groups (issue 14): a fixed list, not free text.
    m_stage = new QComboBox(this);
    m_stage->addItem(QString());
    m_stage->addItems(clinical::stageGroups());
    m_deNovo = new QComboBox(this);
    m_labels << addField(left, QStringLiteral("date"), m_date)
             << addField(left, QStringLiteral("laterality"), m_laterality)
             << addField(left, QStringLiteral("histology"), m_histology)
             << addField(left, QStringLiteral("grade"), m_grade) << addField(left, QStringLiteral("tnm_t"), m_t)
             << addField(left, QStringLiteral("tnm_n"), m_n) << addField(left, QStringLiteral("tnm_m"), m_m)
             << addField(left, QStringLiteral("stage"), m_stage)
             << addField(left, QStringLiteral("de_novo_metastatic"), m_deNovo);
    m_receptors = std::make_unique<ReceptorFields>(*this, addColumn());
    retranslateUi();

    m_date->setDate(diagnosis.date);
    setSuggestionValue(m_laterality, diagnosis.laterality);
    setSuggestionValue(m_histology, diagnosis.histology);
    m_grade->setCurrentIndex(diagnosis.grade && *diagnosis.grade >= 1 && *diagnosis.grade <= 3 ? *diagnosis.grade : 0);
    setSuggestionValue(m_t, diagnosis.tnmT);
    setSuggestionValue(m_n, diagnosis.tnmN);
    setSuggestionValue(m_m, diagnosis.tnmM);
    // A stored stage is shown as its group; one that is no group (typed before the list) is shown as it was, and
    // saving asks for a group instead of losing it silently.
    const auto group = clinical::normalizeStage(diagnosis.stage);
    if (!group)
        m_stage->addItem(diagnosis.stage);
    m_stage->setCurrentText(group ? *group : diagnosis.stage);
    setYesNoValue(m_deNovo, diagnosis.deNovoMetastatic);
    m_receptors->set(diagnosis.receptors);
    m_date->setFocus();
}

DiagnosisDialog::~DiagnosisDialog() = default;

QList<FieldError> DiagnosisDialog::collect()
{
    QList<FieldError> errors;
    Diagnosis& d = m_value;
    d.date = readDate(errors, QStringLiteral("date"), m_date);
    d.laterality = suggestionValue(m_laterality);
    d.histology = suggestionValue(m_histology);
    d.grade = m_grade->currentIndex() > 0 ? std::optional<int>(m_grade->currentIndex()) : std::nullopt;
    d.tnmT = suggestionValue(m_t);
    d.tnmN = suggestionValue(m_n);
    d.tnmM = suggestionValue(m_m);
    if (const auto group = clinical::normalizeStage(m_stage->currentText()))
        d.stage = *group;
    else
        errors << FieldError{
            QStringLiteral("stage"),
            tr("\"%1\" is not an AJCC stage group: choose one from the list").arg(m_stage->currentText())};
    d.deNovoMetastatic = yesNoValue(m_deNovo);
    d.receptors = m_receptors->read(errors);
    errors += validator().check(d);
    return errors;
}

void DiagnosisDialog::retranslateUi()
{
    setWindowTitle(tr("Diagnosis and receptors"));
    fillSuggestions(m_laterality, lateralitySuggestions());
    fillSuggestions(m_histology, histologySuggestions());
    fillSuggestions(m_t, kT);
    fillSuggestions(m_n, kN);
    fillSuggestions(m_m, kM);
    const int grade = m_grade->currentIndex();
    m_grade->clear();
    m_grade->addItems({QCoreApplication::translate("Enums", "Not recorded"), QStringLiteral("1"), QStringLiteral("2"),
                       QStringLiteral("3")});
    m_grade->setCurrentIndex(std::max(0, grade));
    fillYesNoCombo(m_deNovo);
    const QStringList texts{tr("Diagnosis &date"), tr("Laterality"), tr("Histology"), tr("Grade"),
                            tr("T (AJCC 8)"),      tr("N"),          tr("M"),         tr("Stage"),
                            tr("De novo stage IV")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(texts[i]);
    m_receptors->retranslateUi();
}

}  // namespace onco
