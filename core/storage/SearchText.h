#pragma once

#include <QString>
#include <QStringList>

namespace onco::searchtext {

/** The tokens of a search text as the patient search looks them up: runs of letters, digits and marks, except that
 *  each Han character is a token of its own; anything else separates. The text is taken as given (the caller
 *  normalises it). Shared by every backend's search and by the list's match reasons (patientlist::matchedFields). */
QStringList tokens(const QString& text);

/** The search text as a number typed from its middle ("50123" for ZY20240050123): without spaces or quotes, lower
 *  case; empty unless the text has three characters or more and a digit. */
QString numberFragment(const QString& text);

}  // namespace onco::searchtext
