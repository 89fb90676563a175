// Drift end to end: keys created and deleted behind KeyWarden's back, through the WAYSCloud
// sandbox's own API as the provider's web console would, show in `keywarden-cli keys list` as
// "new" and "vanished"; keys keywarden-cli itself created or revoked do not.
#include "CliAccounts.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using kw::e2e::CliRun;
using kw::e2e::SandboxProcess;

namespace {

const QString providerId = u"wayscloud"_s;
const QString label = u"Drift"_s;

// The provider's own API, beside KeyWarden: status and body of one request.
std::pair<int, QJsonObject> behindTheBack(const SandboxProcess& sandbox, const QByteArray& method,
                                          const QString& path, const QJsonObject& body = {})
{
    const SandboxProcess::Provider* emulator = sandbox.provider(providerId);
    QNetworkAccessManager network;
    QUrl url = emulator->url;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + emulator->token.exposeBytes());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply* reply = network.sendCustomRequest(
        request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return {status, answer};
}

QHash<QString, QString> driftById(const QJsonArray& keys)
{
    QHash<QString, QString> drift;
    for (const QJsonValue& value : keys) {
        const QJsonObject key = value.toObject();
        if (key.contains(u"drift"_s))
            drift.insert(key.value(u"id"_s).toString(), key.value(u"drift"_s).toString());
    }
    return drift;
}

} // namespace

class TestCliDrift : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;

