#pragma once

#include "core/util/Result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace onco {

class AccountRepository;
class AuditLog;
class KnowledgeRepository;
class PatientRepository;
class PatientSearch;
namespace assessments {
class AssessmentRepository;
}
namespace worklists {
class WorklistRepository;
}

/** A write transaction on one connection: everything written through the repositories until commit() lands
 *  together or not at all. Rolled back when destroyed uncommitted. */
class WriteTransaction
{
public:
    virtual ~WriteTransaction() = default;
    virtual Status commit() = 0;
};

/**
 * One connection to an OncoCase store and the repositories on it. Every SQL statement of the program lives behind
 * this interface, in storage/<backend>/. A connection belongs to the thread that opened it: another thread calls
 * connector() here and opens its own there.
 */
class Storage
{
public:
    enum class Access { ReadWrite, ReadOnly };
    /** Opens another connection to the same store; thread-safe to copy and to call from any thread. */
    using Connector = std::function<Result<std::unique_ptr<Storage>>()>;

    virtual ~Storage() = default;

    /** Where the data lives, for the user (a file path, a server and database name). */
    virtual QString location() const = 0;
    virtual bool isReadOnly() const = 0;

    virtual Result<std::unique_ptr<WriteTransaction>> beginWrite() = 0;
    virtual Connector connector(Access access) const = 0;
    /** The store's own integrity check: {"ok"}, or what it found. */
    virtual Result<QStringList> checkIntegrity() = 0;

    virtual PatientRepository& patients() = 0;
    virtual AuditLog& audit() = 0;
    virtual assessments::AssessmentRepository& assessments() = 0;
    virtual worklists::WorklistRepository& worklists() = 0;
    virtual PatientSearch& search() = 0;
    virtual KnowledgeRepository& knowledgePacks() = 0;
    virtual AccountRepository& accounts() = 0;
};

}  // namespace onco
