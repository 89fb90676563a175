#pragma once

#include <QMap>
#include <QMessageBox>
#include <QString>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace kw {

// The one seam for modal questions, so widget tests never block on a message box: a test sets
// an answerer that returns the button it wants (and can record what was asked).
// Every box shows its text as plain text: much of it comes from a provider (key names, error
// messages), and a name like "<img src=…>" must read as typed, never as markup.
class Prompts
{
public:
    using Answerer = std::function<QMessageBox::StandardButton(
        QMessageBox::Icon icon, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons)>;

    // What was asked, as the user would see it; buttonTexts holds the buttons given words of
    // their own (askWith).
    struct Question
    {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
        QMessageBox::StandardButtons buttons;
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
        QMap<QMessageBox::StandardButton, QString> buttonTexts;
    };

    // Every decision is asked here, never with bare Yes/No/OK: the buttons say what they do
    // ("Revoke old key anyway" / "Keep both keys"). Accept is the Yes button, reject the No
    // button; reject is what Escape answers and, unless acceptIsDefault, what Enter answers, so
    // a hurried keypress changes nothing. True when the user chose accept.
    static bool choose(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                       const QString& text, const QString& acceptText, const QString& rejectText,
                       bool acceptIsDefault = false);
    static void inform(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                       const QString& text)
    {
        ask(parent, icon, title, text, QMessageBox::Ok, QMessageBox::Ok);
    }

    // The message box a question is shown in (plain text, accessible name, button words), not
    // yet shown: what the real prompt runs, and what tests inspect.
    static std::unique_ptr<QMessageBox> makeBox(QWidget* parent, const Question& question);

    static void setAnswerer(Answerer answerer); // tests; nullptr restores real message boxes
    // The last question asked through this seam (tests read the button words from it).
    static const Question& lastQuestion();

private:
    // Tells, or asks through choose(): a decision never reaches a box with bare standard
    // buttons.
    static QMessageBox::StandardButton ask(QWidget* parent, QMessageBox::Icon icon,
                                           const QString& title, const QString& text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
    static QMessageBox::StandardButton ask(QWidget* parent, const Question& question);
    static Answerer& answerer();
    static Question& last();
};

} // namespace kw
