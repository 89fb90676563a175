#pragma once

// What the end-to-end window suites (test_e2e_console, test_memory_leakscan) share to drive the
// real main window as a person would: wait for the dialog it opens, find a control by its object
// name, add an account by typing into the Add Account dialog.

#include "ui/MainWindow.h"

#include <QAction>
#include <QDialog>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QString>
#include <QTest>
#include <QUrl>

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

} // namespace kw::e2e
