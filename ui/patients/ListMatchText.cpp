#include "ui/patients/ListMatchText.h"

#include <QStringList>

namespace onco {

using patientlist::MatchField;

QString ListMatchText::reason(MatchField field, const Patient& patient)
{
    QString label;
    QString value;
    switch (field) {
    case MatchField::Name:
        label = tr("name");
        value = patient.name;
        break;
    case MatchField::Pinyin:
        label = tr("pinyin");
        value = patient.namePinyin;
        break;
    case MatchField::Initials:
        label = tr("initials");
        value = patient.nameInitials;
        break;
    case MatchField::LatinName:
        label = tr("Latin name");
        value = patient.nameLatin;
        break;
    case MatchField::Mrn:
        label = tr("MRN");
        value = patient.mrn;
        break;
    case MatchField::OutpatientNumber:
        label = tr("outpatient no.");
        value = patient.outpatientNumber;
        break;
    case MatchField::InpatientNumber:
        label = tr("inpatient no.");
        value = patient.inpatientNumber;
        break;
    }
    return tr("%1: %2").arg(label, value);
}

QString ListMatchText::strongest(const PatientListRow& row)
{
    return row.matched.isEmpty() ? QString() : reason(row.matched.front(), row.patient);
}

QString ListMatchText::all(const PatientListRow& row)
{
    QStringList lines;
    for (MatchField field : row.matched)
        lines << reason(field, row.patient);
    return lines.join(QLatin1Char('\n'));
}

QString ListMatchText::sample()
{
    Patient p;
    p.nameLatin = QStringLiteral("Ouyang Xiuying");
    return reason(MatchField::LatinName, p);
}

}  // namespace onco
