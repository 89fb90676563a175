// CoreWeave's JSON readers (src/providers/CoreWeaveJson): a key page, the create answer, the
// google.rpc.Status error body, and the expiry and status fields, all fed the same bytes.
#include "FuzzHalves.h"
#include "FuzzSupport.h"
#include "providers/CoreWeaveJson.h"
#include "providers/FastJson.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using kw::fuzz::require;
    const QByteArray body = kw::fuzz::bytes(data, size);
    const QDateTime now = kw::fuzz::fixedNow();

    QString error;
    const auto page = kw::coreweave::parseKeyPage(body, now, &error);
    require(page.has_value() || !error.isEmpty(), "a refused page says why");
    kw::jsonio::setFastReaderEnabled(false); // the usual reader: the fast one reads the same
    QString usualError;
    const auto usual = kw::coreweave::parseKeyPage(body, now, &usualError);
    kw::jsonio::setFastReaderEnabled(true);
    require(page == usual && error == usualError, "the fast reader reads a list as the usual one");
    QString halvesError;
    const auto halves =
        kw::fuzz::inHalves([&] { return kw::coreweave::parseKeyPage(body, now, &halvesError); });
    require(halves == page && halvesError == error, "a list reads the same in two halves");

    for (const qint64 duration : {qint64(0), qint64(3600)}) {
        error.clear();
        const auto created =
            kw::coreweave::parseCreatedKey(body, u"Backups"_s, duration, now, &error);
        require(created.has_value() || !error.isEmpty(), "a refused create answer says why");
        if (created)
            require(!created->secret.isEmpty(), "a created key has its secret");
    }

    QString detail;
    (void)kw::coreweave::parseErrorBody(body, &detail);
    const QString text = QString::fromUtf8(body);
    const auto expiry = kw::coreweave::expiryFromWire(text);
    require(!expiry || expiry->isValid(), "an expiry is a valid time or none");
    (void)kw::coreweave::statusFromWire(text);
    return 0;
}
