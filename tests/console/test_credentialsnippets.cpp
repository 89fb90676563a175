// The Copy-as snippets per provider: the whole credential, in the names each provider's tools
// read, with the exact text a user pastes.
#include "console/CredentialSnippets.h"
#include "providers/CoreWeaveProvider.h"
#include "providers/ScalewayProvider.h"
#include "providers/WasabiAirProvider.h"
#include "providers/WasabiIamProvider.h"
#include "providers/WaysCloudProvider.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kw::CredentialSnippets;
using kw::CredentialSnippetSource;
using kw::Secret;

namespace {

const QString pairSecret = u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s;

QStringList idsOf(const CredentialSnippets& snippets)
{
    QStringList ids;
    for (const kw::CredentialSnippet& snippet : snippets.available())
        ids.append(snippet.id);
    return ids;
}

QString textOf(const CredentialSnippets& snippets, const QString& id, const QString& secret)
{
    const Secret text = snippets.text(id, Secret::fromString(secret));
    return QString::fromUtf8(text.view());
}

CredentialSnippetSource sourceFor(const kw::Capabilities& capabilities, const QString& provider)
{
    CredentialSnippetSource source;
    source.capabilities = capabilities;
    source.account.id = u"0f3c5b1e-acc0-4d1d-9a6e-000000000001"_s;
    source.account.provider = provider;
    source.account.label = u"Production"_s;
    source.account.endpoint = capabilities.defaultEndpoint;
    return source;
}

} // namespace

class TestCredentialSnippets : public QObject
{
    Q_OBJECT

private slots:
    void waysCloudIsOneApiKeyVariable()
    {
        const CredentialSnippets snippets(
            sourceFor(kw::WaysCloudProvider::staticCapabilities(), u"wayscloud"_s));
        QCOMPARE(idsOf(snippets), (QStringList{u"shell"_s, u"dotenv"_s}));
        QVERIFY(snippets.available().at(0).label.contains(u"WAYSCLOUD_API_KEY"_s));
        QCOMPARE(textOf(snippets, u"shell"_s, u"wc_EXAMPLE_abc123"_s),
                 u"export WAYSCLOUD_API_KEY=wc_EXAMPLE_abc123\n"_s);
        QCOMPARE(textOf(snippets, u"dotenv"_s, u"wc_EXAMPLE_abc123"_s),
                 u"WAYSCLOUD_API_KEY=wc_EXAMPLE_abc123\n"_s);
    }

