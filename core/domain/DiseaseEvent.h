#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace onco {

/** A dated event of the disease course: recurrence, progression, response, surgery, radiotherapy, death. */
struct DiseaseEvent
{
    qint64 id = 0;
    qint64 patientId = 0;
    QDate date;
    EventType type = EventType::Other;
    Extent extent = Extent::Unrecorded;  ///< recurrence only
    QList<Site> sites;
    Evidence evidence = Evidence::Unrecorded;  ///< progression only
    QString note;

    bool operator==(const DiseaseEvent&) const = default;
};

}  // namespace onco
