#include "console/KeyDrift.h"

#include "console/KeyDriftGhosts.h"
#include "providers/OffThread.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace kw {

using namespace Qt::StringLiterals;
using namespace driftghosts;

QString driftKindId(DriftKind kind)
{
    switch (kind) {
    case DriftKind::New:
        return u"new"_s;
    case DriftKind::Vanished:
        return u"vanished"_s;
    case DriftKind::Orphan:
        return u"orphan"_s;
    case DriftKind::None:
        break;
    }
    return {};
}

QString driftKindText(DriftKind kind)
{
    switch (kind) {
    case DriftKind::New:
        return KeyDrift::tr("new", "drift badge: a key made outside KeyWarden");
    case DriftKind::Vanished:
        return KeyDrift::tr("vanished", "drift badge: a key deleted outside KeyWarden");
    case DriftKind::Orphan:
        return KeyDrift::tr("orphan", "drift badge: a key whose secret never arrived");
    case DriftKind::None:
        break;
    }
    return {};
}

QString driftMeaning(DriftKind kind)
{
    switch (kind) {
    case DriftKind::New:
        return KeyDrift::tr("New since the last look: this key was created outside KeyWarden. "
                            "Check who made it.");
    case DriftKind::Vanished:
        return KeyDrift::tr("Vanished: this key was deleted outside KeyWarden since the last "
                            "look. Anything that used it has stopped working.");
    case DriftKind::Orphan:
        return KeyDrift::tr("Orphan: KeyWarden created this key, but the provider's answer was "
                            "lost, so nobody has its secret. Revoke it.");
    case DriftKind::None:
        break;
    }
    return {};
}

int AccountDrift::count(DriftKind kind) const
{
    return int(std::count(kinds.cbegin(), kinds.cend(), kind));
}

struct KeyDrift::State
{
    bool baseline = false;       // a complete list was seen once
    QHash<QString, ApiKey> seen; // the last complete list, as a vanished row would show it
    QStringList seenOrder;       // the ids of seen in the order listed, as the file has them
    QSet<QString> fresh;         // new, not acknowledged yet
    QSet<QString> orphans;
    QHash<QString, ApiKey> vanished;
    QSet<QString> created; // made by KeyWarden, not listed yet
    QSet<QString> revoked; // revoked by KeyWarden, maybe still listed

    bool operator==(const State&) const = default;
};

// Written in order by one task at a time: a change made while a write runs waits in next, and
// only the newest such change is written after it.
struct KeyDrift::Writes
{
    std::mutex mutex;
    std::condition_variable idle;
    std::shared_ptr<const State> next;
    std::unique_ptr<QLockFile> lock; // released once nothing is left to write
    bool running = false;
    std::optional<FileStamp> written; // the file's stamp after the last write
};

namespace {

QJsonArray toArray(const QSet<QString>& ids)
{
    QStringList sorted(ids.cbegin(), ids.cend());
    sorted.sort();
    return QJsonArray::fromStringList(sorted);
}

QSet<QString> toSet(const QJsonValue& value)
{
    QSet<QString> ids;
    for (const QJsonValue& id : value.toArray())
        ids.insert(id.toString());
    return ids;
}

} // namespace

// A file written by the other process since it was read: its time (coarse: a few ms) and size.
KeyDrift::FileStamp KeyDrift::stampOf(const QFileInfo& info)
{
    return info.exists() ? FileStamp{info.lastModified(), info.size()} : FileStamp{};
}

KeyDrift::KeyDrift(QString directory) : m_directory(std::move(directory)) {}

KeyDrift::~KeyDrift()
{
    waitForWrites();
}

void KeyDrift::waitFor(Writes& writes)
{
    std::unique_lock guard(writes.mutex);
    writes.idle.wait(guard, [&writes] { return !writes.running; });
}

void KeyDrift::waitForWrites()
{
    for (const std::shared_ptr<Writes>& writes : std::as_const(m_writes))
        waitFor(*writes);
}

bool KeyDrift::writing(const QString& accountId) const
{
    const auto found = m_writes.constFind(accountId);
    if (found == m_writes.cend())
        return false;
    Writes& writes = **found;
    const std::lock_guard guard(writes.mutex);
    if (!writes.running && writes.written)
        m_readAt.insert(accountId, *std::exchange(writes.written, std::nullopt));
    return writes.running;
}

