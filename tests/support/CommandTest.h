#pragma once

#include "tests/support/RunCommand.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace onco::test {

/** A test of the real `oncocase` executable (ONCO_BINARY), in a temporary folder of its own. */
class CommandTest : public ::testing::Test
{
protected:
    QString file(const QString& name) const { return QDir(m_dir.path()).filePath(name); }

    /** Runs oncocase with its own settings folder inside the test's temporary folder. */
    Outcome oncocase(const QStringList& args, const QByteArray& input = {}) const
    {
        return runCommand(QStringLiteral(ONCO_BINARY), args, file(QStringLiteral("config")), Display::Offscreen, input);
    }

    /** The demo database of this test (created on first use). */
    QString demo()
    {
        const QString path = file(QStringLiteral("demo.sqlite"));
        if (!QFile::exists(path)) {
            const Outcome r = oncocase({QStringLiteral("demo"), QStringLiteral("--database"), path});
            EXPECT_EQ(r.code, 0) << r.err.toStdString();
        }
        return path;
    }

    QTemporaryDir m_dir;
};

}  // namespace onco::test
