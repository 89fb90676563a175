// Keys → Respond to a Leak…: the pasted text checked against every account (fake providers), one
// row per match with the secret's liveness, actions that follow the account's Capabilities, and
// the pasted text gone once the dialog closes.
#include "console/AppController.h"
#include "console/ConsoleHarness.h"
#include "ui/FormChecks.h"
#include "ui/LeakResponseDialog.h"

#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace kw {

using namespace test;

namespace {

const QString waysPat =
    u"wayscloud_pat_EXAMPLE123_EXAMPLEsecretEXAMPLEsecretEXAMPLEsecretEXAMPLEsecret1234"_s;
const QString awsId = u"AKIAIOSFODNN7EXAMPLE"_s;
const QString awsSecret = u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s;
const QString cwId = u"CWEXAMPLEABCDEFG"_s;

Capabilities capsOf(const QString& providerId)
{
    Capabilities caps = FakeProvider::defaultCapabilities();
    caps.providerId = providerId;
    caps.disable = providerId == u"wasabi-iam"_s;
    caps.disablePrincipal = providerId == u"coreweave"_s;
    caps.cannotDisableHint = u"Revoke it instead"_s;
    return caps;
}

} // namespace

class TestLeakResponseDialog : public QObject
{
    Q_OBJECT

    struct Fixture : ConsoleHarness
    {
        QNetworkAccessManager network;
        AppController controller{settings, &vault, &session, &network, &log};
        QHash<QString, FakeProvider*> made;

        Fixture()
        {
            controller.setFinishesDueRotationsOnLoad(false);
            controller.setProviderMaker(
                [this](const Account& account, Secret, QNetworkAccessManager*) {
                    auto fake = std::make_unique<FakeProvider>(account, capsOf(account.provider));
                    fake->keys = seeds.value(account.id);
                    made.insert(account.id, fake.get());
                    return std::unique_ptr<KeyProvider>(std::move(fake));
                });
        }
        FakeProvider* add(const QString& id, const QString& provider, const ApiKey& key)
        {
            seeds.insert(id, {key});
            Account account = makeAccount(id);
            account.provider = provider;
            controller.addSessionAccount(account, Secret::fromString(u"admin"_s));
            return QTest::qWaitFor(
                       [&] {
                           const auto* view = controller.account(id);
                           return view && view->state == AppController::LoadState::Ok;
                       },
                       Timeout)
                       ? made.value(id)
                       : nullptr;
        }
    };

    static ApiKey key(const QString& id, const QString& prefix, const QString& owner)
    {
        ApiKey made = FakeProvider::makeKey(id, u"key "_s + id, owner);
        made.prefix = prefix;
        return made;
    }

    static bool checked(LeakResponseDialog& dialog, const QString& paste)
    {
        QSignalSpy finished(&dialog.responder(), &LeakResponder::finished);
        dialog.pasteBox()->setPlainText(paste);
        QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
        return finished.size() == 1 || finished.wait(Fixture::Timeout);
    }

    static QString cell(const LeakResponseDialog& dialog, int row, int column)
    {
        const QTableWidgetItem* item = dialog.table()->item(row, column);
        return item ? item->text() : QString();
    }

private slots:
    void showsEachMatchWithItsAccountAndLiveness()
    {
        Fixture f;
        QVERIFY(f.add(u"iam"_s, u"wasabi-iam"_s, key(awsId, awsId, u"bob"_s)));
        LeakResponseDialog dialog(&f.controller, f.log.filePath());
        QVERIFY(checked(dialog, u"id="_s + awsId + u"\nsecret="_s + awsSecret + u"\nother "_s +
                                    u"AKIAI44QH8DHBEXAMPLE"_s));
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(cell(dialog, 0, LeakResponseDialog::AccountColumn), u"Label of iam"_s);
        QCOMPARE(cell(dialog, 0, LeakResponseDialog::OwnerColumn), u"bob"_s);
        // The fake refuses any secret but its own: the provider's "not live".
        QVERIFY2(cell(dialog, 0, LeakResponseDialog::SecretColumn).startsWith(u"not live"_s),
                 qPrintable(cell(dialog, 0, LeakResponseDialog::SecretColumn)));
        QCOMPARE(cell(dialog, 1, LeakResponseDialog::AccountColumn), u"not one of yours"_s);
        QVERIFY(dialog.statusText().contains(u"no live secret"_s));
    }