std::unique_ptr<QLockFile> KeyDrift::lockFile(const QString& accountId) const
{
    QDir().mkpath(m_directory);
    auto lock = std::make_unique<QLockFile>(fileOf(accountId) + u".lock"_s);
    // A lock left by a crashed process is stale after QLockFile's 30 s; rather than wait
    // longer, the change goes ahead unlocked.
    lock->tryLock(5000);
    return lock;
}

void KeyDrift::keepInMemory(const QString& accountId)
{
    m_memoryOnly.insert(accountId);
}

bool KeyDrift::onDisk(const QString& accountId) const
{
    return !m_directory.isEmpty() && !m_memoryOnly.contains(accountId);
}

QString KeyDrift::fileOf(const QString& accountId) const
{
    // Account ids are the user's or a provider's words: the file name must not depend on them.
    const QByteArray hash =
        QCryptographicHash::hash(accountId.toUtf8(), QCryptographicHash::Sha1).toHex().left(20);
    return QDir(m_directory).filePath(u"drift-"_s + QString::fromLatin1(hash) + u".json"_s);
}

KeyDrift::State KeyDrift::load(const QString& accountId) const
{
    if (!onDisk(accountId)) {
        const auto known = m_states.constFind(accountId);
        return known == m_states.cend() ? State{} : **known;
    }
    const auto cached = m_states.constFind(accountId);
    // What this process is still writing is newer than the file.
    if (cached != m_states.cend() && writing(accountId))
        return **cached;
    const QFileInfo info(fileOf(accountId));
    const FileStamp modified = stampOf(info);
    if (cached != m_states.cend() && m_readAt.value(accountId) == modified && info.exists())
        return **cached;
    State state;
    QFile file(info.filePath());
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        state.baseline = root.value(u"baseline"_s).toBool();
        const QJsonArray seenRows = root.value(u"seen"_s).toArray();
        state.seen.reserve(seenRows.size());
        state.seenOrder.reserve(seenRows.size());
        for (const QJsonValue& seen : seenRows) {
            ApiKey key = ghostFromRow(seen.toArray());
            const QString id = key.id;
            if (!state.seen.contains(id))
                state.seenOrder.append(id);
            state.seen.emplace(id, std::move(key));
        }
        state.fresh = toSet(root.value(u"new"_s));
        state.orphans = toSet(root.value(u"orphan"_s));
        state.created = toSet(root.value(u"created"_s));
        state.revoked = toSet(root.value(u"revoked"_s));
        for (const QJsonValue& ghost : root.value(u"vanished"_s).toArray()) {
            const ApiKey key = ghostFromJson(ghost.toObject());
            state.vanished.insert(key.id, key);
        }
    }
    m_states.insert(accountId, std::make_shared<State>(state));
    m_readAt.insert(accountId, modified);
    return state;
}

void KeyDrift::save(const QString& accountId, const State& state, std::unique_ptr<QLockFile> lock)
{
    const auto saved = std::make_shared<const State>(state);
    m_states.insert(accountId, saved);
    if (!onDisk(accountId))
        return;
    const QString path = fileOf(accountId);
    if (!m_offThread) {
        if (const std::shared_ptr<Writes> writes = m_writes.value(accountId))
            waitFor(*writes); // written off the thread before: those land first
        writeFile(path, state);
        m_readAt.insert(accountId, stampOf(QFileInfo(path)));
        return;
    }
    std::shared_ptr<Writes>& slot = m_writes[accountId];
    if (!slot)
        slot = std::make_shared<Writes>();
    const std::shared_ptr<Writes> writes = slot;
    const std::lock_guard guard(writes->mutex);
    writes->next = saved;
    if (writes->running)
        return; // taken by the write running once it is done
    // edit() took no lock while writes were running; they ended meanwhile.
    writes->lock = lock ? std::move(lock) : lockFile(accountId);
    writes->running = true;
    offThreadPool().start([writes, path] {
        for (;;) {
            std::shared_ptr<const State> next;
            {
                const std::lock_guard taking(writes->mutex);
                next = std::exchange(writes->next, nullptr);
                if (!next) {
                    writes->lock.reset();
                    writes->running = false;
                    writes->idle.notify_all();
                    return;
                }
            }
            writeFile(path, *next);
            const FileStamp stamp = stampOf(QFileInfo(path));
            const std::lock_guard noting(writes->mutex);
            writes->written = stamp;
        }
    });
}

