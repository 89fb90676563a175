// keywarden-cli keys list on a large account (a keywarden-sandbox process seeded with 3 000
// WAYSCloud keys), now that --json is streamed a chunk at a time and the process ends without
// freeing its keys: every key the provider returns is listed once, in its order, with the
// fields docs/cli.md names; the table has a row a key; and output that cannot be written (a
// full disk) still ends with exit code 8 and one line on standard error.
#include "CliAccounts.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using kw::e2e::CliRun;
using kw::e2e::SandboxProcess;

namespace {

constexpr int Keys = 3000;
const QString Label = u"Large"_s;

} // namespace

class TestCliKeysListLarge : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;

    // The provider's own answer, fetched with the same token: what the listing must hold.
    QStringList providerIds()
    {
        const SandboxProcess::Provider* ways = m_sandbox.provider(u"wayscloud"_s);
        QNetworkAccessManager network;
        QNetworkRequest request(ways->url.resolved(QUrl(u"/v1/account/api-keys"_s)));
        request.setRawHeader("Authorization", "Bearer " + ways->token.exposeBytes());
        request.setTransferTimeout(30000);
        QNetworkReply* reply = network.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        QStringList ids;
        for (const QJsonValue& key : QJsonDocument::fromJson(reply->readAll()).array())
            ids.append(key.toObject().value(u"id"_s).toString());
        reply->deleteLater();
        return ids;
    }

private slots:
    void initTestCase()
    {
        const QString home = qEnvironmentVariable("KEYWARDEN_TEST_HOME");
        QVERIFY2(!home.isEmpty() && QDir::homePath() == home,
                 "run through tests/run-tests.sh: it gives the suite a scratch HOME and a keyring");
        QVERIFY2(QFileInfo(kw::e2e::cliExecutable()).isExecutable(),
                 qPrintable(kw::e2e::cliExecutable()));
        const QString error =
            m_sandbox.start({u"--keys-per-account"_s, QString::number(Keys), u"--port"_s, u"0"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString added = kw::e2e::addCliAccount(m_sandbox, u"wayscloud"_s, Label);
        QVERIFY2(added.isEmpty(), qPrintable(added));
    }

    void jsonListsEveryKeyOnceInTheProvidersOrder()
    {
        const QStringList expected = providerIds();
        QCOMPARE(expected.size(), Keys);
        const CliRun run =
            kw::e2e::runCli({u"--json"_s, u"keys"_s, u"list"_s, u"--account"_s, Label});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe().left(2000)));
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        // One document on one line, ending the output.
        QCOMPARE(run.out.count('\n'), 1);
        QVERIFY(run.out.endsWith("]\n"));
        const QJsonArray keys = run.array();
        QCOMPARE(kw::e2e::keyIds(keys), expected);
        const QStringList fields{
            u"account"_s, u"accountId"_s,   u"ageDays"_s,      u"created"_s,  u"expires"_s,
            u"id"_s,      u"ipAllowlist"_s, u"lastUsed"_s,     u"name"_s,     u"owner"_s,
            u"prefix"_s,  u"rotationDue"_s, u"secretStored"_s, u"services"_s, u"status"_s};
        for (const QJsonValue& value : keys) {
            const QJsonObject key = value.toObject();
            for (const QString& field : fields)
                QVERIFY2(key.contains(field), qPrintable(field));
            QCOMPARE(key.value(u"account"_s).toString(), Label);
            QVERIFY(key.value(u"created"_s).toString().endsWith(u'Z'));
            QVERIFY(key.value(u"services"_s).isArray());
            QCOMPARE(key.value(u"secretStored"_s).toBool(), false);
        }
    }

    void tableHasARowAKey()
    {
        const CliRun run = kw::e2e::runCli({u"keys"_s, u"list"_s, u"--account"_s, Label});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe().left(2000)));
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), Keys + 1);
        QVERIFY2(lines.first().startsWith("NAME"), lines.first().constData());
        QSet<QString> ids;
        for (qsizetype line = 1; line < lines.size(); ++line)
            ids.insert(QString::fromUtf8(lines.at(line)));
        QCOMPARE(ids.size(), Keys);
    }

    // The listing is written while it is made; a write that fails part-way still fails the
    // command.
    void aFullDiskFailsTheListing()
    {
        QProcess process;
        process.setProgram(kw::e2e::cliExecutable());
        process.setArguments({u"--json"_s, u"keys"_s, u"list"_s, u"--account"_s, Label});
        process.setStandardOutputFile(u"/dev/full"_s);
        const CliRun run = kw::e2e::runProcess(process);
        QVERIFY2(run.finished, qPrintable(run.describe()));
        QCOMPARE(run.exitCode, 8);
        QVERIFY2(run.err.contains("standard output could not be written"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliKeysListLarge)
#include "test_cli_keys_list_large.moc"
