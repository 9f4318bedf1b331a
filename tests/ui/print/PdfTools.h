#pragma once

#include <QString>

namespace onco::test {

/** Text as extracted text is compared: NFKC, and the CJK radicals Qt's PDF ToUnicode map yields for some
 *  characters (⻚ for 页, ⻔ for 门, ⻣ for 骨 …) mapped back to the ideographs. */
QString normalized(const QString& text);

/** The text of a PDF (pages `first`..`last`, 0 = all) through poppler's pdftotext, NFKC-normalised (Noto CJK maps
 *  some characters to Kangxi radicals in the extracted text; toolchain.md §6 pitfall 2). Empty on failure. */
QString pdfText(const QString& path, int first = 0, int last = 0);

/** The page count of a PDF through pdfinfo; -1 on failure. */
int pdfPages(const QString& path);

/** The audit rows of an action on a patient (after_json of each), read from the database file. */
QStringList auditDetails(const QString& databasePath, const QString& action, qint64 patientId);

}  // namespace onco::test