void KeyDrift::writeFile(const QString& path, const State& state)
{
    QJsonArray ghosts;
    for (const ApiKey& key : state.vanished)
        ghosts.append(ghostToJson(key));
    QJsonArray seen;
    if (state.seenOrder.size() == state.seen.size()) {
        for (const QString& id : state.seenOrder)
            seen.append(ghostToRow(state.seen.value(id)));
    } else {
        for (const ApiKey& key : state.seen)
            seen.append(ghostToRow(key));
    }
    const QJsonObject root{{u"baseline"_s, state.baseline},
                           {u"seen"_s, seen},
                           {u"new"_s, toArray(state.fresh)},
                           {u"orphan"_s, toArray(state.orphans)},
                           {u"created"_s, toArray(state.created)},
                           {u"revoked"_s, toArray(state.revoked)},
                           {u"vanished"_s, ghosts}};
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Written beside and renamed over (atomic on POSIX), as QSaveFile does but without its
    // fsync: a revoke notes its key here before the request goes out, and must not wait for a
    // disk. What is lost in a crash is only what the next load would notice again.
    QFile file(path + u".new"_s);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
        file.close();
        std::rename(QFile::encodeName(file.fileName()).constData(),
                    QFile::encodeName(path).constData());
    }
}

// Read, change and write back under a lock: the window and keywarden-cli may both be at it.
template <typename Change> void KeyDrift::edit(const QString& accountId, Change change)
{
    // While this process's writes of the account run off the thread, they hold its lock and
    // its state is the newest: the change is written after them, without waiting.
    std::unique_ptr<QLockFile> lock;
    if (onDisk(accountId) && !writing(accountId))
        lock = lockFile(accountId);
    State state = load(accountId);
    if (change(state))
        save(accountId, state, std::move(lock));
}

namespace {

// Whether the keys listed are exactly the keys seen before, given where each was found among the
// seenCount seen (nullptr: not found): all found, and none twice, so none left out.
bool sameKeys(std::vector<const ApiKey*> found, qsizetype seenCount)
{
    if (found.size() != std::size_t(seenCount) ||
        std::find(found.begin(), found.end(), nullptr) != found.end())
        return false;
    std::sort(found.begin(), found.end(), std::less<>());
    return std::adjacent_find(found.begin(), found.end()) == found.end();
}

} // namespace

void KeyDrift::remember(State& state, const QList<ApiKey>& listed)
{
    state.seen.clear();
    state.seen.reserve(listed.size());
    state.seenOrder.clear();
    state.seenOrder.reserve(listed.size());
    for (const ApiKey& key : listed) {
        if (!state.seen.contains(key.id))
            state.seenOrder.append(key.id);
        state.seen.emplace(key.id, ghostOf(key));
    }
}

bool KeyDrift::noteListed(State& state, const QList<ApiKey>& listed,
                          const QSet<QString>& createdByUs, QStringList& newIds)
{
    if (!state.baseline)
        return false;
    // A large account's usual list: the keys seen before in the same order, told by comparing
    // ids in turn, without a look-up.
    if (std::equal(listed.begin(), listed.end(), state.seenOrder.begin(), state.seenOrder.end(),
                   [](const ApiKey& key, const QString& id) { return key.id == id; })) {
        for (const ApiKey& key : listed) {
            if (state.vanished.isEmpty())
                break;
            state.vanished.remove(key.id);
        }
        return true;
    }
    // Otherwise where each listed key was seen before, looked up once a key.
    std::vector<const ApiKey*> seenEntries;
    seenEntries.reserve(std::size_t(listed.size()));
    for (const ApiKey& key : listed) {
        const auto seenAs = std::as_const(state.seen).find(key.id);
        const bool seenBefore = seenAs != state.seen.cend();
        seenEntries.push_back(seenBefore ? &seenAs.value() : nullptr);
        const bool known = seenBefore || state.created.contains(key.id) ||
                           createdByUs.contains(key.id) || state.orphans.contains(key.id);
        // A vanished key listed again (a provider's list that lagged) is simply back.
        if (state.vanished.remove(key.id) > 0 || known)
            continue;
        state.fresh.insert(key.id);
        newIds.append(key.id);
    }
    return sameKeys(std::move(seenEntries), state.seen.size());
}

