#pragma once

#include <QString>

namespace onco::pinyin {

/** Pinyin of a Chinese name through ICU `Han-Latin/Names`: lower case, ASCII, syllables separated by single spaces.
 *  Latin text passes through lower-cased. */
QString fromHan(const QString& text);

/** The first letter of each syllable of a pinyin string ("zhang wei" -> "zw"). */
QString initials(const QString& pinyin);

}  // namespace onco::pinyin
