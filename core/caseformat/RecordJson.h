#pragma once

#include "core/caseformat/CaseReader.h"
#include "core/domain/RecordFields.h"

#include <QJsonObject>

namespace onco {

class Knowledge;

/**
 * The case-file form of the list kinds (case-format.md §1), driven by their field tables: every field is read with
 * its type's checks (required, dates, codes, ranges) and written when present. What is particular to a kind is its
 * normalisation after reading (catalogue drug and analyte names, gene symbols in upper case).
 */
namespace recordjson {

/** Reads the value of one field in its stored form (a null QVariant when absent or wrong; problems go to `r`). */
QVariant readField(CaseReader& r, const QJsonObject& o, const char* key, FieldType type, bool required,
                   const QStringList& codes, int min, int max, const QString& path);
/** Writes a stored value of one field (nothing for a null value). */
void writeField(QJsonObject& o, const char* key, FieldType type, const QVariant& stored);

void normalise(TherapyLine& line, const Knowledge& knowledge);
void normalise(MarkerResult& marker, const Knowledge& knowledge);
void normalise(GeneticResult& result, const Knowledge& knowledge);
template <typename T> void normalise(T&, const Knowledge&) {}

template <typename T> T read(CaseReader& r, const Knowledge& knowledge, const QJsonObject& o, const QString& path)
{
    QStringList keys;
    for (const auto& f : fields<T>())
        keys << QLatin1String(f.name);
    r.checkKeys(o, path, keys);
    T value;
    for (const auto& f : fields<T>())
        f.set(value, readField(r, o, f.name, f.type, f.required, f.codes, f.min, f.max, path));
    normalise(value, knowledge);
    return value;
}

template <typename T> QJsonObject write(const T& value)
{
    QJsonObject o;
    for (const auto& f : fields<T>())
        writeField(o, f.name, f.type, f.get(value));
    return o;
}

}  // namespace recordjson

}  // namespace onco
