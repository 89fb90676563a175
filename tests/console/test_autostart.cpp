// Start at login: the XDG autostart entry is written under $XDG_CONFIG_HOME and removed again,
// with the content the session reads (and desktop-file-validate accepts, where installed).
#include "console/Autostart.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kw::Autostart;

class TestAutostart : public QObject
{
    Q_OBJECT
private slots:
    void followsXdgConfigHome()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
        const Autostart autostart;
        QCOMPARE(autostart.filePath(), dir.filePath(u"autostart/keywarden.desktop"_s));
        if (previous.isEmpty())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", previous);
    }

    void writesAndRemovesTheEntry()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Autostart autostart(dir.path());
        QVERIFY(!autostart.isEnabled());
        QCOMPARE(autostart.setEnabled(true), QString());
        QVERIFY(autostart.isEnabled());

        QFile file(dir.filePath(u"autostart/keywarden.desktop"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("[Desktop Entry]"));
        QVERIFY(lines.contains("Type=Application"));
        QVERIFY(lines.contains("Exec=keywarden --background"));
        QVERIFY(lines.contains("Name=KeyWarden"));
        file.close();

        QCOMPARE(autostart.setEnabled(true), QString()); // again: still one entry, same text
        QCOMPARE(autostart.setEnabled(false), QString());
        QVERIFY(!autostart.isEnabled());
        QVERIFY(!QFile::exists(dir.filePath(u"autostart/keywarden.desktop"_s)));
        QCOMPARE(autostart.setEnabled(false), QString()); // removing what is gone is fine
    }

    void unwritableFolderSaysSo()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // "autostart" is a file, so the folder cannot be made.
        QFile blocker(dir.filePath(u"autostart"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Autostart autostart(dir.path());
        const QString error = autostart.setEnabled(true);
        QVERIFY2(error.contains(dir.filePath(u"autostart"_s)), qPrintable(error));
        QVERIFY(!autostart.isEnabled());
    }

    void validDesktopEntry()
    {
        const QString validator = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
        if (validator.isEmpty())
            QSKIP("desktop-file-validate is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Autostart autostart(dir.path());
        QCOMPARE(autostart.setEnabled(true), QString());
        QProcess run;
        run.start(validator, {autostart.filePath()});
        QVERIFY(run.waitForFinished(10000));
        const QByteArray output = run.readAllStandardOutput() + run.readAllStandardError();
        QVERIFY2(run.exitCode() == 0 && output.trimmed().isEmpty(), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "test_autostart.moc"
