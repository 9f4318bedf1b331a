#pragma once

#include "core/i18n/Phrase.h"
#include "core/worklists/Worklist.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace onco {
class Knowledge;
class Language;
}  // namespace onco

namespace onco::worklists {

/** The reason a patient is on a list, in plain words with the dates (`drug` for one oral SERD of the SERD list).
 *  On the marker-rise list it names each marker and its rise when the summary has them. */
Phrase describeEntry(const Entry& entry, Kind kind, const QString& drug = {});

/** Each confirmed marker rise of a patient: "CA 15-3: nadir 18.4 → 35.2 U/mL (+91 %) on 3 Mar 2026" (context
 *  "Worklists"); empty when the summary has none (or was stored before they were kept). */
QList<Phrase> describeMarkerRises(const Entry& entry);

/**
 * The lists as CSV (RFC 4180, UTF-8, CRLF): a header row, then one row per patient and list — per patient and oral
 * SERD on the SERD list. Codes and ISO dates are language-neutral; the last column (`description`) says the reason in
 * `language`. `withBom` starts the file with a UTF-8 byte order mark (spreadsheet programs need it for Chinese).
 */
QByteArray toCsv(const Screening& screening, const QList<Kind>& kinds, const Language& language,
                 const Knowledge& knowledge, bool withBom = false);

/** The lists as JSON (codes and ISO dates): as_of, jurisdiction, knowledge version, counts, and per list its
 *  patients. */
QJsonObject toJson(const Screening& screening, const QList<Kind>& kinds);

/** The CSV columns, in order. */
QStringList csvColumns();

}  // namespace onco::worklists
