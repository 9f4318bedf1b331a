#pragma once

#include "core/report/PrintLanguage.h"

#include <QDialog>

#include <optional>

class QRadioButton;

namespace onco {

/** Asks for the print language (Chinese, English or bilingual) before printing or exporting a summary. */
class PrintOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PrintOptionsDialog(QWidget* parent = nullptr);

    report::PrintLanguage language() const;
    void setLanguage(report::PrintLanguage language);

    /** The language last chosen (settings::printLanguage()), else the UI language's. */
    static report::PrintLanguage savedLanguage();
    static void saveLanguage(report::PrintLanguage language);
    /** Shows the dialog; the chosen language (also saved), or nullopt when cancelled. */
    static std::optional<report::PrintLanguage> ask(QWidget* parent, const QString& title);

    /** The name of a print language in the UI language. */
    static QString languageName(report::PrintLanguage language);

private:
    QRadioButton* m_chinese = nullptr;
    QRadioButton* m_english = nullptr;
    QRadioButton* m_bilingual = nullptr;
};

}  // namespace onco
