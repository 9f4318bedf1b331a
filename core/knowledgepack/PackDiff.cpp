// describeChanges(): what a knowledge pack changes, for the install preview; knowledgeInForce(): which pack a store
// works with.
#include "core/knowledgepack/KnowledgePack.h"
#include "core/knowledgepack/PackText.h"

#include <QCoreApplication>

namespace onco::knowledgepack {

namespace {

QString approvalText(const Approval& a)
{
    if (!a.approved)
        return PackText::tr("not approved");
    const QString date = a.date.isValid() ? a.date.toString(Qt::ISODate) : PackText::tr("date unknown");
    return a.verified ? PackText::tr("approved %1 (verified)").arg(date)
                      : PackText::tr("approved %1 (not verified)").arg(date);
}

QString labelText(const Label& l)
{
    return PackText::tr("criteria %1; flags %2").arg(l.criteria.join(QLatin1Char(' ')), l.flags.join(QLatin1Char(' ')));
}

}  // namespace

QStringList describeChanges(const Knowledge& from, const Knowledge& to)
{
    QStringList out;
    for (const Drug& d : to.drugs()) {
        const Drug* old = from.drug(d.name);
        if (!old || old->name != d.name)
            out << PackText::tr("Drug added: %1 (%2)").arg(d.name, drugClassCode(d.drugClass));
        else if (old->drugClass != d.drugClass)
            out << PackText::tr("Drug class changed: %1 %2 → %3")
                       .arg(d.name, drugClassCode(old->drugClass), drugClassCode(d.drugClass));
        else if (old->aliases != d.aliases || old->zh != d.zh)
            out << PackText::tr("Drug names changed: %1").arg(d.name);
    }
    for (const Drug& d : from.drugs())
        if (const Drug* now = to.drug(d.name); !now || now->name != d.name)
            out << PackText::tr("Drug removed: %1").arg(d.name);
    for (const Approval& a : to.approvals()) {
        const Approval* old = from.approval(a.drug, a.jurisdiction);
        const QString now = approvalText(a);
        if (!old)
            out << PackText::tr("Approval added: %1 in %2: %3").arg(a.drug, toCode(a.jurisdiction), now);
        else if (approvalText(*old) != now || old->source != a.source)
            out << PackText::tr("Approval changed: %1 in %2: %3 → %4")
                       .arg(a.drug, toCode(a.jurisdiction), approvalText(*old), now);
    }
    for (const Approval& a : from.approvals())
        if (!to.approval(a.drug, a.jurisdiction))
            out << PackText::tr("Approval removed: %1 in %2").arg(a.drug, toCode(a.jurisdiction));
    for (Jurisdiction j : {Jurisdiction::UsFda, Jurisdiction::EuEma, Jurisdiction::CnNmpa, Jurisdiction::Hk}) {
        const auto before = from.labels(j);
        const auto after = to.labels(j);
        for (const Label* l : after) {
            const Label* old = nullptr;
            for (const Label* b : before)
                if (b->drug == l->drug)
                    old = b;
            if (!old)
                out << PackText::tr("Label added: %1 in %2 (%3)").arg(l->drug, toCode(j), labelText(*l));
            else if (labelText(*old) != labelText(*l) || old->population != l->population)
                out << PackText::tr("Label changed: %1 in %2: %3 → %4")
                           .arg(l->drug, toCode(j), labelText(*old), labelText(*l));
        }
        for (const Label* b : before) {
            bool kept = false;
            for (const Label* l : after)
                kept = kept || l->drug == b->drug;
            if (!kept)
                out << PackText::tr("Label removed: %1 in %2").arg(b->drug, toCode(j));
        }
    }
    auto count = [&](const char* what, qsizetype a, qsizetype b) {
        if (a != b)
            out << PackText::tr("%1: %2 → %3 entries").arg(PackText::tr(what)).arg(a).arg(b);
    };
    count(QT_TRANSLATE_NOOP("KnowledgePack", "CYP3A4 list"), from.cyp3a4().size(), to.cyp3a4().size());
    count(QT_TRANSLATE_NOOP("KnowledgePack", "Marker catalogue"), from.markers().size(), to.markers().size());
    count(QT_TRANSLATE_NOOP("KnowledgePack", "Evidence sentences"), from.evidence().size(), to.evidence().size());
    if (out.isEmpty() && from.rawJson() != to.rawJson())
        out << PackText::tr("Texts changed (no drug, approval or label changed)");
    return out;
}

Result<InForce> knowledgeInForce(KnowledgeRepository& packs, const Knowledge& builtin)
{
    InForce f;
    f.knowledge = std::shared_ptr<const Knowledge>(&builtin, [](const Knowledge*) {});
    auto installed = packs.current();
    if (!installed)
        return installed.error();
    f.installed = *installed;
    if (!f.installed)
        return f;
    if (compareVersions(f.installed->version, builtin.version()) < 0 && !f.installed->rollback)
        return f;  // the program brings newer knowledge than the department installed
    auto loaded = Knowledge::fromJson(f.installed->content);
    if (!loaded)
        return Error{ErrorKind::Corrupt, PackText::tr("the knowledge pack %1 stored in the database does not read: %2")
                                             .arg(f.installed->version, loaded.error().message)};
    f.knowledge = std::make_shared<const Knowledge>(std::move(loaded).value());
    f.fromStore = true;
    return f;
}

bool isStale(const Knowledge& knowledge, const QDate& today)
{
    return knowledge.lastVerified().isValid() && knowledge.lastVerified().daysTo(today) > kStaleAfterDays;
}

}  // namespace onco::knowledgepack
