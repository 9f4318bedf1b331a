#pragma once

#include "ui/dialogs/ComboText.h"

#include <span>

namespace onco {

/** Values offered for free-text fields of the diagnosis; stored as the code, shown as the translated label. */
std::span<const SuggestionItem> lateralitySuggestions();
std::span<const SuggestionItem> histologySuggestions();

/** The label of a stored value when it is one of `items`, else the value itself. */
QString suggestionLabel(std::span<const SuggestionItem> items, const QString& stored);

}  // namespace onco
