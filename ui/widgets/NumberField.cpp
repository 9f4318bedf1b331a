#include "ui/widgets/NumberField.h"

#include <QLocale>

#include <cmath>

namespace onco {

NumberField::NumberField(QWidget* parent)
    : QLineEdit(parent)
{
    setMaxLength(24);
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000.000")) + 24);
}

std::optional<double> NumberField::parse(const QString& text)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')) || t.endsWith(QChar(0xFF05)))
        t.chop(1);
    t = t.trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<double> NumberField::value() const
{
    return parse(text());
}

bool NumberField::hasInvalidText() const
{
    return !text().trimmed().isEmpty() && !value();
}

void NumberField::setValue(std::optional<double> value)
{
    setText(value ? QString::number(*value, 'g', 10) : QString());
}

}  // namespace onco
