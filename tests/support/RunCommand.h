#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace onco::test {

/** What a command-line run gave back. */
struct Outcome
{
    int code = -1;  ///< the exit code; -1 when the process crashed or did not finish
    QString out;
    QString err;
    /** stdout read as a JSON object (empty when it is not one). */
    QJsonObject json() const;
};

/** Whether the child process gets the offscreen platform or no display at all (the command must cope itself). */
enum class Display { Offscreen, None };

/** Runs `binary` with `args`, its settings folder (XDG_CONFIG_HOME) at `configHome`, and waits up to two minutes;
 *  `input` is written to its standard input (then closed). */
Outcome runCommand(const QString& binary, const QStringList& args, const QString& configHome,
                   Display display = Display::Offscreen, const QByteArray& input = {});

}  // namespace onco::test
