#pragma once

#include <QLineEdit>

#include <optional>

namespace onco {

/** A number that may be empty (percentages, marker values, VAF). A text that is not a number is reported by the
 *  dialog at the field, never silently dropped. */
class NumberField : public QLineEdit
{
    Q_OBJECT
public:
    explicit NumberField(QWidget* parent = nullptr);

    /** The value; nullopt when empty or not a number (see hasInvalidText). Accepts "," or "." and a trailing %. */
    std::optional<double> value() const;
    bool hasInvalidText() const;
    void setValue(std::optional<double> value);

    static std::optional<double> parse(const QString& text);
};

}  // namespace onco
