#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OncoCaseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("oncocase-tests"));
    QStandardPaths::setTestModeEnabled(true);  // settings and data under ~/.qttest, never the user's
    return RUN_ALL_TESTS();
}
