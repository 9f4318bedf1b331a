#include "core/worklists/Worklist.h"

namespace onco::worklists {

QList<Kind> allKinds()
{
    return {Kind::SerdOption, Kind::Esr1Test, Kind::MarkerRise, Kind::NotPrinted, Kind::KnowledgeChanged};
}

QString kindCode(Kind kind)
{
    switch (kind) {
    case Kind::SerdOption:
        return QStringLiteral("serd_option");
    case Kind::Esr1Test:
        return QStringLiteral("esr1_test");
    case Kind::MarkerRise:
        return QStringLiteral("marker_rise");
    case Kind::KnowledgeChanged:
        return QStringLiteral("knowledge_changed");
    case Kind::NotPrinted:
        break;
    }
    return QStringLiteral("not_printed");
}

std::optional<Kind> kindFromCode(const QString& code)
{
    for (Kind k : allKinds())
        if (kindCode(k) == code)
            return k;
    return std::nullopt;
}

Phrase describeKind(Kind kind)
{
    switch (kind) {
    case Kind::SerdOption:
        return {"Worklists", QT_TRANSLATE_NOOP("Worklists", "Oral SERD is an option")};
    case Kind::Esr1Test:
        return {"Worklists", QT_TRANSLATE_NOOP("Worklists", "ESR1 test or re-test due")};
    case Kind::MarkerRise:
        return {"Worklists", QT_TRANSLATE_NOOP("Worklists", "Confirmed tumour-marker rise")};
    case Kind::KnowledgeChanged:
        return {"Worklists", QT_TRANSLATE_NOOP("Worklists", "Changed by the last knowledge update")};
    case Kind::NotPrinted:
        break;
    }
    return {"Worklists", QT_TRANSLATE_NOOP("Worklists", "Summary not printed since the last change")};
}

bool Entry::on(Kind kind) const
{
    switch (kind) {
    case Kind::SerdOption:
        return !options.isEmpty();
    case Kind::Esr1Test:
        return !esr1Actions.isEmpty();
    case Kind::MarkerRise:
        return summary.markerRise.value_or(false);
    case Kind::KnowledgeChanged:
        return !knowledgeChanges.isEmpty();
    case Kind::NotPrinted:
        break;
    }
    return !lastPrinted.isValid() || lastPrinted < lastChange;
}

bool Entry::hasNewOption() const
{
    for (const OptionEntry& o : options)
        if (o.isNew)
            return true;
    return false;
}

QList<int> Screening::indices(Kind kind) const
{
    QList<int> out;
    for (int i = 0; i < entries.size(); ++i)
        if (entries[i].on(kind))
            out << i;
    return out;
}

int Screening::count(Kind kind) const
{
    int n = 0;
    for (const Entry& e : entries)
        n += e.on(kind) ? 1 : 0;
    return n;
}

}  // namespace onco::worklists
