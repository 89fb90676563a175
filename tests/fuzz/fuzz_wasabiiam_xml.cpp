// Wasabi IAM's XML readers (src/providers/WasabiIamXml): a list page, the fields of an answer,
// the CreateAccessKey answer, the error document, and each member read as a key.
#include "FuzzSupport.h"
#include "providers/WasabiIamXml.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using kw::fuzz::require;
    const QByteArray body = kw::fuzz::bytes(data, size);

    for (const QString& action : {u"ListAccessKeys"_s, u"ListUsers"_s}) {
        QString error;
        const auto page = kw::wasabiiam::parsePage(body, action, &error);
        require(page.has_value() || !error.isEmpty(), "a refused page says why");
        if (page) {
            for (const auto& member : page->members)
                (void)kw::wasabiiam::keyFromFields(member);
        }
    }
    QString error;
    const auto fields = kw::wasabiiam::parseFields(body, u"GetUser"_s, &error);
    require(fields.has_value() || !error.isEmpty(), "refused fields say why");
    error.clear();
    const auto created = kw::wasabiiam::parseCreatedKey(body, &error);
    require(created.has_value() || !error.isEmpty(), "a refused create answer says why");
    if (created)
        require(!created->secret.isEmpty(), "a created key has its secret");

    const auto parsed = kw::wasabiiam::parseError(body);
    const QString text = kw::wasabiiam::errorText(body);
    require(!parsed || parsed->code.isEmpty() || !text.isEmpty(), "an error code is shown");
    if (parsed)
        (void)kw::wasabiiam::kindForCode(parsed->code, kw::ProviderError::Kind::Other);
    return 0;
}
