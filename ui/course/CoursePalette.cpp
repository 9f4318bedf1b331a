#include "ui/course/CoursePalette.h"

#include <algorithm>

namespace onco::palette {

ClassGroup groupOf(DrugClass drugClass)
{
    switch (drugClass) {
    case DrugClass::AI:
    case DrugClass::SERM:
    case DrugClass::SerdInj:
    case DrugClass::SerdOral:
        return ClassGroup::Endocrine;
    case DrugClass::Cdk46i:
        return ClassGroup::Cdk46i;
    case DrugClass::Chemo:
        return ClassGroup::Chemotherapy;
    case DrugClass::Adc:
        return ClassGroup::Adc;
    case DrugClass::Ofs:
        return ClassGroup::Ofs;
    case DrugClass::AntiHer2:
    case DrugClass::Parp:
    case DrugClass::Mtor:
    case DrugClass::Pi3k:
    case DrugClass::Akt:
    case DrugClass::Hdac:
        return ClassGroup::Targeted;
    case DrugClass::Progestin:
    case DrugClass::Bone:
        return ClassGroup::Supportive;
    }
    return ClassGroup::Supportive;
}

QList<ClassGroup> allGroups()
{
    return {ClassGroup::Endocrine, ClassGroup::Cdk46i, ClassGroup::Chemotherapy,    ClassGroup::Targeted,
            ClassGroup::Adc,       ClassGroup::Ofs,    ClassGroup::Investigational, ClassGroup::Supportive};
}

QList<ClassGroup> groupsOf(const QList<DrugClass>& classes)
{
    QList<ClassGroup> groups;
    for (ClassGroup g : allGroups())
        if (std::any_of(classes.begin(), classes.end(), [g](DrugClass c) { return groupOf(c) == g; }))
            groups << g;
    return groups;
}

QList<ClassGroup> groupsOf(const clinical::LineInfo& line)
{
    QList<ClassGroup> groups = groupsOf(line.classes);
    if (line.investigational) {
        const qsizetype before = groups.indexOf(ClassGroup::Ofs) >= 0 ? groups.indexOf(ClassGroup::Ofs)
                                                                      : groups.indexOf(ClassGroup::Supportive);
        groups.insert(before >= 0 ? before : groups.size(), ClassGroup::Investigational);
    }
    return groups;
}

ClassGroup leadingGroup(const clinical::LineInfo& line)
{
    const ClassGroup g = leadingGroup(line.classes);
    return line.investigational && (g == ClassGroup::Supportive || g == ClassGroup::Ofs) ? ClassGroup::Investigational
                                                                                         : g;
}

ClassGroup leadingGroup(const QList<DrugClass>& classes)
{
    const QList<ClassGroup> present = groupsOf(classes);
    for (ClassGroup g : {ClassGroup::Chemotherapy, ClassGroup::Adc, ClassGroup::Targeted, ClassGroup::Endocrine,
                         ClassGroup::Cdk46i, ClassGroup::Investigational, ClassGroup::Ofs})
        if (present.contains(g))
            return g;
    return ClassGroup::Supportive;
}

QColor groupColor(ClassGroup group)
{
    switch (group) {
    case ClassGroup::Endocrine:
        return QColor(0x00, 0x72, 0xB2);  // blue
    case ClassGroup::Targeted:
        return QColor(0xCC, 0x79, 0xA7);  // reddish purple
    case ClassGroup::Cdk46i:
        return QColor(0x00, 0x9E, 0x73);  // bluish green
    case ClassGroup::Chemotherapy:
        return QColor(0xD5, 0x5E, 0x00);  // vermillion
    case ClassGroup::Adc:
        return QColor(0xE6, 0x9F, 0x00);  // orange
    case ClassGroup::Ofs:
        return QColor(0xE8, 0xD4, 0x2A);  // yellow
    case ClassGroup::Investigational:
        return QColor(0x56, 0xB4, 0xE9);  // sky blue: a trial drug of unknown identity
    case ClassGroup::Supportive:
        return QColor(0x99, 0x99, 0x99);  // grey
    }
    return Qt::gray;
}

QColor groupTint(ClassGroup group)
{
    const QColor c = groupColor(group);
    const auto mix = [](int v) { return int(v * 0.45 + 255 * 0.55); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

QColor analyteColor(const QString& analyte, int position)
{
    if (analyte == QLatin1String("CA15-3"))
        return QColor(0x1F, 0x4E, 0x9E);
    if (analyte == QLatin1String("CEA"))
        return QColor(0xA6, 0x6A, 0x00);
    if (analyte == QLatin1String("CA27.29"))
        return QColor(0x1B, 0x7F, 0x4F);
    if (analyte == QLatin1String("CA125"))
        return QColor(0x7E, 0x2F, 0x8E);
    static const QColor cycle[] = {QColor(0x4D, 0x4D, 0x4D), QColor(0x8C, 0x51, 0x0A), QColor(0x01, 0x66, 0x5E),
                                   QColor(0x76, 0x2A, 0x83)};
    return cycle[std::max(0, position) % 4];
}

QColor progression()
{
    return QColor(0xC0, 0x1F, 0x2F);
}
QColor recurrence()
{
    return QColor(0x8B, 0x00, 0x00);
}
QColor response()
{
    return QColor(0x1B, 0x7F, 0x3B);
}
QColor surgery()
{
    return QColor(0x2C, 0x3E, 0x70);
}
QColor radiotherapy()
{
    return QColor(0x6A, 0x3D, 0x9A);
}
QColor death()
{
    return QColor(0x20, 0x20, 0x20);
}
QColor diagnosis()
{
    return QColor(0x44, 0x44, 0x44);
}
QColor esr1Mutated()
{
    return QColor(0xD0, 0x1C, 0x8B);
}
QColor geneticOther()
{
    return QColor(0x70, 0x70, 0x70);
}
QColor markerRise()
{
    return QColor(0xC0, 0x1F, 0x2F);
}

}  // namespace onco::palette
