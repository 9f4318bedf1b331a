#pragma once

#include "core/domain/PatientRecord.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace onco {

class Knowledge;

/** A problem in a case file: the JSON path (e.g. `therapies[2].start`) and what is wrong there. */
struct CaseError
{
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

/** A parsed case file (case-format.md §1). */
struct CaseFile
{
    PatientRecord record;
    QDate asOf;                                ///< null when the file gives none
    std::optional<Jurisdiction> jurisdiction;  ///< nullopt when the file gives none
};

/**
 * Reads and writes `oncocase-case/1` documents. Reading validates everything (types, enumerations,
 * catalogue drugs, dates after `today`, the Validator's rules) and reports every problem with its JSON path;
 * a document with any error yields no record. Writing emits every stored key, so write-then-read is lossless.
 */
class CaseCodec
{
    Q_DECLARE_TR_FUNCTIONS(CaseCodec)
public:
    CaseCodec(const Knowledge& knowledge, QDate today);

    /** Parses a document; on failure `errors` lists every problem found and the result is nullopt. */
    std::optional<CaseFile> parse(const QByteArray& json, QList<CaseError>& errors) const;

    /** The case document of a stored record. */
    QJsonObject write(const PatientRecord& record, const QDate& asOf = {},
                      std::optional<Jurisdiction> jurisdiction = std::nullopt) const;
    QByteArray writeBytes(const PatientRecord& record) const;

    static constexpr const char* kFormat = "oncocase-case/1";

private:
    const Knowledge& m_knowledge;
    QDate m_today;
};

}  // namespace onco
