#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <cstddef>
#include <memory>

QT_BEGIN_NAMESPACE
class QDebug;
QT_END_NAMESPACE

namespace kw {

// A secret (token, key secret, JWT) in a buffer of its own that is wiped with OPENSSL_cleanse
// when it is destroyed or reassigned. The buffer comes from core/SecretPool: a slot in a shared
// chunk (up to 512 bytes) or else pages of its own, MADV_DONTDUMP and mlock'ed where the system
// allows it (a failed mlock, e.g. over RLIMIT_MEMLOCK, is logged once, not an error). It is
// move-only: a copy must be asked for with clone(), so that secrets are not spread around memory by
// accident. It has no implicit conversion to QString or QByteArray and prints as
// "Secret(<redacted>)" to QDebug.
class Secret
{
public:
    Secret() = default;
    ~Secret();
    Secret(Secret&& other) noexcept;
    Secret& operator=(Secret&& other) noexcept;
    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;

    static Secret fromUtf8(QByteArrayView bytes);
    // Copies the characters of text as UTF-8. The caller should wipe its QString if it can
    // (see wipe(QString&)). A view, so that a trimmed token needs no copy of its own:
    // fromString(QStringView(text).trimmed()).
    static Secret fromString(QStringView text);

    [[nodiscard]] Secret clone() const;
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool startsWith(QByteArrayView prefix) const;
    [[nodiscard]] bool equals(const Secret& other) const; // constant time for equal lengths

    // Explicit exposure: the returned view lives as long as this Secret is unchanged.
    [[nodiscard]] QByteArrayView view() const { return {m_data, qsizetype(m_size)}; }
    // A temporary QByteArray/QString for an API that needs one (an HTTP header, a text field).
    // Named so that every exposure can be found with grep. Wipe the result when done.
    [[nodiscard]] QByteArray exposeBytes() const;
    [[nodiscard]] QString exposeString() const;

    void clear();

    // Whether this secret's pages are locked in RAM (false when mlock failed or it is empty).
    [[nodiscard]] bool isLocked() const { return m_locked; }

private:
    char* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_mapped = 0; // capacity for secretpool::release: slot size or pages' length
    bool m_locked = false;
};

// Overwrites the storage of a QString / QByteArray that held a secret (detaching first is not
// possible without copying, so only call this on the last owner).
void wipe(QString& text);
void wipe(QByteArray& bytes);

// Overwrites, in place, the buffer that `text` shares with other owners (a QLineEdit's text, a
// QMimeData's): every owner then holds zeros of the same length. Only for a buffer that holds
// nothing but a secret that is about to be replaced; drops `text`'s own reference too.
void wipeShared(QString& text);

QDebug operator<<(QDebug debug, const Secret& secret);

} // namespace kw
