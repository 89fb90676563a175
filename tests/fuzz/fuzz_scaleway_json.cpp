// Scaleway's JSON readers (src/providers/ScalewayJson): key pages, one key, the create answer
// (with and without the spec it fills in from), the user, application and project pages, and the
// error body, all fed the same untrusted bytes.
#include "FuzzHalves.h"
#include "FuzzSupport.h"
#include "providers/FastJson.h"
#include "providers/ScalewayJson.h"

using namespace Qt::StringLiterals;

namespace {

template <typename Page> void checkPage(const std::optional<Page>& page, const QString& error)
{
    kw::fuzz::require(page.has_value() || !error.isEmpty(), "a refused page says why");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using kw::fuzz::require;
    const QByteArray body = kw::fuzz::bytes(data, size);
    const QDateTime now = kw::fuzz::fixedNow();

    QString error;
    const auto page = kw::scaleway::parseKeyPage(body, now, &error);
    checkPage(page, error);
    kw::jsonio::setFastReaderEnabled(false); // the usual reader: the fast one reads the same
    QString usualError;
    const auto usual = kw::scaleway::parseKeyPage(body, now, &usualError);
    kw::jsonio::setFastReaderEnabled(true);
    require(page.has_value() == usual.has_value() && error == usualError,
            "the fast reader reads a page as the usual one");
    if (page)
        require(page->items == usual->items && page->totalCount == usual->totalCount,
                "the fast reader reads a page as the usual one");
    QString halvesError;
    const auto halves =
        kw::fuzz::inHalves([&] { return kw::scaleway::parseKeyPage(body, now, &halvesError); });
    require(halves.has_value() == page.has_value() && halvesError == error,
            "a page reads the same in two halves");
    if (page)
        require(halves->items == page->items && halves->totalCount == page->totalCount,
                "a page reads the same in two halves");
    error.clear();
    const auto key = kw::scaleway::parseKey(body, now, &error);
    require(key.has_value() || !error.isEmpty(), "a refused key says why");

    kw::KeySpec spec;
    spec.bearerType = u"application"_s;
    spec.bearerId = u"f1bfb7ae-4fc3-4be3-bb26-33cb5ae7f096"_s;
    spec.description = u"Backups"_s;
    const kw::KeySpec* const specs[] = {nullptr, &spec};
    for (const kw::KeySpec* given : specs) {
        error.clear();
        const auto created = kw::scaleway::parseCreatedKey(body, now, &error, given);
        require(created.has_value() || !error.isEmpty(), "a refused create answer says why");
        if (created)
            require(!created->secret.isEmpty(), "a created key has its secret");
    }
    error.clear();
    checkPage(kw::scaleway::parseUserPage(body, &error), error);
    error.clear();
    checkPage(kw::scaleway::parseApplicationPage(body, &error), error);
    error.clear();
    checkPage(kw::scaleway::parseProjectPage(body, &error), error);

    QString detail;
    (void)kw::scaleway::parseErrorBody(body, &detail);
    const QString text = QString::fromUtf8(body);
    require(kw::scaleway::descriptionLength(text) <= text.size(), "characters <= UTF-16 units");
    (void)kw::scaleway::isUuid(text);
    return 0;
}
