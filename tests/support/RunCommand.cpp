#include "tests/support/RunCommand.h"

#include <QJsonDocument>
#include <QProcess>

namespace onco::test {

QJsonObject Outcome::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

Outcome runCommand(const QString& binary, const QStringList& args, const QString& configHome, Display display,
                   const QByteArray& input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (display == Display::Offscreen) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    } else {
        for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QLatin1String(name));
    }
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    env.remove(QStringLiteral("ONCOCASE_PASSWORD"));
    p.setProcessEnvironment(env);
    p.start(binary, args);
    if (p.waitForStarted()) {
        p.write(input);
        p.closeWriteChannel();
    }
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace onco::test
