#include "BulkActionFlow.h"

#include "BulkOutcomeDialog.h"
#include "KeyDisplayName.h"
#include "Prompts.h"
#include "console/AppController.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace kw {

namespace {

using Action = BulkKeyActions::Action;
using Item = BulkKeyActions::Item;
using Outcome = BulkKeyActions::Outcome;

// A list longer than this shows its first lines in the box and every line under Show Details,
// so that the box still fits on a screen.
constexpr int ShownLines = 12;

QString keysText(int n)
{
    return BulkActionFlow::tr("%n keys", nullptr, n);
}

// "prod-ci (Scaleway prod)", and for an owner's suspension how many keys it stops.
QString line(Action action, const Item& item)
{
    QString text =
        BulkActionFlow::tr("• %1 (%2)").arg(keyDisplayName(item.ref.key), item.accountLabel);
    if (item.outcome == Outcome::Skipped)
        return text + u": "_s + item.message;
    if (!item.principal.isEmpty()) {
        const QString listed = BulkActionFlow::tr("%n listed keys", nullptr, item.ownerKeys);
        text +=
            action == Action::Enable
                ? BulkActionFlow::tr(": reactivates every key of %1 (%2)")
                      .arg(item.principal, listed)
                : BulkActionFlow::tr(": suspends every key of %1 (%2)").arg(item.principal, listed);
    }
    return text;
}

struct Wording
{
    QString title;
    QString question;
    QString accept;
    QString reject;
    QString consequence;
    QMessageBox::Icon icon = QMessageBox::Warning;
};

Wording wording(Action action, int n)
{
    const QString keys = keysText(n);
    switch (action) {
    case Action::Revoke:
        return {BulkActionFlow::tr("Revoke keys"),
                BulkActionFlow::tr("Revoke %1?").arg(keys),
                BulkActionFlow::tr("Revoke %1").arg(keys),
                BulkActionFlow::tr("Keep the keys"),
                BulkActionFlow::tr("Revocation is immediate and final: every application that "
                                   "uses one of these keys stops working at once, and no key "
                                   "can be restored."),
                QMessageBox::Warning};
    case Action::Disable:
        return {BulkActionFlow::tr("Disable keys"),
                BulkActionFlow::tr("Disable %1?").arg(keys),
                BulkActionFlow::tr("Disable %1").arg(keys),
                BulkActionFlow::tr("Keep them enabled"),
                BulkActionFlow::tr("Applications that use them stop working until they are "
                                   "enabled again."),
                QMessageBox::Warning};
    case Action::Enable:
        return {BulkActionFlow::tr("Enable keys"),
                BulkActionFlow::tr("Enable %1?").arg(keys),
                BulkActionFlow::tr("Enable %1").arg(keys),
                BulkActionFlow::tr("Keep them disabled"),
                BulkActionFlow::tr("Applications that have them can use them again."),
                QMessageBox::Question};
    case Action::Rotate:
        return {BulkActionFlow::tr("Rotate keys"),
                BulkActionFlow::tr("Rotate %1?").arg(keys),
                BulkActionFlow::tr("Rotate %1").arg(keys),
                BulkActionFlow::tr("Not now"),
                BulkActionFlow::tr("One rotation after the other: each opens its own dialog "
                                   "(\u201cRotation 1 of %1\u201d), where you choose the new "
                                   "key's name and when the old key goes, and shows the new "
                                   "secret once. Cancelling one of them stops the rest.")
                    .arg(n),
                QMessageBox::Question};
    }
    return {};
}

// The lines, or the first of them with a pointer to the rest under Show Details.
QStringList shortened(const QStringList& lines, QStringList& details)
{
    details += lines;
    if (lines.size() <= ShownLines)
        return lines;
    QStringList shown = lines.mid(0, ShownLines - 1);
    shown << BulkActionFlow::tr("…and %1 more (Show Details).").arg(lines.size() - shown.size());
    return shown;
}

} // namespace

BulkActionFlow::BulkActionFlow(AppController* controller, QWidget* window)
    : QObject(window), m_controller(controller), m_window(window),
      m_rotation(window ? window->findChild<RotationFlow*>() : nullptr),
      m_bulk(new BulkKeyActions(controller, this))
{
    if (m_rotation) {
        m_bulk->setRotator([this](const KeyRef& key, BulkKeyActions::RotateDone done) {
            rotate(key, std::move(done));
        });
        connect(m_rotation, &RotationFlow::rotationEnded, this, &BulkActionFlow::rotationEnded);
    }
    connect(m_bulk, &BulkKeyActions::itemChanged, this, [this](int index) {
        if (m_outcome)
            m_outcome->updateItem(index, m_bulk->items().at(index));
    });
    connect(m_bulk, &BulkKeyActions::finished, this, [this] {
        if (!m_outcome) // rotations show their outcome once they are all done
            open(m_outcome = new BulkOutcomeDialog(tr("Rotated keys"), m_bulk->items(), m_window));
        m_outcome->setFinished();
    });
}

