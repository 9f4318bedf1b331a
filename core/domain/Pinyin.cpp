#include "core/domain/Pinyin.h"

#include <QStringList>

#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace onco::pinyin {

namespace {

// Transliterators are costly to build and not documented as thread-safe: one per thread.
icu::Transliterator* transliterator()
{
    thread_local std::unique_ptr<icu::Transliterator> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Han-Latin/Names; Latin-ASCII; Any-Lower"), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            t.reset();
        return t;
    }();
    return instance.get();
}

}  // namespace

QString fromHan(const QString& text)
{
    if (text.isEmpty())
        return {};
    icu::Transliterator* t = transliterator();
    if (!t)
        return text.toLower().simplified();
    icu::UnicodeString s(reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
    t->transliterate(s);
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length()).simplified();
}

QString initials(const QString& pinyin)
{
    QString out;
    for (const auto& syllable : pinyin.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out += syllable.front();
    return out;
}

}  // namespace onco::pinyin
