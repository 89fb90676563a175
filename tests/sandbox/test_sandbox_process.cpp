#include "RawHttp.h"

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;
using kw::sandbox::test::RawHttp;
using kw::sandbox::test::RawReply;

namespace {

QString sandboxBinary()
{
    return qEnvironmentVariable("KEYWARDEN_BUILD_DIR") + u"/app/keywarden-sandbox"_s;
}

struct Started
{
    QUrl url;
    QString token;
};

// Reads the two announcement lines within a bound.
Started readAnnouncement(QProcess& process)
{
    QHash<QString, QString> values;
    QElapsedTimer clock;
    clock.start();
    while (values.size() < 2 && clock.elapsed() < 15000) {
        if (!process.canReadLine() && !process.waitForReadyRead(500))
            continue;
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            const qsizetype equals = line.indexOf(u'=');
            if (equals > 0)
                values.insert(line.left(equals), line.mid(equals + 1));
        }
    }
    return {QUrl(values.value(u"KEYWARDEN_SANDBOX_URL"_s)),
            values.value(u"KEYWARDEN_SANDBOX_TOKEN"_s)};
}

void stop(QProcess& process)
{
    process.terminate(); // SIGTERM
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("KEYWARDEN_BUILD_DIR"),
                 "run through ctest, which sets KEYWARDEN_BUILD_DIR");
        QVERIFY2(QFileInfo(sandboxBinary()).isExecutable(), qPrintable(sandboxBinary()));
    }

    void announcesAndServes()
    {
        QProcess process;
        process.start(sandboxBinary(), {u"--samples"_s, u"5"_s});
        QVERIFY(process.waitForStarted(10000));
        const Started started = readAnnouncement(process);
        QVERIFY2(started.url.isValid(), process.readAllStandardError().constData());
        QCOMPARE(started.url.scheme(), u"http"_s);
        QCOMPARE(started.url.host(), u"127.0.0.1"_s);
        QVERIFY(started.url.port() > 0);
        QVERIFY(started.token.startsWith(u"wayscloud_pat_"_s));

        RawHttp http(started.url);
        const RawReply reply = http.get(u"/v1/account/api-keys"_s, started.token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.array().size(), 5);
        QCOMPARE(http.get(u"/_sandbox/stats"_s, started.token).object()[u"keys"_s].toInt(), 5);

        stop(process);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray log = process.readAllStandardError();
        QVERIFY2(log.contains("stopped"), log.constData());
        QVERIFY2(!log.contains(started.token.toLatin1()), "the token goes to stdout only");
    }

    void interruptEndsItToo()
    {
        QProcess process;
        process.start(sandboxBinary(), {u"--samples"_s, u"0"_s});
        QVERIFY(process.waitForStarted(10000));
        const Started started = readAnnouncement(process);
        QVERIFY(started.url.isValid());
        RawHttp http(started.url);
        QCOMPARE(http.get(u"/v1/account/api-keys"_s, started.token).array().size(), 0);
        QVERIFY(::kill(pid_t(process.processId()), SIGINT) == 0);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void servesHttpsWithTheWrittenCa()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString caPath = dir.filePath(u"sandbox-ca.pem"_s);
        QProcess process;
        process.start(sandboxBinary(), {u"--tls"_s, u"--ca-out"_s, caPath, u"--samples"_s, u"2"_s});
        QVERIFY(process.waitForStarted(10000));
        const Started started = readAnnouncement(process);
        QCOMPARE(started.url.scheme(), u"https"_s);
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(caPath);
        QCOMPARE(ca.size(), 1);

        RawHttp trusting(started.url);
        trusting.setCaCertificates(ca);
        const RawReply reply = trusting.get(u"/v1/account/api-keys"_s, started.token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.array().size(), 2);
        RawHttp untrusting(started.url);
        QCOMPARE(untrusting.get(u"/v1/account/api-keys"_s, started.token).error,
                 QNetworkReply::SslHandshakeFailedError);
        stop(process);
        QCOMPARE(process.exitCode(), 0);
    }

    void fixedPort()
    {
        // Find a free port, then ask for it.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess process;
        process.start(sandboxBinary(), {u"--port"_s, QString::number(port)});
        QVERIFY(process.waitForStarted(10000));
        const Started started = readAnnouncement(process);
        QCOMPARE(started.url.port(), int(port));
        stop(process);
    }

    void help()
    {
        QProcess process;
        process.start(sandboxBinary(), {u"--help"_s});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray text = process.readAllStandardOutput();
        for (const char* expected :
             {"--port", "--tls", "--ca-out", "--samples", "throwaway", "KEYWARDEN_SANDBOX_TOKEN"})
            QVERIFY2(text.contains(expected), expected);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("port not a number") << QStringList{u"--port"_s, u"abc"_s};
        QTest::newRow("port too big") << QStringList{u"--port"_s, u"70000"_s};
        QTest::newRow("negative samples") << QStringList{u"--samples"_s, u"-1"_s};
        QTest::newRow("ca-out without tls") << QStringList{u"--ca-out"_s, u"/tmp/x.pem"_s};
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s};
        QTest::newRow("no keys per account") << QStringList{u"--keys-per-account"_s, u"0"_s};
        QTest::newRow("keys per account not a number")
            << QStringList{u"--keys-per-account"_s, u"many"_s};
        QTest::newRow("seed not a number")
            << QStringList{u"--keys-per-account"_s, u"10"_s, u"--seed"_s, u"x"_s};
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(sandboxBinary(), arguments);
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.exitCode() != 0);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(!process.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "test_sandbox_process.moc"