KeyDrift::Detected KeyDrift::update(const QString& accountId, const QList<ApiKey>& listed,
                                    const QSet<QString>& createdByUs,
                                    const QSet<QString>& revokedByUs)
{
    Detected detected;
    edit(accountId, [&](State& state) {
        const State before = state;
        // No record of every key is made again unless it changed or is written.
        bool sameIds = noteListed(state, listed, createdByUs, detected.newIds);
        bool seenIsNow = false; // state.seen holds the keys as listed now
        if (!sameIds) {
            remember(state, listed);
            seenIsNow = true;
            sameIds =
                state.seen.size() == before.seen.size() &&
                std::all_of(state.seen.keyBegin(), state.seen.keyEnd(),
                            [&before](const QString& id) { return before.seen.contains(id); });
            if (before.baseline && !sameIds) {
                for (const ApiKey& key : before.seen) {
                    if (state.seen.contains(key.id) || state.revoked.contains(key.id) ||
                        revokedByUs.contains(key.id))
                        continue;
                    state.vanished.insert(key.id, key);
                    detected.vanishedIds.append(key.id);
                }
            }
        }
        state.baseline = true;
        // The same ids as state.seen, whichever of the two records it is.
        const auto listedNow = [&state](const QString& id) { return state.seen.contains(id); };
        state.fresh.removeIf([&](const QString& id) { return !listedNow(id); });
        state.created.removeIf(listedNow);
        state.revoked.removeIf([&](const QString& id) { return !listedNow(id); });
        // An orphan stays until it is listed no more (revoked, or gone behind our back).
        state.orphans.removeIf(
            [&](const QString& id) { return !listedNow(id) && before.seen.contains(id); });
        // Written only when what it remembers changed: a large account's unchanged list is not
        // written again after every load (a renamed key keeps its old name until then).
        const bool changed = !sameIds || state.baseline != before.baseline ||
                             state.fresh != before.fresh || state.orphans != before.orphans ||
                             state.vanished != before.vanished || state.created != before.created ||
                             state.revoked != before.revoked;
        if (changed && !seenIsNow)
            remember(state, listed); // written with the keys as listed now
        return changed;
    });
    std::sort(detected.newIds.begin(), detected.newIds.end());
    std::sort(detected.vanishedIds.begin(), detected.vanishedIds.end());
    return detected;
}

void KeyDrift::noteCreated(const QString& accountId, const QString& keyId, bool orphan)
{
    if (keyId.isEmpty())
        return;
    edit(accountId, [&](State& state) {
        state.created.insert(keyId);
        if (orphan)
            state.orphans.insert(keyId);
        return true;
    });
}

void KeyDrift::noteRevoking(const QString& accountId, const QString& keyId)
{
    if (keyId.isEmpty())
        return;
    edit(accountId, [&](State& state) {
        state.revoked.insert(keyId);
        return true;
    });
}

void KeyDrift::noteRevokeFailed(const QString& accountId, const QString& keyId)
{
    edit(accountId, [&](State& state) { return state.revoked.remove(keyId); });
}

void KeyDrift::acknowledge(const QString& accountId, const QStringList& keyIds)
{
    edit(accountId, [&](State& state) {
        const State before = state;
        if (keyIds.isEmpty()) {
            state.fresh.clear();
            state.orphans.clear();
            state.vanished.clear();
        }
        for (const QString& id : keyIds) {
            state.fresh.remove(id);
            state.orphans.remove(id);
            state.vanished.remove(id);
        }
        return !(state == before);
    });
}

void KeyDrift::forget(const QString& accountId)
{
    // A write still running would bring the file back.
    if (const std::shared_ptr<Writes> writes = m_writes.take(accountId))
        waitFor(*writes);
    m_states.remove(accountId);
    m_readAt.remove(accountId);
    if (onDisk(accountId))
        QFile::remove(fileOf(accountId));
}

AccountDrift KeyDrift::drift(const QString& accountId) const
{
    const State state = load(accountId);
    AccountDrift drift;
    for (const QString& id : state.fresh)
        drift.kinds.insert(id, DriftKind::New);
    for (const QString& id : state.orphans) {
        if (state.seen.contains(id))
            drift.kinds.insert(id, DriftKind::Orphan);
    }
    for (const ApiKey& key : state.vanished) {
        drift.kinds.insert(key.id, DriftKind::Vanished);
        drift.vanished.append(key);
    }
    std::sort(drift.vanished.begin(), drift.vanished.end(),
              [](const ApiKey& a, const ApiKey& b) { return a.id < b.id; });
    return drift;
}

} // namespace kw
