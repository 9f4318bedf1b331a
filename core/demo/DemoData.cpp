#include "core/demo/DemoData.h"

#include "core/caseformat/CaseCodec.h"
#include "core/services/CaseService.h"
#include "core/util/Clock.h"

#include <QDir>
#include <QFile>

namespace onco {

QList<QByteArray> demoCaseFiles()
{
    QList<QByteArray> files;
    const QDir dir(QStringLiteral(":/demo"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files << file.readAll();
    }
    return files;
}

Result<int> importDemoPatients(CaseService& service)
{
    const CaseCodec codec(service.knowledge(), service.clock().today());
    int imported = 0;
    for (const QByteArray& json : demoCaseFiles()) {
        QList<CaseError> errors;
        auto parsed = codec.parse(json, errors);
        if (!parsed)
            return Error{ErrorKind::InvalidInput, QStringLiteral("demo data: %1").arg(errors.value(0).toString())};
        auto id = service.importRecord(parsed->record, true);
        if (!id)
            return id.error();
        ++imported;
    }
    return imported;
}

}  // namespace onco
