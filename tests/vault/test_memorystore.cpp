#include "StoreSpy.h"
#include "vault/MemoryStore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kw::MemoryStore;
using kw::Secret;
using Status = kw::SecretStore::Status;

class TestMemoryStore : public QObject
{
    Q_OBJECT
private slots:
    void isSessionOnly();
    void readsBackWhatWasWritten_data();
    void readsBackWhatWasWritten();
    void overwriteReplaces();
    void missingKeyIsNotFoundWithHelp();
    void removeForgetsAndIsIdempotent();
    void keysDoNotCollide();
    void answersFromEventLoopExactlyOnce();
    void noAnswerAfterContextDestroyed();
    void readReturnsIndependentCopy();
    void clearForgetsEverything();
};

namespace {

kw::SecretStore::Result writeAndWait(MemoryStore& store, const QString& key, const Secret& secret,
                                     QObject* context)
{
    StoreSpy spy;
    store.write(key, secret, context, spy.callback());
    if (!spy.waitMs(1000))
        return {kw::SecretStore::Status::Other, u"no answer"_s, {}, {}};
    return std::move(spy.result());
}

kw::SecretStore::Result readAndWait(MemoryStore& store, const QString& key, QObject* context)
{
    StoreSpy spy;
    store.read(key, context, spy.callback());
    if (!spy.waitMs(1000))
        return {kw::SecretStore::Status::Other, u"no answer"_s, {}, {}};
    return std::move(spy.result());
}

} // namespace

void TestMemoryStore::isSessionOnly()
{
    MemoryStore store;
    QVERIFY(!store.isPersistent());
    QVERIFY(!store.backendName().isEmpty());
}

void TestMemoryStore::readsBackWhatWasWritten_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("EXAMPLE-token-123");
    QTest::newRow("binary with NUL and non-UTF-8") << QByteArray("\x00\xff\xfe\x80"
                                                                 "EXAMPLE\x00",
                                                                 12);
    QTest::newRow("single byte") << QByteArray("x");
    QTest::newRow("large") << QByteArray(64 * 1024, 'k');
}

void TestMemoryStore::readsBackWhatWasWritten()
{
    QFETCH(QByteArray, content);
    MemoryStore store;
    QObject context;
    const Secret secret = Secret::fromUtf8(content);
    QVERIFY(writeAndWait(store, u"acct/1"_s, secret, &context).ok());
    auto read = readAndWait(store, u"acct/1"_s, &context);
    QVERIFY2(read.ok(), qPrintable(read.message));
    QVERIFY(read.secret.equals(secret));
    QCOMPARE(read.secret.view(), QByteArrayView(content));
}

void TestMemoryStore::overwriteReplaces()
{
    MemoryStore store;
    QObject context;
    QVERIFY(writeAndWait(store, u"k"_s, Secret::fromUtf8("EXAMPLE-first"), &context).ok());
    QVERIFY(writeAndWait(store, u"k"_s, Secret::fromUtf8("EXAMPLE-second"), &context).ok());
    auto read = readAndWait(store, u"k"_s, &context);
    QVERIFY(read.ok());
    QCOMPARE(read.secret.view(), QByteArrayView("EXAMPLE-second"));
}

void TestMemoryStore::missingKeyIsNotFoundWithHelp()
{
    MemoryStore store;
    QObject context;
    auto read = readAndWait(store, u"never-written"_s, &context);
    QCOMPARE(read.status, Status::NotFound);
    QVERIFY(!read.message.isEmpty());
    QVERIFY(!read.help.isEmpty());
    QVERIFY(read.secret.isEmpty());
}

void TestMemoryStore::removeForgetsAndIsIdempotent()
{
    MemoryStore store;
    QObject context;
    QVERIFY(writeAndWait(store, u"k"_s, Secret::fromUtf8("EXAMPLE"), &context).ok());
    for (int attempt = 0; attempt < 2; ++attempt) {
        StoreSpy spy;
        store.remove(u"k"_s, &context, spy.callback());
        QVERIFY(spy.waitMs(1000));
        QVERIFY(spy.result().ok());
    }
    QCOMPARE(readAndWait(store, u"k"_s, &context).status, Status::NotFound);
}

void TestMemoryStore::keysDoNotCollide()
{
    MemoryStore store;
    QObject context;
    QVERIFY(
        writeAndWait(store, u"wayscloud/alpha"_s, Secret::fromUtf8("EXAMPLE-a"), &context).ok());
    QVERIFY(writeAndWait(store, u"wayscloud/beta"_s, Secret::fromUtf8("EXAMPLE-b"), &context).ok());
    QCOMPARE(readAndWait(store, u"wayscloud/alpha"_s, &context).secret.view(),
             QByteArrayView("EXAMPLE-a"));
    QCOMPARE(readAndWait(store, u"wayscloud/beta"_s, &context).secret.view(),
             QByteArrayView("EXAMPLE-b"));
}

void TestMemoryStore::answersFromEventLoopExactlyOnce()
{
    MemoryStore store;
    QObject context;
    StoreSpy write, read, remove;
    store.write(u"k"_s, Secret::fromUtf8("EXAMPLE"), &context, write.callback());
    store.read(u"k"_s, &context, read.callback());
    store.remove(u"k"_s, &context, remove.callback());
    QCOMPARE(write.calls() + read.calls() + remove.calls(), 0); // not inside the call
    QVERIFY(remove.waitMs(1000));
    QTest::qWait(50); // room for a duplicate answer to show up
    QCOMPARE(write.calls(), 1);
    QCOMPARE(read.calls(), 1);
    QCOMPARE(remove.calls(), 1);
    QVERIFY(read.result().ok()); // the read was queued after the write, before the remove
}

void TestMemoryStore::noAnswerAfterContextDestroyed()
{
    MemoryStore store;
    StoreSpy spy;
    auto* context = new QObject;
    store.read(u"k"_s, context, spy.callback());
    delete context;
    QVERIFY(!spy.waitMs(200));
    QCOMPARE(spy.calls(), 0);
}

void TestMemoryStore::readReturnsIndependentCopy()
{
    MemoryStore store;
    QObject context;
    QVERIFY(writeAndWait(store, u"k"_s, Secret::fromUtf8("EXAMPLE"), &context).ok());
    auto first = readAndWait(store, u"k"_s, &context);
    first.secret.clear();
    QCOMPARE(readAndWait(store, u"k"_s, &context).secret.view(), QByteArrayView("EXAMPLE"));
}

void TestMemoryStore::clearForgetsEverything()
{
    MemoryStore store;
    QObject context;
    QVERIFY(writeAndWait(store, u"a"_s, Secret::fromUtf8("EXAMPLE-a"), &context).ok());
    QVERIFY(writeAndWait(store, u"b"_s, Secret::fromUtf8("EXAMPLE-b"), &context).ok());
    store.clear();
    QCOMPARE(readAndWait(store, u"a"_s, &context).status, Status::NotFound);
    QCOMPARE(readAndWait(store, u"b"_s, &context).status, Status::NotFound);
}

QTEST_GUILESS_MAIN(TestMemoryStore)
#include "test_memorystore.moc"
