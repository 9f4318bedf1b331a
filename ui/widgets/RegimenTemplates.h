#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace onco {

/** One template: its usual abbreviation when it has one (AC-T, TC …) and its catalogue drug names. */
struct Regimen
{
    QString abbreviation;
    QStringList drugs;
};

/** A group of regimen templates for the drug entry (e.g. "AI + CDK4/6 inhibitor" with its combinations). */
struct RegimenGroup
{
    const char* title;  ///< English, translated in context "RegimenTemplates"
    QList<Regimen> regimens;
};

/** The regimen templates offered when entering a therapy line: common combinations, as a convenience only
 *  (the clinician can change any drug afterwards). Every name is a catalogue name. */
const QList<RegimenGroup>& regimenTemplates();

}  // namespace onco
