// keywarden-cli against a keywarden-sandbox whose Wasabi IAM admin is an IAM user with IAM
// rights (--wasabi-iam-user-admin), not the root user: `keys list` shows each key once, the
// admin user's own keys named by that user.
#include "CliAccounts.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kw::e2e::SandboxProcess;

class TestCliWasabiIamUserAdmin : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    const QString m_label = u"Wasabi via IAM user"_s;

private slots:
    void initTestCase()
    {
        const QString home = qEnvironmentVariable("KEYWARDEN_TEST_HOME");
        QVERIFY2(!home.isEmpty() && QDir::homePath() == home,
                 "run through tests/run-tests.sh: it gives the suite a scratch HOME and a keyring");
        QVERIFY2(QFileInfo(kw::e2e::cliExecutable()).isExecutable(),
                 qPrintable(kw::e2e::cliExecutable()));
        const QString started = m_sandbox.start({u"--wasabi-iam-user-admin"_s});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString added = kw::e2e::addCliAccount(m_sandbox, u"wasabi-iam"_s, m_label);
        QVERIFY2(added.isEmpty(), qPrintable(added));
    }

    void eachKeyIsListedOnceWithItsOwner()
    {
        const SandboxProcess::Provider* iam = m_sandbox.provider(u"wasabi-iam"_s);
        QVERIFY(iam);
        const QString adminKeyId = iam->token.exposeString().section(u':', 0, 0);
        QVERIFY(adminKeyId.startsWith(u"AKIA"_s));

        QString error;
        const std::optional<QJsonArray> keys = kw::e2e::listKeys(m_label, &error);
        QVERIFY2(keys, qPrintable(error));
        const QStringList ids = kw::e2e::keyIds(*keys);
        QVERIFY(ids.size() > 1);
        QStringList unique = ids;
        unique.removeDuplicates();
        QCOMPARE(ids.size(), unique.size());
        QCOMPARE(ids.count(adminKeyId), 1);
        for (const QJsonValue& value : *keys) {
            const QJsonObject key = value.toObject();
            if (key.value(u"id"_s).toString() == adminKeyId)
                QCOMPARE(key.value(u"owner"_s).toString(), u"iam-admin"_s);
            else
                QVERIFY(key.value(u"owner"_s).toString() != u"root"_s);
        }
    }

    void cleanupTestCase()
    {
        kw::e2e::runCli({u"accounts"_s, u"remove"_s, u"--account"_s, m_label, u"--yes"_s});
    }
};

QTEST_GUILESS_MAIN(TestCliWasabiIamUserAdmin)
#include "test_cli_wasabi_iam_user_admin.moc"
