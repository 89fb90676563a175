#include "FormChecks.h"
#include "sandbox/Fault.h"
#include "support/SandboxWindowHarness.h"
#include "ui/Announce.h"
#include "ui/AuditLogDialog.h"
#include "ui/BulkOutcomeDialog.h"
#include "ui/LeakResponseDialog.h"
#include "ui/Palette.h"
#include "ui/ProxyAuthDialog.h"
#include "ui/RotationsDialog.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSet>
#include <QStatusBar>
#include <QTest>
#include <algorithm>

using namespace kw;
using namespace kw::test;
using namespace Qt::StringLiterals;

namespace {

QString describe(const QWidget* widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u'#' + widget->objectName();
    for (const QWidget* parent = widget->parentWidget(); parent && !parent->isWindow();
         parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty())
            return text + u" in "_s + parent->objectName();
    }
    return text;
}

// A part of a composite control (a spin box's line edit, a combo box's list, a view's editor)
// is named and reached through its owner.
bool isInnerPart(const QWidget* widget, const QWidget* top)
{
    for (const QWidget* parent = widget->parentWidget(); parent && parent != top;
         parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(parent) ||
            qobject_cast<const QComboBox*>(parent) ||
            qobject_cast<const QAbstractItemView*>(parent))
            return true;
    }
    return false;
}

// The controls of `top` a keyboard user can operate: shown, enabled, taking focus from Tab.
QList<QWidget*> focusableControls(QWidget* top)
{
    QList<QWidget*> controls;
    for (QWidget* widget : top->findChildren<QWidget*>()) {
        if (widget->window() != top || !widget->isVisibleTo(top) || !widget->isEnabled() ||
            !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy() ||
            isInnerPart(widget, top))
            continue;
        controls.append(widget);
    }
    return controls;
}

// What a screen reader would call it: its accessible name, a button's text, a buddy label.
QString spokenName(QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

QStringList unnamedControls(QWidget* top)
{
    QStringList unnamed;
    for (QWidget* widget : focusableControls(top)) {
        if (spokenName(widget).isEmpty())
            unnamed.append(describe(widget));
    }
    return unnamed;
}

bool within(const QWidget* focused, const QWidget* control)
{
    return focused && (focused == control || control->isAncestorOf(focused));
}

// Reached by Tab, or a radio button whose checked sibling Tab reaches (the arrow keys move
// between the buttons of one group, as on every desktop).
bool reachedBy(const QList<QWidget*>& reached, QWidget* control)
{
    const auto hit = [&reached](const QWidget* target) {
        return std::any_of(reached.cbegin(), reached.cend(),
                           [target](const QWidget* w) { return within(w, target); });
    };
    if (hit(control))
        return true;
    const auto* radio = qobject_cast<QRadioButton*>(control);
    if (!radio || !radio->autoExclusive() || !radio->parentWidget())
        return false;
    const QList<QRadioButton*> group =
        radio->parentWidget()->findChildren<QRadioButton*>(Qt::FindDirectChildrenOnly);
    return std::any_of(group.cbegin(), group.cend(), [&](const QRadioButton* other) {
        return other->autoExclusive() && other->isVisible() && hit(other);
    });
}

// Presses Tab from the first control round the chain and returns the controls it never
// reached. A control may keep a few presses (a date field moves through its day, month and
// year); one that keeps Tab longer is a trap and is named as one.
QStringList unreachableControls(QWidget* top)
{
    constexpr int TrapPresses = 6;
    const QList<QWidget*> controls = focusableControls(top);
    if (controls.size() < 2)
        return {};
    top->activateWindow();
    if (!QTest::qWaitForWindowActive(top, Timeout))
        return {u"<window not active>"_s};
    controls.first()->setFocus(Qt::TabFocusReason);
    QList<QWidget*> reached;
    QStringList problems;
    int kept = 0;
    for (qsizetype press = 0; press < 4 * controls.size() + 20; ++press) {
        QWidget* focused = QApplication::focusWidget();
        reached.append(focused);
        QTest::keyClick(focused ? focused : top, Qt::Key_Tab);
        kept = focused && QApplication::focusWidget() == focused ? kept + 1 : 0;
        if (kept == TrapPresses)
            problems.append(u"Tab stays in "_s + describe(focused));
    }
    for (QWidget* control : controls) {
        if (!reachedBy(reached, control))
            problems.append(describe(control));
    }
    problems.removeDuplicates();
    return problems;
}

struct Announcement
{
    QPointer<QObject> object;
    QAccessible::Event type;
};

QString describeAll(const QList<Announcement>& announcements)
{
    QStringList lines;
    for (const Announcement& a : announcements)
        lines.append((a.object ? QString::fromLatin1(a.object->metaObject()->className()) + u'#' +
                                     a.object->objectName()
                               : u"<gone>"_s) +
                     u' ' + QString::number(int(a.type), 16));
    return lines.join(u'\n');
}

QString report(const QString& what, const QStringList& unnamed, const QStringList& unreachable)
{
    return what + u"\n  without a name: "_s + unnamed.join(u", "_s) +
           u"\n  not reached by Tab: "_s + unreachable.join(u", "_s);
}

} // namespace

