#pragma once

#include <QMessageBox>
#include <QString>
#include <functional>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace kw {

// The one seam for modal questions, so widget tests never block on a message box: a test sets
// an answerer that returns the button it wants (and can record what was asked).
class Prompts
{
public:
    using Answerer = std::function<QMessageBox::StandardButton(
        QMessageBox::Icon icon, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons)>;

    // Ask (or tell) the user. Returns the button chosen.
    static QMessageBox::StandardButton ask(QWidget* parent, QMessageBox::Icon icon,
                                           const QString& title, const QString& text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
    static bool confirm(QWidget* parent, const QString& title, const QString& text)
    {
        return ask(parent, QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::No,
                   QMessageBox::No) == QMessageBox::Yes;
    }
    static void inform(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                       const QString& text)
    {
        ask(parent, icon, title, text, QMessageBox::Ok, QMessageBox::Ok);
    }

    static void setAnswerer(Answerer answerer); // tests; nullptr restores real message boxes

private:
    static Answerer& answerer();
};

} // namespace kw
