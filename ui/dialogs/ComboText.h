#pragma once

#include <QComboBox>
#include <QCoreApplication>
#include <QString>

namespace onco {

/** An editable combo box offering common values: a listed item stores its code, anything typed is kept as typed. */
struct SuggestionItem
{
    const char* code;
    const char* label;  ///< translated in context "Suggestions"; nullptr shows the code
};

template <typename Items> void fillSuggestions(QComboBox* box, const Items& items)
{
    const QString current = box->currentIndex() >= 0 && box->itemData(box->currentIndex()).isValid()
                                ? box->itemData(box->currentIndex()).toString()
                                : box->currentText();
    box->clear();
    for (const auto& item : items)
        box->addItem(item.label ? QCoreApplication::translate("Suggestions", item.label) : QString::fromUtf8(item.code),
                     QString::fromUtf8(item.code));
    if (const int i = box->findData(current); i >= 0)
        box->setCurrentIndex(i);
    else
        box->setEditText(current);
}

/** The stored text: the code of a listed item, else the text as typed. */
inline QString suggestionValue(const QComboBox* box)
{
    const QString text = box->currentText().trimmed();
    const int i = box->findText(text);
    return i >= 0 ? box->itemData(i).toString() : text;
}

inline void setSuggestionValue(QComboBox* box, const QString& value)
{
    if (const int i = box->findData(value); i >= 0 && !value.isEmpty())
        box->setCurrentIndex(i);
    else
        box->setEditText(value);
}

}  // namespace onco
