#include "core/caseformat/RecordJson.h"

#include "core/knowledge/Knowledge.h"
#include "core/util/Dates.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace onco::recordjson {

namespace {

QVariant stored(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

bool absent(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isUndefined() || v.isNull();
}

}  // namespace

QVariant readField(CaseReader& r, const QJsonObject& o, const char* key, FieldType type, bool required,
                   const QStringList& codes, int min, int max, const QString& path)
{
    switch (type) {
    case FieldType::Text: {
        const QString s = r.string(o, key, path, required);
        return s.isEmpty() ? QVariant() : QVariant(s);
    }
    case FieldType::Date: {
        const QDate d = r.date(o, key, path, required);
        return d.isValid() ? QVariant(dates::toIso(d)) : QVariant();
    }
    case FieldType::Code: {
        if (absent(o, key)) {
            if (required)
                r.error(CaseReader::join(path, key), CaseReader::tr("is required"));
            return {};
        }
        const auto code = r.codeValue(o.value(QLatin1String(key)), CaseReader::join(path, key), codes);
        return code ? QVariant(*code) : QVariant();
    }
    case FieldType::Bool: {
        const auto b = r.boolean(o, key, path);
        return b ? QVariant(*b ? 1 : 0) : QVariant();
    }
    case FieldType::Integer: {
        const bool ranged = min < max;
        const auto n = r.integer(o, key, path, ranged ? min : std::numeric_limits<int>::min(),
                                 ranged ? max : std::numeric_limits<int>::max());
        return n ? QVariant(*n) : QVariant();
    }
    case FieldType::Real: {
        const auto n = r.number(o, key, path, required);
        return n ? QVariant(*n) : QVariant();
    }
    case FieldType::TextList:
    case FieldType::CodeList: {
        const QString listPath = CaseReader::join(path, key);
        const QJsonArray items = r.array(o, key, path);
        QStringList values;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = CaseReader::index(listPath, i);
            if (type == FieldType::CodeList) {
                if (const auto code = r.codeValue(items[i], itemPath, codes))
                    values << *code;
            } else if (!items[i].isString()) {
                r.error(itemPath, CaseReader::tr("expected a string"));
            } else {
                values << items[i].toString();
            }
        }
        if (type == FieldType::CodeList && values.isEmpty())
            return {};
        return stored(values);
    }
    }
    return {};
}

void writeField(QJsonObject& o, const char* key, FieldType type, const QVariant& value)
{
    if (value.isNull())
        return;
    const QLatin1String name(key);
    switch (type) {
    case FieldType::Text:
    case FieldType::Date:
    case FieldType::Code:
        o.insert(name, value.toString());
        return;
    case FieldType::Bool:
        o.insert(name, value.toInt() != 0);
        return;
    case FieldType::Integer:
        o.insert(name, value.toInt());
        return;
    case FieldType::Real:
        o.insert(name, value.toDouble());
        return;
    case FieldType::TextList:
    case FieldType::CodeList:
        o.insert(name, QJsonDocument::fromJson(value.toString().toUtf8()).array());
        return;
    }
}

void normalise(TherapyLine& line, const Knowledge& knowledge)
{
    for (QString& name : line.drugs) {
        const Drug* drug = knowledge.drug(name);
        if (drug)
            name = drug->name;
        else if (looksInvestigational(name))
            name = name.trimmed();  // written back as given (case-format.md)
        else
            name = name.left(100);
    }
}

void normalise(MarkerResult& marker, const Knowledge& knowledge)
{
    if (const MarkerInfo* info = knowledge.marker(marker.analyte))
        marker.analyte = info->analyte;
}

void normalise(GeneticResult& result, const Knowledge&)
{
    result.gene = result.gene.toUpper();
}

}  // namespace onco::recordjson
