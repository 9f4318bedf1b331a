#include "ui/dialogs/Suggestions.h"

namespace onco {

namespace {

const SuggestionItem kLaterality[] = {{"", nullptr},
                                      {"left", QT_TRANSLATE_NOOP("Suggestions", "Left")},
                                      {"right", QT_TRANSLATE_NOOP("Suggestions", "Right")},
                                      {"bilateral", QT_TRANSLATE_NOOP("Suggestions", "Bilateral")}};
const SuggestionItem kHistology[] = {
    {"", nullptr},
    {"invasive ductal carcinoma", QT_TRANSLATE_NOOP("Suggestions", "Invasive ductal carcinoma")},
    {"invasive lobular carcinoma", QT_TRANSLATE_NOOP("Suggestions", "Invasive lobular carcinoma")},
    {"mixed ductal and lobular carcinoma", QT_TRANSLATE_NOOP("Suggestions", "Mixed ductal and lobular carcinoma")},
    {"mucinous carcinoma", QT_TRANSLATE_NOOP("Suggestions", "Mucinous carcinoma")},
};

}  // namespace

std::span<const SuggestionItem> lateralitySuggestions()
{
    return kLaterality;
}

std::span<const SuggestionItem> histologySuggestions()
{
    return kHistology;
}

QString suggestionLabel(std::span<const SuggestionItem> items, const QString& stored)
{
    for (const SuggestionItem& item : items)
        if (item.label && stored.compare(QString::fromUtf8(item.code), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("Suggestions", item.label);
    return stored;
}

}  // namespace onco
