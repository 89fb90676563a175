#pragma once

#include "console/AppController.h"
#include "console/ReportWriters.h"
#include "core/AuditLog.h"
#include "vault/KeychainStore.h"
#include "vault/MemoryStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QSettings>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

namespace kw {
class KeyProvider;
struct KeyFilter;
struct LeakFinding;
} // namespace kw

namespace kw::cli {

class JsonOut;

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
    // After exec(): whether the process may end without freeing what the command loaded (a
    // listing of 100 000 keys takes longer to free than to print). When true, the tokens have
    // been wiped and the settings written.
    bool prepareQuickExit();

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
    // The global --timeout SECONDS, removed from words; false (and failed) when malformed.
    bool takeTimeout(QStringList& words);
    // The account's client, with --timeout applied (the controller's clients get it too).
    std::unique_ptr<KeyProvider> makeClient(const Account& account, Secret token,
                                            QNetworkAccessManager* network) const;
    void finish(int code);
    void fail(int code, const QString& message);
    // The failure's line on standard error, kept for the error object finish() may print.
    void noteFailure(const QString& message);
    void failWith(const QString& what, const ProviderError& error);
    // "what: reason advice" on one line.
    static QString errorLine(const QString& what, const ProviderError& error);
    // Parses a command's options; handles --help and usage errors (then returns false).
    bool parse(QCommandLineParser& parser, const QStringList& arguments);
    bool requireOptions(const QCommandLineParser& parser, const QStringList& names);
    // parse, requireOptions, then the account --account names; nullopt once the command has
    // ended (--help, a usage error, no such account).
    std::optional<Account> parseForAccount(QCommandLineParser& parser, const QStringList& arguments,
                                           const QStringList& required);
    // parseForAccount, and the capabilities of the account's provider; nullopt once the command
    // has ended (also when this build has no client for that provider).
    std::optional<std::pair<Account, const Capabilities*>>
    parseForClient(QCommandLineParser& parser, const QStringList& arguments,
                   const QStringList& required);

    // Finding things.
    std::optional<Account> findAccount(const QString& selector);
    // The account --account names, or every saved account without it; nullopt once the command
    // has ended (no such account).
    std::optional<QStringList> selectedAccountIds(const QCommandLineParser& parser);
    // Reads the account's token and lists its keys, then calls next; fails the command when the
    // account cannot be loaded.
    void withLoadedAccount(const QString& selector, std::function<void(const AccountView&)> next);
    // Reads the account's token and lists its keys; done gets the view once it is loaded or
    // failed (state Ok or Error).
    void whenLoaded(const QString& accountId, std::function<void(const AccountView&)> done);
    // Warmup.cpp, while an account loads: the connection to its endpoint opened while its token
    // is read, and its drift record read while its list is in flight.
    void preconnect(const QString& accountId);
    void readDriftSoon(const QString& accountId);
    // An account that could not be loaded, on standard error; its exit code is kept in
    // *firstFailure unless an earlier one is there. False when the view is loaded.
    static bool noteLoadFailure(const AccountView& view, int* firstFailure);
    std::optional<ApiKey> findKey(const AccountView& view, const QString& selector);
    // withLoadedAccount, then the key keySelector names in it; fails the command without one.
    void withLoadedKey(const QString& accountSelector, const QString& keySelector,
                       std::function<void(const AccountView&, const ApiKey&)> next);
    // Its name, or its id when it has none.
    static QString shownName(const ApiKey& key);
    std::optional<Secret> readSecretFromStdin(const QString& prompt);
    // Asks the provider whether the admin token works, then calls next; fails the command with
    // what when it does not.
    void testToken(const std::shared_ptr<KeyProvider>& client, const QString& what,
                   std::function<void()> next);

    // Output.
    void printJson(const QJsonValue& value);
    // The object with one more field that holds the secret, escaped without a QString copy.
    void printJsonWithSecret(const QJsonObject& json, QByteArrayView field, const Secret& secret);
    // With --json the array, else the table (a header row and one row per item) or, when there
    // are no items, the note on standard error.
    void printListing(const QJsonArray& json, const QList<QStringList>& table, const QString& none);
    // With --json the object, else the line; then the command ends with success.
    void succeed(const QJsonObject& json, const QString& line);
    // A controller callback: fails the command with failedWhat, or succeeds with json or line.
    std::function<void(const ProviderError&)>
    reportDone(const QString& failedWhat, const QJsonObject& json, const QString& line);
    // Adds the field unless the value is empty.
    static void insertUnlessEmpty(QJsonObject& json, const QString& name, const QString& value);
    // One key as `keys list --json` shows it (KeyListing.cpp).
    QJsonObject keyJson(const AccountView& view, const ApiKey& key);
    // What every key of one account shares in its JSON: worked out once, not once per key.
    struct KeyContext
    {
        QByteArray account;   // the label, quoted
        QByteArray accountId; // quoted
        int policyDays = 0;
        QSet<QString> storedKeyIds;
        QDateTime now;
        AccountDrift drift; // KeyDrift: what changed behind KeyWarden's back
    };
    KeyContext keyContext(const AccountView& view);
    static void writeKeyJson(JsonOut& out, const KeyContext& context, const ApiKey& key);
    // keys list's output: the keys of the loaded accounts that pass the filters; with --json one
    // array streamed to standard output a chunk at a time, else a table.
    void printKeyListing(const QStringList& accountIds, const KeyFilter& filter, bool onlyExpired);
    static QJsonObject accountJson(const Account& account);
    // The one way every --json output names an account: "account" its label, "accountId" its id.
    static void insertAccount(QJsonObject& json, const Account& account);
    static QJsonObject verificationJson(const Verification& verification);
    QList<QStringList> keyTable(const QList<std::pair<const AccountView*, const ApiKey*>>& rows,
                                bool showAccount);
    // The one-time output of a new secret (or its storing with --store); then next(exit code).
    // Exit code HandOver when the secret could not be written to standard output.
    void handOver(const AccountView& view, CreatedKey& created, bool store, const QString& verb,
                  std::function<void(int)> next);
    // A create whose answer was lost made a key whose secret nobody saw (CreatedKey::orphan):
    // the question on standard error, with --json an object with "orphan"; exit code 1.
    void reportOrphan(const QString& accountId, const CreatedKey& created, const QString& what,
                      const ProviderError& error);

