#include "SecretScan.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kw::testsupport::filesContaining;
using kw::testsupport::scanForSecrets;

namespace {

QByteArray randomNeedle()
{
    // Made at run time so that no key-like literal sits in the sources.
    auto* random = QRandomGenerator::global();
    return "EXAMPLE-" + QByteArray::number(random->generate64(), 16) +
           QByteArray::number(random->generate(), 16);
}

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(content), content.size());
}

QByteArray utf16(const QByteArray& utf8, bool bigEndian)
{
    QByteArray out;
    for (const QChar c : QString::fromUtf8(utf8)) {
        const char high = char(c.unicode() >> 8), low = char(c.unicode() & 0xff);
        out.append(bigEndian ? high : low).append(bigEndian ? low : high);
    }
    return out;
}

} // namespace

class TestSecretScan : public QObject
{
    Q_OBJECT
private slots:
    void findsNeedleInEachEncoding_data();
    void findsNeedleInEachEncoding();
    void findsNeedleAcrossReadBlocks();
    void looksIntoHiddenDirectories();
    void neverFollowsSymbolicLinks();
    void reportsNothingForCleanTree();
    void ignoresEmptyNeedles();
    void reportsEachMatchingFileOnce();
    void scansListedFilesOnly();
};

void TestSecretScan::findsNeedleInEachEncoding_data()
{
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<QByteArray>("content");
    const QByteArray needle = randomNeedle();
    QTest::newRow("raw bytes") << needle << QByteArray("token=" + needle + "\n");
    QTest::newRow("utf-16 little endian")
        << needle << QByteArray("\xff\xfe" + utf16(needle, false));
    QTest::newRow("utf-16 big endian") << needle << QByteArray("\xfe\xff" + utf16(needle, true));
    const QByteArray nonAscii = "EXAMPLE-\xc3\xa6\xc3\xb8\xc3\xa5-" + randomNeedle();
    QTest::newRow("non-ascii, utf-16") << nonAscii << utf16(nonAscii, false);
    QByteArray binary = randomNeedle();
    binary.append('\0').append('\xff').append('\x80');
    QTest::newRow("binary with NUL") << binary << QByteArray("\x01\x02" + binary + "\x03");
}

void TestSecretScan::findsNeedleInEachEncoding()
{
    QFETCH(QByteArray, needle);
    QFETCH(QByteArray, content);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString path = root.filePath(u"conf/settings.ini"_s);
    writeFile(path, content);
    writeFile(root.filePath(u"conf/other.ini"_s), "nothing here");
    QCOMPARE(filesContaining(root.path(), {needle}), QStringList{path});
}

void TestSecretScan::findsNeedleAcrossReadBlocks()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QByteArray needle = randomNeedle();
    // The scanner reads 1 MiB blocks: put the needle across the first block edge.
    QByteArray content(1 << 20, 'x');
    content.chop(needle.size() / 2);
    content.append(needle).append(QByteArray(4096, 'y'));
    const QString path = root.filePath(u"big.bin"_s);
    writeFile(path, content);
    QCOMPARE(filesContaining(root.path(), {needle}), QStringList{path});
}

void TestSecretScan::looksIntoHiddenDirectories()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QByteArray needle = randomNeedle();
    const QString path = root.filePath(u".config/keywarden/.state"_s);
    writeFile(path, needle);
    QCOMPARE(filesContaining(root.path(), {needle}), QStringList{path});
}

void TestSecretScan::neverFollowsSymbolicLinks()
{
    QTemporaryDir root;
    QTemporaryDir outside;
    QVERIFY(root.isValid() && outside.isValid());
    const QByteArray needle = randomNeedle();
    writeFile(outside.filePath(u"dir/secret.txt"_s), needle);
    QVERIFY(QFile::link(outside.filePath(u"dir/secret.txt"_s), root.filePath(u"file-link"_s)));
    QVERIFY(QFile::link(outside.filePath(u"dir"_s), root.filePath(u"dir-link"_s)));
    writeFile(root.filePath(u"plain.txt"_s), "plain");
    QCOMPARE(filesContaining(root.path(), {needle}), QStringList{});
    // The same content inside the tree is found, so the empty answer above is not vacuous.
    writeFile(root.filePath(u"copy.txt"_s), needle);
    QCOMPARE(filesContaining(root.path(), {needle}), QStringList{root.filePath(u"copy.txt"_s)});
}

void TestSecretScan::reportsNothingForCleanTree()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QByteArray needle = randomNeedle();
    writeFile(root.filePath(u"a/b/c.txt"_s), needle.left(needle.size() - 1));
    writeFile(root.filePath(u"empty"_s), {});
    const auto result = scanForSecrets(root.path(), {needle});
    QCOMPARE(result.matches, QStringList{});
    QCOMPARE(result.unreadable, QStringList{});
}

void TestSecretScan::ignoresEmptyNeedles()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    writeFile(root.filePath(u"file"_s), "anything");
    QCOMPARE(filesContaining(root.path(), {QByteArray()}), QStringList{});
    QCOMPARE(filesContaining(root.path(), {}), QStringList{});
}

void TestSecretScan::reportsEachMatchingFileOnce()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QByteArray first = randomNeedle();
    const QByteArray second = randomNeedle();
    writeFile(root.filePath(u"both"_s), first + second + first);
    writeFile(root.filePath(u"second"_s), second);
    writeFile(root.filePath(u"neither"_s), "neither");
    QCOMPARE(filesContaining(root.path(), {first, second}),
             (QStringList{root.filePath(u"both"_s), root.filePath(u"second"_s)}));
}

// A trace's list of written files: each regular one read, UTF-16 too; gone ones and folders
// left out; files not listed not read.
void TestSecretScan::scansListedFilesOnly()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QByteArray needle = randomNeedle();
    writeFile(root.filePath(u"wide"_s), "x" + utf16(needle, false));
    writeFile(root.filePath(u"clean"_s), "clean");
    writeFile(root.filePath(u"unlisted"_s), needle);
    const auto result =
        kw::testsupport::scanFilesForSecrets({root.filePath(u"clean"_s), root.filePath(u"wide"_s),
                                              root.filePath(u"gone"_s), root.path()},
                                             {needle});
    QCOMPARE(result.matches, QStringList{root.filePath(u"wide"_s)});
    QCOMPARE(result.unreadable, QStringList{});
}

QTEST_GUILESS_MAIN(TestSecretScan)
#include "test_secretscan.moc"
