// Runs against a real Secret Service. It needs the private D-Bus session with an unlocked
// gnome-keyring and the throw-away HOME that tests/run-tests.sh sets up:
//     bash tests/run-tests.sh <build-dir> -R keychain
// Started any other way it fails at once with a message saying so, instead of writing test
// entries into the keyring of whoever runs it (or hanging on a password prompt).
#include "SecretScan.h"
#include "StoreSpy.h"
#include "vault/KeychainStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using kw::KeychainStore;
using kw::Secret;
using Result = kw::SecretStore::Result;
using Status = kw::SecretStore::Status;

namespace {

constexpr int answerBoundMs = 20000; // above the store's own timeout

QString uniqueKey(const QString& prefix)
{
    return u"test/"_s + prefix + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray randomText()
{
    auto* random = QRandomGenerator::global();
    return "EXAMPLE-" + QByteArray::number(random->generate64(), 36) +
           QByteArray::number(random->generate64(), 36);
}

// What `secret-tool search --all server keywarden [user <key>]` shows. secret-tool (libsecret
// 0.20) prints each item's path, label, secret, dates and schema on stdout but its attributes on
// stderr, so once the keyring holds more than one matching item (another test's, or one this
// test is about to remove) the two streams cannot be paired item by item. Ask for one key to
// read its item's fields; ask for all only to collect the users.
struct SecretToolSearch
{
    int items = 0;                 // items found (their "[path]" lines on stdout)
    QStringList users;             // every attribute.user shown, in no particular order
    QMap<QString, QString> fields; // label, schema, attribute.server, …; the secret line left
                                   // out. Those of the one item when `items` is 1.
};

SecretToolSearch secretToolSearch(const QStringList& attributes, QString* error)
{
    QProcess tool;
    tool.start(u"secret-tool"_s, QStringList{u"search"_s, u"--all"_s} + attributes);
    if (!tool.waitForFinished(15000)) {
        tool.kill();
        tool.waitForFinished(1000);
        *error = u"secret-tool did not finish: "_s + tool.errorString();
        return {};
    }
    const QString out = QString::fromUtf8(tool.readAllStandardOutput());
    const QString err = QString::fromUtf8(tool.readAllStandardError());
    SecretToolSearch found;
    const QString text = out + u'\n' + err;
    for (const QString& line : text.split(u'\n')) {
        if (line.startsWith(u'[')) {
            ++found.items;
            continue;
        }
        const qsizetype equals = line.indexOf(u" = "_s);
        if (equals < 0)
            continue;
        const QString name = line.left(equals).trimmed();
        const QString value = line.mid(equals + 3);
        if (name == "secret"_L1)
            continue; // the stored value itself: not part of what we check
        if (name == "attribute.user"_L1)
            found.users.append(value);
        found.fields.insert(name, value);
    }
    if (found.items != 1)
        found.fields.clear();
    return found;
}

// The items stored under this key, as secret-tool finds them.
SecretToolSearch secretToolItemsOf(const QString& key, QString* error)
{
    return secretToolSearch({u"server"_s, u"keywarden"_s, u"user"_s, key}, error);
}

QStringList probeEntries(QString* error)
{
    QStringList entries;
    for (const QString& user : secretToolSearch({u"server"_s, u"keywarden"_s}, error).users) {
        if (user.startsWith(u"probe/"_s))
            entries.append(user);
    }
    return entries;
}

} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void identifiesItself();
    void roundTrip_data();
    void roundTrip();
    void overwriteReplaces();
    void removeThenReadIsNotFound();
    void removingMissingKeyIsOk();
    void neverWrittenKeyIsNotFound();
    void twoAccountsDoNotCollide();
    void storedItemCarriesNoSecretInLabelOrAttributes();
    void answersFromEventLoopExactlyOnce();
    void noAnswerAfterContextDestroyed();
    void lateAnswerAfterTimeoutIsIgnored();
    void probeSucceedsAndLeavesNothingBehind();
    void probeThatTimesOutStillCleansUp();
    void noSecretLandsUnderHome();
    void cleanupTestCase();

private:
    Result write(const QString& key, const Secret& secret);
    Result read(const QString& key);
    Result remove(const QString& key);

    KeychainStore m_store;
    QStringList m_written;
    QList<QByteArray> m_secretsWritten;
};

