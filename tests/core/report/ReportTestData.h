#pragma once

#include "core/caseformat/CaseCodec.h"
#include "core/demo/DemoData.h"
#include "core/knowledge/Knowledge.h"
#include "core/report/SummaryBuilder.h"

#include <QSettings>

namespace onco::test {

/** The demo patient `index` (0 = DEMO-0001, the Foshan case) parsed from its case file. */
inline PatientRecord demoRecord(int index)
{
    QList<CaseError> errors;
    const auto file = CaseCodec(Knowledge::builtin(), QDate(2026, 11, 21)).parse(demoCaseFiles().at(index), errors);
    return file ? file->record : PatientRecord{};
}

/** A summary of a record as of 2026-11-21 (no assessment unless `source` is given). */
inline report::SummaryData summaryOf(const PatientRecord& record, report::AssessmentSource source = {},
                                     QDate asOf = QDate(2026, 11, 21))
{
    report::SummaryOptions options;
    options.asOf = asOf;
    return report::buildSummary(record, options, Knowledge::builtin(), QDate(2026, 11, 21), source);
}

/** Sets a setting for the lifetime of the guard (tests run in the test-mode settings, shared between runs). */
class SettingGuard
{
public:
    SettingGuard(const char* key, const QVariant& value)
        : m_key(QLatin1String(key))
    {
        QSettings().setValue(m_key, value);
    }
    ~SettingGuard() { QSettings().remove(m_key); }
    SettingGuard(const SettingGuard&) = delete;
    SettingGuard& operator=(const SettingGuard&) = delete;

private:
    QString m_key;
};

}  // namespace onco::test
