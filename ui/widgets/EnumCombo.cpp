#include "ui/widgets/EnumCombo.h"

namespace onco {

void fillYesNoCombo(QComboBox* box)
{
    const QVariant current = box->currentData();
    box->clear();
    box->addItem(QCoreApplication::translate("Enums", "Not recorded"), QString());
    box->addItem(QCoreApplication::translate("EnumCombo", "Yes"), QStringLiteral("yes"));
    box->addItem(QCoreApplication::translate("EnumCombo", "No"), QStringLiteral("no"));
    if (const int i = box->findData(current); current.isValid() && i >= 0)
        box->setCurrentIndex(i);
}

std::optional<bool> yesNoValue(const QComboBox* box)
{
    const QString code = box->currentData().toString();
    if (code.isEmpty())
        return std::nullopt;
    return code == QLatin1String("yes");
}

void setYesNoValue(QComboBox* box, std::optional<bool> value)
{
    box->setCurrentIndex(!value ? 0 : (*value ? 1 : 2));
}

}  // namespace onco
