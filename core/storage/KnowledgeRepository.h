#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

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
};

}  // namespace onco
