// The window's rotation as the leak dialog starts it: a leaked key is rotated with grace 0 by
// default (the old key revoked once the new secret is saved), while the usual Rotate keeps the
// remembered grace period.
#include "support/WindowHarness.h"
#include "ui/LeakResponseDialog.h"
#include "ui/RotateKeyDialog.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kw {

class TestRotationFlow : public QObject
{
    Q_OBJECT

private slots:
    void leakDialogRotatesWithGraceZeroByDefault()
    {
        test::WindowHarness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_VERIFY_WITH_TIMEOUT(h.rows() > 0, test::Timeout);
        const AppController::AccountView* view = h.controller->account(h.account.id);
        QVERIFY(view && !view->keys.isEmpty());
        const ApiKey leaked = view->keys.first();

        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        h.action("actionRespondToLeak")->trigger();
        auto* leak = h.window->findChild<LeakResponseDialog*>();
        QVERIFY(leak);
        emit leak->rotateRequested(h.account.id, leaked);
        RotateKeyDialog* fromLeak = test::nextDialog<RotateKeyDialog>(opened);
        QVERIFY(fromLeak);
        QVERIFY(fromLeak->revokeImmediately());
        QCOMPARE(fromLeak->gracePlan().days, 0);
        fromLeak->reject();

        // The usual Rotate still offers the remembered grace period first.
        QVERIFY(h.selectName(leaked.name));
        h.action("actionRotateKey")->trigger();
        RotateKeyDialog* usual = test::nextDialog<RotateKeyDialog>(opened);
        QVERIFY(usual);
        QVERIFY(!usual->revokeImmediately());
        QCOMPARE(usual->gracePlan().days, h.controller->rotations().graceDays());
        usual->reject();
    }
};

} // namespace kw

QTEST_MAIN(kw::TestRotationFlow)
#include "test_rotationflow.moc"
