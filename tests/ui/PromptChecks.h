#pragma once

// What every decision the window asks must look like: buttons that say what they do (never a
// bare Yes/No/OK), and the safe answer on Escape and, unless the question says otherwise, on
// Enter. Checked on the message box the real prompt would show.

#include "ui/Prompts.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QString>
#include <QStringList>

namespace kw::test {

// Empty when the question is well formed, else what is wrong with it.
inline QString decisionProblem(const Prompts::Question& question, const QString& accept,
                               const QString& reject, bool acceptIsDefault = false)
{
    using namespace Qt::StringLiterals;
    const auto box = Prompts::makeBox(nullptr, question);
    QStringList problems;
    static const QStringList bare = {u"Yes"_s, u"No"_s, u"OK"_s, u"Cancel"_s, u"Ok"_s};
    for (QAbstractButton* button : box->buttons()) {
        if (bare.contains(button->text().remove(u'&')))
            problems << u"a bare “%1” button"_s.arg(button->text());
    }
    QAbstractButton* yes = box->button(QMessageBox::Yes);
    QAbstractButton* no = box->button(QMessageBox::No);
    if (box->buttons().size() != 2 || !yes || !no)
        return u"not a two-way decision: "_s + question.title;
    if (yes->text() != accept)
        problems << u"accept says “%1”, not “%2”"_s.arg(yes->text(), accept);
    if (no->text() != reject)
        problems << u"reject says “%1”, not “%2”"_s.arg(no->text(), reject);
    if (box->escapeButton() != no)
        problems << u"Escape does not reject"_s;
    if (static_cast<QAbstractButton*>(box->defaultButton()) != (acceptIsDefault ? yes : no))
        problems << u"Enter does not answer the safe choice"_s;
    if (yes->accessibleName() != accept || no->accessibleName() != reject)
        problems << u"buttons without their accessible names"_s;
    return problems.isEmpty() ? QString() : question.title + u": "_s + problems.join(u"; "_s);
}

} // namespace kw::test
