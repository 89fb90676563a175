// WAYSCloud's JSON readers (src/providers/WaysCloudJson): the key list, the create answer for a
// service key and a PAT, and the error body, all fed the same untrusted bytes.
#include "FuzzHalves.h"
#include "FuzzSupport.h"
#include "providers/FastJson.h"
#include "providers/WaysCloudJson.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using kw::fuzz::require;
    const QByteArray body = kw::fuzz::bytes(data, size);

    QString error;
    const auto keys = kw::wayscloud::parseKeyList(body, &error);
    require(keys.has_value() || !error.isEmpty(), "a refused key list says why");
    kw::jsonio::setFastReaderEnabled(false); // the usual reader: the fast one reads the same
    QString usualError;
    const auto usual = kw::wayscloud::parseKeyList(body, &usualError);
    kw::jsonio::setFastReaderEnabled(true);
    require(keys == usual && error == usualError, "the fast reader reads a list as the usual one");
    QString halvesError;
    const auto halves =
        kw::fuzz::inHalves([&] { return kw::wayscloud::parseKeyList(body, &halvesError); });
    require(halves == keys && halvesError == error, "a list reads the same in two halves");

    kw::KeySpec service;
    service.name = u"Backups"_s;
    service.services = {u"storage"_s};
    kw::KeySpec pat = service;
    pat.services = {u"llm"_s, u"dns"_s};
    for (const kw::KeySpec& spec : {service, pat}) {
        error.clear();
        const auto created = kw::wayscloud::parseCreatedKey(body, spec, &error);
        require(created.has_value() || !error.isEmpty(), "a refused create answer says why");
        if (created)
            require(!created->secret.isEmpty(), "a created key has its secret");
    }

    QString detail;
    (void)kw::wayscloud::parseErrorBody(body, &detail);
    (void)kw::wayscloud::parseTimestamp(QString::fromUtf8(body));
    (void)kw::wayscloud::normalisedService(QString::fromUtf8(body));
    return 0;
}
