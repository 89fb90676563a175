// Retry-After (src/providers/HttpErrorPolicy): seconds or an HTTP date in any of its three forms,
// as a server sends it; also the loggable form of a URL a server redirects to.
#include "FuzzSupport.h"
#include "providers/HttpErrorPolicy.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using kw::fuzz::require;
    const QByteArray raw = kw::fuzz::bytes(data, size);

    const std::optional<qint64> wait = kw::http::parseRetryAfterMs(raw, kw::fuzz::fixedNow());
    require(!wait || *wait >= 0, "a wait is never negative");

    // The decision a retry takes from it stays within the settings' bounds.
    const kw::http::RetrySettings settings;
    const kw::http::RetryDecision decision = kw::http::decideRetry(settings, 1, true, wait);
    require(!decision.retry || decision.delayMs >= 0, "a retry's delay is never negative");
    require(!decision.retry || decision.delayMs <= settings.maxRetryAfterMs,
            "a retry waits no longer than the cap");

    const QUrl url(QString::fromUtf8(raw));
    const QString loggable = kw::http::loggableUrl(url);
    require(url.query().isEmpty() || !loggable.contains(u'?'), "no query in a loggable URL");
    (void)kw::http::hostOf(url);
    return 0;
}
