#include "ClipboardGuard.h"

#include "core/Secret.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QMimeData>
#include <algorithm>
#include <array>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace kw {

namespace {

// Tells KDE's Klipper (and managers that follow it) not to record the entry.
constexpr auto kPasswordHintMime = "x-kde-passwordManagerHint"_L1;
// The countdown is polled a few times per second so that a label never skips or repeats a
// second, whatever the timer's jitter.
constexpr std::chrono::milliseconds kTickInterval{200};

// A random key per process: the digest of a secret is useless outside this process, so even a
// digest that leaked from memory cannot be used to test guesses offline.
const QByteArray& hmacKey()
{
    static const QByteArray key = [] {
        QByteArray bytes(32, '\0');
        if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), int(bytes.size())) != 1)
            qFatal("ClipboardGuard: the OpenSSL random generator failed");
        return bytes;
    }();
    return key;
}

QByteArray keyedDigest(QByteArrayView data)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    const QByteArray& key = hmacKey();
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()),
              reinterpret_cast<const unsigned char*>(data.data()), std::size_t(data.size()),
              digest.data(), &length))
        return {};
    return QByteArray(reinterpret_cast<const char*>(digest.data()), qsizetype(length));
}

// Clipboard managers and history are told to leave the entry alone: KDE's hint everywhere (a
// desktop that ignores it is not harmed), and each system's own formats where they exist.
void markAsSecret(QMimeData* mime)
{
    mime->setData(kPasswordHintMime, "secret"_ba);
#if defined(Q_OS_WIN)
    // Qt passes these through as the named Windows clipboard formats: monitors skip the entry,
    // and Windows keeps it out of the clipboard history and the cloud clipboard (a DWORD 0).
    const QByteArray dwordZero(4, '\0');
    mime->setData(
        u"application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""_s,
        dwordZero);
    mime->setData(u"application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""_s,
                  dwordZero);
    mime->setData(u"application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""_s,
                  dwordZero);
#endif
#if defined(Q_OS_MACOS)
    // org.nspasteboard.ConcealedType: clipboard managers that follow nspasteboard.org skip it.
    mime->setData(u"application/x-nspasteboard-concealed-type"_s, "secret"_ba);
#endif
}

QByteArray digestOfText(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    QByteArray digest = keyedDigest(utf8);
    wipe(utf8);
    return digest;
}

} // namespace

ClipboardGuard::ClipboardGuard(QClipboard* clipboard, QObject* parent)
    : QObject(parent), m_clipboard(clipboard)
{
    m_expiry.setSingleShot(true);
    m_expiry.setTimerType(Qt::PreciseTimer);
    connect(&m_expiry, &QTimer::timeout, this, &ClipboardGuard::clearNow);
    m_tick.setInterval(kTickInterval);
    connect(&m_tick, &QTimer::timeout, this, &ClipboardGuard::onTick);
    if (m_clipboard)
        connect(m_clipboard, &QClipboard::dataChanged, this, &ClipboardGuard::onClipboardChanged);
    if (auto* app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearNow);
}

ClipboardGuard::~ClipboardGuard()
{
    if (m_armed && clipboardHoldsOurs())
        wipeAndClear();
}

void ClipboardGuard::wipeAndClear()
{
    // Overwrite the text where the clipboard's data holds it (the QMimeData we gave it) before
    // the clipboard frees it: a copy that only dropped its reference would outlive it.
    if (m_mime && m_clipboard->mimeData(QClipboard::Clipboard) == m_mime) {
        QString held = m_mime->text(); // shares the stored buffer
        wipeShared(held);
    }
    m_mime = nullptr;
    m_clipboard->clear(QClipboard::Clipboard);
}

void ClipboardGuard::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(1));
}

void ClipboardGuard::copy(const Secret& secret)
{
    if (!m_clipboard)
        return;
    QString text = secret.exposeString();
    m_digest = digestOfText(text);
    auto* mime = new QMimeData;
    mime->setText(text);
    markAsSecret(mime);
    wipe(text);

    m_armed = false; // our own change of the clipboard must not count as "the user copied"
    m_clipboard->setMimeData(mime, QClipboard::Clipboard);
    m_mime = mime;
    m_armed = true;

    m_elapsed.start();
    m_expiry.start(m_timeout);
    m_tick.start();
    m_lastSecondsShown = -1;
    onTick();
}

int ClipboardGuard::secondsLeft() const
{
    if (!m_armed)
        return 0;
    const qint64 leftMs = std::max<qint64>(0, m_timeout.count() - m_elapsed.elapsed());
    return int((leftMs + 999) / 1000);
}

void ClipboardGuard::clearNow()
{
    if (!m_armed)
        return;
    const bool ours = clipboardHoldsOurs();
    finish();
    if (ours)
        wipeAndClear();
    emit countdownChanged(0);
    emit cleared(ours);
}

bool ClipboardGuard::clipboardHoldsOurs() const
{
    if (!m_clipboard || m_digest.isEmpty())
        return false;
    QString current = m_clipboard->text(QClipboard::Clipboard);
    const QByteArray digest = digestOfText(current);
    wipe(current);
    return digest == m_digest;
}

void ClipboardGuard::finish()
{
    m_armed = false;
    m_expiry.stop();
    m_tick.stop();
    m_digest.clear();
    m_lastSecondsShown = -1;
}

void ClipboardGuard::onTick()
{
    const int left = secondsLeft();
    if (left == 0) {
        // Past the deadline, but the expiry timer has not been delivered yet: a busy event loop
        // delivers both at once, the tick first. End now, so that 0 is announced once.
        clearNow();
        return;
    }
    if (left == m_lastSecondsShown)
        return;
    m_lastSecondsShown = left;
    emit countdownChanged(left);
}

void ClipboardGuard::onClipboardChanged()
{
    // Clipboard managers may take the selection over with the same text; only a different
    // content means the user copied something else, which must then be left alone.
    if (!m_armed || clipboardHoldsOurs())
        return;
    finish();
    emit countdownChanged(0);
    emit cleared(false);
}

} // namespace kw