// Walks the main window, with every sandbox account loaded, and every dialog of ui/ opened as
// the window opens it: each control a keyboard user can focus has a name a screen reader reads,
// and Tab reaches every one of them. With KEYWARDEN_STYLE=dark it walks the dark palette and,
// with KEYWARDEN_UI_SNAPSHOTS=<dir>, saves a picture of each window for a person to look at.
class TestAccessibilityWalk : public QObject
{
    Q_OBJECT

    QString m_variant = u"light"_s;
    QStringList m_problems;

    void check(QWidget* top, const QString& what)
    {
        QVERIFY2(top, qPrintable(what + u" did not open"_s));
        QVERIFY(QTest::qWaitForWindowExposed(top));
        saveSnapshot(top, what + u'-' + m_variant);
        const QStringList unnamed = unnamedControls(top);
        const QStringList unreachable = unreachableControls(top);
        if (!unnamed.isEmpty() || !unreachable.isEmpty())
            m_problems.append(report(what, unnamed, unreachable));
    }

    void checkAndClose(SandboxWindowHarness& h, const char* action, const QString& what)
    {
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        QAction* trigger = h.action(action);
        QVERIFY2(trigger && trigger->isEnabled(), action);
        trigger->trigger();
        QPointer<QDialog> dialog = nextDialog(opened);
        check(dialog, what);
        PromptRecorder prompts; // a reveal asks before it closes
        if (dialog)
            dialog->reject();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), Timeout);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("KEYWARDEN_STYLE") == u"dark"_s) {
            Palette::useDarkFusion();
            m_variant = u"dark"_s;
        }
    }
    void init()
    {
        Prompts::setAnswerer(nullptr);
        m_problems.clear();
    }

    void mainWindowAndItsDialogs()
    {
        SandboxWindowHarness h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        h.show(u"wayscloud"_s);
        check(h.window.get(), u"main-window"_s);
        // Every account's keys in one table, a key's details shown.
        h.window->showAllAccounts();
        QVERIFY(h.selectFirst(u"scaleway"_s, [](const ApiKey&) { return true; }));
        h.window->showAllAccounts();
        check(h.window.get(), u"all-accounts"_s);

        QVERIFY(h.selectFirst(u"wayscloud"_s, [](const ApiKey&) { return true; }));
        checkAndClose(h, "actionCreateKey", u"create-dialog"_s);
        checkAndClose(h, "actionRevokeKey", u"revoke-dialog"_s);
        QVERIFY(h.selectFirst(u"scaleway"_s, [](const ApiKey& k) {
            return k.editable && k.status == KeyStatus::Active;
        }));
        checkAndClose(h, "actionEditKey", u"edit-dialog"_s);
        QVERIFY(h.selectFirst(u"coreweave"_s,
                              [](const ApiKey& k) { return k.status == KeyStatus::Active; }));
        checkAndClose(h, "actionRotateKey", u"rotate-dialog"_s);
        QVERIFY(h.selectFirst(u"wasabi-air"_s,
                              [](const ApiKey& k) { return k.status == KeyStatus::Active; }));
        checkAndClose(h, "actionShowSecret", u"reveal-dialog"_s);
        QVERIFY(h.selectWasabiIamKeyOf(u"archive-reader"_s));
        QTRY_VERIFY_WITH_TIMEOUT(h.action("actionAttachPolicy")->isEnabled(), Timeout);
        checkAndClose(h, "actionAttachPolicy", u"attach-policy-dialog"_s);
        checkAndClose(h, "actionAddAccount", u"add-account-dialog"_s);
        checkAndClose(h, "actionEditAccount", u"edit-account-dialog"_s);
        checkAndClose(h, "actionReplaceToken", u"replace-token-dialog"_s);
        checkAndClose(h, "actionPreferences", u"preferences-dialog"_s);
        checkAndClose(h, "actionAbout", u"about-dialog"_s);
        checkAndClose(h, "actionShortcuts", u"shortcuts-dialog"_s);

        // The two views that stay open beside the window.
        h.action("actionRotations")->trigger();
        check(h.window->findChild<RotationsDialog*>(), u"rotations-view"_s);
        h.window->findChild<RotationsDialog*>()->close();
        h.action("actionAuditLog")->trigger();
        check(h.window->findChild<AuditLogDialog*>(), u"audit-log-view"_s);
        h.window->findChild<AuditLogDialog*>()->close();

        h.action("actionRespondToLeak")->trigger();
        check(h.window->findChild<LeakResponseDialog*>(), u"leak-response-dialog"_s);
        h.window->findChild<LeakResponseDialog*>()->close();

        // Last, as the lock drops the sandbox accounts' tokens: the lock screen.
        h.window->lockWindow();
        QVERIFY(h.window->isLocked());
        check(h.window.get(), u"locked-window"_s);

        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
    }

    // Asked for only when a proxy wants a login, so opened here on its own.
    void proxyAuthDialog()
    {
        ProxyAuthDialog dialog(u"proxy.example.net:3128"_s, true);
        dialog.show();
        check(&dialog, u"proxy-auth-dialog"_s);
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
    }

    void bulkOutcomeDialog()
    {
        BulkKeyActions::Item item;
        item.ref.accountId = u"account"_s;
        item.ref.key.id = u"key-1"_s;
        item.ref.key.name = u"ci-deploy"_s;
        item.accountLabel = u"Sandbox"_s;
        item.outcome = BulkKeyActions::Outcome::Failed;
        item.message = u"Refused"_s;
        BulkOutcomeDialog dialog(u"Revoked keys"_s, {item});
        dialog.setFinished();
        dialog.show();
        check(&dialog, u"bulk-outcome-dialog"_s);
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
    }

    // A screen reader hears the error banner when it appears (once), and each status message
    // becomes the status bar's name. The events reach a screen reader only through a platform
    // bridge, which the offscreen platform has not: Announce's observer sees them here.
    void bannersAndStatusMessagesAreAnnounced()
    {
        QList<Announcement> heard;
        const auto forget = qScopeGuard([] { Announce::observer() = nullptr; });
        Announce::observer() = [&heard](QObject* object, QAccessible::Event type) {
            heard.append({object, type});
        };
        const auto alertsOf = [&heard](const QObject* object) {
            return std::count_if(heard.cbegin(), heard.cend(), [object](const Announcement& a) {
                return a.object == object && a.type == QAccessible::Alert;
            });
        };
        WindowHarness h;
        sandbox::Fault fault;
        fault.kind = sandbox::Fault::Kind::Unauthorized;
        fault.method = "GET";
        fault.count = 1;
        h.sandbox.injectFault(fault);
        QVERIFY(h.startWithSavedAccount());
        auto* bannerLabel = h.find<QLabel>("bannerLabel");
        QTRY_VERIFY_WITH_TIMEOUT(h.find<QWidget>("errorBanner")->isVisible(), Timeout);
        QVERIFY2(alertsOf(bannerLabel) == 1, qPrintable(describeAll(heard)));
        // Laid out again (another account chosen and back) the same error says nothing more.
        h.window->selectAccount(h.account.id);
        QCOMPARE(alertsOf(bannerLabel), 1);

        h.action("actionRefresh")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        QVERIFY(!h.find<QWidget>("errorBanner")->isVisible());
        QVERIFY(h.selectName(
            h.window->keyProxy()->index(0, KeyTableModel::NameColumn).data().toString()));
        h.action("actionCopyKeyId")->trigger();
        const QString message = h.window->statusBar()->currentMessage();
        QVERIFY2(message.startsWith(u"Copied the id"_s), qPrintable(message));
        QAccessibleInterface* status = QAccessible::queryAccessibleInterface(h.window->statusBar());
        QVERIFY(status);
        QCOMPARE(status->text(QAccessible::Name), message);
        h.window->statusBar()->clearMessage();
        QCOMPARE(status->text(QAccessible::Name), u"Status bar"_s);
    }

    // The walk itself finds what it is for: a nameless control and one Tab never reaches.
    void theWalkFindsAProblem()
    {
        QWidget window;
        auto* named = new QPushButton(u"&Fine"_s, &window);
        auto* nameless = new QLineEdit(&window);
        nameless->setObjectName(u"nameless"_s);
        nameless->move(0, 40);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(unnamedControls(&window), QStringList{u"QLineEdit#nameless"_s});
        nameless->setAccessibleName(u"Named"_s);
        QVERIFY(unnamedControls(&window).isEmpty());
        QVERIFY(unreachableControls(&window).isEmpty());
        // A trap: a text box that keeps Tab for itself.
        auto* trap = new QPlainTextEdit(&window);
        trap->setObjectName(u"trap"_s);
        trap->setAccessibleName(u"Notes"_s);
        trap->move(0, 80);
        trap->show();
        QWidget::setTabOrder(named, trap);
        QWidget::setTabOrder(trap, nameless);
        QVERIFY(unreachableControls(&window).contains(u"Tab stays in QPlainTextEdit#trap"_s));
    }
};

QTEST_MAIN(TestAccessibilityWalk)
#include "test_accessibility_walk.moc"