    void valuesAreQuotedForTheShellAndDotenv_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        QTest::newRow("export quoted") << u"EXAMPLE $x'y"_s << u"shell"_s
                                       << u"export WAYSCLOUD_API_KEY='EXAMPLE $x'\\''y'\n"_s;
        QTest::newRow("export backtick")
            << u"a`b"_s << u"shell"_s << u"export WAYSCLOUD_API_KEY='a`b'\n"_s;
        QTest::newRow(".env single-quoted")
            << u"EXAMPLE $x#y"_s << u"dotenv"_s << u"WAYSCLOUD_API_KEY='EXAMPLE $x#y'\n"_s;
        QTest::newRow(".env double-quoted")
            << u"EXAMPLE $x'y"_s << u"dotenv"_s << u"WAYSCLOUD_API_KEY=\"EXAMPLE \\$x'y\"\n"_s;
    }

    void valuesAreQuotedForTheShellAndDotenv()
    {
        QFETCH(QString, secret);
        QFETCH(QString, id);
        QFETCH(QString, expected);
        const CredentialSnippets snippets(
            sourceFor(kw::WaysCloudProvider::staticCapabilities(), u"wayscloud"_s));
        QCOMPARE(textOf(snippets, id, secret), expected);
    }

    void wasabiIamIsAnAwsPairWithItsEndpointAndRegion()
    {
        CredentialSnippetSource source =
            sourceFor(kw::WasabiIamProvider::staticCapabilities(), u"wasabi-iam"_s);
        source.accessKeyId = u"AKIAEXAMPLE000000001"_s;
        const CredentialSnippets snippets(source);
        QCOMPARE(idsOf(snippets), (QStringList{u"shell"_s, u"dotenv"_s, u"aws-profile"_s}));
        QCOMPARE(textOf(snippets, u"shell"_s, pairSecret),
                 u"export AWS_ACCESS_KEY_ID=AKIAEXAMPLE000000001\n"
                 "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
                 "# awscli before 2.13 ignores AWS_ENDPOINT_URL_S3: pass --endpoint-url "
                 "https://s3.wasabisys.com\n"
                 "export AWS_ENDPOINT_URL_S3=https://s3.wasabisys.com\n"
                 "export AWS_DEFAULT_REGION=us-east-1\n"
                 "export AWS_REGION=us-east-1\n"_s);
        QCOMPARE(textOf(snippets, u"dotenv"_s, pairSecret),
                 u"AWS_ACCESS_KEY_ID=AKIAEXAMPLE000000001\n"
                 "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
                 "# awscli before 2.13 ignores AWS_ENDPOINT_URL_S3: pass --endpoint-url "
                 "https://s3.wasabisys.com\n"
                 "AWS_ENDPOINT_URL_S3=https://s3.wasabisys.com\n"
                 "AWS_DEFAULT_REGION=us-east-1\n"
                 "AWS_REGION=us-east-1\n"_s);
        QCOMPARE(textOf(snippets, u"aws-profile"_s, pairSecret),
                 u"[keywarden-akiaexample000000001]\n"
                 "aws_access_key_id = AKIAEXAMPLE000000001\n"
                 "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
                 "region = us-east-1\n"
                 "# awscli before 2.13 ignores endpoint_url here: pass --endpoint-url "
                 "https://s3.wasabisys.com\n"
                 "endpoint_url = https://s3.wasabisys.com\n"_s);
    }

    void coreWeaveNamesItsZoneWhenTheAccountHasOne()
    {
        CredentialSnippetSource source =
            sourceFor(kw::CoreWeaveProvider::staticCapabilities(), u"coreweave"_s);
        source.accessKeyId = u"CWEXAMPLEKEY0001"_s;
        source.account.region = u"US-EAST-04A"_s;
        const CredentialSnippets snippets(source);
        QCOMPARE(idsOf(snippets), (QStringList{u"shell"_s, u"dotenv"_s, u"aws-profile"_s}));
        QCOMPARE(textOf(snippets, u"shell"_s, u"cw-secret"_s),
                 u"export AWS_ACCESS_KEY_ID=CWEXAMPLEKEY0001\n"
                 "export AWS_SECRET_ACCESS_KEY=cw-secret\n"
                 "# awscli before 2.13 ignores AWS_ENDPOINT_URL_S3: pass --endpoint-url "
                 "https://cwobject.com\n"
                 "export AWS_ENDPOINT_URL_S3=https://cwobject.com\n"
                 "export AWS_DEFAULT_REGION=US-EAST-04A\n"
                 "export AWS_REGION=US-EAST-04A\n"_s);

        // Without a zone only the endpoint is known: no region line, never an empty one.
        source.account.region.clear();
        QCOMPARE(textOf(CredentialSnippets(source), u"aws-profile"_s, u"cw-secret"_s),
                 u"[keywarden-cwexamplekey0001]\n"
                 "aws_access_key_id = CWEXAMPLEKEY0001\n"
                 "aws_secret_access_key = cw-secret\n"
                 "# awscli before 2.13 ignores endpoint_url here: pass --endpoint-url "
                 "https://cwobject.com\n"
                 "endpoint_url = https://cwobject.com\n"_s);
    }

    void scalewayGivesScwVariablesAndAnS3Pair()
    {
        CredentialSnippetSource source =
            sourceFor(kw::ScalewayProvider::staticCapabilities(), u"scaleway"_s);
        source.accessKeyId = u"SCWEXAMPLE0000000001"_s;
        source.account.organizationId = u"11111111-2222-3333-4444-555555555555"_s;
        source.account.region = u"nl-ams"_s;
        source.projectId = u"66666666-7777-8888-9999-000000000000"_s;
        const QString secret = u"3f1e0b2c-0000-4000-8000-00000000abcd"_s;
        const CredentialSnippets snippets(source);
        QCOMPARE(idsOf(snippets),
                 (QStringList{u"shell"_s, u"dotenv"_s, u"s3-shell"_s, u"aws-profile"_s}));
        QCOMPARE(textOf(snippets, u"shell"_s, secret),
                 u"export SCW_ACCESS_KEY=SCWEXAMPLE0000000001\n"
                 "export SCW_SECRET_KEY=3f1e0b2c-0000-4000-8000-00000000abcd\n"
                 "export SCW_DEFAULT_ORGANIZATION_ID=11111111-2222-3333-4444-555555555555\n"
                 "export SCW_DEFAULT_PROJECT_ID=66666666-7777-8888-9999-000000000000\n"_s);
        QCOMPARE(textOf(snippets, u"dotenv"_s, secret),
                 u"SCW_ACCESS_KEY=SCWEXAMPLE0000000001\n"
                 "SCW_SECRET_KEY=3f1e0b2c-0000-4000-8000-00000000abcd\n"
                 "SCW_DEFAULT_ORGANIZATION_ID=11111111-2222-3333-4444-555555555555\n"
                 "SCW_DEFAULT_PROJECT_ID=66666666-7777-8888-9999-000000000000\n"_s);
        QCOMPARE(textOf(snippets, u"s3-shell"_s, secret),
                 u"export AWS_ACCESS_KEY_ID=SCWEXAMPLE0000000001\n"
                 "export AWS_SECRET_ACCESS_KEY=3f1e0b2c-0000-4000-8000-00000000abcd\n"
                 "# awscli before 2.13 ignores AWS_ENDPOINT_URL_S3: pass --endpoint-url "
                 "https://s3.nl-ams.scw.cloud\n"
                 "export AWS_ENDPOINT_URL_S3=https://s3.nl-ams.scw.cloud\n"
                 "export AWS_DEFAULT_REGION=nl-ams\n"
                 "export AWS_REGION=nl-ams\n"_s);
        QCOMPARE(textOf(snippets, u"aws-profile"_s, secret),
                 u"[keywarden-scwexample0000000001]\n"
                 "aws_access_key_id = SCWEXAMPLE0000000001\n"
                 "aws_secret_access_key = 3f1e0b2c-0000-4000-8000-00000000abcd\n"
                 "region = nl-ams\n"
                 "# awscli before 2.13 ignores endpoint_url here: pass --endpoint-url "
                 "https://s3.nl-ams.scw.cloud\n"
                 "endpoint_url = https://s3.nl-ams.scw.cloud\n"_s);
    }

    void scalewayOnAnotherApiNamesItAndLeavesOutWhatIsUnknown()
    {
        CredentialSnippetSource source =
            sourceFor(kw::ScalewayProvider::staticCapabilities(), u"scaleway"_s);
        source.accessKeyId = u"SCWEXAMPLE0000000001"_s;
        source.account.endpoint = QUrl(u"http://127.0.0.1:8443"_s);
        QCOMPARE(textOf(CredentialSnippets(source), u"shell"_s, u"s3cr3t"_s),
                 u"export SCW_ACCESS_KEY=SCWEXAMPLE0000000001\n"
                 "export SCW_SECRET_KEY=s3cr3t\n"
                 "export SCW_API_URL=http://127.0.0.1:8443\n"_s);
    }

    void wasabiAirIsABearerHeader()
    {
        const CredentialSnippets snippets(
            sourceFor(kw::WasabiAirProvider::staticCapabilities(), u"wasabi-air"_s));
        QCOMPARE(idsOf(snippets), QStringList{u"header"_s});
        QCOMPARE(textOf(snippets, u"header"_s, u"eyJhbGciOiJIUzI1NiJ9.e30.sig"_s),
                 u"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig\n"_s);
    }

    void credentialProcessOnlyForAStoredSecret()
    {
        CredentialSnippetSource source =
            sourceFor(kw::WasabiIamProvider::staticCapabilities(), u"wasabi-iam"_s);
        source.accessKeyId = u"AKIAEXAMPLE000000001"_s;
        source.storedInKeychain = true;
        source.cliProgram = u"/opt/key warden/keywarden-cli"_s;
        const CredentialSnippets snippets(source);
        QVERIFY(idsOf(snippets).contains(u"aws-credential-process"_s));
        const QString text = textOf(snippets, u"aws-credential-process"_s, pairSecret);
        QCOMPARE(text, u"[profile keywarden-akiaexample000000001]\n"
                       "credential_process = \"/opt/key warden/keywarden-cli\" credential-process "
                       "--account 0f3c5b1e-acc0-4d1d-9a6e-000000000001 --key AKIAEXAMPLE000000001\n"
                       "region = us-east-1\n"
                       "# awscli before 2.13 ignores endpoint_url here: pass --endpoint-url "
                       "https://s3.wasabisys.com\n"
                       "endpoint_url = https://s3.wasabisys.com\n"_s);
        QVERIFY(!text.contains(pairSecret)); // the secret stays in the keychain

        source.storedInKeychain = false;
        QVERIFY(!idsOf(CredentialSnippets(source)).contains(u"aws-credential-process"_s));
        QVERIFY(CredentialSnippets(source)
                    .text(u"aws-credential-process"_s, Secret::fromString(pairSecret))
                    .isEmpty());
    }

    void aPairWithoutItsAccessKeyIdOffersNothing()
    {
        const CredentialSnippets snippets(
            sourceFor(kw::CoreWeaveProvider::staticCapabilities(), u"coreweave"_s));
        QVERIFY(snippets.available().isEmpty());
        QVERIFY(snippets.text(u"shell"_s, Secret::fromString(u"x"_s)).isEmpty());
    }

    void everyLabelHasAMnemonicAndNoUnknownIdGivesText()
    {
        CredentialSnippetSource source =
            sourceFor(kw::ScalewayProvider::staticCapabilities(), u"scaleway"_s);
        source.accessKeyId = u"SCWEXAMPLE0000000001"_s;
        source.storedInKeychain = true;
        const CredentialSnippets snippets(source);
        QStringList mnemonics;
        for (const kw::CredentialSnippet& snippet : snippets.available()) {
            const qsizetype amp = snippet.label.indexOf(u'&');
            QVERIFY2(amp >= 0 && amp + 1 < snippet.label.size(), qPrintable(snippet.label));
            mnemonics.append(snippet.label.at(amp + 1).toLower());
        }
        mnemonics.removeDuplicates();
        QCOMPARE(mnemonics.size(), snippets.available().size()); // each one reachable by key
        QVERIFY(snippets.text(u"header"_s, Secret::fromString(u"x"_s)).isEmpty());
        QVERIFY(snippets.text(u"shell"_s, Secret()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCredentialSnippets)
#include "test_credentialsnippets.moc"
