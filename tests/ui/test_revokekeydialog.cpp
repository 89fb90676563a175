#include "core/ApiKey.h"
#include "ui/RevokeKeyDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

kw::ApiKey namedKey()
{
    kw::ApiKey key;
    key.id = u"3f0c9a52-EXAMPLE-4d1e"_s;
    key.name = u"ci-deploy"_s;
    key.prefix = u"wc_live_3f0c…"_s;
    return key;
}

} // namespace

class TestRevokeKeyDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dialog = std::make_unique<kw::RevokeKeyDialog>(namedKey(), u"WAYSCloud"_s);
        m_edit = m_dialog->findChild<QLineEdit*>(u"confirmEdit"_s);
        m_revoke = m_dialog->findChild<QPushButton*>(u"revokeButton"_s);
        m_cancel = m_dialog->findChild<QPushButton*>(u"cancelButton"_s);
        QVERIFY(m_edit && m_revoke && m_cancel);
    }

    void cleanup() { m_dialog.reset(); }

    void saysItIsImmediateAndFinal()
    {
        const auto* explanation = m_dialog->findChild<QLabel*>(u"explanationLabel"_s);
        QVERIFY(explanation);
        QVERIFY(explanation->text().contains(u"immediate and final"_s));
        QVERIFY(explanation->text().contains(u"stops working"_s));
        QVERIFY(m_dialog->windowTitle().contains(u"ci-deploy"_s));
        QVERIFY(m_dialog->findChild<QLabel*>(u"confirmLabel"_s)->text().contains(u"ci-deploy"_s));
        QCOMPARE(m_dialog->findChild<QLabel*>(u"providerValueLabel"_s)->text(), u"WAYSCloud"_s);
        QCOMPARE(m_dialog->findChild<QLabel*>(u"idValueLabel"_s)->text(),
                 u"3f0c9a52-EXAMPLE-4d1e"_s);
    }

    void revokeEnabledOnlyOnExactMatch_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("partial") << u"ci-dep"_s << false;
        QTest::newRow("wrong case") << u"CI-Deploy"_s << false;
        QTest::newRow("trailing space") << u"ci-deploy "_s << false;
        QTest::newRow("longer") << u"ci-deploy2"_s << false;
        QTest::newRow("the id instead of the name") << u"3f0c9a52-EXAMPLE-4d1e"_s << false;
        QTest::newRow("exact") << u"ci-deploy"_s << true;
    }

    void revokeEnabledOnlyOnExactMatch()
    {
        QFETCH(QString, typed);
        QFETCH(bool, enabled);
        QVERIFY(!m_revoke->isEnabled());
        QTest::keyClicks(m_edit, typed);
        QCOMPARE(m_edit->text(), typed);
        QCOMPARE(m_revoke->isEnabled(), enabled);
    }

    void keyWithoutANameIsConfirmedByItsId()
    {
        kw::ApiKey key = namedKey();
        key.name.clear();
        kw::RevokeKeyDialog dialog(key, u"WAYSCloud"_s);
        auto* edit = dialog.findChild<QLineEdit*>(u"confirmEdit"_s);
        auto* revoke = dialog.findChild<QPushButton*>(u"revokeButton"_s);
        QCOMPARE(dialog.confirmationText(), key.id);
        QVERIFY(dialog.findChild<QLabel*>(u"confirmLabel"_s)->text().contains(key.id));
        edit->setText(u"3f0c9a52"_s);
        QVERIFY(!revoke->isEnabled());
        edit->setText(key.id);
        QVERIFY(revoke->isEnabled());
    }

    // A Wasabi access key id is its own prefix: the dialog names it once, as the ID.
    void aPrefixThatIsTheIdIsNotRepeated()
    {
        kw::ApiKey key;
        key.id = u"AKIAIOSFODNN7EXAMPLE"_s; // the documented example id, not a key
        key.prefix = key.id;
        kw::RevokeKeyDialog dialog(key, u"Wasabi (access keys)"_s);
        auto* prefix = dialog.findChild<QLabel*>(u"prefixValueLabel"_s);
        QVERIFY(prefix);
        dialog.show();
        QVERIFY(!prefix->isVisible());
        QVERIFY(dialog.findChild<QLabel*>(u"idValueLabel"_s)->isVisible());

        kw::RevokeKeyDialog named(namedKey(), u"WAYSCloud"_s);
        named.show();
        QVERIFY(named.findChild<QLabel*>(u"prefixValueLabel"_s)->isVisible());
    }

    void submittedOnceOnClick()
    {
        QSignalSpy submitted(m_dialog.get(), &kw::RevokeKeyDialog::submitted);
        m_dialog->show();
        m_edit->setText(u"ci-deploy"_s);
        QTest::mouseClick(m_revoke, Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        QVERIFY(m_dialog->isVisible()); // the owner accepts once the provider answered
        QVERIFY(!m_revoke->isEnabled());
        QTest::mouseClick(m_revoke, Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
    }

    void busyDisablesTheFormAndIgnoresEscape()
    {
        m_dialog->show();
        m_edit->setText(u"ci-deploy"_s);
        m_dialog->setBusy(true);
        QVERIFY(!m_edit->isEnabled());
        QVERIFY(!m_revoke->isEnabled());
        QVERIFY(!m_cancel->isEnabled());
        QVERIFY(m_dialog->findChild<QProgressBar*>(u"busyIndicator"_s)->isVisible());
        m_dialog->reject();
        QVERIFY(m_dialog->isVisible());

        m_dialog->setBusy(false);
        QVERIFY(m_edit->isEnabled());
        QVERIFY(m_revoke->isEnabled());
        QVERIFY(!m_dialog->findChild<QProgressBar*>(u"busyIndicator"_s)->isVisible());
    }

    void showErrorKeepsTheTextAndReenables()
    {
        m_dialog->show();
        QTest::keyClicks(m_edit, u"ci-deploy"_s);
        m_revoke->click();
        QVERIFY(!m_revoke->isEnabled());

        m_dialog->showError(u"The provider did not answer within 30 s. Try again."_s);
        const auto* error = m_dialog->findChild<QLabel*>(u"errorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY(error->wordWrap());
        QCOMPARE(error->text(), u"The provider did not answer within 30 s. Try again."_s);
        QVERIFY(!error->accessibleName().isEmpty());
        QCOMPARE(m_edit->text(), u"ci-deploy"_s);
        QVERIFY(m_edit->isEnabled());
        QVERIFY(m_revoke->isEnabled());
        QVERIFY(m_cancel->isEnabled());

        QSignalSpy submitted(m_dialog.get(), &kw::RevokeKeyDialog::submitted);
        m_revoke->click(); // retry
        QCOMPARE(submitted.count(), 1);
        QVERIFY(!error->isVisible());
    }

    void cancelIsTheDefaultAndEnterInTheFieldDoesNothing()
    {
        QVERIFY(m_cancel->isDefault());
        QVERIFY(!m_revoke->isDefault());
        QSignalSpy submitted(m_dialog.get(), &kw::RevokeKeyDialog::submitted);
        m_dialog->show();
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        m_edit->setFocus();
        QTest::keyClicks(m_edit, u"ci-deploy"_s);
        QTest::keyClick(m_edit, Qt::Key_Return);
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(submitted.count(), 0);

        QTest::keyClick(m_edit, Qt::Key_Escape);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QCOMPARE(submitted.count(), 0);
    }

    void keyboardPath()
    {
        m_dialog->show();
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        QCOMPARE(QApplication::focusWidget(), m_edit);
        QTest::keyClicks(m_edit, u"ci-deploy"_s);
        QTest::keyClick(m_edit, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), m_cancel);
        QTest::keyClick(m_cancel, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), m_revoke);

        QSignalSpy submitted(m_dialog.get(), &kw::RevokeKeyDialog::submitted);
        QTest::keyClick(m_revoke, Qt::Key_Space);
        QCOMPARE(submitted.count(), 1);
    }

    void everyControlHasAnAccessibleName()
    {
        const auto widgets = m_dialog->findChildren<QWidget*>();
        for (const QWidget* widget : widgets) {
            if (widget->focusPolicy() == Qt::NoFocus)
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        QVERIFY(!m_dialog->findChild<QLabel*>(u"errorLabel"_s)->accessibleName().isEmpty());
    }

    void rendersWithoutClipping()
    {
        m_dialog->show();
        m_edit->setText(u"ci-dep"_s);
        m_dialog->showError(u"HTTP 503 from the provider: service unavailable. Try again later."_s);
        const QPixmap shot = m_dialog->grab();
        QVERIFY(!shot.isNull());
        QVERIFY(m_dialog->width() >= m_dialog->minimumSizeHint().width());
        QVERIFY(m_dialog->height() >= m_dialog->minimumSizeHint().height());
        // Wrapped text needs more height than the minimum size hint says.
        QVERIFY(m_dialog->height() >= m_dialog->heightForWidth(m_dialog->width()));
        // Set KEYWARDEN_SCREENSHOT_DIR to look at the dialog.
        const QString dir = qEnvironmentVariable("KEYWARDEN_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(shot.save(QDir(dir).filePath(u"revoke-key-dialog-error.png"_s)));
            m_edit->setText(u"ci-deploy"_s);
            QVERIFY(m_dialog->grab().save(QDir(dir).filePath(u"revoke-key-dialog-ready.png"_s)));
        }
    }

private:
    std::unique_ptr<kw::RevokeKeyDialog> m_dialog;
    QLineEdit* m_edit = nullptr;
    QPushButton* m_revoke = nullptr;
    QPushButton* m_cancel = nullptr;
};

QTEST_MAIN(TestRevokeKeyDialog)
#include "test_revokekeydialog.moc"
