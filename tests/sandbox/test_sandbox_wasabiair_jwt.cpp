#include "sandbox/wasabiair/WasabiAirJwt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using kw::sandbox::AirClaims;
using kw::sandbox::AirJwtSigner;

namespace {

constexpr QByteArray::Base64Options base64Url =
    QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QJsonObject decodePart(const QByteArray& part)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, base64Url)).object();
}

QByteArray encodePart(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(base64Url);
}

const AirClaims sampleClaims{u"591481bf1940f20c341b9386a9a192f4"_s, QString(64, u'c'), 1700000000};

} // namespace

class TestWasabiAirJwt : public QObject
{
    Q_OBJECT

private slots:
    void signsTheUsualHs256Header()
    {
        const AirJwtSigner signer;
        const QList<QByteArray> parts = signer.sign(sampleClaims).split('.');
        QCOMPARE(parts.size(), 3);
        // The compact header every HS256 library emits.
        QCOMPARE(parts[0], "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"_ba);
        QVERIFY(!parts[2].contains('='));
        QCOMPARE(QByteArray::fromBase64(parts[2], base64Url).size(), 32); // SHA-256

        const QJsonObject payload = decodePart(parts[1]);
        QCOMPARE(payload.value(u"sub"_s).toString(), sampleClaims.subject);
        QCOMPARE(payload.value(u"jti"_s).toString(), sampleClaims.keyId);
        QCOMPARE(payload.value(u"iat"_s).toInteger(), sampleClaims.issuedAt);
        QVERIFY(!payload.contains(u"exp"_s)); // AiR keys do not expire
    }

    void verifiesItsOwnTokens()
    {
        const AirJwtSigner signer;
        const std::optional<AirClaims> claims = signer.verify(signer.sign(sampleClaims));
        QVERIFY(claims);
        QCOMPARE(claims->subject, sampleClaims.subject);
        QCOMPARE(claims->keyId, sampleClaims.keyId);
        QCOMPARE(claims->issuedAt, sampleClaims.issuedAt);
    }

    void refusesAnotherSignersTokens()
    {
        const AirJwtSigner signer;
        const AirJwtSigner other;
        QVERIFY(!signer.verify(other.sign(sampleClaims)));
        QVERIFY(signer.sign(sampleClaims) != other.sign(sampleClaims));
    }

    void refusesAnyChangedCharacter()
    {
        const AirJwtSigner signer;
        const QByteArray token = signer.sign(sampleClaims);
        int refused = 0;
        for (qsizetype i = 0; i < token.size(); ++i) {
            if (token[i] == '.')
                continue;
            QByteArray changed = token;
            changed[i] = token[i] == 'A' ? 'B' : 'A';
            // The last character of a part may carry padding bits only; a change there can
            // decode to the same bytes, which is not a forgery.
            if (signer.verify(changed))
                QVERIFY2(i == token.size() - 1 || token[i + 1] == '.', changed.constData());
            else
                ++refused;
        }
        QVERIFY(refused >= token.size() - 5);
    }

    void refusesAForgedPayloadUnderAGenuineSignature()
    {
        const AirJwtSigner signer;
        const QList<QByteArray> parts = signer.sign(sampleClaims).split('.');
        const QByteArray forged = parts[0] + '.' +
                                  encodePart({{u"sub"_s, sampleClaims.subject},
                                              {u"jti"_s, QString(64, u'd')},
                                              {u"iat"_s, 1700000000}}) +
                                  '.' + parts[2];
        QVERIFY(!signer.verify(forged));
    }

    void refusesMalformedTokens_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << "not-a-jwt"_ba;
        QTest::newRow("two parts") << "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0"_ba;
        QTest::newRow("four parts") << "a.b.c.d"_ba;
        QTest::newRow("empty parts") << ".."_ba;
        QTest::newRow("not base64") << "e*J.e*J.***"_ba;
        QTest::newRow("alg none, no signature")
            << encodePart({{u"alg"_s, u"none"_s}, {u"typ"_s, u"JWT"_s}}) + '.' +
                   encodePart({{u"sub"_s, sampleClaims.subject},
                               {u"jti"_s, sampleClaims.keyId},
                               {u"iat"_s, 1}}) +
                   '.';
    }

    void refusesMalformedTokens()
    {
        QFETCH(QByteArray, token);
        const AirJwtSigner signer;
        QVERIFY(!signer.verify(token));
    }
};

QTEST_GUILESS_MAIN(TestWasabiAirJwt)
#include "test_sandbox_wasabiair_jwt.moc"
