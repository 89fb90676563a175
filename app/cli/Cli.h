#pragma once

#include "console/AppController.h"
#include "core/AuditLog.h"
#include "vault/KeychainStore.h"
#include "vault/MemoryStore.h"

#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSettings>
#include <QStringList>
#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

namespace kw::cli {

// keywarden-cli: every key operation of the window, from the shell, on the same accounts,
// settings, keychain, audit log and rotation records (through AppController). One command per
// process; exec() runs it and returns its exit code (ExitCode.h).
class Cli : public QObject
{
    Q_OBJECT
public:
    explicit Cli(QStringList arguments, QObject* parent = nullptr);
    ~Cli() override;

    int exec();

    struct Command
    {
        QString group; // "keys"; empty for a top-level command
        QString name;  // "create"
        QString synopsis;
        QString summary;
        void (Cli::*run)(const QStringList& arguments);
    };
    static const QList<Command>& commands();
    static QString helpText();

private:
    using AccountView = AppController::AccountView;

    void dispatch();
    void finish(int code);
    void fail(int code, const QString& message);
    void failWith(const QString& what, const ProviderError& error);
    // Parses a command's options; handles --help and usage errors (then returns false).
    bool parse(QCommandLineParser& parser, const QStringList& arguments);
    bool requireOptions(const QCommandLineParser& parser, const QStringList& names);

    // Finding things.
    std::optional<Account> findAccount(const QString& selector);
    // Reads the account's token and lists its keys, then calls next; fails the command when the
    // account cannot be loaded.
    void withLoadedAccount(const QString& selector, std::function<void(const AccountView&)> next);
    // Reads the account's token and lists its keys; done gets the view once it is loaded or
    // failed (state Ok or Error).
    void whenLoaded(const QString& accountId, std::function<void(const AccountView&)> done);
    std::optional<ApiKey> findKey(const AccountView& view, const QString& selector);
    std::optional<Secret> readSecretFromStdin(const QString& prompt);

    // Output.
    void printJson(const QJsonValue& value);
    QJsonObject keyJson(const AccountView& view, const ApiKey& key);
    static QJsonObject accountJson(const Account& account);
    static QJsonObject verificationJson(const Verification& verification);
    void printKeyTable(const QList<std::pair<const AccountView*, ApiKey>>& rows, bool showAccount);
    // The one-time output of a new secret (or its storing with --store); then next(exit code).
    // Exit code HandOver when the secret could not be written to standard output.
    void handOver(const AccountView& view, CreatedKey& created, bool store, const QString& verb,
                  std::function<void(int)> next);
    // A create whose answer was lost made a key whose secret nobody saw (CreatedKey::orphan):
    // the question on standard error, with --json an object with "orphan"; exit code 1.
    void reportOrphan(const QString& accountId, const CreatedKey& created, const QString& what,
                      const ProviderError& error);

    // The commands.
    void accountsList(const QStringList& arguments);
    void accountsAdd(const QStringList& arguments);
    void accountsRemove(const QStringList& arguments);
    void accountsTest(const QStringList& arguments);
    void keysList(const QStringList& arguments);
    void keysCreate(const QStringList& arguments);
    void keysEdit(const QStringList& arguments);
    void keysDisable(const QStringList& arguments);
    void keysEnable(const QStringList& arguments);
    void keysRevoke(const QStringList& arguments);
    void keysVerify(const QStringList& arguments);
    void keysRotate(const QStringList& arguments);
    void keysAwsProfile(const QStringList& arguments);
    void rotationsList(const QStringList& arguments);
    void rotationsFinishDue(const QStringList& arguments);
    void credentialProcess(const QStringList& arguments);

    void setActive(const QStringList& arguments, bool active);
    void finishRotation(const AccountView& view, const QString& recordId, const ApiKey& newKey,
                        const std::optional<Verification>& tested, bool force, int graceDays,
                        int handOverCode);

    QStringList m_arguments;
    const Command* m_command = nullptr;
    bool m_json = false;
    bool m_finished = false;
    bool m_auditWarned = false;
    int m_exitCode = 0;

    QSettings m_settings;
    QNetworkAccessManager m_network;
    KeychainStore m_keychain;
    MemoryStore m_memory;
    AuditLog m_audit;
    AppController m_controller;
};

} // namespace kw::cli
