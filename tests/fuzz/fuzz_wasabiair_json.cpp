// Wasabi AiR's JSON readers (src/providers/WasabiAirJson): the key list, one key, the create
// answer, the JWT lookup in a list (findJwt), the DELETE answer and the error body.
#include "FuzzHalves.h"
#include "FuzzSupport.h"
#include "providers/FastJson.h"
#include "providers/WasabiAirJson.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using kw::fuzz::require;
    const QByteArray body = kw::fuzz::bytes(data, size);

    QString error;
    const auto keys = kw::wasabiair::parseKeyList(body, &error);
    require(keys.has_value() || !error.isEmpty(), "a refused key list says why");
    kw::jsonio::setFastReaderEnabled(false); // the usual reader: the fast one reads the same
    QString usualError;
    const auto usual = kw::wasabiair::parseKeyList(body, &usualError);
    kw::jsonio::setFastReaderEnabled(true);
    require(keys == usual && error == usualError, "the fast reader reads a list as the usual one");
    QString halvesError;
    const auto halves =
        kw::fuzz::inHalves([&] { return kw::wasabiair::parseKeyList(body, &halvesError); });
    require(halves == keys && halvesError == error, "a list reads the same in two halves");
    error.clear();
    const auto key = kw::wasabiair::parseKey(body, &error);
    require(key.has_value() || !error.isEmpty(), "a refused key says why");
    error.clear();
    const auto created = kw::wasabiair::parseCreatedKey(body, u"Backups"_s, &error);
    require(created.has_value() || !error.isEmpty(), "a refused create answer says why");
    if (created)
        require(!created->secret.isEmpty(), "a created key has its JWT");

    // Looks up the first listed id (when there is one) and one that is never there.
    QStringList ids{u"no-such-key"_s};
    if (keys && !keys->isEmpty())
        ids.prepend(keys->first().id);
    for (const QString& id : ids) {
        bool notFound = false;
        error.clear();
        const auto jwt = kw::wasabiair::findJwt(body, id, &notFound, &error);
        require(jwt.has_value() || !error.isEmpty(), "a failed JWT lookup says why");
        require(!(jwt.has_value() && notFound), "a found JWT is not also not found");
    }

    (void)kw::wasabiair::deleteRefused(body);
    QString detail;
    (void)kw::wasabiair::parseErrorBody(body, &detail);
    (void)kw::wasabiair::keyPrefix(QString::fromUtf8(body));
    return 0;
}
