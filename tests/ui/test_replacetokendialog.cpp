// ReplaceTokenDialog on its own, and Replace Token through the window against a WAYSCloud
// sandbox with the tokens in the real keyring: a refused token leaves the old one stored and
// working; a working one replaces it.
#include "console/AccountService.h"
#include "support/WindowHarness.h"
#include "ui/ReplaceTokenDialog.h"
#include "vault/KeychainStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>

using namespace kw;
using namespace kw::test;
using namespace Qt::StringLiterals;

namespace {

QString storedToken(SecretStore& vault, const QString& key)
{
    std::optional<QString> token;
    vault.read(key, nullptr, [&token](SecretStore::Result result) {
        token = result.ok() ? result.secret.exposeString() : QString();
    });
    return QTest::qWaitFor([&] { return token.has_value(); }, Timeout) ? *token : QString();
}

// A saved account whose keychain entry holds `token`, started as on a real start.
bool startWith(WindowHarness& h, const QString& token)
{
    h.account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    h.account.provider = u"wayscloud"_s;
    h.account.label = u"Test sandbox"_s;
    h.account.endpoint = h.sandbox.url();
    bool written = false;
    h.vault->write(h.account.vaultKey(), Secret::fromString(token), nullptr,
                   [&written](SecretStore::Result result) { written = result.ok(); });
    if (!QTest::qWaitFor([&] { return written; }, Timeout))
        return false;
    AccountStore(*h.settings).add(h.account);
    h.controller->start();
    h.window->show();
    return true;
}

AccountService::LoadState stateOf(const WindowHarness& h)
{
    const auto* view = h.controller->account(h.account.id);
    return view ? view->state : AccountService::LoadState::Idle;
}

ReplaceTokenDialog* openReplaceToken(WindowHarness& h)
{
    QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
    h.action("actionReplaceToken")->trigger();
    return nextDialog<ReplaceTokenDialog>(opened);
}

void forgetToken(WindowHarness& h)
{
    bool removed = false;
    h.vault->remove(h.account.vaultKey(), nullptr, [&removed](auto) { removed = true; });
    if (!QTest::qWaitFor([&] { return removed; }, Timeout))
        qWarning("the keychain did not forget the test token");
}

} // namespace

class TestReplaceTokenDialog : public QObject
{
    Q_OBJECT

private slots:
    void asksForATokenAndSaysWhatHappensToTheOldOne()
    {
        ReplaceTokenDialog dialog(u"Production"_s, u"WAYSCloud"_s);
        auto* token = dialog.findChild<QLineEdit*>(u"tokenEdit"_s);
        auto* replace = dialog.findChild<QPushButton*>(u"replaceButton"_s);
        QVERIFY(token && replace);
        QCOMPARE(dialog.findChild<QLabel*>(u"accountValueLabel"_s)->text(),
                 u"Production (WAYSCloud)"_s);
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QVERIFY(!token->accessibleName().isEmpty());
        QVERIFY(dialog.findChild<QLabel*>(u"tokenLabel"_s)->text().contains(u'&'));
        QVERIFY(!replace->isEnabled());
        QVERIFY(!dialog.problem().isEmpty());

        QSignalSpy submitted(&dialog, &ReplaceTokenDialog::submitted);
        QTest::keyClicks(token, u"  wayscloud_pat_NEW  "_s);
        QVERIFY(replace->isEnabled());
        QVERIFY(dialog.problem().isEmpty());
        replace->click();
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(dialog.token().exposeString(), u"wayscloud_pat_NEW"_s);
    }

    // The token is refused: the error shows in the dialog, which stays open with what was
    // typed; the keychain still holds the old token, which still lists the keys.
    void aRefusedTokenKeepsTheOldOne()
    {
        WindowHarness h(std::make_unique<KeychainStore>());
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        const QString old = h.sandbox.adminToken();
        QVERIFY(h.action("actionReplaceToken")->isEnabled());

        ReplaceTokenDialog* dialog = openReplaceToken(h);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"tokenEdit"_s),
                         u"wayscloud_pat_WRONG_0000"_s);
        dialog->findChild<QPushButton*>(u"replaceButton"_s)->click();
        auto* error = dialog->findChild<QLabel*>(u"errorLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(dialog), RetriedFailureTimeout);
        QVERIFY2(error->text().contains(u"old one is still in use"_s), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isBusy());
        QCOMPARE(dialog->token().exposeString(), u"wayscloud_pat_WRONG_0000"_s);
        QCOMPARE(storedToken(*h.vault, h.account.vaultKey()), old);

        dialog->reject();
        h.controller->refresh(h.account.id);
        QCOMPARE(stateOf(h), AccountService::LoadState::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(h), AccountService::LoadState::Ok, Timeout);
        QCOMPARE(h.rows(), 12);
        QTRY_VERIFY_WITH_TIMEOUT(h.auditText().contains(u"replace-token"_s), Timeout);
        QVERIFY(h.auditText().contains(u"failed"_s));
        QVERIFY(!h.auditText().contains(u"WRONG_0000"_s));
        forgetToken(h);
    }

    // An account whose stored token stopped working gets a working one: the dialog closes,
    // the keychain holds the new token and the keys load with it.
    void aWorkingTokenReplacesTheOldOne()
    {
        WindowHarness h(std::make_unique<KeychainStore>());
        QVERIFY(startWith(h, u"wayscloud_pat_REVOKED_0000"_s));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(h), AccountService::LoadState::Error,
                                  RetriedFailureTimeout);
        QVERIFY(h.action("actionReplaceToken")->isEnabled());
        ReplaceTokenDialog* dialog = openReplaceToken(h);
        QVERIFY(dialog);
        QPointer<ReplaceTokenDialog> alive(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"tokenEdit"_s), h.sandbox.adminToken());
        dialog->findChild<QPushButton*>(u"replaceButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(alive.isNull() || !alive->isVisible(), Timeout);
        QCOMPARE(storedToken(*h.vault, h.account.vaultKey()), h.sandbox.adminToken());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(h.auditText().contains(u"replace-token"_s), Timeout);
        QVERIFY(!h.auditText().contains(h.sandbox.adminToken()));
        forgetToken(h);
    }
};

QTEST_MAIN(TestReplaceTokenDialog)
#include "test_replacetokendialog.moc"
