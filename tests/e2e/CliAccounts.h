#pragma once

#include "CliRunner.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace kw::e2e {

// Sets up keywarden-cli accounts on a running keywarden-sandbox, the way an administrator would:
// `accounts add` with the admin token on standard input.
struct CliAccount
{
    QString providerId;
    QString label;
    const SandboxProcess::Provider* emulator = nullptr;
};

// What a CLI suite needs before its first case: the scratch HOME and keyring tests/run-tests.sh
// gives it, the built keywarden-cli, and a running sandbox. Empty when all is in place, else what
// is missing.
inline QString startCliSuite(SandboxProcess& sandbox)
{
    const QString home = qEnvironmentVariable("KEYWARDEN_TEST_HOME");
    if (home.isEmpty() || QDir::homePath() != home)
        return QStringLiteral(
            "run through tests/run-tests.sh: it gives the suite a scratch HOME and a keyring");
    if (!QFileInfo(cliExecutable()).isExecutable())
        return cliExecutable();
    return sandbox.start();
}

// Adds an account for one emulator. `region` overrides the emulator's (to make its S3 emulation
// refuse the signature). Returns the error text, empty on success.
inline QString addCliAccount(const SandboxProcess& sandbox, const QString& providerId,
                             const QString& label, const QString& region = {})
{
    const SandboxProcess::Provider* emulator = sandbox.provider(providerId);
    if (!emulator || !emulator->url.isValid() || emulator->token.isEmpty())
        return QStringLiteral("the sandbox printed no %1 URL and token").arg(providerId);
    QStringList arguments{QStringLiteral("--json"),
                          QStringLiteral("accounts"),
                          QStringLiteral("add"),
                          QStringLiteral("--provider"),
                          providerId,
                          QStringLiteral("--label"),
                          label,
                          QStringLiteral("--endpoint"),
                          emulator->url.toString()};
    if (emulator->s3Url.isValid())
        arguments << QStringLiteral("--s3-endpoint") << emulator->s3Url.toString();
    const QString chosenRegion = region.isEmpty() ? emulator->region : region;
    if (!chosenRegion.isEmpty())
        arguments << QStringLiteral("--region") << chosenRegion;
    if (!emulator->organizationId.isEmpty())
        arguments << QStringLiteral("--organization") << emulator->organizationId;
    QByteArray input = emulator->token.exposeBytes() + '\n';
    const CliRun run = runCli(arguments, input);
    input.fill('\0');
    if (!run.finished || run.exitCode != 0)
        return QStringLiteral("accounts add %1: %2").arg(providerId, run.describe());
    return {};
}

// The key list of one account (`keys list --account A --json`); nullopt when the command failed.
inline std::optional<QJsonArray> listKeys(const QString& label, QString* error = nullptr)
{
    const CliRun run = runCli({QStringLiteral("--json"), QStringLiteral("keys"),
                               QStringLiteral("list"), QStringLiteral("--account"), label});
    if (!run.finished || run.exitCode != 0 || !run.jsonLines().value(0).isArray()) {
        if (error)
            *error = run.describe();
        return std::nullopt;
    }
    return run.array();
}

inline QStringList keyIds(const QJsonArray& keys)
{
    QStringList ids;
    for (const QJsonValue& key : keys)
        ids.append(key.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

// How `keys create` names a key of this provider: Scaleway keys have a description instead,
// Wasabi IAM keys nothing.
inline QStringList nameArgumentsFor(const QString& providerId, const QString& name)
{
    if (providerId == QStringLiteral("scaleway"))
        return {QStringLiteral("--description"), name};
    if (providerId == QStringLiteral("wasabi-iam"))
        return {};
    return {QStringLiteral("--name"), name};
}

// What `keys create` needs besides a name for a key of this provider, on this sandbox.
inline QStringList createArgumentsFor(const QString& providerId, const QString& label)
{
    if (providerId == QStringLiteral("wayscloud"))
        return {QStringLiteral("--service"), QStringLiteral("storage")};
    if (providerId == QStringLiteral("wasabi-iam"))
        return {QStringLiteral("--bearer"), QStringLiteral("user:air-viewer")};
    if (providerId == QStringLiteral("scaleway")) {
        // The sandbox's application ids are made up at start-up: take one a sample key has.
        for (const QJsonValue& key : listKeys(label).value_or(QJsonArray())) {
            const QJsonObject object = key.toObject();
            if (object.value(QStringLiteral("ownerType")).toString() ==
                QStringLiteral("application"))
                return {QStringLiteral("--bearer"),
                        QStringLiteral("application:") +
                            object.value(QStringLiteral("owner")).toString()};
        }
    }
    return {};
}

// The rotation record `rotations list --json` shows, by id.
inline std::optional<QJsonObject> rotationRecord(const QString& recordId, QString* error = nullptr)
{
    const CliRun run =
        runCli({QStringLiteral("--json"), QStringLiteral("rotations"), QStringLiteral("list")});
    if (!run.finished || run.exitCode != 0) {
        if (error)
            *error = run.describe();
        return std::nullopt;
    }
    for (const QJsonValue& record : run.array()) {
        if (record.toObject().value(QStringLiteral("id")).toString() == recordId)
            return record.toObject();
    }
    if (error)
        *error = QStringLiteral("no rotation %1 in: %2").arg(recordId, QString::fromUtf8(run.out));
    return std::nullopt;
}

} // namespace kw::e2e