Result TestKeychainStore::write(const QString& key, const Secret& secret)
{
    m_written.append(key);
    m_secretsWritten.append(secret.exposeBytes());
    StoreSpy spy;
    m_store.write(key, secret, this, spy.callback());
    if (!spy.waitMs(answerBoundMs))
        return {Status::Other, u"the store never answered"_s, {}, {}};
    return std::move(spy.result());
}

Result TestKeychainStore::read(const QString& key)
{
    StoreSpy spy;
    m_store.read(key, this, spy.callback());
    if (!spy.waitMs(answerBoundMs))
        return {Status::Other, u"the store never answered"_s, {}, {}};
    return std::move(spy.result());
}

Result TestKeychainStore::remove(const QString& key)
{
    StoreSpy spy;
    m_store.remove(key, this, spy.callback());
    if (!spy.waitMs(answerBoundMs))
        return {Status::Other, u"the store never answered"_s, {}, {}};
    return std::move(spy.result());
}

void TestKeychainStore::initTestCase()
{
    const QByteArray testHome = qgetenv("KEYWARDEN_TEST_HOME");
    QVERIFY2(!testHome.isEmpty() && testHome == qgetenv("HOME"),
             "This test needs the private D-Bus session, unlocked gnome-keyring and temporary "
             "HOME that tests/run-tests.sh sets up: run it as "
             "'bash tests/run-tests.sh <build-dir> -R keychain'.");
    m_store.setTimeout(std::chrono::seconds(10));
    StoreSpy spy;
    m_store.probe(this, spy.callback());
    QVERIFY2(spy.waitMs(answerBoundMs * 3), "the keychain probe never answered");
    const Result& probe = spy.result();
    QVERIFY2(probe.ok(), qPrintable(u"No usable Secret Service (is gnome-keyring running and "
                                    u"unlocked? tests/run-tests.sh starts one): "_s +
                                    probe.message + u" — "_s + probe.help));
    // In a whole suite run the keyring is shared, and other tests' items may be in it while
    // these tests look: keep one there throughout, so that every look copes with that.
    const Result decoy = write(uniqueKey(u"other-item"_s), Secret::fromUtf8(randomText()));
    QVERIFY2(decoy.ok(), qPrintable(decoy.message));
}

void TestKeychainStore::identifiesItself()
{
    QVERIFY(m_store.isPersistent());
    QVERIFY(!m_store.backendName().isEmpty());
    QCOMPARE(KeychainStore::serviceName(), u"keywarden"_s);
    QCOMPARE(KeychainStore::DefaultTimeout, std::chrono::milliseconds(15000));
    QCOMPARE(KeychainStore().timeout(), KeychainStore::DefaultTimeout);
}

void TestKeychainStore::roundTrip_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << randomText();
    QByteArray binary = randomText();
    binary.prepend('\0').append("\x00\xff\xfe\x80\xc3\x28", 6).append('\0');
    QTest::newRow("binary: NUL and invalid UTF-8") << binary;
    QTest::newRow("UTF-8 text") << QByteArray("EXAMPLE-\xc3\xa6\xc3\xb8\xc3\xa5-" + randomText());
    QTest::newRow("one byte") << QByteArray(1, '\0');
    QByteArray large(16 * 1024, '\0');
    for (qsizetype i = 0; i < large.size(); ++i)
        large[i] = char(QRandomGenerator::global()->bounded(256));
    QTest::newRow("16 KiB of random bytes") << large;
}

void TestKeychainStore::roundTrip()
{
    QFETCH(QByteArray, content);
    const QString key = uniqueKey(u"roundtrip"_s);
    const Secret secret = Secret::fromUtf8(content);
    const Result written = write(key, secret);
    QVERIFY2(written.ok(), qPrintable(written.message));
    const Result readBack = read(key);
    QVERIFY2(readBack.ok(), qPrintable(readBack.message));
    QCOMPARE(readBack.secret.size(), std::size_t(content.size()));
    QVERIFY(readBack.secret.view() == QByteArrayView(content));
    QVERIFY(remove(key).ok());
}

