#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QLatin1StringView>
#include <QStringList>
#include <QStringView>
#include <functional>
#include <optional>
#include <vector>

namespace kw::cli {

// JSON written as it is made, a chunk at a time, instead of a QJsonDocument built whole and then
// turned into one more copy of itself: `keys list --json` of 100 000 keys starts its output at
// once and holds no second copy of it. The bytes are those of QJsonDocument's Compact format:
// members in the order they are written (write them sorted by name, as QJsonObject sorts them),
// strings as UTF-8 with the same escapes (\" \\ \b \f \n \r \t, \u00xx for other control
// characters and \uxxxx for a lone surrogate).
class JsonOut
{
public:
    using Sink = std::function<void(QByteArrayView)>;
    // Each chunk goes to sink once about chunkBytes are buffered, and the rest on flush().
    explicit JsonOut(Sink sink, qsizetype chunkBytes = 64 * 1024);
    ~JsonOut();
    JsonOut(const JsonOut&) = delete;
    JsonOut& operator=(const JsonOut&) = delete;

    void beginArray();
    void endArray();
    void beginObject();
    void endObject();
    // A member's name; its value follows. Names are plain ASCII and written as they are.
    void key(QLatin1StringView name);
    void string(QStringView text);
    void number(qint64 value);
    void boolean(bool value);
    void null();
    // ISO 8601 in UTC to the second ("2025-01-31T12:00:00Z", as Qt::ISODate writes it), or null
    // for a missing or invalid time.
    void time(const std::optional<QDateTime>& time);
    void stringArray(const QStringList& items);
    // Bytes that are already JSON (a value written before), as they are.
    void raw(QByteArrayView json);
    // A line break after the document, and everything still buffered to the sink.
    void endLine();
    void flush();

    // The escaped contents of a JSON string, quotes included (for values written many times).
    static QByteArray quoted(QStringView text);

private:
    // Room for bytes more at the end of the buffer (written there, then counted in m_used).
    char* room(qsizetype bytes);
    void put(char c);
    void put(const char* bytes, qsizetype size);
    void separate();
    void written();
    void appendQuoted(QStringView text);

    Sink m_sink;
    qsizetype m_chunkBytes;
    // Written through a pointer, not QByteArray::append: a listing appends some forty pieces a
    // key, and append's checks were most of the time spent writing it.
    std::vector<char> m_buffer;
    qsizetype m_used = 0;
    // One entry per open array or object: whether nothing was written in it yet.
    std::vector<bool> m_empty;
    bool m_afterKey = false;
};

} // namespace kw::cli
