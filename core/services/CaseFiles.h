#pragma once

#include "core/caseformat/CaseCodec.h"
#include "core/domain/PatientRecord.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace onco {

class CaseService;

/** One case file on its way in: read and checked first (nothing written), then imported. */
struct CaseFileImport
{
    QString path;
    std::optional<PatientRecord> record;  ///< the record of a valid file
    QList<CaseError> errors;              ///< every problem of an invalid file, each with its JSON path
    std::optional<Error> failure;         ///< the file could not be read, or the record could not be stored
    qint64 patientId = 0;                 ///< the stored patient, after a successful import

    bool valid() const { return record.has_value(); }
    bool imported() const { return patientId > 0; }
    QString mrn() const { return record ? record->patient.mrn.trimmed() : QString(); }
    /** Every problem, one per line ("therapies[0].drugs[0]: …"); empty for a file that imported. */
    QStringList problems() const;
};

/**
 * Case files (case-format.md) in and out of the database, for `oncocase import/export` and the window alike:
 * each file is validated in full and imported in its own transaction (a file with any error writes nothing), an
 * existing MRN is replaced only when asked, and every export is written to the audit trail.
 */
namespace casefiles {

/** Reads and validates one file; writes nothing. */
CaseFileImport read(const QString& path, const Knowledge& knowledge, const QDate& today);

/** Stores a valid file's record in one transaction (CaseService::importRecord): an existing MRN is refused unless
 *  `replace`, which replaces the whole record. Sets `file.patientId`, or `file.failure`. */
void store(CaseService& service, CaseFileImport& file, bool replace);

/** read() then store(). */
CaseFileImport importFile(CaseService& service, const QString& path, bool replace);

/** The case document of a stored patient. */
Result<QByteArray> exportBytes(CaseService& service, qint64 patientId);

/** Writes a stored patient to `path` (atomically), audited as action "export" before the file is committed:
 *  a file that exists was always logged. */
Status exportFile(CaseService& service, qint64 patientId, const QString& path);

/** The audit details of an export to `output` ("stdout" for standard output). */
QJsonObject exportDetails(const QString& output);

}  // namespace casefiles

/** Translation context of the case-file messages. */
class CaseFileTexts
{
    Q_DECLARE_TR_FUNCTIONS(CaseFiles)
};

}  // namespace onco
