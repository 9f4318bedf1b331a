#pragma once

#include "core/domain/PatientRecord.h"
#include "core/domain/RecordFields.h"
#include "core/util/Dates.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace onco {

class Knowledge;

/** A problem with one field of a record: `field` is the case-format key (e.g. `start`, `drugs[1]`), empty for the
 *  record as a whole; `message` says what is wrong, in the UI language. */
struct FieldError
{
    QString field;
    QString message;

    bool operator==(const FieldError&) const = default;
};

/**
 * Validation of every entity (shared by the dialogs, the importer and the service). `today` is the clock's date:
 * dates after it are errors.
 */
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)
public:
    Validator(const Knowledge& knowledge, QDate today);

    QList<FieldError> check(const Patient& p) const;
    QList<FieldError> check(const Diagnosis& d) const;
    QList<FieldError> check(const Biopsy& b) const;
    QList<FieldError> check(const DiseaseEvent& e) const;
    QList<FieldError> check(const TherapyLine& t) const;
    /** What is wrong with a drug written as an investigational agent (clinical-rules.md §0); empty when valid. */
    QString investigationalProblem(const QString& drug) const;
    QList<FieldError> check(const MarkerResult& m) const;
    QList<FieldError> check(const GeneticResult& g) const;
    QList<FieldError> check(const Medication& m) const;
    /** A kind without rules of its own: its required fields are given and its dates are not after today. */
    template <typename T> QList<FieldError> check(const T& record) const
    {
        QList<FieldError> errors;
        for (const auto& f : fields<T>()) {
            const QVariant v = f.get(record);
            if (f.required && v.isNull())
                errors.append({QLatin1String(f.name), tr("a value is required")});
            else if (f.type == FieldType::Date && !v.isNull())
                checkDate(errors, QLatin1String(f.name), dates::parseIso(v.toString()));
        }
        return errors;
    }

    /** Checks an 18-character resident identity card number (GB 11643 check digit). */
    static bool isValidIdCard(const QString& id);

private:
    void requireDate(QList<FieldError>& errors, const QString& field, const QDate& date) const;
    void checkDate(QList<FieldError>& errors, const QString& field, const QDate& date) const;
    void checkPercent(QList<FieldError>& errors, const QString& field, const std::optional<double>& value) const;
    void checkReceptors(QList<FieldError>& errors, const Receptors& r) const;
    void checkPeriod(QList<FieldError>& errors, const QDate& start, const QDate& end) const;

    const Knowledge& m_knowledge;
    QDate m_today;
};

}  // namespace onco
