// File → Preferences…: the saved values load, OK and Apply save them through Preferences and
// Cancel does not, bad input is refused where it is typed, the per-account rotation policy, the
// autostart entry; and in the window: Ctrl+, opens it and what it saves applies at once.
#include "console/Preferences.h"
#include "support/WindowHarness.h"
#include "ui/ClipboardGuard.h"
#include "ui/PreferencesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kw::Autostart;
using kw::Preferences;
using kw::PreferencesDialog;

namespace {

template <typename T> T* part(const QObject* dialog, const QString& name)
{
    return dialog->findChild<T*>(name);
}

QPushButton* button(const PreferencesDialog& dialog, QDialogButtonBox::StandardButton which)
{
    return part<QDialogButtonBox>(&dialog, u"buttonBox"_s)->button(which);
}

void retype(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

const QList<PreferencesDialog::AccountChoice> Accounts{{u"acc-a"_s, u"Scaleway prod"_s},
                                                       {u"acc-b"_s, u"WAYSCloud test"_s}};

} // namespace

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"s%1.ini"_s.arg(++m_n)),
                                                 QSettings::IniFormat);
        m_config = std::make_unique<QTemporaryDir>();
    }

    void loadsTheSavedValues()
    {
        Preferences prefs(*m_settings);
        prefs.setClipboardClearSeconds(45);
        prefs.setIdleLockMinutes(0);
        prefs.setLanguage(u"nb"_s);
        prefs.setTrayEnabled(false);
        prefs.setCloseAction(Preferences::CloseAction::Quit);
        prefs.setDefaultRotationPolicyDays(60);
        prefs.setAccountRotationPolicyDays(u"acc-b"_s, 30);
        prefs.setDefaultGraceDays(3);
        prefs.setExpiryNoticeDays({14, 2});
        prefs.setNotifyRevocations(false);
        PreferencesDialog dialog(*m_settings, Accounts, Autostart(m_config->path()));

        QCOMPARE(part<QSpinBox>(&dialog, u"clipboardSpin"_s)->value(), 45);
        QCOMPARE(part<QSpinBox>(&dialog, u"idleLockSpin"_s)->text(), u"Never"_s);
        QCOMPARE(part<QComboBox>(&dialog, u"languageCombo"_s)->currentText(), u"Norsk bokmål"_s);
        QVERIFY(!part<QCheckBox>(&dialog, u"trayCheck"_s)->isChecked());
        QVERIFY(!part<QComboBox>(&dialog, u"closeActionCombo"_s)->isEnabled());
        QCOMPARE(part<QComboBox>(&dialog, u"closeActionCombo"_s)->currentData().toInt(),
                 int(Preferences::CloseAction::Quit));
        QCOMPARE(part<QSpinBox>(&dialog, u"policySpin"_s)->value(), 60);
        QCOMPARE(part<QSpinBox>(&dialog, u"accountPolicySpin_0"_s)->text(), u"Default"_s);
        QCOMPARE(part<QSpinBox>(&dialog, u"accountPolicySpin_1"_s)->value(), 30);
        QCOMPARE(part<QSpinBox>(&dialog, u"graceSpin"_s)->value(), 3);
        QCOMPARE(part<QLineEdit>(&dialog, u"expiryNoticeEdit"_s)->text(), u"14, 2"_s);
        QVERIFY(part<QCheckBox>(&dialog, u"notifyRotationCheck"_s)->isChecked());
        QVERIFY(!part<QCheckBox>(&dialog, u"notifyRevocationsCheck"_s)->isChecked());
        QVERIFY(!part<QCheckBox>(&dialog, u"autostartCheck"_s)->isChecked());
        QVERIFY(part<QLabel>(&dialog, u"languageNote"_s)->text().contains(u"next time"_s));
    }

    void applySavesAndCancelDoesNot()
    {
        PreferencesDialog dialog(*m_settings, Accounts, Autostart(m_config->path()));
        QSignalSpy applied(&dialog, &PreferencesDialog::applied);
        part<QSpinBox>(&dialog, u"clipboardSpin"_s)->setValue(90);
        part<QSpinBox>(&dialog, u"idleLockSpin"_s)->setValue(5);
        part<QComboBox>(&dialog, u"languageCombo"_s)->setCurrentIndex(2); // Deutsch
        part<QSpinBox>(&dialog, u"graceSpin"_s)->setValue(0);
        retype(part<QLineEdit>(&dialog, u"expiryNoticeEdit"_s), u"1, 30,7"_s);
        part<QCheckBox>(&dialog, u"notifyRotationCheck"_s)->setChecked(false);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // Apply does not accept

        const Preferences prefs(*m_settings);
        QCOMPARE(prefs.clipboardClearSeconds(), 90);
        QCOMPARE(prefs.idleLockMinutes(), 5);
        QCOMPARE(prefs.language(), u"de"_s);
        QCOMPARE(prefs.defaultGraceDays(), 0);
        QCOMPARE(prefs.expiryNoticeDays(), (QList<int>{30, 7, 1}));
        QVERIFY(!prefs.notifyRotationDue());

        // Changed again and cancelled: nothing of it is saved.
        part<QSpinBox>(&dialog, u"clipboardSpin"_s)->setValue(120);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(Preferences(*m_settings).clipboardClearSeconds(), 90);
        QCOMPARE(applied.count(), 1);
    }

    void okSavesAndCloses()
    {
        PreferencesDialog dialog(*m_settings, Accounts, Autostart(m_config->path()));
        dialog.show();
        part<QSpinBox>(&dialog, u"policySpin"_s)->setValue(180);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(Preferences(*m_settings).defaultRotationPolicyDays(), 180);
    }

    void negativeNumbersCannotBeTyped()
    {
        PreferencesDialog dialog(*m_settings, Accounts, Autostart(m_config->path()));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* grace = part<QSpinBox>(&dialog, u"graceSpin"_s);
        retype(grace, u"-5"_s);
        QVERIFY2(!grace->text().contains(u'-'), qPrintable(grace->text()));
        QTest::keyClick(grace, Qt::Key_Tab);
        QVERIFY(grace->value() >= 0);

        auto* expiry = part<QLineEdit>(&dialog, u"expiryNoticeEdit"_s);
        retype(expiry, u"7, -1x"_s);
        QCOMPARE(expiry->text(), u"7, 1"_s); // the minus sign and the letter were refused
    }

    void emptyOrOutOfRangeCannotBeSaved()
    {
        PreferencesDialog dialog(*m_settings, Accounts, Autostart(m_config->path()));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy applied(&dialog, &PreferencesDialog::applied);
        auto* clipboard = part<QSpinBox>(&dialog, u"clipboardSpin"_s);
        retype(clipboard, QString());
        auto* error = part<QLabel>(&dialog, u"errorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"clipboard"_s), qPrintable(error->text()));
        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!button(dialog, QDialogButtonBox::Apply)->isEnabled());
        QVERIFY(!dialog.apply());
        QVERIFY(!m_settings->contains(u"preferences/clipboardClearSeconds"_s));
        QCOMPARE(applied.count(), 0);

        QTest::keyClicks(clipboard, u"30"_s);
        QVERIFY(!error->isVisible());
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());

        // A day count the list cannot hold: 0, or over a year.
        auto* expiry = part<QLineEdit>(&dialog, u"expiryNoticeEdit"_s);
        for (const QString& bad : {u"7, 0"_s, u"400"_s}) {
            retype(expiry, bad);
            QVERIFY2(error->isVisible() && error->text().contains(u"expiry"_s), qPrintable(bad));
            QVERIFY(!dialog.apply());
        }
        retype(expiry, QString()); // empty: no expiry notice at all
        QVERIFY(dialog.apply());
        QCOMPARE(Preferences(*m_settings).expiryNoticeDays(), QList<int>());
        QCOMPARE(Preferences(*m_settings).clipboardClearSeconds(), 30);
    }

    void perAccountRotationPolicy()
    {
        Preferences(*m_settings).setAccountRotationPolicyDays(u"acc-a"_s, 45);
        PreferencesDialog dialog(*m_settings, Accounts, Autostart(m_config->path()));
        auto* table = part<QTableWidget>(&dialog, u"accountPolicyTable"_s);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), u"Scaleway prod"_s);
        QCOMPARE(table->item(1, 0)->text(), u"WAYSCloud test"_s);
        auto* a = qobject_cast<QSpinBox*>(table->cellWidget(0, 1));
        auto* b = qobject_cast<QSpinBox*>(table->cellWidget(1, 1));
        QVERIFY(a && b);
        QVERIFY(b->accessibleName().contains(u"WAYSCloud test"_s));
        QCOMPARE(a->value(), 45);
        a->setValue(0); // back to the default
        b->setValue(14);
        part<QSpinBox>(&dialog, u"policySpin"_s)->setValue(100);
        QVERIFY(dialog.apply());
        const Preferences prefs(*m_settings);
        QVERIFY(!prefs.hasAccountRotationPolicy(u"acc-a"_s));
        QCOMPARE(prefs.rotationPolicyDays(u"acc-a"_s), 100);
        QCOMPARE(prefs.rotationPolicyDays(u"acc-b"_s), 14);
    }

    void startAtLoginWritesTheEntry()
    {
        const Autostart autostart(m_config->path());
        PreferencesDialog dialog(*m_settings, Accounts, autostart);
        part<QCheckBox>(&dialog, u"autostartCheck"_s)->setChecked(true);
        QVERIFY(dialog.apply());
        QVERIFY(QFile::exists(m_config->filePath(u"autostart/keywarden.desktop"_s)));
        PreferencesDialog again(*m_settings, Accounts, autostart);
        QVERIFY(part<QCheckBox>(&again, u"autostartCheck"_s)->isChecked());
        part<QCheckBox>(&again, u"autostartCheck"_s)->setChecked(false);
        QVERIFY(again.apply());
        QVERIFY(!autostart.isEnabled());
    }

    void nothingSecretIsSaved()
    {
        PreferencesDialog dialog(*m_settings, Accounts, Autostart(m_config->path()));
        QVERIFY(dialog.apply());
        m_settings->sync();
        for (const QString& key : m_settings->allKeys())
            QVERIFY2(!key.contains(u"token"_s, Qt::CaseInsensitive) &&
                         !key.contains(u"secret"_s, Qt::CaseInsensitive),
                     qPrintable(key));
    }

    void windowOpensItWithCtrlCommaAndApplies()
    {
        kw::test::WindowHarness harness;
        QVERIFY(harness.startWithSavedAccount());
        QVERIFY(QTest::qWaitForWindowExposed(harness.window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(harness.rows() == 12, kw::test::Timeout);
        QAction* action = harness.action("actionPreferences");
        QVERIFY(action);
        QVERIFY(action->shortcuts().contains(QKeySequence(u"Ctrl+,"_s)));
        QVERIFY(!action->text().isEmpty());

        QSignalSpy opened(harness.window.get(), &kw::MainWindow::dialogOpened);
        harness.window->activateWindow();
        QTest::keyClick(harness.window.get(), Qt::Key_Comma, Qt::ControlModifier);
        auto* dialog = kw::test::nextDialog<PreferencesDialog>(opened);
        QVERIFY(dialog);
        auto* table = part<QTableWidget>(dialog, u"accountPolicyTable"_s);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), harness.account.label);

        part<QSpinBox>(dialog, u"clipboardSpin"_s)->setValue(7);
        qobject_cast<QSpinBox*>(table->cellWidget(0, 1))->setValue(1);
        QVERIFY(dialog->apply());
        QCOMPARE(harness.window->clipboardGuard()->timeout(), std::chrono::milliseconds(7000));
        QCOMPARE(harness.controller->rotationPolicyDays(harness.account.id), 1);
        QCOMPARE(harness.window->keyModel()->rotationDueDays(), 1);
        dialog->reject();

        // A window started with saved preferences takes them from the start.
        Preferences(*harness.settings).setClipboardClearSeconds(9);
        kw::MainWindow second(harness.controller.get());
        QCOMPARE(second.clipboardGuard()->timeout(), std::chrono::milliseconds(9000));
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QTemporaryDir> m_config;
};

QTEST_MAIN(TestPreferencesDialog)
#include "test_preferencesdialog.moc"
