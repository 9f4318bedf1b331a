#include "core/storage/SearchText.h"

#include <algorithm>

namespace onco::searchtext {

QStringList tokens(const QString& text)
{
    QStringList out;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            out << current;
        current.clear();
    };
    for (QChar c : text) {
        if (c.script() == QChar::Script_Han) {
            flush();
            out << QString(c);
        } else if (c.isLetterOrNumber() || c.isMark()) {
            current += c;
        } else {
            flush();
        }
    }
    flush();
    return out;
}

QString numberFragment(const QString& text)
{
    QString compact = text.simplified().remove(QLatin1Char(' ')).toLower();
    if (compact.size() < 3 || std::none_of(compact.begin(), compact.end(), [](QChar c) { return c.isDigit(); }))
        return {};
    return compact.remove(QLatin1Char('"'));
}

}  // namespace onco::searchtext
