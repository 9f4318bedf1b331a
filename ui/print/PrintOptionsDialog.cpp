#include "ui/print/PrintOptionsDialog.h"

#include "core/report/SummaryData.h"
#include "core/settings/AppSettings.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace onco {

PrintOptionsDialog::PrintOptionsDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("printOptionsDialog"));
    auto* group = new QGroupBox(tr("Print language"), this);
    m_chinese = new QRadioButton(languageName(report::PrintLanguage::Chinese), group);
    m_english = new QRadioButton(languageName(report::PrintLanguage::English), group);
    m_bilingual = new QRadioButton(languageName(report::PrintLanguage::Bilingual), group);
    m_chinese->setObjectName(QStringLiteral("languageChinese"));
    m_english->setObjectName(QStringLiteral("languageEnglish"));
    m_bilingual->setObjectName(QStringLiteral("languageBilingual"));
    auto* groupLayout = new QVBoxLayout(group);
    groupLayout->addWidget(m_chinese);
    groupLayout->addWidget(m_english);
    groupLayout->addWidget(m_bilingual);

    auto* hint = new QLabel(tr("The summary is printed in this language whatever the language of the program."), this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(group);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    setLanguage(savedLanguage());
}

QString PrintOptionsDialog::languageName(report::PrintLanguage language)
{
    switch (language) {
    case report::PrintLanguage::Chinese:
        return tr("Chinese");
    case report::PrintLanguage::English:
        return tr("English");
    case report::PrintLanguage::Bilingual:
        break;
    }
    return tr("Bilingual (Chinese and English)");
}

report::PrintLanguage PrintOptionsDialog::language() const
{
    if (m_english->isChecked())
        return report::PrintLanguage::English;
    if (m_bilingual->isChecked())
        return report::PrintLanguage::Bilingual;
    return report::PrintLanguage::Chinese;
}

void PrintOptionsDialog::setLanguage(report::PrintLanguage language)
{
    (language == report::PrintLanguage::English     ? m_english
     : language == report::PrintLanguage::Bilingual ? m_bilingual
                                                    : m_chinese)
        ->setChecked(true);
}

report::PrintLanguage PrintOptionsDialog::savedLanguage()
{
    const QString saved = settings::printLanguage();
    if (const auto language = report::printLanguageFromCode(saved))
        return *language;
    return QLocale().language() == QLocale::Chinese ? report::PrintLanguage::Chinese : report::PrintLanguage::English;
}

void PrintOptionsDialog::saveLanguage(report::PrintLanguage language)
{
    settings::setPrintLanguage(report::printLanguageCode(language));
}

std::optional<report::PrintLanguage> PrintOptionsDialog::ask(QWidget* parent, const QString& title)
{
    PrintOptionsDialog dialog(parent);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    saveLanguage(dialog.language());
    return dialog.language();
}

}  // namespace onco
