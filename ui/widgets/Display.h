#pragma once

#include "core/clinical/CourseFacts.h"
#include "core/domain/PatientRecord.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace onco {

class Knowledge;

/** How the window writes dates, drugs, receptors and derived facts, in the UI language (translation context
 *  "Display"). Dates use explicit patterns (2025年5月20日 / 20 May 2025), never a weekday. */
namespace display {

bool chinese();
/** "zh_CN" or "en", for Knowledge names. */
QString languageCode();

QString date(const QDate& date);
QString dateTime(const QDateTime& utc);

QString drug(const QString& name, const Knowledge& knowledge);
QString drugs(const QStringList& names, const Knowledge& knowledge);
/** Both names, the UI language first: "letrozole (来曲唑)" / "来曲唑 (letrozole)". */
QString drugBothNames(const QString& name, const Knowledge& knowledge);

/** A duration in months with one decimal ("8.3 mo" / "8.3个月"). */
QString months(int days);
QString percent(const std::optional<double>& value);
QString number(double value);

/** "Line 2" / "二线". */
QString lineNumber(int number);
/** The line as the list and the header show it: "Line 2" for numbered lines, else the setting. */
QString lineLabel(const TherapyLine& line, const std::optional<int>& number);

QString receptor(ReceptorStatus status, const std::optional<double>& percent);
QString her2(const Receptors& r);
QString her2Class(clinical::Her2Class c);
QString site(const QString& codeOrText);
QString sites(const QList<Site>& sites);

QString esr1Status(const GeneticResult& result, clinical::Currency currency);
QString currency(clinical::Currency currency, const QDate& latestProgression);

}  // namespace display

}  // namespace onco
