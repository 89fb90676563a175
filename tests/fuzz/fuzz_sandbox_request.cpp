// The sandbox's reading of a request (src/sandbox/SigV4Verify, WaysCloudKeyRequest): the input is
// a raw HTTP/1.1 request (request line, headers, a blank line, the body). Its Authorization header
// is parsed as SigV4 and checked; the same request signed again with a known secret must pass
// the check, whatever its path, query and headers; its body is read as a WAYSCloud create request.
#include "FuzzSupport.h"
#include "sandbox/SigV4Verify.h"
#include "sandbox/wayscloud/WaysCloudKeyRequest.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

using kw::fuzz::require;

// Decoded as EmulatorServer copies a request: '+' is a space, %2B a plus.
QString formDecode(QByteArray text)
{
    return QUrl::fromPercentEncoding(text.replace('+', ' '));
}

kw::sandbox::HttpRequest requestOf(const QByteArray& input)
{
    kw::sandbox::HttpRequest request;
    const qsizetype end = input.indexOf("\n\n");
    const QByteArray head = end < 0 ? input : input.left(end);
    request.body = end < 0 ? QByteArray() : input.mid(end + 2);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    request.method = requestLine.value(0).toUpper();
    const QByteArray target = requestLine.value(1);
    const qsizetype question = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    request.rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
    for (const QByteArray& part : request.rawQuery.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        request.query.append({formDecode(equals < 0 ? part : part.left(equals)),
                              equals < 0 ? QString() : formDecode(part.mid(equals + 1))});
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.append({lines.at(i).left(colon), lines.at(i).mid(colon + 1).trimmed()});
    }
    return request;
}

void checkSignedAgain(const kw::sandbox::HttpRequest& request,
                      kw::sandbox::SigV4Authorization authorization, const QDateTime& now)
{
    const QByteArray secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    // A scope of another day than x-amz-date is refused whatever the signature (as AWS does).
    authorization.date = QString::fromLatin1(request.header("x-amz-date").left(8));
    const QByteArray payloadHash = request.hasHeader("x-amz-content-sha256")
                                       ? request.header("x-amz-content-sha256")
                                       : kw::sandbox::hexSha256(request.body);
    const auto canonical = kw::sandbox::sigV4CanonicalRequest(request, authorization, payloadHash);
    if (!canonical)
        return;
    const QByteArray stringToSign = kw::sandbox::sigV4StringToSign(
        request.header("x-amz-date"), authorization.scope(), *canonical);
    authorization.signature = kw::sandbox::sigV4Signature(secret, authorization, stringToSign);
    const kw::sandbox::SigV4Check check =
        kw::sandbox::verifySigV4(request, authorization, secret, now, false);
    require(check.failure != kw::sandbox::SigV4Failure::SignatureMismatch,
            "a request signed with the server's secret passes its check");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const kw::sandbox::HttpRequest request = requestOf(kw::fuzz::bytes(data, size));
    (void)request.queryValue(u"Action"_s);
    (void)request.queryValues(u"x"_s);

    const auto authorization =
        kw::sandbox::parseSigV4Authorization(request.header("authorization"));
    if (authorization) {
        require(authorization->signature.size() == 64, "a parsed signature is 64 characters");
        // "Now" is the request's own date when it has one, so that the signature is checked.
        QDateTime now = QDateTime::fromString(QString::fromLatin1(request.header("x-amz-date")),
                                              u"yyyyMMdd'T'HHmmss'Z'"_s);
        now.setTimeSpec(Qt::UTC);
        if (!now.isValid())
            now = kw::fuzz::fixedNow();
        for (const bool s3 : {false, true}) {
            const kw::sandbox::SigV4Check check = kw::sandbox::verifySigV4(
                request, *authorization, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", now, s3);
            require(check.ok() || !check.message.isEmpty(), "a refused signature says why");
        }
        checkSignedAgain(request, *authorization, now);
    }

    const kw::sandbox::ParsedKeyRequest service = kw::sandbox::parseServiceKeyRequest(request.body);
    require(service.request.has_value() || !service.errors.empty(), "a refused body says why");
    const kw::sandbox::ParsedKeyRequest pat = kw::sandbox::parsePatRequest(request.body);
    require(pat.request.has_value() || !pat.errors.empty(), "a refused body says why");
    return 0;
}
