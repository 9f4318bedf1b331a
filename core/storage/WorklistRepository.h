#pragma once

#include "core/storage/KnowledgeRepository.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace onco::worklists {

/** Who a patient is, as the worklists name her, and when her record last changed. */
struct PatientIdentity
{
    qint64 id = 0;
    QString mrn;
    QString name;
    QString nameLatin;
    bool archived = false;
    QDateTime updatedAt;  ///< UTC
};

/** The latest oral SERD status of a patient seen on or before a date, and when it was first seen. */
struct StatusSince
{
    QString status;  ///< option, not_option, needs_information
    QDate firstSeen;
};

/** What the worklists read besides the stored assessments (one query each, for all patients at once). */
class WorklistRepository
{
public:
    virtual ~WorklistRepository() = default;

    /** Every patient, by id. */
    virtual Result<QList<PatientIdentity>> patients() = 0;
    /** When each patient's summary was last printed: the latest audit row with action `print` (UTC). */
    virtual Result<QHash<qint64, QDateTime>> lastPrints() = 0;
    /** Per patient and drug, the latest status history row first seen on or before `asOf`, for the patients whose
     *  latest such row says `option` (the others are not needed to tell since when an option holds). */
    virtual Result<QHash<qint64, QHash<QString, QDate>>> optionsSince(const QDate& asOf) = 0;
    /** The oral SERD cards the latest knowledge install changed, by patient, for `jurisdiction` (empty when no pack
     *  was installed). */
    virtual Result<QHash<qint64, QList<KnowledgeChange>>> lastKnowledgeChanges(const QString& jurisdiction) = 0;
};

}  // namespace onco::worklists
