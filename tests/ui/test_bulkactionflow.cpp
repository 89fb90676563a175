// BulkActionFlow over the sandbox accounts of `keywarden --sandbox` (each provider's real client
// against its emulator over loopback): the one confirmation names every key with its account and
// what is skipped, the outcome list shows a failure among successes, and rotating several keys
// runs one rotation after the other until one is cancelled.
#include "support/SandboxWindowHarness.h"
#include "ui/BulkActionFlow.h"
#include "ui/BulkOutcomeDialog.h"
#include "ui/RevealSecretDialog.h"
#include "ui/RotateKeyDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace kw {

using namespace test;
using sandbox::Fault;

class TestBulkActionFlow : public QObject
{
    Q_OBJECT

    // Active keys of the provider's sandbox account that can be changed and deleted.
    static QList<KeyRef> changeable(SandboxWindowHarness& h, const QString& provider, int n)
    {
        QList<KeyRef> out;
        for (const ApiKey& key : h.keysOf(provider)) {
            if (out.size() < n && key.status == KeyStatus::Active && key.deletable &&
                key.editable && !key.name.isEmpty())
                out.append({h.accountOf.value(provider), key});
        }
        return out;
    }
    static QString labelOf(SandboxWindowHarness& h, const QString& provider)
    {
        return h.controller->account(h.accountOf.value(provider))->account.label;
    }
    static QString cellText(QTableWidget* table, int row, int column)
    {
        const QTableWidgetItem* item = table->item(row, column);
        return item ? item->text() : QString();
    }
    // A picture to look at, only when asked for (KW_TEST_SCREENSHOTS=1): a test run writes
    // nothing outside its own folders.
    static void save(QWidget* widget, const QString& path)
    {
        if (qEnvironmentVariableIsSet("KW_TEST_SCREENSHOTS"))
            widget->grab().save(path);
    }

private slots:
    void theConfirmationNamesEveryKeyAndItsAccount()
    {
        SandboxWindowHarness h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        BulkActionFlow flow(h.controller.get(), h.window.get());
        QSignalSpy opened(&flow, &BulkActionFlow::dialogOpened);
        const QList<KeyRef> ways = changeable(h, u"wasabi-air"_s, 2); // disables per key
        const QList<KeyRef> scaleway = changeable(h, u"scaleway"_s, 1);
        QList<KeyRef> coreweave;
        for (const ApiKey& key : h.keysOf(u"coreweave"_s)) {
            if (coreweave.isEmpty() && key.status == KeyStatus::Active && !key.principal.isEmpty())
                coreweave.append({h.accountOf.value(u"coreweave"_s), key});
        }
        QVERIFY(ways.size() == 2 && scaleway.size() == 1 && coreweave.size() == 1);
        const QString owner = coreweave.first().key.principal;
        int ownerKeys = 0;
        for (const ApiKey& key : h.keysOf(u"coreweave"_s))
            ownerKeys += key.principal == owner && key.status == KeyStatus::Active;

        flow.start(u"disable"_s, ways + scaleway + coreweave);
        auto* box = nextDialog<QMessageBox>(opened);
        QVERIFY(box);
        const QString text = box->text();
        for (const KeyRef& ref : ways)
            QVERIFY2(text.contains(u"• %1 (%2)"_s.arg(ref.key.name, labelOf(h, u"wasabi-air"_s))),
                     qPrintable(text));
        // Scaleway cannot disable a key: it is named as skipped, with the provider's advice.
        QVERIFY2(
            text.contains(u"1 selected key is skipped:\n• %1 (%2): Scaleway keys cannot be "
                          "disabled"_s.arg(scaleway.first().key.name, labelOf(h, u"scaleway"_s))),
            qPrintable(text));
        // CoreWeave suspends the key's owner: how many keys that stops is said.
        QVERIFY2(text.contains(
                     u"suspends every key of %1 (%2 listed keys)"_s.arg(owner).arg(ownerKeys)) ||
                     (ownerKeys == 1 && text.contains(u"(1 listed key)"_s)),
                 qPrintable(text));
        QCOMPARE(box->button(QMessageBox::Yes)->text(), u"Disable 3 keys"_s);
        QCOMPARE(box->button(QMessageBox::No)->text(), u"Keep them enabled"_s);
        QCOMPARE(box->escapeButton(), box->button(QMessageBox::No));
        QCOMPARE(static_cast<QAbstractButton*>(box->defaultButton()), box->button(QMessageBox::No));
        QCOMPARE(box->accessibleName(), u"Disable keys"_s);
        save(box, u"/tmp/bulk-confirmation.png"_s);

        // Keeping them changes nothing and opens nothing more.
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!box->isVisible(), Timeout);
        QVERIFY(!flow.actions()->isRunning());
        QVERIFY(opened.isEmpty());
        QVERIFY(!h.auditText().contains(u"\"disable\""_s));
    }

    void aLongListNamesEveryKeyUnderShowDetails()
    {
        SandboxWindowHarness h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        BulkActionFlow flow(h.controller.get(), h.window.get());
        QSignalSpy opened(&flow, &BulkActionFlow::dialogOpened);
        QList<KeyRef> all;
        for (const QString& provider : h.accountOf.keys())
            all += changeable(h, provider, 100);
        QVERIFY(all.size() > 20);
        flow.start(u"revoke"_s, all);
        auto* box = nextDialog<QMessageBox>(opened);
        QVERIFY(box);
        // The box stays short enough for a screen; the details name every key and its account.
        QVERIFY2(box->text().count(u'\n') < 20, qPrintable(box->text()));
        QVERIFY2(box->text().contains(u"more (Show Details)"_s), qPrintable(box->text()));
        QVERIFY2(box->text().contains(u"They belong to 4 accounts: "_s), qPrintable(box->text()));
        for (const KeyRef& ref : all) {
            const QString named = u"• %1 (%2)"_s.arg(
                ref.key.name, h.controller->account(ref.accountId)->account.label);
            QVERIFY2(box->detailedText().contains(named), qPrintable(named));
        }
        QCOMPARE(box->button(QMessageBox::Yes)->text(), u"Revoke %1 keys"_s.arg(all.size()));
        save(box, u"/tmp/bulk-confirmation-long.png"_s);
        box->reject();
    }

    void theOutcomeListShowsAFailureAmongSuccesses()
    {
        SandboxWindowHarness h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        BulkActionFlow flow(h.controller.get(), h.window.get());
        QSignalSpy opened(&flow, &BulkActionFlow::dialogOpened);
        const QList<KeyRef> ways = changeable(h, u"wayscloud"_s, 3);
        const QList<KeyRef> scaleway = changeable(h, u"scaleway"_s, 1);
        QVERIFY(ways.size() == 3 && scaleway.size() == 1);
        // The WAYSCloud key in the middle is protected: its delete is refused.
        Fault refused;
        refused.kind = Fault::Kind::Forbidden;
        refused.method = "DELETE";
        refused.pathPrefix = u"/v1/account/api-keys/"_s + ways.at(1).key.id;
        refused.count = -1;
        h.host.sandbox(u"wayscloud"_s)->injectFault(refused);

        flow.start(u"revoke"_s, ways + scaleway);
        auto* box = nextDialog<QMessageBox>(opened);
        QVERIFY(box);
        QCOMPARE(box->button(QMessageBox::Yes)->text(), u"Revoke 4 keys"_s);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        auto* outcome = nextDialog<BulkOutcomeDialog>(opened);
        QVERIFY(outcome);
        auto* table = child<QTableWidget>(outcome, "outcomeTable");
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(!flow.actions()->isRunning(), RetriedFailureTimeout);
        QVERIFY2(outcome->summary().startsWith(u"Finished: 3 done, 1 failed."_s),
                 qPrintable(outcome->summary()));
        const QStringList outcomes = {cellText(table, 0, 2), cellText(table, 1, 2),
                                      cellText(table, 2, 2), cellText(table, 3, 2)};
        QCOMPARE(outcomes, (QStringList{u"Done"_s, u"Failed"_s, u"Done"_s, u"Done"_s}));
        QCOMPARE(cellText(table, 1, BulkOutcomeDialog::KeyColumn), ways.at(1).key.name);
        QCOMPARE(cellText(table, 3, BulkOutcomeDialog::AccountColumn), labelOf(h, u"scaleway"_s));
        QVERIFY2(cellText(table, 1, BulkOutcomeDialog::MessageColumn).contains(u"403"_s),
                 qPrintable(cellText(table, 1, BulkOutcomeDialog::MessageColumn)));
        QVERIFY(!child<QPushButton>(outcome, "stopButton")->isVisible());
        // The accounts are listed again: the revoked keys are gone, the refused one stays.
        const auto listed = [&](const KeyRef& ref) {
            const QList<ApiKey> keys = h.controller->account(ref.accountId)->keys;
            return std::any_of(keys.cbegin(), keys.cend(),
                               [&](const ApiKey& key) { return key.id == ref.key.id; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            !listed(ways.at(0)) && !listed(ways.at(2)) && !listed(scaleway.first()), Timeout);
        QVERIFY(listed(ways.at(1)));
        save(outcome, u"/tmp/bulk-outcome.png"_s);

        QTest::mouseClick(child<QPushButton>(outcome, "copyButton"), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(
                     u"%1 (%2): Failed — "_s.arg(ways.at(1).key.name, labelOf(h, u"wayscloud"_s))),
                 qPrintable(copied));
        QVERIFY(copied.contains(u"Finished: 3 done, 1 failed."_s));
    }

    void severalRotationsRunOneAfterTheOtherUntilOneIsCancelled()
    {
        SandboxWindowHarness h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        BulkActionFlow flow(h.controller.get(), h.window.get());
        QSignalSpy opened(&flow, &BulkActionFlow::dialogOpened);
        QSignalSpy windowOpened(h.window.get(), &MainWindow::dialogOpened);
        const QList<KeyRef> ways = changeable(h, u"wayscloud"_s, 3);
        QVERIFY(ways.size() == 3);
        PromptRecorder prompts;
        prompts.answer = QMessageBox::No; // the new key is not tested here: keep the old one

        flow.start(u"rotate"_s, ways);
        auto* box = nextDialog<QMessageBox>(opened);
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"Rotation 1 of 3"_s), qPrintable(box->text()));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);

        // The first key's own rotation, titled as the first of three.
        QPointer<RotateKeyDialog> first = nextDialog<RotateKeyDialog>(windowOpened);
        QVERIFY(first);
        QVERIFY2(first->windowTitle().startsWith(u"Rotation 1 of 3: "_s),
                 qPrintable(first->windowTitle()));
        QVERIFY(first->windowTitle().contains(ways.at(0).key.name));
        QTest::mouseClick(child<QPushButton>(first, "rotateButton"), Qt::LeftButton);
        QPointer<RevealSecretDialog> reveal = nextDialog<RevealSecretDialog>(windowOpened);
        QVERIFY(reveal);
        QVERIFY(windowOpened.isEmpty()); // the next rotation waits for this secret
        child<QCheckBox>(reveal, "savedCheck")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(reveal, "closeButton"), Qt::LeftButton);

        // The second waits its turn; cancelling it stops the third.
        QPointer<RotateKeyDialog> second = nextDialog<RotateKeyDialog>(windowOpened);
        QVERIFY(second);
        QVERIFY2(second->windowTitle().startsWith(u"Rotation 2 of 3: "_s),
                 qPrintable(second->windowTitle()));
        QTest::mouseClick(child<QPushButton>(second, "cancelButton"), Qt::LeftButton);
        auto* outcome = nextDialog<BulkOutcomeDialog>(opened);
        QVERIFY(outcome);
        QVERIFY(windowOpened.isEmpty());
        auto* table = child<QTableWidget>(outcome, "outcomeTable");
        QCOMPARE((QStringList{cellText(table, 0, 2), cellText(table, 1, 2), cellText(table, 2, 2)}),
                 (QStringList{u"Done"_s, u"Not started"_s, u"Not started"_s}));
        QVERIFY2(cellText(table, 0, 3).contains(u"was kept"_s), qPrintable(cellText(table, 0, 3)));
        QCOMPARE(h.controller->rotations().all().size(), 1);
        save(outcome, u"/tmp/bulk-rotations.png"_s);
    }
};

} // namespace kw

QTEST_MAIN(kw::TestBulkActionFlow)
#include "test_bulkactionflow.moc"
