#include "support/WindowHarness.h"
#include "ui/ClipboardGuard.h"
#include "ui/SecretField.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>

using namespace kw;
using namespace kw::test;
using namespace Qt::StringLiterals;

namespace {

// Counts every mouse event the application sees, so the test can show it used none.
class MouseWatch : public QObject
{
public:
    int events = 0;
    MouseWatch() { qApp->installEventFilter(this); }
    ~MouseWatch() override { qApp->removeEventFilter(this); }
    bool eventFilter(QObject*, QEvent* event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
            ++events;
            break;
        default:
            break;
        }
        return false;
    }
};

QWidget* focused()
{
    return QApplication::focusWidget();
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = focused() ? focused() : QApplication::activeWindow();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

// Presses Tab until the control called `name` has the focus; false when a round does not get
// there.
bool tabTo(const QString& name)
{
    for (int i = 0; i < 40; ++i) {
        if (focused() && focused()->objectName() == name)
            return true;
        press(Qt::Key_Tab);
    }
    return false;
}

} // namespace

// A person without a mouse creates a key, sees its secret, copies it and closes the dialog,
// against the WAYSCloud sandbox: shortcuts, mnemonics, Tab and Space only.
class TestKeyboardOnly : public QObject
{
    Q_OBJECT

private slots:
    void init() { Prompts::setAnswerer(nullptr); }

    void createRevealCopyClose()
    {
        WindowHarness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        h.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
        MouseWatch mouse;
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);

        // Ctrl+N: the create dialog, its name field first.
        press(Qt::Key_N, Qt::ControlModifier);
        QPointer<QDialog> create = nextDialog(opened);
        QVERIFY(create);
        QCOMPARE(create->metaObject()->className(), "kw::CreateKeyDialog");
        QVERIFY(QTest::qWaitForWindowActive(create));
        QTRY_COMPARE_WITH_TIMEOUT(focused(), child<QWidget>(create, "nameEdit"), Timeout);
        QTest::keyClicks(focused(), u"Typed without a mouse"_s);
        QVERIFY(tabTo(u"service_storage"_s));
        press(Qt::Key_Space);
        QVERIFY(child<QCheckBox>(create, "service_storage")->isChecked());
        QTRY_VERIFY(child<QPushButton>(create, "createButton")->isEnabled());
        press(Qt::Key_C, Qt::AltModifier); // &Create key

        // The secret, shown once.
        QPointer<QDialog> reveal = nextDialog(opened);
        QVERIFY(reveal);
        QCOMPARE(reveal->metaObject()->className(), "kw::RevealSecretDialog");
        QVERIFY(QTest::qWaitForWindowActive(reveal));
        QTRY_VERIFY_WITH_TIMEOUT(!create || !create->isVisible(), Timeout);
        QGuiApplication::clipboard()->clear();
        press(Qt::Key_C, Qt::ControlModifier); // Copy
        const QString secret = child<SecretField>(reveal, "secretField")->secret().exposeString();
        QVERIFY(!secret.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), secret, Timeout);
        QVERIFY(h.window->clipboardGuard()->isArmed());

        // Close stays off until the person says the key is saved.
        auto* close = child<QPushButton>(reveal, "closeButton");
        QVERIFY(!close->isEnabled());
        press(Qt::Key_S, Qt::AltModifier); // I have &saved this key
        QTRY_VERIFY(child<QCheckBox>(reveal, "savedCheck")->isChecked());
        QVERIFY(close->isEnabled());
        press(Qt::Key_L, Qt::AltModifier); // C&lose
        QTRY_VERIFY_WITH_TIMEOUT(!reveal || !reveal->isVisible(), Timeout);

        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 13, Timeout);
        QCOMPARE(h.sandbox.keyCount(), 13);
        QCOMPARE(h.window->selectedKey()->name, u"Typed without a mouse"_s);
        QCOMPARE(mouse.events, 0);
        h.window->clipboardGuard()->clearNow();
    }
};

QTEST_MAIN(TestKeyboardOnly)
#include "test_keyboard_only.moc"