private slots:
    void initTestCase()
    {
        const QString error = kw::e2e::startCliSuite(m_sandbox);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void keysMadeAndDeletedBehindKeyWardensBackDrift()
    {
        QString error = kw::e2e::addCliAccount(m_sandbox, providerId, label);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The first look is the baseline: nothing drifts.
        const std::optional<QJsonArray> baseline = kw::e2e::listKeys(label, &error);
        QVERIFY2(baseline, qPrintable(error));
        QVERIFY(baseline->size() >= 3);
        QVERIFY(driftById(*baseline).isEmpty());
        const QStringList seeded = kw::e2e::keyIds(*baseline);

        // KeyWarden's own create and revoke.
        const CliRun created =
            kw::e2e::runCli(QStringList{u"--json"_s, u"keys"_s, u"create"_s, u"--account"_s, label,
                                        u"--name"_s, u"made-here"_s, u"--store"_s} +
                            kw::e2e::createArgumentsFor(providerId, label));
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QString ownId = created.object().value(u"id"_s).toString();
        QVERIFY2(!ownId.isEmpty(), qPrintable(created.describe()));
        const CliRun revoked = kw::e2e::runCli(
            {u"keys"_s, u"revoke"_s, u"--account"_s, label, u"--key"_s, seeded.at(0), u"--yes"_s});
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.describe()));

        // Behind its back: one key made, one deleted, in the provider's own API.
        const auto [madeStatus, made] =
            behindTheBack(m_sandbox, "POST", u"/v1/account/api-keys/service"_s,
                          {{u"service"_s, u"storage"_s}, {u"name"_s, u"made-elsewhere"_s}});
        QCOMPARE(madeStatus / 100, 2);
        const QString elsewhereId = made.value(u"id"_s).toString();
        QVERIFY(!elsewhereId.isEmpty());
        const QString goneId = seeded.at(1);
        QCOMPARE(
            behindTheBack(m_sandbox, "DELETE", u"/v1/account/api-keys/"_s + goneId).first / 100, 2);

        const std::optional<QJsonArray> after = kw::e2e::listKeys(label, &error);
        QVERIFY2(after, qPrintable(error));
        const QHash<QString, QString> drift = driftById(*after);
        QCOMPARE(drift.value(elsewhereId), u"new"_s);
        QCOMPARE(drift.value(goneId), u"vanished"_s); // listed as an entry, by its old name
        QCOMPARE(drift.size(), 2);                    // not the key made or revoked here
        QVERIFY(kw::e2e::keyIds(*after).contains(ownId));
        QVERIFY(!kw::e2e::keyIds(*after).contains(seeded.at(0)));

        // --drift KIND keeps those keys; the table marks them.
        const CliRun onlyNew = kw::e2e::runCli(
            {u"--json"_s, u"keys"_s, u"list"_s, u"--account"_s, label, u"--drift"_s, u"new"_s});
        QVERIFY2(onlyNew.exitCode == 0, qPrintable(onlyNew.describe()));
        QCOMPARE(kw::e2e::keyIds(onlyNew.array()), QStringList{elsewhereId});
        const CliRun table = kw::e2e::runCli({u"keys"_s, u"list"_s, u"--account"_s, label});
        QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
        const QString text = QString::fromUtf8(table.out);
        QVERIFY2(text.contains(u"DRIFT"_s) && text.contains(u"vanished"_s), qPrintable(text));
        const CliRun refused = kw::e2e::runCli(
            {u"keys"_s, u"list"_s, u"--account"_s, label, u"--drift"_s, u"renamed"_s});
        QCOMPARE(refused.exitCode, 2);

        // The drift was written to the audit log once, with ids.
        const CliRun audit = kw::e2e::runCli({u"--json"_s, u"audit"_s});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.describe()));
        const QString log = QString::fromUtf8(audit.out);
        QVERIFY2(log.count(u"new: "_s + elsewhereId) == 1, qPrintable(log));
        QVERIFY2(log.contains(u"vanished: "_s + goneId), qPrintable(log));
    }

    // keys mark-seen: what the window's "Mark as seen" does, by id or for every drifting key;
    // a wrong id marks nothing.
    void markSeenClearsTheDriftOfTheKeysNamed()
    {
        const QString seenLabel = u"Seen"_s;
        QString error = kw::e2e::addCliAccount(m_sandbox, providerId, seenLabel);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const std::optional<QJsonArray> baseline = kw::e2e::listKeys(seenLabel, &error);
        QVERIFY2(baseline, qPrintable(error));
        QVERIFY(baseline->size() >= 2);
        QStringList made;
        for (const QString& name : {u"elsewhere-1"_s, u"elsewhere-2"_s}) {
            const auto [status, answer] =
                behindTheBack(m_sandbox, "POST", u"/v1/account/api-keys/service"_s,
                              {{u"service"_s, u"storage"_s}, {u"name"_s, name}});
            QCOMPARE(status / 100, 2);
            made.append(answer.value(u"id"_s).toString());
        }
        const QString goneId = kw::e2e::keyIds(*baseline).last();
        QCOMPARE(
            behindTheBack(m_sandbox, "DELETE", u"/v1/account/api-keys/"_s + goneId).first / 100, 2);
        const auto driftNow = [&]() {
            QString listError;
            const std::optional<QJsonArray> keys = kw::e2e::listKeys(seenLabel, &listError);
            if (!keys)
                qWarning().noquote() << listError;
            return keys ? driftById(*keys) : QHash<QString, QString>{{u"?"_s, listError}};
        };
        const QHash<QString, QString> before = driftNow();
        QCOMPARE(before.value(made.at(0)), u"new"_s);
        QCOMPARE(before.value(made.at(1)), u"new"_s);
        QCOMPARE(before.value(goneId), u"vanished"_s);

        // One key by id: only its mark goes.
        const QStringList command{u"keys"_s, u"mark-seen"_s, u"--account"_s, seenLabel};
        const CliRun one =
            kw::e2e::runCli(QStringList{u"--json"_s} + command + QStringList{u"--key"_s, made[0]});
        QVERIFY2(one.exitCode == 0, qPrintable(one.describe()));
        QCOMPARE(one.object().value(u"account"_s).toString(), seenLabel);
        const QJsonArray oneSeen = one.object().value(u"seen"_s).toArray();
        QCOMPARE(oneSeen.size(), 1);
        QCOMPARE(oneSeen.at(0)[u"id"_s].toString(), made.at(0));
        QCOMPARE(oneSeen.at(0)[u"drift"_s].toString(), u"new"_s);
        QHash<QString, QString> after = driftNow();
        QVERIFY2(!after.contains(made.at(0)), qPrintable(QStringList(after.keys()).join(u' ')));
        QCOMPARE(after.size(), 2);

        // A key with no drift (the one just marked), neither or both of --key and --all: refused,
        // and nothing is marked.
        const CliRun unknown =
            kw::e2e::runCli(command + QStringList{u"--key"_s, made.at(1), u"--key"_s, made.at(0)});
        QCOMPARE(unknown.exitCode, 4);
        QVERIFY2(unknown.err.contains(made.at(0).toUtf8()), qPrintable(unknown.describe()));
        QCOMPARE(kw::e2e::runCli(command).exitCode, 2);
        QCOMPARE(
            kw::e2e::runCli(command + QStringList{u"--all"_s, u"--key"_s, made.at(1)}).exitCode, 2);
        QCOMPARE(driftNow(), after);

        // --all: the rest, each named with its drift; the vanished key's entry goes for good.
        const CliRun all = kw::e2e::runCli(command + QStringList{u"--all"_s});
        QVERIFY2(all.exitCode == 0, qPrintable(all.describe()));
        const QString text = QString::fromUtf8(all.out);
        QVERIFY2(text.contains(made.at(1) + u" (new)"_s) &&
                     text.contains(goneId + u" (vanished)"_s),
                 qPrintable(text));
        QVERIFY(driftNow().isEmpty());
        const std::optional<QJsonArray> listed = kw::e2e::listKeys(seenLabel, &error);
        QVERIFY2(listed, qPrintable(error));
        QVERIFY(!kw::e2e::keyIds(*listed).contains(goneId));
        const CliRun nothing =
            kw::e2e::runCli(QStringList{u"--json"_s} + command + QStringList{u"--all"_s});
        QVERIFY2(nothing.exitCode == 0, qPrintable(nothing.describe()));
        QVERIFY(nothing.object().value(u"seen"_s).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliDrift)
#include "test_cli_drift.moc"
