#include "Prompts.h"

#include <QAbstractButton>

namespace kw {

Prompts::Answerer& Prompts::answerer()
{
    static Answerer instance;
    return instance;
}

Prompts::Question& Prompts::last()
{
    static Question instance;
    return instance;
}

void Prompts::setAnswerer(Answerer a)
{
    answerer() = std::move(a);
}

const Prompts::Question& Prompts::lastQuestion()
{
    return last();
}

std::unique_ptr<QMessageBox> Prompts::makeBox(QWidget* parent, const Question& question)
{
    auto box = std::make_unique<QMessageBox>(parent);
    box->setIcon(question.icon);
    box->setWindowTitle(question.title);
    box->setTextFormat(Qt::PlainText);
    box->setText(question.text);
    box->setStandardButtons(question.buttons);
    for (auto it = question.buttonTexts.cbegin(); it != question.buttonTexts.cend(); ++it) {
        if (QAbstractButton* button = box->button(it.key())) {
            button->setText(it.value());
            button->setAccessibleName(it.value());
        }
    }
    if (question.defaultButton != QMessageBox::NoButton)
        box->setDefaultButton(question.defaultButton);
    // Escape is the answer that changes nothing.
    if (QAbstractButton* cancel = box->button(QMessageBox::Cancel))
        box->setEscapeButton(cancel);
    else if (QAbstractButton* no = box->button(QMessageBox::No))
        box->setEscapeButton(no);
    box->setAccessibleName(question.title);
    box->setAccessibleDescription(question.text);
    return box;
}

QMessageBox::StandardButton Prompts::ask(QWidget* parent, const Question& question)
{
    last() = question;
    if (answerer())
        return answerer()(question.icon, question.title, question.text, question.buttons);
    const std::unique_ptr<QMessageBox> box = makeBox(parent, question);
    return QMessageBox::StandardButton(box->exec());
}

QMessageBox::StandardButton Prompts::ask(QWidget* parent, QMessageBox::Icon icon,
                                         const QString& title, const QString& text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton)
{
    Question question;
    question.icon = icon;
    question.title = title;
    question.text = text;
    question.buttons = buttons;
    question.defaultButton = defaultButton;
    return ask(parent, question);
}

bool Prompts::choose(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                     const QString& text, const QString& acceptText, const QString& rejectText,
                     bool acceptIsDefault)
{
    Question question;
    question.icon = icon;
    question.title = title;
    question.text = text;
    question.buttons = QMessageBox::Yes | QMessageBox::No;
    question.defaultButton = acceptIsDefault ? QMessageBox::Yes : QMessageBox::No;
    question.buttonTexts.insert(QMessageBox::Yes, acceptText);
    question.buttonTexts.insert(QMessageBox::No, rejectText);
    return ask(parent, question) == QMessageBox::Yes;
}

} // namespace kw
