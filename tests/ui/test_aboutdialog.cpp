// Help → About: version, licence and where the data lives, as handed in.
#include "ui/AboutDialog.h"

#include <QCoreApplication>
#include <QLabel>
#include <QTest>

using namespace kw;
using namespace Qt::StringLiterals;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void saysWhereTheDataLives()
    {
        QCoreApplication::setApplicationVersion(u"1.2.3"_s);
        AboutDialog::DataLocations locations;
        locations.settingsFile = u"/home/u/.config/KeyWarden/keywarden.conf"_s;
        locations.auditLog = u"/home/u/.local/share/KeyWarden/keywarden/audit.log"_s;
        locations.keychain = u"System keychain"_s;
        locations.keychainService = u"keywarden"_s;
        locations.keychainEntries = {u"account/1 (<b>Prod</b>)"_s};
        const AboutDialog dialog(locations);
        QVERIFY(dialog.findChild<QLabel*>(u"aboutHeading"_s)->text().contains(u"1.2.3"_s));
        const QString text = dialog.text();
        for (const QString& expected :
             {u"GNU General Public License"_s, locations.settingsFile, locations.auditLog,
              u"System keychain, service “keywarden”"_s, u"account/1 (<b>Prod</b>)"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QCOMPARE(dialog.findChild<QLabel*>(u"aboutText"_s)->textFormat(), Qt::PlainText);
    }

    void saysWhatIsUnknown()
    {
        const AboutDialog dialog(AboutDialog::DataLocations{});
        QVERIFY(dialog.text().contains(u"Audit log: unknown"_s));
        QVERIFY(dialog.text().contains(u"No keychain entries yet."_s));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "test_aboutdialog.moc"
