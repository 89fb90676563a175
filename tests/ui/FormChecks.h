#pragma once

// Checks shared by the dialog tests: keyboard path, accessible names and layout.

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QStringList>
#include <QTest>
#include <QWidget>

namespace kw::test {

// Controls a user can reach by keyboard that a screen reader could not name.
inline QStringList controlsWithoutAccessibleName(const QWidget* root)
{
    QStringList missing;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            continue;
        // Internal parts of composite Qt widgets (a spin box's line edit) are named through
        // their owner.
        if (widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (widget->objectName().isEmpty()) {
            missing.append(QString::fromLatin1(widget->metaObject()->className()) +
                           QStringLiteral(" without objectName"));
            continue;
        }
        QString name = widget->accessibleName();
        if (name.isEmpty()) {
            if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
                name = button->text();
        }
        if (name.isEmpty())
            missing.append(widget->objectName());
    }
    return missing;
}

// Shows the window and presses Tab from `first`, returning the objectNames focused in order.
inline QStringList tabChain(QWidget* window, QWidget* first, int steps)
{
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window, 5000))
        return {QStringLiteral("<window not active>")};
    first->setFocus(Qt::TabFocusReason);
    QStringList names;
    for (int i = 0; i < steps; ++i) {
        QWidget* focused = QApplication::focusWidget();
        names.append(focused ? focused->objectName() : QStringLiteral("<none>"));
        QTest::keyClick(focused ? focused : window, Qt::Key_Tab);
    }
    return names;
}

// Lays the window out at the size its contents ask for, as a window manager would show it.
inline void fitToContents(QWidget* window)
{
    QCoreApplication::processEvents();
    window->adjustSize();
    QCoreApplication::processEvents();
}

// Visible widgets that do not fit inside the window at its current size.
inline QStringList clippedWidgets(const QWidget* window)
{
    QStringList clipped;
    const QRect area = window->rect();
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        if (!widget->isVisibleTo(window) || widget->size().isEmpty())
            continue;
        const QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
        if (!area.contains(rect))
            clipped.append(widget->objectName());
    }
    return clipped;
}

// With KEYWARDEN_UI_SNAPSHOTS=<dir> set, saves a picture of the window for a person to look at.
inline void saveSnapshot(QWidget* window, const QString& name)
{
    const QString dir = qEnvironmentVariable("KEYWARDEN_UI_SNAPSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace kw::test