void TestKeychainStore::overwriteReplaces()
{
    const QString key = uniqueKey(u"overwrite"_s);
    QVERIFY(write(key, Secret::fromUtf8(randomText())).ok());
    const QByteArray second = randomText();
    QVERIFY(write(key, Secret::fromUtf8(second)).ok());
    const Result readBack = read(key);
    QVERIFY2(readBack.ok(), qPrintable(readBack.message));
    QVERIFY(readBack.secret.view() == QByteArrayView(second));

    QString error;
    const SecretToolSearch found = secretToolItemsOf(key, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(found.items, 1); // replaced, not stored twice
    QVERIFY(remove(key).ok());
}

void TestKeychainStore::removeThenReadIsNotFound()
{
    const QString key = uniqueKey(u"remove"_s);
    QVERIFY(write(key, Secret::fromUtf8(randomText())).ok());
    const Result removed = remove(key);
    QVERIFY2(removed.ok(), qPrintable(removed.message));
    const Result readBack = read(key);
    QCOMPARE(readBack.status, Status::NotFound);
    QVERIFY(readBack.secret.isEmpty());
}

void TestKeychainStore::removingMissingKeyIsOk()
{
    const Result removed = remove(uniqueKey(u"never"_s));
    QVERIFY2(removed.ok(), qPrintable(removed.message));
}

void TestKeychainStore::neverWrittenKeyIsNotFound()
{
    const Result readBack = read(uniqueKey(u"never"_s));
    QCOMPARE(readBack.status, Status::NotFound);
    QVERIFY(!readBack.message.isEmpty());
    QVERIFY(!readBack.help.isEmpty());
}

void TestKeychainStore::twoAccountsDoNotCollide()
{
    const QString first = uniqueKey(u"account-a"_s);
    const QString second = uniqueKey(u"account-b"_s);
    const QByteArray firstSecret = randomText();
    const QByteArray secondSecret = randomText();
    QVERIFY(write(first, Secret::fromUtf8(firstSecret)).ok());
    QVERIFY(write(second, Secret::fromUtf8(secondSecret)).ok());
    QVERIFY(read(first).secret.view() == QByteArrayView(firstSecret));
    QVERIFY(read(second).secret.view() == QByteArrayView(secondSecret));
    QVERIFY(remove(first).ok());
    QVERIFY(read(second).secret.view() == QByteArrayView(secondSecret)); // still there
    QVERIFY(remove(second).ok());
}

void TestKeychainStore::storedItemCarriesNoSecretInLabelOrAttributes()
{
    const QString key = uniqueKey(u"attributes"_s);
    const QByteArray content = randomText();
    QVERIFY(write(key, Secret::fromUtf8(content)).ok());

    QString error;
    const SecretToolSearch found = secretToolItemsOf(key, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(found.items == 1, "secret-tool does not list the item just written exactly once");
    QCOMPARE(found.users, QStringList{key});
    QCOMPARE(found.fields.value(u"attribute.server"_s), u"keywarden"_s);
    QCOMPARE(found.fields.value(u"schema"_s), u"org.qt.keychain"_s);
    QVERIFY(found.fields.contains(u"label"_s));
    const QString plain = QString::fromLatin1(content);
    const QString encoded = QString::fromLatin1(content.toBase64());
    for (auto field = found.fields.cbegin(); field != found.fields.cend(); ++field) {
        QVERIFY2(!field.value().contains(plain) && !field.value().contains(encoded),
                 qPrintable(field.key() + u" carries the secret"_s));
    }
    QVERIFY(remove(key).ok());
}

void TestKeychainStore::answersFromEventLoopExactlyOnce()
{
    const QString key = uniqueKey(u"once"_s);
    StoreSpy written, readBack, removed;
    m_store.write(key, Secret::fromUtf8(randomText()), this, written.callback());
    m_store.read(key, this, readBack.callback());
    m_store.remove(key, this, removed.callback());
    QCOMPARE(written.calls() + readBack.calls() + removed.calls(), 0); // not inside the call
    QVERIFY(removed.waitMs(answerBoundMs));
    QVERIFY(readBack.waitMs(answerBoundMs));
    QVERIFY(written.waitMs(answerBoundMs));
    QTest::qWait(100); // room for a duplicate answer to show up
    QCOMPARE(written.calls(), 1);
    QCOMPARE(readBack.calls(), 1);
    QCOMPARE(removed.calls(), 1);
    QVERIFY(written.result().ok());
    QVERIFY(readBack.result().ok()); // jobs run in the order they were started
    QVERIFY(removed.result().ok());
}

void TestKeychainStore::noAnswerAfterContextDestroyed()
{
    const QString key = uniqueKey(u"context"_s);
    StoreSpy orphaned;
    auto* context = new QObject;
    m_store.write(key, Secret::fromUtf8(randomText()), context, orphaned.callback());
    m_written.append(key);
    delete context;
    // Jobs run one after another, so once this read answers the orphaned write has finished.
    const Result after = read(key);
    QVERIFY2(after.ok(), qPrintable(after.message));
    QTest::qWait(100);
    QCOMPARE(orphaned.calls(), 0);
    QVERIFY(remove(key).ok());
}

void TestKeychainStore::lateAnswerAfterTimeoutIsIgnored()
{
    KeychainStore impatient;
    impatient.setTimeout(std::chrono::milliseconds(0));
    const QString key = uniqueKey(u"late"_s);
    m_written.append(key);
    StoreSpy spy;
    impatient.write(key, Secret::fromUtf8(randomText()), this, spy.callback());
    QVERIFY(spy.waitMs(answerBoundMs));
    QCOMPARE(spy.result().status, Status::Timeout);
    QVERIFY(spy.result().message.contains(u"did not answer within 0 s"_s));
    QVERIFY(!spy.result().help.isEmpty());
    // The write itself goes on; its answer arrives before this later job's and is dropped.
    QVERIFY(read(key).ok());
    QTest::qWait(100);
    QCOMPARE(spy.calls(), 1);
    QVERIFY(remove(key).ok());
}

void TestKeychainStore::probeSucceedsAndLeavesNothingBehind()
{
    StoreSpy spy;
    m_store.probe(this, spy.callback());
    QCOMPARE(spy.calls(), 0);
    QVERIFY(spy.waitMs(answerBoundMs * 3));
    QVERIFY2(spy.result().ok(), qPrintable(spy.result().message));
    QTest::qWait(100);
    QCOMPARE(spy.calls(), 1);

    // Another test process may be probing the same keyring at this moment: its entry goes
    // within a moment, ours must already be gone.
    QStringList leftBehind;
    for (int attempt = 0; attempt < 5; ++attempt) {
        QString error;
        leftBehind = probeEntries(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (leftBehind.isEmpty())
            break;
        QTest::qWait(500);
    }
    QCOMPARE(leftBehind, QStringList{});
}

void TestKeychainStore::probeThatTimesOutStillCleansUp()
{
    KeychainStore impatient;
    impatient.setTimeout(std::chrono::milliseconds(0));
    StoreSpy spy;
    impatient.probe(this, spy.callback());
    QVERIFY(spy.waitMs(answerBoundMs));
    QCOMPARE(spy.result().status, Status::Timeout);
    // Jobs run in order: once this read answers, the late write and its clean-up have run.
    QCOMPARE(read(uniqueKey(u"after-probe"_s)).status, Status::NotFound);
    QStringList leftBehind;
    for (int attempt = 0; attempt < 5; ++attempt) {
        QString error;
        leftBehind = probeEntries(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (leftBehind.isEmpty())
            break;
        QTest::qWait(500); // another test process may be probing right now
    }
    QCOMPARE(leftBehind, QStringList{});
}

void TestKeychainStore::noSecretLandsUnderHome()
{
    const QString key = uniqueKey(u"home"_s);
    const QByteArray content = randomText();
    QVERIFY(write(key, Secret::fromUtf8(content)).ok());
    QVERIFY(read(key).ok());
    // The keyring file under HOME exists, but only encrypted.
    const QString home = QString::fromLocal8Bit(qgetenv("KEYWARDEN_TEST_HOME"));
    QVERIFY(QFileInfo::exists(home + u"/.local/share/keyrings"_s));
    // Every secret this test wrote, except those too short to tell apart from other data.
    QList<QByteArray> needles;
    for (const QByteArray& secret : std::as_const(m_secretsWritten)) {
        if (secret.size() >= 8)
            needles.append(secret);
    }
    QVERIFY(needles.size() >= 8);
    const QStringList found = kw::testsupport::filesContaining(home, needles);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
    QVERIFY(remove(key).ok());
}

void TestKeychainStore::cleanupTestCase()
{
    for (const QString& key : std::as_const(m_written))
        remove(key);
    for (QByteArray& secret : m_secretsWritten)
        kw::wipe(secret);
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "test_keychainstore.moc"
