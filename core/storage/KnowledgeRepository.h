#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace onco {

/** A knowledge pack installed into the store (issue 20), with who installed it and when. */
struct InstalledPack
{
    qint64 id = 0;
    QString version;
    QDate lastVerified;
    QString format;
    QByteArray content;  ///< the pack as installed (JSON, UTF-8)
    QString sha256;      ///< hex, of content
    QDateTime installedAt;
    QString installedBy;
    bool rollback = false;  ///< installed although not newer (--allow-older)
};

/** One oral SERD card of one patient that a knowledge install changed. */
struct KnowledgeChange
{
    qint64 patientId = 0;
    QString mrn;
    QString name;  ///< the patient's name (and Latin name), for the preview; not stored
    QString drug;
    QString before;  ///< status code; empty when the card did not exist
    QString after;
    QStringList flagsAdded;
    QStringList flagsRemoved;
};

/** The knowledge packs of one store: append-only, the latest row is the one installed. Implemented per backend. */
class KnowledgeRepository
{
public:
    virtual ~KnowledgeRepository() = default;
    /** The latest installed pack, or nullopt when the store has none (the built-in pack is in force). */
    virtual Result<std::optional<InstalledPack>> current() = 0;
    /** Every install, oldest first (content left empty). */
    virtual Result<QList<InstalledPack>> history() = 0;
    /** Appends an install (id, sha256 and installedAt are filled in); call inside the caller's write transaction. */
    virtual Result<InstalledPack> add(InstalledPack pack) = 0;
    /** Records the cards an install changed (for `jurisdiction`); call inside the install's write transaction. */
    virtual Status addChanges(qint64 packId, const QString& jurisdiction, const QList<KnowledgeChange>& changes) = 0;
};

}  // namespace onco
