#include "FastJson.h"

#include "FastReader.h"
#include "JsonHelpers.h"
#include "OffThread.h"

#include <QList>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <iterator>
#include <memory>
#include <mutex>
#include <openssl/crypto.h>
#include <type_traits>

namespace kw::jsonio {

using fastreader::FastReader;

namespace {

std::atomic<bool> g_fastReaderEnabled{true};
std::atomic<quint64> g_fastReaderLists{0};
std::atomic<qsizetype> g_splitBytes{FastReaderSplitBytes};
std::atomic<quint64> g_splitLists{0};
std::atomic<bool> g_splitWaits{false};

} // namespace

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

const FastValue* member(const FastValue& object, const char* name)
{
    return object.find(name);
}

QString stringValue(const FastValue& value)
{
    return value.is_string() ? toQString(value.text()) : QString();
}

QString stringField(const FastValue& object, const char* name)
{
    const FastValue* value = object.find(name);
    return value ? stringValue(*value) : QString();
}

QString idField(const FastValue& object, const char* name)
{
    const FastValue* value = object.find(name);
    if (!value)
        return {};
    if (value->is_string())
        return toQString(value->text()).trimmed();
    if (value->is_number_unsigned())
        return QString::number(value->unsignedInteger());
    if (value->is_number_integer())
        return QString::number(value->integer());
    return {};
}

std::optional<bool> boolField(const FastValue& object, const char* name)
{
    const FastValue* value = object.find(name);
    if (!value || !value->is_boolean())
        return std::nullopt;
    return value->boolean();
}

std::optional<QDateTime> timeField(const FastValue& object, const char* name)
{
    const FastValue* value = object.find(name);
    if (!value || !value->is_string() || value->text().empty())
        return std::nullopt;
    const QDateTime when = parseTimestampUtf8(value->text());
    if (!when.isValid())
        return std::nullopt;
    return when;
}

QString FastMemo::stringField(const FastValue& object, const char* name)
{
    const FastValue* value = object.find(name);
    if (!value || !value->is_string())
        return {};
    const auto known = m_strings.find(value->raw());
    if (known != m_strings.end())
        return known->second;
    QString text = toQString(value->text());
    m_strings.emplace(value->raw(), text);
    return text;
}

const FastValue* FastValue::find(std::string_view name) const
{
    if (m_type != Type::Object)
        return nullptr;
    const FastValue* found = nullptr;
    for (const FastValue& child : *this) {
        if (child.m_key == name)
            found = &child;
    }
    return found;
}

void setFastReaderEnabled(bool enabled)
{
    g_fastReaderEnabled = enabled;
}

bool fastReaderEnabled()
{
    return g_fastReaderEnabled;
}

quint64 fastReaderLists()
{
    return g_fastReaderLists;
}

quint64 fastReaderSplitLists()
{
    return g_splitLists;
}

void setFastReaderSplitBytes(qsizetype bytes, bool waitForSecondHalf)
{
    g_splitBytes = bytes;
    g_splitWaits = waitForSecondHalf;
}

namespace {

// A run's keys grow by moving them.
static_assert(std::is_nothrow_move_constructible_v<ApiKey>);

// How far a run of entries got (readRun).
enum class Run
{
    Failed,  // an entry the fast reader does not take, or told to stop
    Ended,   // the list's ']' read
    AtSplit, // the next entry starts where the second half was read from
};

// The second half of a long list, read on another thread while the first is read on the calling
// one. It starts at a guess of where an entry begins (splitPoint); the guess is right when the
// first half's last entry ends exactly there, which only the first half can tell.
struct SecondHalf
{
    enum State
    {
        Queued,
        Running,
        Done,
        Dropped, // taken back before it ran: the first half reads on alone
    };
    qsizetype start = 0;
    std::atomic<bool> stop{false}; // not needed after all: the first half went past start
    std::vector<ApiKey> keys;
    bool read = false; // read to the list's ']' (after end)
    qsizetype end = 0;
    std::mutex mutex;
    std::condition_variable changed;
    State state = Queued;

