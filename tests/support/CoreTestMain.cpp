#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OncoCaseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("oncocase-tests"));
    QStandardPaths::setTestModeEnabled(true);  // settings and data under ~/.qttest, never the user's
    // Each test runs in its own process and ctest runs them side by side: each gets its own settings file.
    QTemporaryDir settingsDir;
    for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, settingsDir.path());
    return RUN_ALL_TESTS();
}