void BulkActionFlow::start(const QString& actionName, const QList<KeyRef>& keys)
{
    if (m_bulk->isRunning()) {
        if (m_outcome) {
            m_outcome->show();
            m_outcome->raise();
        }
        return;
    }
    const std::optional<Action> action = BulkKeyActions::actionNamed(actionName);
    if (!action || keys.isEmpty())
        return;
    const QList<Item> plan = m_bulk->plan(*action, keys);
    const bool anyToDo = std::any_of(plan.cbegin(), plan.cend(), [](const Item& item) {
        return item.outcome != Outcome::Skipped;
    });
    if (!anyToDo) {
        // Nothing would change: the list says why for each key, and nothing is asked.
        run(*action, keys);
        return;
    }
    QMessageBox* box = confirmation(*action, plan);
    connect(box, &QDialog::finished, this, [this, box, action = *action, keys] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            run(action, keys);
    });
    open(box);
}

QMessageBox* BulkActionFlow::confirmation(Action action, const QList<Item>& plan) const
{
    QStringList toDo;
    QStringList skipped;
    QStringList accounts; // of the keys to do, in the order they come
    for (const Item& item : plan) {
        (item.outcome == Outcome::Skipped ? skipped : toDo) << line(action, item);
        if (item.outcome != Outcome::Skipped && !accounts.contains(item.accountLabel))
            accounts << item.accountLabel;
    }
    const Wording words = wording(action, int(toDo.size()));
    QStringList details;
    QStringList text{words.question};
    // A long list shows its first lines only: which accounts it touches is said up front.
    if (accounts.size() > 1)
        text << tr("They belong to %1 accounts: %2.")
                    .arg(accounts.size())
                    .arg(accounts.join(tr(", ")));
    text << QString();
    text += shortened(toDo, details);
    if (!skipped.isEmpty()) {
        const QString heading = tr("%n selected keys are skipped:", nullptr, int(skipped.size()));
        text << QString() << heading;
        details << QString() << heading;
        text += shortened(skipped, details);
    }
    text << QString() << words.consequence;

    Prompts::Question question;
    question.icon = words.icon;
    question.title = words.title;
    question.text = text.join(u'\n');
    question.buttons = QMessageBox::Yes | QMessageBox::No;
    question.defaultButton = QMessageBox::No; // Enter changes nothing
    question.buttonTexts.insert(QMessageBox::Yes, words.accept);
    question.buttonTexts.insert(QMessageBox::No, words.reject);
    QMessageBox* box = Prompts::makeBox(m_window, question).release();
    box->setObjectName(u"bulkConfirmation"_s);
    if (details.size() > ShownLines)
        box->setDetailedText(details.join(u'\n'));
    return box;
}

void BulkActionFlow::run(Action action, const QList<KeyRef>& keys)
{
    m_rotationStep = 0;
    m_outcome = nullptr; // an earlier run's list, still open, stays as it was
    m_bulk->start(action, keys);
    m_rotationCount = m_bulk->count(Outcome::Waiting);
    if (action == Action::Rotate && m_rotationCount > 0)
        return; // the rotations' dialogs come first; the outcome list once they are done
    const Wording words = wording(action, int(keys.size()));
    open(m_outcome = new BulkOutcomeDialog(words.title, m_bulk->items(), m_window));
    connect(m_outcome, &BulkOutcomeDialog::stopRequested, m_bulk, &BulkKeyActions::cancel);
}

void BulkActionFlow::rotate(const KeyRef& key, BulkKeyActions::RotateDone done)
{
    const AppController::AccountView* view = m_controller->account(key.accountId);
    if (!view || !view->capabilities) {
        done(Outcome::Failed, tr("The account's keys are not loaded."));
        return;
    }
    m_rotating = key;
    m_rotationDone = std::move(done);
    ++m_rotationStep;
    m_rotation->rotate(key.accountId, key.key, *view->capabilities,
                       tr("Rotation %1 of %2").arg(m_rotationStep).arg(m_rotationCount));
}

void BulkActionFlow::rotationEnded(const QString& accountId, const QString& keyId,
                                   RotationFlow::Ending ending, const QString& message)
{
    // A rotation the user started on its own is none of this queue's business.
    if (!m_rotationDone || accountId != m_rotating.accountId || keyId != m_rotating.key.id)
        return;
    const BulkKeyActions::RotateDone done = std::exchange(m_rotationDone, {});
    if (ending == RotationFlow::Ending::Cancelled) {
        m_bulk->cancel(); // before the answer, which would start the next rotation
        done(Outcome::Cancelled, message);
        return;
    }
    done(ending == RotationFlow::Ending::Finished ? Outcome::Done : Outcome::Failed, message);
}

void BulkActionFlow::open(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    emit dialogOpened(dialog);
}

} // namespace kw
