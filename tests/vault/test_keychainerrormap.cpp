#include "vault/KeychainErrorMap.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Status = kw::SecretStore::Status;

// What QtKeychain 0.13 with libsecret reports on Debian 12 in each situation (seen on this
// system), and what the user must be told.
class TestKeychainErrorMap : public QObject
{
    Q_OBJECT
private slots:
    void mapsErrors_data();
    void mapsErrors();
    void redactsProviderTextInMessages();
    void timeoutSaysHowLongItWaited();
};

void TestKeychainErrorMap::mapsErrors_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("errorString");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("helpMentions");

    QTest::newRow("success") << int(QKeychain::NoError) << QString() << Status::Ok << QString();
    QTest::newRow("not found") << int(QKeychain::EntryNotFound) << u"Entry not found"_s
                               << Status::NotFound << u"locked"_s;
    QTest::newRow("no session bus")
        << int(QKeychain::OtherError) << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
        << Status::NoBackend << u"dbus-run-session"_s;
    QTest::newRow("bus address points nowhere")
        << int(QKeychain::OtherError) << u"Could not connect: No such file or directory"_s
        << Status::NoBackend << u"gnome-keyring"_s;
    QTest::newRow("no Secret Service")
        << int(QKeychain::OtherError)
        << u"The name org.freedesktop.secrets was not provided by any .service files"_s
        << Status::NoBackend << u"apt install gnome-keyring libsecret-1-0"_s;
    QTest::newRow("no backend at all")
        << int(QKeychain::NoBackendAvailable) << QString() << Status::NoBackend << u"KeePassXC"_s;
    QTest::newRow("locked collection")
        << int(QKeychain::AccessDenied) << u"Cannot create an item in a locked collection"_s
        << Status::Locked << u"Unlock"_s;
    QTest::newRow("no default keyring, no prompt")
        << int(QKeychain::OtherError)
        << u"Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d"_s
        << Status::Locked << u"Unlock"_s;
    QTest::newRow("refused by user")
        << int(QKeychain::AccessDeniedByUser) << QString() << Status::Denied << u"Allow"_s;
    QTest::newRow("access denied otherwise") << int(QKeychain::AccessDenied) << u"Not allowed"_s
                                             << Status::Denied << u"access settings"_s;
    QTest::newRow("anything else")
        << int(QKeychain::OtherError) << u"Unexpected reply"_s << Status::Other << u"Try again"_s;
    QTest::newRow("delete failed")
        << int(QKeychain::CouldNotDeleteEntry) << u"Disk full"_s << Status::Other << u"Try again"_s;
}

void TestKeychainErrorMap::mapsErrors()
{
    QFETCH(int, error);
    QFETCH(QString, errorString);
    QFETCH(Status, status);
    QFETCH(QString, helpMentions);

    const auto result = kw::keychainResultFor(QKeychain::Error(error), errorString);
    QCOMPARE(result.status, status);
    if (status == Status::Ok) {
        QVERIFY(result.message.isEmpty());
        return;
    }
    QVERIFY(!result.message.isEmpty());
    QVERIFY2(result.help.contains(helpMentions), qPrintable(result.help));
    // The keychain's own words stay visible, so a user can search for them.
    if (!errorString.isEmpty() && status != Status::NotFound)
        QVERIFY2(result.message.contains(errorString), qPrintable(result.message));
}

void TestKeychainErrorMap::redactsProviderTextInMessages()
{
    // A token that a backend might echo back in its error text.
    const QString token = u"Bearer EXAMPLEabcdefghijklmnopqrstuvwxyz0123456789"_s;
    const auto result = kw::keychainResultFor(QKeychain::OtherError, u"bad item "_s + token);
    QCOMPARE(result.status, Status::Other);
    QVERIFY2(!result.message.contains(u"abcdefghijklmnopqrstuvwxyz0123456789"_s),
             qPrintable(result.message));
}

void TestKeychainErrorMap::timeoutSaysHowLongItWaited()
{
    const auto fifteen = kw::keychainTimeoutResult(15000);
    QCOMPARE(fifteen.status, Status::Timeout);
    QCOMPARE(fifteen.message, u"The keychain did not answer within 15 s. It may be locked or "
                              u"waiting for a password prompt."_s);
    QVERIFY(!fifteen.help.isEmpty());
    QVERIFY(kw::keychainTimeoutResult(1500).message.contains(u"1.5 s"_s));
}

QTEST_GUILESS_MAIN(TestKeychainErrorMap)
#include "test_keychainerrormap.moc"
