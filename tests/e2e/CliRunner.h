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

namespace kw::e2e {

// Runs the built `keywarden-cli` as a script would: its own process, with the suite's scratch
// HOME, D-Bus session and keyring. What it must read in secret (a token) goes to standard input.
struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

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

inline CliRun runCli(const QStringList& arguments, const QByteArray& input = {},
                     int timeoutMs = 30000)
{
    QProcess process;
    process.setProgram(cliExecutable());
    process.setArguments(arguments);
    process.start();
    CliRun run;
    if (!process.waitForStarted(10000)) {
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
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// A label no other test of the shared scratch HOME uses.
inline QString uniqueLabel(const QString& base)
{
    return base + u' ' + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

} // namespace kw::e2e
