#pragma once

#include "core/ApiKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>
#include <utility>

QT_BEGIN_NAMESPACE
class QLockFile;
QT_END_NAMESPACE

namespace kw {

// How a key differs from what KeyWarden saw of its account before.
enum class DriftKind
{
    None,
    New,      // listed now, not seen at the last look, and not created by KeyWarden
    Vanished, // seen at the last look, gone now, and not revoked by KeyWarden
    Orphan,   // created by KeyWarden, but the create's answer was lost: nobody has its secret
};

// "new", "vanished", "orphan" as scripts read them (never translated); empty for None.
QString driftKindId(DriftKind kind);
// The same, translated, for the badge.
QString driftKindText(DriftKind kind);
// One sentence saying what the drift means and what to do, for the details pane.
QString driftMeaning(DriftKind kind);

// The drift of one account: each drifting key by id, and the keys that vanished (as they were
// last listed, without any secret), which the window shows as greyed rows.
struct AccountDrift
{
    QHash<QString, DriftKind> kinds;
    QList<ApiKey> vanished;

    DriftKind kindOf(const QString& keyId) const { return kinds.value(keyId, DriftKind::None); }
    bool isEmpty() const { return kinds.isEmpty(); }
    int count(DriftKind kind) const;
};

// What KeyWarden remembers per account of the keys it has seen, to tell which keys appeared or
// disappeared behind its back. Key ids and names only, never a secret. One small JSON file per
// account under directory (next to the audit log), read and written under a lock file, so that
// the window and keywarden-cli share what either of them saw. An empty directory keeps
// everything in memory (nothing is remembered across runs).
class KeyDrift
{
    Q_DECLARE_TR_FUNCTIONS(kw::KeyDrift)
public:
    // The ids update() found drifting for the first time, for the audit log.
    struct Detected
    {
        QStringList newIds;
        QStringList vanishedIds;
        bool isEmpty() const { return newIds.isEmpty() && vanishedIds.isEmpty(); }
    };

    explicit KeyDrift(QString directory);
    ~KeyDrift(); // waits for the writes still running
    KeyDrift(const KeyDrift&) = delete;
    KeyDrift& operator=(const KeyDrift&) = delete;

    QString directory() const { return m_directory; }
    // Where the files are written: on the calling thread (the default; keywarden-cli, which
    // exits right after), or on offThreadPool() (the window: a file of 100 000 keys takes tens
    // of milliseconds to write, and its GUI thread must not wait for it). Writes of one account
    // land in order, the last one last, and its lock file is held until they are on disk, so
    // that keywarden-cli never reads a file the window is still to write.
    void setWritesOffThread(bool offThread) { m_offThread = offThread; }
    // Blocks until every write started is on disk.
    void waitForWrites();
    // An account remembered for this run only: the window's sandbox accounts, whose emulators
    // make new keys on every start under the same account ids.
    void keepInMemory(const QString& accountId);

    // After a complete, successful list of the account (a failed or partial one must not come
    // here). createdByUs and revokedByUs: ids KeyWarden made or revoked that it may not have
    // noted (a rotation's records). The first list of an account is the baseline: nothing new.
    Detected update(const QString& accountId, const QList<ApiKey>& listed,
                    const QSet<QString>& createdByUs = {}, const QSet<QString>& revokedByUs = {});
    // KeyWarden created this key (orphan: the create's answer was lost).
    void noteCreated(const QString& accountId, const QString& keyId, bool orphan);
    // KeyWarden is revoking this key: noted before the request goes out, since the list that
    // follows may come back before the revoke's own answer is handled; withdrawn on failure.
    void noteRevoking(const QString& accountId, const QString& keyId);
    void noteRevokeFailed(const QString& accountId, const QString& keyId);
    // The user has looked: the keys lose their drift (a vanished key's row goes). Empty keyIds:
    // every key of the account.
    void acknowledge(const QString& accountId, const QStringList& keyIds = {});
    // The account was removed: what was remembered of it goes too.
    void forget(const QString& accountId);

    AccountDrift drift(const QString& accountId) const;

private:
    struct State;
    // One account's writes off the thread: shared with the write running.
    struct Writes;
    QString fileOf(const QString& accountId) const;
    bool onDisk(const QString& accountId) const;
    State load(const QString& accountId) const;
    // lock: the account's lock file, held by edit(); released once the state is on disk.
    void save(const QString& accountId, const State& state, std::unique_ptr<QLockFile> lock);
    static void writeFile(const QString& path, const State& state);
    // What update() notes of the listed keys one by one: those new (into newIds), those back
    // after vanishing; whether they are exactly the keys seen before, each once.
    static bool noteListed(State& state, const QList<ApiKey>& listed,
                           const QSet<QString>& createdByUs, QStringList& newIds);
    // The keys listed now become those seen.
    static void remember(State& state, const QList<ApiKey>& listed);
    template <typename Change> void edit(const QString& accountId, Change change);
    // Whether the account's writes run off the thread; takes in the stamp they left once done.
    bool writing(const QString& accountId) const;
    std::unique_ptr<QLockFile> lockFile(const QString& accountId) const;
    static void waitFor(Writes& writes);

    QString m_directory;
    QSet<QString> m_memoryOnly;
    // Without a directory, and as a cache of the files (by their modification time).
    mutable QHash<QString, std::shared_ptr<const State>> m_states;
    using FileStamp = std::pair<QDateTime, qint64>;
    static FileStamp stampOf(const QFileInfo& info);
    mutable QHash<QString, FileStamp> m_readAt;
    bool m_offThread = false;
    QHash<QString, std::shared_ptr<Writes>> m_writes;
};

} // namespace kw
