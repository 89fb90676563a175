#pragma once

// What the end-to-end window suites (test_e2e_console, test_memory_leakscan) share to drive the
// real main window as a person would: wait for the dialog it opens, find a control by its object
// name, add an account by typing into the Add Account dialog, answer a leak.

#include "ui/LeakResponseDialog.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QString>
#include <QTableWidget>
#include <QTest>
#include <QUrl>
#include <functional>

namespace kw::e2e {

// A real sandbox over loopback and a real keychain are slower than the in-process ones.
inline constexpr int WindowTimeout = 15000;

// The next dialog the window opens (a spy on MainWindow::dialogOpened), or null after a while.
inline QDialog* nextDialog(QSignalSpy& opened)
{
    if (opened.isEmpty() && !opened.wait(WindowTimeout))
        return nullptr;
    return qvariant_cast<QDialog*>(opened.takeFirst().at(0));
}

template <typename T> T* child(QObject* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
}

// Opens Add Account, types the endpoint and the token (never a command line) and presses Add.
// Returns the dialog, null when it did not open.
inline QPointer<QDialog> addAccountByTyping(MainWindow& window, QSignalSpy& opened,
                                            const QString& label, const QUrl& endpoint,
                                            const QString& typedToken)
{
    window.findChild<QAction*>(QStringLiteral("actionAddAccount"))->trigger();
    QPointer<QDialog> add = nextDialog(opened);
    if (!add)
        return add;
    child<QLineEdit>(add, "labelEdit")->setText(label);
    auto* endpointEdit = child<QLineEdit>(add, "endpointEdit");
    endpointEdit->clear();
    QTest::keyClicks(endpointEdit, endpoint.toString());
    QTest::keyClicks(child<QLineEdit>(add, "tokenEdit"), typedToken);
    QTest::mouseClick(child<QPushButton>(add, "addButton"), Qt::LeftButton);
    return add;
}

// Keys → Respond to a Leak…: paste (the caller's way into the paste box), Check, wait for the
// first finding to read "LIVE", Revoke it, wait for "Revoked", Close; the dialog is deleted.
inline void respondToLeak(MainWindow& window, const std::function<void(QPlainTextEdit*)>& paste)
{
    window.findChild<QAction*>(QStringLiteral("actionRespondToLeak"))->trigger();
    QPointer<LeakResponseDialog> dialog;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<LeakResponseDialog*>()), WindowTimeout);
    QTRY_VERIFY(dialog->isVisible());
    paste(dialog->pasteBox());
    QVERIFY(dialog->pasteBox()->document()->characterCount() > 40);
    QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
    const auto cell = [&](int column) {
        const QTableWidgetItem* item = dialog->table()->item(0, column);
        return item ? item->text() : QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        cell(LeakResponseDialog::SecretColumn).startsWith(QStringLiteral("LIVE")), WindowTimeout);
    QCOMPARE(dialog->table()->rowCount(), 1);
    dialog->table()->selectRow(0);
    QTRY_VERIFY(dialog->revokeButton()->isEnabled());
    QTest::mouseClick(dialog->revokeButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cell(LeakResponseDialog::ActionColumn), QStringLiteral("Revoked"),
                              WindowTimeout);
    QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, WindowTimeout); // closed and deleted
}

} // namespace kw::e2e
