#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace onco {
class Database;
}

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

/** The SQL the worklists need besides the stored summaries (one query each, for all patients at once). */
class WorklistQueries
{
    Q_DECLARE_TR_FUNCTIONS(Worklists)
public:
    explicit WorklistQueries(Database& db);

    /** Every patient, by id. */
    Result<QList<PatientIdentity>> patients();
    /** When each patient's summary was last printed: the latest audit row with action `print` (UTC). */
    Result<QHash<qint64, QDateTime>> lastPrints();
    /** Per patient and drug, the latest status history row first seen on or before `asOf`, for the patients whose
     *  latest such row says `option` (the others are not needed to tell since when an option holds). */
    Result<QHash<qint64, QHash<QString, QDate>>> optionsSince(const QDate& asOf);

private:
    Database& m_db;
};

}  // namespace onco::worklists
