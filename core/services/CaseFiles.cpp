#include "core/services/CaseFiles.h"

#include "core/knowledge/Knowledge.h"
#include "core/services/CaseService.h"
#include "core/util/Clock.h"

#include <QFile>
#include <QJsonObject>
#include <QSaveFile>

namespace onco {

QStringList CaseFileImport::problems() const
{
    QStringList lines;
    for (const CaseError& e : errors)
        lines << e.toString();
    if (failure)
        lines << failure->message;
    return lines;
}

namespace casefiles {

CaseFileImport read(const QString& path, const Knowledge& knowledge, const QDate& today)
{
    CaseFileImport out;
    out.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.failure = Error{QFile::exists(path) ? ErrorKind::Io : ErrorKind::InvalidInput, file.errorString()};
        return out;
    }
    auto parsed = CaseCodec(knowledge, today).parse(file.readAll(), out.errors);
    if (parsed)
        out.record = std::move(parsed->record);
    else if (out.errors.isEmpty())
        out.errors << CaseError{QString(), CaseFileTexts::tr("not a valid case file")};
    return out;
}

void store(CaseService& service, CaseFileImport& file, bool replace)
{
    if (!file.record) {
        if (!file.failure)
            file.failure = Error{ErrorKind::InvalidInput, CaseFileTexts::tr("not imported")};
        return;
    }
    const auto id = service.importRecord(*file.record, replace);
    if (id)
        file.patientId = id.value();
    else
        file.failure = id.error();
}

CaseFileImport importFile(CaseService& service, const QString& path, bool replace)
{
    CaseFileImport file = read(path, service.knowledge(), service.clock().today());
    if (file.valid())
        store(service, file, replace);
    return file;
}

Result<QByteArray> exportBytes(CaseService& service, qint64 patientId)
{
    const auto record = service.loadPatient(patientId);
    if (!record)
        return record.error();
    return CaseCodec(service.knowledge(), service.clock().today()).writeBytes(record.value());
}

QJsonObject exportDetails(const QString& output)
{
    return {{QStringLiteral("format"), QLatin1String(CaseCodec::kFormat)}, {QStringLiteral("output"), output}};
}

Status exportFile(CaseService& service, qint64 patientId, const QString& path)
{
    const auto json = exportBytes(service, patientId);
    if (!json)
        return json.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json.value()) != json->size())
        return Error{ErrorKind::Io, CaseFileTexts::tr("%1: %2").arg(path, file.errorString())};
    // Audited first, then committed: a file that exists was always logged.
    if (auto s = service.logAction(QStringLiteral("export"), patientId, exportDetails(path)); !s)
        return s;
    if (!file.commit())
        return Error{ErrorKind::Io, CaseFileTexts::tr("%1: %2").arg(path, file.errorString())};
    return {};
}

}  // namespace casefiles

}  // namespace onco