    void actionsFollowTheAccountsCapabilities()
    {
        Fixture f;
        FakeProvider* ways = f.add(u"ways"_s, u"wayscloud"_s,
                                   key(u"uuid-1"_s, u"wayscloud_pat_EXAMPLE123"_s, u"alice"_s));
        QVERIFY(f.add(u"cw"_s, u"coreweave"_s, key(cwId, cwId, u"coreweave/ci"_s)));
        QVERIFY(ways);
        LeakResponseDialog dialog(&f.controller, f.log.filePath());
        QVERIFY(checked(dialog, waysPat + u"\n"_s + cwId));
        // The first row is selected and its actions are ready at once.
        QCOMPARE(dialog.table()->selectedItems().value(0)->row(), 0);
        QVERIFY(dialog.revokeButton()->isEnabled());
        dialog.table()->selectRow(1); // CoreWeave: only the whole owner can be suspended
        QVERIFY(dialog.disableButton()->isEnabled());
        QVERIFY2(dialog.disableButton()->text().contains(u"coreweave/ci"_s),
                 qPrintable(dialog.disableButton()->text()));
        dialog.table()->selectRow(0); // WAYSCloud: no disable, revoke instead
        QVERIFY(!dialog.disableButton()->isEnabled());
        QCOMPARE(dialog.disableButton()->toolTip(), u"Revoke it instead"_s);
        QVERIFY(dialog.revokeButton()->isEnabled());
        QTest::mouseClick(dialog.revokeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!ways->has(u"uuid-1"_s), Fixture::Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(cell(dialog, 0, LeakResponseDialog::ActionColumn), u"Revoked"_s,
                                  Fixture::Timeout);
    }

    void rotateHandsTheKeyToTheWindow()
    {
        Fixture f;
        QVERIFY(f.add(u"iam"_s, u"wasabi-iam"_s, key(awsId, awsId, u"bob"_s)));
        LeakResponseDialog dialog(&f.controller, f.log.filePath());
        QVERIFY(checked(dialog, awsId));
        QSignalSpy rotate(&dialog, &LeakResponseDialog::rotateRequested);
        QTest::mouseClick(dialog.rotateButton(), Qt::LeftButton);
        QCOMPARE(rotate.size(), 1);
        QCOMPARE(rotate.first().at(0).toString(), u"iam"_s);
        QCOMPARE(rotate.first().at(1).value<ApiKey>().id, awsId);
    }

    void closingWipesThePaste()
    {
        Fixture f;
        QVERIFY(f.add(u"iam"_s, u"wasabi-iam"_s, key(awsId, awsId, u"bob"_s)));
        LeakResponseDialog dialog(&f.controller, f.log.filePath());
        QVERIFY(checked(dialog, awsId + u" "_s + awsSecret));
        dialog.reject();
        QVERIFY(dialog.pasteBox()->toPlainText().isEmpty());
        QVERIFY(dialog.responder().items().isEmpty());
        QCOMPARE(dialog.table()->rowCount(), 0);
        QVERIFY(!f.auditText().contains(awsSecret.toLatin1()));
    }

    void everyControlIsNamedAndReachable()
    {
        Fixture f;
        LeakResponseDialog dialog(&f.controller, f.log.filePath());
        QVERIFY2(controlsWithoutAccessibleName(&dialog).isEmpty(),
                 qPrintable(controlsWithoutAccessibleName(&dialog).join(u", "_s)));
        for (const QPushButton* button : {dialog.checkButton(), dialog.disableButton(),
                                          dialog.revokeButton(), dialog.rotateButton()})
            QVERIFY2(button->text().contains(u'&'), qPrintable(button->text()));
    }
};

} // namespace kw

QTEST_MAIN(kw::TestLeakResponseDialog)
#include "test_leakresponsedialog.moc"
