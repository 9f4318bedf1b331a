#pragma once

// The marker chart of DEMO-0001 in English, shown at 1200×500 (the chart tests' common starting point).
#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"
#include "tests/ui/charts/CourseTestData.h"
#include "ui/charts/MarkerChartView.h"

#include <QTest>

#include <gtest/gtest.h>

namespace onco::test {

inline const QDate kChartAsOf(2026, 11, 21);

struct ShownDemoChart
{
    PatientRecord record = storedDemoPatient(QStringLiteral("DEMO-0001"));
    MarkerChartView view{Knowledge::builtin()};
    ShownDemoChart()
    {
        view.setSettings(analytics::MarkerSettings::fromKnowledge(Knowledge::builtin()));
        view.setLanguage(&Language::english());
        view.setPatient(record, kChartAsOf);
        view.resize(1200, 500);
        view.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&view));
    }
};

}  // namespace onco::test