    bool begin()
    {
        const std::lock_guard lock(mutex);
        if (state != Queued)
            return false;
        state = Running;
        return true;
    }
    void finish()
    {
        {
            const std::lock_guard lock(mutex);
            state = Done;
        }
        changed.notify_all();
    }
    // Whether it was read (waited for when running); false when it never ran.
    bool take()
    {
        std::unique_lock lock(mutex);
        if (state == Queued && !g_splitWaits)
            state = Dropped;
        changed.wait(lock, [this] { return state == Done || state == Dropped; });
        return state == Done;
    }
};

// Where an entry of a list likely starts, at or after from: a '{' after a ',' after a '}', with
// whitespace between. Only a guess (it may be inside a string, or in a list of objects inside
// an entry); -1 when there is none.
qsizetype splitPoint(const char* begin, const char* end, qsizetype from)
{
    const auto skipBack = [begin](const char* at) {
        while (at > begin && fastreader::isWhitespace(at[-1]))
            --at;
        return at;
    };
    const char* at = begin + from;
    while (at < end) {
        at = static_cast<const char*>(std::memchr(at, '{', std::size_t(end - at)));
        if (!at)
            return -1;
        const char* comma = skipBack(at);
        if (comma > begin && comma[-1] == ',') {
            const char* close = skipBack(comma - 1);
            if (close > begin && close[-1] == '}')
                return qsizetype(at - begin);
        }
        ++at;
    }
    return -1;
}

// Reads entries from the reader (an entry next) into keys, up to the list's ']'; the first half
// of a split list (half set) stops where the second half starts.
Run readRun(FastReader& reader, const FastKeyListFormat& format, FastMemo& memo,
            std::vector<ApiKey>& keys, SecondHalf* half, const std::atomic<bool>* stop)
{
    std::vector<FastValue> nodes;
    nodes.reserve(64);
    const std::size_t firstKey = keys.size();
    const qsizetype runStart = reader.offset();
    qsizetype split = half ? half->start : -1;
    while (true) {
        if (stop && stop->load(std::memory_order_relaxed))
            return Run::Failed;
        if (!reader.readTree(nodes) || !nodes.front().is_object())
            return Run::Failed;
        const QString id = format.idOf(nodes.front());
        if (id.isEmpty())
            return Run::Failed; // the usual reader says which entry
        // Room for the whole run at once, guessed from the first entries' size (moved, not
        // copied, when the guess falls short).
        if (keys.size() - firstKey == 64) {
            const auto count = qsizetype(keys.size() - firstKey);
            keys.reserve(keys.size() + std::size_t(reader.remaining() * count /
                                                   (reader.offset() - runStart) * 51 / 50));
        }
        keys.push_back(format.keyOf(nodes.front(), id, memo));
        if (!reader.take(','))
            return reader.take(']') ? Run::Ended : Run::Failed;
        if (split >= 0 && reader.peekIs('{') && reader.offset() >= split) {
            if (reader.offset() == split)
                return Run::AtSplit;
            half->stop = true; // the guess was inside an entry: read on alone
            split = -1;
        }
    }
}

// Starts reading the second half of a long list on another thread, when one is free; nullptr
// when the list is read in one piece.
std::shared_ptr<SecondHalf> startSecondHalf(const FastReader& reader, const char* begin,
                                            const char* end, const FastKeyListFormat& format)
{
    const qsizetype listStart = reader.offset();
    const qsizetype length = qsizetype(end - begin) - listStart;
    if (length < g_splitBytes.load() || offThreadPool().maxThreadCount() < 2)
        return nullptr;
    const qsizetype start = splitPoint(begin, end, listStart + length / 2);
    if (start < 0)
        return nullptr;
    auto half = std::make_shared<SecondHalf>();
    half->start = start;
    // format and the body outlive the work: the first half takes the second back, or waits
    // for it, before the list is done (HalfGuard).
    const bool started = offThreadPool().tryStart([half, begin, end, &format] {
        if (!half->begin())
            return;
        FastReader second(begin, begin + half->start, end);
        FastMemo memo;
        try {
            half->read =
                readRun(second, format, memo, half->keys, nullptr, &half->stop) == Run::Ended;
            half->end = second.offset();
        } catch (const std::exception&) {
            half->read = false; // the usual reader says what went wrong
        }
        half->finish();
    });
    return started ? half : nullptr;
}

// The second half is never left running on a list that is done with (a failure, an exception).
struct HalfGuard
{
    std::shared_ptr<SecondHalf> half;
    ~HalfGuard()
    {
        if (half) {
            half->stop = true;
            half->take();
        }
    }
};

// Reads the entries of one array (the '[' next) into keys; false when any is not read exactly.
// A long list is read in two halves at once (the second on offThreadPool()): the same keys in
// the same order as in one piece.
bool readEntries(FastReader& reader, const FastKeyListFormat& format, FastMemo& memo,
                 std::vector<ApiKey>& keys, const char* begin, const char* end)
{
    if (!reader.take('['))
        return false;
    if (reader.take(']'))
        return true;
    HalfGuard guard{startSecondHalf(reader, begin, end, format)};
    const Run run = readRun(reader, format, memo, keys, guard.half.get(), nullptr);
    if (run != Run::AtSplit)
        return run == Run::Ended;
    const std::shared_ptr<SecondHalf> half = std::exchange(guard.half, nullptr);
    if (!half->take()) // it never started: the rest is read here
        return readRun(reader, format, memo, keys, nullptr, nullptr) == Run::Ended;
    if (!half->read)
        return false;
    keys.reserve(keys.size() + half->keys.size());
    std::move(half->keys.begin(), half->keys.end(), std::back_inserter(keys));
    reader.moveTo(half->end);
    ++g_splitLists;
    return true;
}

// {"<list>": [...], …}: the list under the first of format.listFields that holds an array.
bool readWrappedList(FastReader& reader, const FastKeyListFormat& format, FastMemo& memo,
                     std::vector<ApiKey>& keys, const char* begin, const char* end)
{
    if (!reader.take('{'))
        return false;
    std::vector<std::optional<std::vector<ApiKey>>> lists(format.listFields.size());
    std::vector<FastValue> scratch;
    std::vector<std::string_view> seen;
    if (!reader.take('}')) {
        do {
            std::string_view key;
            if (!reader.readKey(key))
                return false;
            const auto listed = std::find(format.listFields.begin(), format.listFields.end(), key);
            if (listed != format.listFields.end()) {
                // A name given twice: the usual reader knows which one a document keeps.
                if (std::find(seen.begin(), seen.end(), *listed) != seen.end())
                    return false;
                seen.push_back(*listed); // key may view a decoded copy that the next read frees
                if (reader.peekIs('[')) {
                    std::vector<ApiKey> list;
                    if (!readEntries(reader, format, memo, list, begin, end))
                        return false;
                    lists[std::size_t(listed - format.listFields.begin())] = std::move(list);
                    continue;
                }
            }
            const std::string name(key); // kept: reading the value frees decoded copies
            if (!reader.readTree(scratch))
                return false;
            if (format.otherMember)
                format.otherMember(name, scratch.front());
        } while (reader.take(','));
        if (!reader.take('}'))
            return false;
    }
    for (std::optional<std::vector<ApiKey>>& list : lists) {
        if (list) {
            keys = std::move(*list);
            return true;
        }
    }
    return false; // no list: the usual reader says so
}

} // namespace

std::optional<QList<ApiKey>> readKeyListFast(const QByteArray& body,
                                             const FastKeyListFormat& format)
{
    if (!fastReaderEnabled() || !format.keyOf || !format.idOf)
        return std::nullopt;
    const char* begin = body.constData();
    const char* end = begin + body.size();
    FastReader reader(begin, end);
    std::vector<ApiKey> read; // grown by moving its keys; QList::reserve would copy them
    FastMemo memo;
    try {
        bool whole = false;
        if (reader.peekIs('['))
            whole = format.topLevelArray && readEntries(reader, format, memo, read, begin, end);
        else if (reader.peekIs('{'))
            whole = !format.listFields.empty() &&
                    readWrappedList(reader, format, memo, read, begin, end);
        if (!whole || !reader.atEnd())
            return std::nullopt;
    } catch (const std::exception&) {
        return std::nullopt; // the usual reader says what went wrong
    }
    // Exactly as long as the list: no spare room stays with it.
    QList<ApiKey> keys(std::make_move_iterator(read.begin()), std::make_move_iterator(read.end()));
    ++g_fastReaderLists;
    return keys;
}

} // namespace kw::jsonio