    // The commands (AccountCommands, KeyCommands, RotationCommands, AwsCommands).
    void accountsList(const QStringList& arguments);
    void accountsAdd(const QStringList& arguments);
    void accountsRemove(const QStringList& arguments);
    void accountsEdit(const QStringList& arguments);
    void accountsReplaceToken(const QStringList& arguments);
    void accountsTest(const QStringList& arguments);
    void keysList(const QStringList& arguments);
    // keys list's --expires-within, --unused-for, --inactive, --never-used; false after fail().
    bool keyFilterFromOptions(const QCommandLineParser& parser, KeyFilter* filter);
    void keysMarkSeen(const QStringList& arguments); // DriftCommands
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
    void rotationsReenable(const QStringList& arguments);
    void credentialProcess(const QStringList& arguments);
    void audit(const QStringList& arguments);  // AuditCommands
    void report(const QStringList& arguments); // ReportCommands
    // LeakCommands: leak check and leak scan after the others; once, on the first call.
    static const QList<Command>& withLeakCommands(const QList<Command>& others);
    static const QList<Command>& withRotationCommands(const QList<Command>& others);
    void leakCheck(const QStringList& arguments);
    void leakScan(const QStringList& arguments);
    struct LeakRun;
    void respondToLeak(const std::shared_ptr<LeakRun>& run, std::vector<LeakFinding> findings,
                       const QStringList& sources);
    void actOnLeak(const std::shared_ptr<LeakRun>& run);
    void reportLeak(const std::shared_ptr<LeakRun>& run);

    // Steps of the commands.
    std::optional<Account> accountFromOptions(const QCommandLineParser& parser);
    void saveAccount(const Account& account, const std::shared_ptr<Secret>& token);
    void setActive(const QStringList& arguments, bool active);
    // keys disable/enable where the provider suspends a key's owner instead of one key
    // (Capabilities::disablePrincipal): names the owner and the keys it stops, asks on a terminal
    // unless confirmed (--yes), then suspends or reactivates the owner.
    void setOwnerActive(const AccountView& view, const ApiKey& key, bool active, bool confirmed);
    void verifyWith(const QString& accountId, const ApiKey& key, const QString& providerName,
                    const Secret& secret);
    struct RotateRequest;
    void startRotation(const AccountView& view, const ApiKey& oldKey, const RotateRequest& request);
    void testReplacement(const QString& accountId, const QString& recordId, const ApiKey& newKey,
                         const Secret& secret, const RotateRequest& request, int handOverCode);
    void finishRotation(const AccountView& view, const QString& recordId, const ApiKey& newKey,
                        const std::optional<Verification>& tested, bool force,
                        const GracePlan& plan, int handOverCode);
    void reportFinishedDue(const QStringList& recordIds, int firstFailure);
    // credential-process and keys aws-profile: parseForAccount, for an account whose keys are S3
    // key pairs, and its provider's capabilities; nullopt once the command has ended.
    std::optional<std::pair<Account, const Capabilities*>>
    parseForS3Key(QCommandLineParser& parser, const QStringList& arguments,
                  const QString& notApplicable);

    void writeReport(const CredentialReport& report, ReportFormat format, const QString& output);

    QStringList m_arguments;
    const Command* m_command = nullptr;
    bool m_json = false;
    int m_timeoutMs = 0; // --timeout; 0: the client's default
    bool m_finished = false;
    bool m_quickExit = false; // a listing that changed nothing: nothing to tear down but memory
    // With --json: whether a document went to standard output, and whether the last one was an
    // error object (one with "error"). A failure after a document ends the output with one
    // (docs/cli.md "Failures"), so that no failed command's output reads as its result.
    bool m_jsonPrinted = false;
    bool m_lastJsonIsError = false;
    QString m_failure;                // the failure's one line, as on standard error
    std::optional<Account> m_account; // the account the command was given, once found
    bool m_auditWarned = false;
    QSet<QString> m_driftRead; // accounts whose drift record was read ahead (readDriftSoon)
    int m_exitCode = 0;

    QSettings m_settings;
    QNetworkAccessManager m_network;
    KeychainStore m_keychain;
    MemoryStore m_memory;
    AuditLog m_audit;
    AppController m_controller;
};

} // namespace kw::cli
