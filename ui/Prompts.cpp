#include "Prompts.h"

namespace kw {

Prompts::Answerer& Prompts::answerer()
{
    static Answerer instance;
    return instance;
}

void Prompts::setAnswerer(Answerer a)
{
    answerer() = std::move(a);
}

QMessageBox::StandardButton Prompts::ask(QWidget* parent, QMessageBox::Icon icon,
                                         const QString& title, const QString& text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton)
{
    if (answerer())
        return answerer()(icon, title, text, buttons);
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setAccessibleName(title);
    return QMessageBox::StandardButton(box.exec());
}

} // namespace kw
