#pragma once

#include "core/domain/Enums.h"

#include <QComboBox>
#include <QCoreApplication>

#include <optional>

namespace onco {

/** Fills a combo box with the values of an enumeration, labelled in the UI language (`displayName`), each item's
 *  data being its case-format code. `withUnrecorded` keeps the "Not recorded" entry. Keeps the current choice. */
template <typename E> void fillEnumCombo(QComboBox* box, bool withUnrecorded = true)
{
    const QVariant current = box->currentData();
    box->clear();
    for (const auto& e : enumEntries<E>())
        if (withUnrecorded || *e.code)
            box->addItem(QCoreApplication::translate("Enums", e.label), QString::fromLatin1(e.code));
    if (const int i = box->findData(current); current.isValid() && i >= 0)
        box->setCurrentIndex(i);
}

template <typename E> E enumValue(const QComboBox* box)
{
    if (const auto v = fromCode<E>(box->currentData().toString()))
        return *v;
    return enumEntries<E>().front().value;
}

template <typename E> void setEnumValue(QComboBox* box, E value)
{
    box->setCurrentIndex(std::max(0, box->findData(toCode(value))));
}

/** Not recorded / Yes / No for an optional yes-no fact. */
void fillYesNoCombo(QComboBox* box);
std::optional<bool> yesNoValue(const QComboBox* box);
void setYesNoValue(QComboBox* box, std::optional<bool> value);

}  // namespace onco
