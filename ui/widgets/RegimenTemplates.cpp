#include "ui/widgets/RegimenTemplates.h"

#include <QCoreApplication>

namespace onco {

namespace {

QList<Regimen> combine(const QStringList& first, const QStringList& second, const QStringList& extra = {})
{
    QList<Regimen> out;
    for (const QString& a : first)
        for (const QString& b : second)
            out << Regimen{QString(), QStringList{a, b} + extra};
    return out;
}

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* n : list)
        out << QString::fromLatin1(n);
    return out;
}

Regimen regimen(std::initializer_list<const char*> list, const char* abbreviation = nullptr)
{
    return {abbreviation ? QString::fromLatin1(abbreviation) : QString(), names(list)};
}

}  // namespace

const QList<RegimenGroup>& regimenTemplates()
{
    static const QList<RegimenGroup> groups = [] {
        const QStringList ais = names({"letrozole", "anastrozole", "exemestane"});
        const QStringList cdk = names({"palbociclib", "ribociclib", "abemaciclib", "dalpiciclib"});
        const QStringList fulvestrant = names({"fulvestrant"});
        const QStringList goserelin = names({"goserelin"});
        return QList<RegimenGroup>{
            {QT_TRANSLATE_NOOP("RegimenTemplates", "AI + CDK4/6 inhibitor"), combine(ais, cdk)},
            {QT_TRANSLATE_NOOP("RegimenTemplates", "AI + CDK4/6 inhibitor + goserelin"), combine(ais, cdk, goserelin)},
            {QT_TRANSLATE_NOOP("RegimenTemplates", "Fulvestrant + CDK4/6 inhibitor"), combine(fulvestrant, cdk)},
            {QT_TRANSLATE_NOOP("RegimenTemplates", "Fulvestrant + CDK4/6 inhibitor + goserelin"),
             combine(fulvestrant, cdk, goserelin)},
            {QT_TRANSLATE_NOOP("RegimenTemplates", "Endocrine therapy"),
             {regimen({"letrozole"}), regimen({"anastrozole"}), regimen({"exemestane"}), regimen({"tamoxifen"}),
              regimen({"tamoxifen", "goserelin"}), regimen({"letrozole", "goserelin"}), regimen({"fulvestrant"}),
              regimen({"elacestrant"}), regimen({"exemestane", "everolimus"}), regimen({"fulvestrant", "alpelisib"}),
              regimen({"fulvestrant", "capivasertib"})}},
            {QT_TRANSLATE_NOOP("RegimenTemplates", "Chemotherapy"),
             {regimen({"doxorubicin", "cyclophosphamide", "paclitaxel"}, "AC-T"),
              regimen({"epirubicin", "cyclophosphamide", "docetaxel"}, "EC-T"),
              regimen({"docetaxel", "cyclophosphamide"}, "TC"), regimen({"capecitabine"}), regimen({"nab-paclitaxel"}),
              regimen({"paclitaxel"}), regimen({"docetaxel"}), regimen({"eribulin"}),
              regimen({"utidelone", "capecitabine"}), regimen({"vinorelbine"}),
              regimen({"gemcitabine", "carboplatin"})}},
            {QT_TRANSLATE_NOOP("RegimenTemplates", "Supportive"),
             {regimen({"goserelin"}), regimen({"zoledronic acid"}), regimen({"denosumab"})}},
        };
    }();
    return groups;
}

}  // namespace onco
