#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <functional>

namespace kw::e2e {

// Runs the built `keywarden-cli` as a script would: its own process, with the suite's scratch
// HOME, D-Bus session and keyring. What it must read in secret (a token) goes to standard input.
struct CliRun
{
    bool finished = false; // exited by itself, in time
    int exitCode = -1;     // negative (minus the signal) when it crashed or was killed
    QByteArray out;
    QByteArray err;

    // The whole standard output as one JSON document.
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    // One line on standard error, as a script's log would show it.
    bool oneErrorLine() const
    {
        const QByteArray trimmed = err.trimmed();
        return !trimmed.isEmpty() && !trimmed.contains('\n');
    }

    // --json output: one document per line.
    QList<QJsonDocument> jsonLines() const
    {
        QList<QJsonDocument> documents;
        for (const QByteArray& line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                documents.append(QJsonDocument::fromJson(line));
        }
        return documents;
    }
    QJsonObject object(int line = 0) const { return jsonLines().value(line).object(); }
    QJsonArray array() const { return jsonLines().value(0).array(); }

    // For failure messages.
    QString describe() const
    {
        return QStringLiteral("exit %1%2; stdout: %3; stderr: %4")
            .arg(exitCode)
            .arg(finished ? QString() : QStringLiteral(" (did not finish)"),
                 QString::fromUtf8(out).trimmed(), QString::fromUtf8(err).trimmed());
    }
};

inline QString cliExecutable()
{
    return qEnvironmentVariable("KEYWARDEN_BUILD_DIR") + QStringLiteral("/app/keywarden-cli");
}

// Starts a process set up by the caller (program, arguments, environment, where its standard
// output goes), writes input to its standard input and waits until it ends or timeoutMs pass
// (then it is killed). afterStart runs once the start has been tried, whether it worked or not.
inline CliRun runProcess(QProcess& process, const QByteArray& input = {}, int timeoutMs = 30000,
                         const std::function<void()>& afterStart = {})
{
    process.start();
    CliRun run;
    const bool started = process.waitForStarted(10000);
    if (afterStart)
        afterStart();
    if (!started) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    run.finished =
        process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    }
    // A crash must not pass for an exit code (SIGABRT is 6, the network failure's code).
    run.exitCode =
        process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// keywarden-cli with these arguments; in the given environment when there is one (a case's own
// HOME), else in the suite's.
inline CliRun runCli(const QStringList& arguments, const QByteArray& input = {},
                     int timeoutMs = 30000, const QProcessEnvironment& environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.setProgram(cliExecutable());
    process.setArguments(arguments);
    return runProcess(process, input, timeoutMs);
}

// A string field of a JSON object (empty when it is missing or not a string).
inline QString field(const QJsonObject& object, const QString& name)
{
    return object.value(name).toString();
}

// A label no other test of the shared scratch HOME uses.
inline QString uniqueLabel(const QString& base)
{
    return base + u' ' + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

} // namespace kw::e2e
