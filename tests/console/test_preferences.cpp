// Preferences over QSettings: defaults, the per-account rotation policy, range checks, and that
// the keys shared with RotationOrchestrator and RotationStore are the same ones.
#include "console/Preferences.h"
#include "core/Rotation.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kw::Preferences;

class TestPreferences : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings.reset(
            new QSettings(m_dir.filePath(u"prefs-%1.ini"_s.arg(++m_n)), QSettings::IniFormat));
    }

    void defaults()
    {
        const Preferences prefs(*m_settings);
        QCOMPARE(prefs.clipboardClearSeconds(), 20);
        QCOMPARE(prefs.clipboardClearTimeout(), std::chrono::milliseconds(20000));
        QCOMPARE(prefs.defaultRotationPolicyDays(), 90);
        QCOMPARE(prefs.rotationPolicyDays(u"acc"_s), 90);
        QCOMPARE(prefs.defaultGraceDays(), 7);
        QCOMPARE(prefs.expiryNoticeDays(), (QList<int>{7, 1}));
        QVERIFY(prefs.notifyRotationDue());
        QVERIFY(prefs.notifyRevocations());
        QVERIFY(prefs.trayEnabled());
        QCOMPARE(prefs.closeAction(), Preferences::CloseAction::Ask);
        QCOMPARE(prefs.idleLockMinutes(), 15);
        QVERIFY(prefs.language().isEmpty());
    }

    void accountPolicyOverridesDefault()
    {
        Preferences prefs(*m_settings);
        prefs.setDefaultRotationPolicyDays(60);
        prefs.setAccountRotationPolicyDays(u"a"_s, 30);
        QCOMPARE(prefs.rotationPolicyDays(u"a"_s), 30);
        QCOMPARE(prefs.rotationPolicyDays(u"b"_s), 60);
        QVERIFY(prefs.hasAccountRotationPolicy(u"a"_s));
        prefs.setAccountRotationPolicyDays(u"a"_s, 0); // back to the default
        QVERIFY(!prefs.hasAccountRotationPolicy(u"a"_s));
        QCOMPARE(prefs.rotationPolicyDays(u"a"_s), 60);
    }

    void sharesKeysWithRotations()
    {
        Preferences prefs(*m_settings);
        prefs.setDefaultGraceDays(3);
        kw::RotationStore store(*m_settings);
        QCOMPARE(store.graceDays(), 3);
        QCOMPARE(m_settings->value(u"rotationPolicyDays"_s, 90).toInt(), 90);
        prefs.setDefaultRotationPolicyDays(45);
        QCOMPARE(m_settings->value(u"rotationPolicyDays"_s).toInt(), 45);
    }

    void handEditedValuesOutOfRangeReadAsDefault()
    {
        m_settings->setValue(u"preferences/clipboardClearSeconds"_s, u"never"_s);
        m_settings->setValue(u"preferences/idleLockMinutes"_s, -4);
        m_settings->setValue(u"rotationPolicyDays"_s, 0);
        m_settings->setValue(u"preferences/expiryNoticeDays"_s, u"3, x, 14,3,-1"_s);
        m_settings->setValue(u"preferences/closeAction"_s, u"explode"_s);
        const Preferences prefs(*m_settings);
        QCOMPARE(prefs.clipboardClearSeconds(), 20);
        QCOMPARE(prefs.idleLockMinutes(), 15);
        QCOMPARE(prefs.defaultRotationPolicyDays(), 90);
        QCOMPARE(prefs.expiryNoticeDays(), (QList<int>{14, 3}));
        QCOMPARE(prefs.closeAction(), Preferences::CloseAction::Ask);
    }

    // What the app's translators load: the chosen language, else the system's.
    void uiLocaleFollowsTheChosenLanguage()
    {
        Preferences prefs(*m_settings);
        QCOMPARE(prefs.uiLocale(), QLocale::system());
        prefs.setLanguage(u"de"_s);
        QCOMPARE(prefs.uiLocale().language(), QLocale::German);
        prefs.setLanguage(u"nb"_s);
        QCOMPARE(prefs.uiLocale().language(), QLocale::NorwegianBokmal);
        QVERIFY(prefs.uiLocale().uiLanguages().contains(u"nb"_s));
        prefs.setLanguage(u"en"_s);
        QCOMPARE(prefs.uiLocale().language(), QLocale::English);
        prefs.setLanguage(QString());
        QCOMPARE(prefs.uiLocale(), QLocale::system());
    }

    void settersClampAndRoundTrip()
    {
        Preferences prefs(*m_settings);
        prefs.setClipboardClearSeconds(1);
        QCOMPARE(prefs.clipboardClearSeconds(), 5);
        prefs.setIdleLockMinutes(0); // off is allowed
        QCOMPARE(prefs.idleLockMinutes(), 0);
        prefs.setExpiryNoticeDays({1, 30, 1});
        QCOMPARE(prefs.expiryNoticeDays(), (QList<int>{30, 1}));
        prefs.setExpiryNoticeDays({}); // no expiry notices at all
        QVERIFY(prefs.expiryNoticeDays().isEmpty());
        prefs.setCloseAction(Preferences::CloseAction::KeepInTray);
        QCOMPARE(prefs.closeAction(), Preferences::CloseAction::KeepInTray);
        prefs.setCloseAction(Preferences::CloseAction::Quit);
        QCOMPARE(prefs.closeAction(), Preferences::CloseAction::Quit);
        prefs.setLanguage(u"de"_s);
        QCOMPARE(prefs.language(), u"de"_s);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "test_preferences.moc"
