#include "RevealSecretDialog.h"

#include "ClipboardGuard.h"
#include "Palette.h"
#include "Prompts.h"
#include "console/VerificationText.h"
#include "ui_RevealSecretDialog.h"

#include <QAction>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kw {

namespace {

// The colour of a test result: green works, amber unknown, red refused.
Palette::Role outcomeRole(const Verification& verification)
{
    switch (verification.outcome) {
    case Verification::Outcome::Works:
        return Palette::Role::Success;
    case Verification::Outcome::Unreachable:
        return Palette::Role::Warning; // amber: nothing is known about the key
    default:
        return Palette::Role::Danger;
    }
}

} // namespace

RevealSecretDialog::RevealSecretDialog(const QString& keyName, Secret secret, ClipboardGuard* guard,
                                       QWidget* parent)
    : SubmitDialog(parent), m_ui(new Ui::RevealSecretDialog), m_guard(guard), m_keyName(keyName),
      m_copyAsMenu(new QMenu(this))
{
    m_ui->setupUi(this);
    m_ui->secretField->setSecret(std::move(secret));

    form::showWarningHeading(m_ui->warningIconLabel, m_ui->headingLabel);

    m_copyAsMenu->setObjectName(u"copyAsMenu"_s);
    m_ui->copyAsButton->setMenu(m_copyAsMenu);
    m_ui->copyAsButton->setVisible(false); // until the provider's snippets are known

    connect(m_ui->copyButton, &QPushButton::clicked, this, &RevealSecretDialog::copySecret);
    connect(m_ui->secretField, &SecretField::copyRequested, this, &RevealSecretDialog::copySecret);
    // Ctrl+C anywhere in the dialog copies the secret; a focused text field (the public values)
    // takes the key first and copies its own selection.
    auto* copyShortcut = new QShortcut(QKeySequence::Copy, this);
    connect(copyShortcut, &QShortcut::activated, this, &RevealSecretDialog::copySecret);

    m_ui->testKeyButton->setVisible(false);
    m_ui->testResultLabel->setVisible(false);
    m_ui->testKeyButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_ui->testKeyButton, &QPushButton::clicked, this, &RevealSecretDialog::testKey);

    connect(m_ui->savedCheck, &QCheckBox::toggled, m_ui->closeButton, &QPushButton::setEnabled);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);

    if (m_guard) {
        connect(m_guard, &ClipboardGuard::countdownChanged, this,
                &RevealSecretDialog::showCountdown);
        connect(m_guard, &ClipboardGuard::cleared, this, &RevealSecretDialog::showCleared);
    } else {
        m_ui->copyButton->setEnabled(false);
        m_ui->copyAsButton->setEnabled(false);
    }

    setFitsContents(true);
    retranslate();
    m_ui->copyButton->setFocus(); // copying is what the user came for
}

RevealSecretDialog::~RevealSecretDialog()
{
    m_ui->secretField->clear();
}

void RevealSecretDialog::addPublicValue(const QString& label, const QString& value)
{
    ++m_publicValueCount;
    auto* edit = new QLineEdit(value, this);
    edit->setObjectName(u"publicValue%1"_s.arg(m_publicValueCount));
    edit->setReadOnly(true);
    edit->setAccessibleName(label);
    edit->setCursorPosition(0);
    auto* caption = new QLabel(tr("%1:").arg(label), this);
    caption->setTextFormat(Qt::PlainText); // "Note from <provider>" and the like
    caption->setBuddy(edit);
    m_ui->valuesLayout->addRow(caption, edit);
    // Public values come after the secret, before the copy buttons, in the tab order.
    QWidget* previous = m_ui->secretField->revealButton();
    if (m_publicValueCount > 1)
        previous = findChild<QLineEdit*>(u"publicValue%1"_s.arg(m_publicValueCount - 1));
    setTabOrder(previous, edit);
    setTabOrder(edit, m_ui->copyButton);
    fitContents();
}

void RevealSecretDialog::setCredentialSnippets(CredentialSnippets snippets)
{
    m_snippets = std::move(snippets);
    rebuildCopyAsMenu();
    fitContents();
}

void RevealSecretDialog::rebuildCopyAsMenu()
{
    m_copyAsMenu->clear();
    const QList<CredentialSnippet> offered = m_snippets.available();
    for (const CredentialSnippet& snippet : offered) {
        QAction* action = m_copyAsMenu->addAction(snippet.label);
        action->setObjectName(u"copyAs-"_s + snippet.id);
        action->setData(snippet.id);
        connect(action, &QAction::triggered, this, [this, id = snippet.id] { copySnippet(id); });
    }
    m_ui->copyAsButton->setVisible(!offered.isEmpty());
}

void RevealSecretDialog::done(int result)
{
    m_ui->secretField->clear();
    QDialog::done(result);
}

bool RevealSecretDialog::isSaveConfirmed() const
{
    return m_shownAgain || m_ui->savedCheck->isChecked();
}

void RevealSecretDialog::setShownAgain(bool again)
{
    m_shownAgain = again;
    m_ui->savedCheck->setVisible(!again);
    m_ui->savedCheck->setChecked(again);
    m_ui->closeButton->setEnabled(again || m_ui->savedCheck->isChecked());
    retranslate();
}

void RevealSecretDialog::setTestHandler(const QString& providerName, TestHandler handler)
{
    m_providerName = providerName;
    m_testHandler = std::move(handler);
    m_ui->testKeyButton->setVisible(bool(m_testHandler));
    fitContents();
}

bool RevealSecretDialog::isVerified() const
{
    return m_verification && m_verification->outcome == Verification::Outcome::Works;
}

void RevealSecretDialog::testKey()
{
    if (!m_testHandler || m_ui->secretField->secret().isEmpty() ||
        !m_ui->testKeyButton->isEnabled())
        return;
    m_verification.reset();
    m_ui->testKeyButton->setEnabled(false);
    showTestText(tr("Testing the key with %1…").arg(m_providerName), std::nullopt);
    m_testHandler(m_ui->secretField->secret());
}

void RevealSecretDialog::showTestResult(const Verification& verification)
{
    m_verification = verification;
    m_ui->testKeyButton->setEnabled(true);
    showTestText(VerificationText::text(verification, m_providerName), outcomeRole(verification));
}

void RevealSecretDialog::showTestError(const QString& text)
{
    m_verification.reset();
    m_ui->testKeyButton->setEnabled(true);
    showTestText(tr("The key could not be tested: %1").arg(text), outcomeRole(Verification{}));
}

void RevealSecretDialog::showTestText(const QString& text, std::optional<Palette::Role> role)
{
    QLabel* label = m_ui->testResultLabel;
    if (role)
        Palette::paint(label, *role);
    else
        Palette::unpaint(label);
    label->setText(text);
    // Screen readers announce the description; the name stays "Test result".
    label->setAccessibleDescription(text);
    label->setVisible(true);
    if (isVisible())
        layout()->activate(); // the wrapped result's height counts in the size fitted below
    fitContents();
}

bool RevealSecretDialog::mayClose()
{
    return m_shownAgain || m_ui->savedCheck->isChecked() ||
           Prompts::choose(this, QMessageBox::Warning, tr("Close without saving?"),
                           tr("You have not confirmed that you saved the key “%1”.\n\n"
                              "The secret cannot be shown again. Close anyway?")
                               .arg(m_keyName),
                           tr("Close anyway"), tr("Keep open"));
}

void RevealSecretDialog::languageChanged()
{
    m_ui->retranslateUi(this);
    retranslate();
}

void RevealSecretDialog::copySecret()
{
    if (!m_guard || m_ui->secretField->secret().isEmpty())
        return;
    m_guard->copy(m_ui->secretField->secret());
}

void RevealSecretDialog::copySnippet(const QString& id)
{
    if (!m_guard || m_ui->secretField->secret().isEmpty())
        return;
    Secret text = m_snippets.text(id, m_ui->secretField->secret());
    if (!text.isEmpty())
        m_guard->copy(text);
}

void RevealSecretDialog::showCountdown(int secondsLeft)
{
    if (secondsLeft > 0)
        m_ui->countdownLabel->setText(tr("Clipboard clears in %n s", nullptr, secondsLeft));
}

void RevealSecretDialog::showCleared(bool wasOurs)
{
    m_ui->countdownLabel->setText(wasOurs
                                      ? tr("Clipboard cleared.")
                                      : tr("The clipboard holds something else now; not cleared."));
}

void RevealSecretDialog::retranslate()
{
    if (m_shownAgain) {
        setWindowTitle(tr("Secret of %1").arg(m_keyName));
        m_ui->headingLabel->setText(tr("The secret of “%1”.").arg(m_keyName));
        m_ui->onceLabel->setText(
            tr("Anyone with this secret can use the key. Copy it only where it is needed; the "
               "clipboard is cleared after a short time."));
    } else {
        setWindowTitle(tr("New key: %1").arg(m_keyName));
        m_ui->headingLabel->setText(tr("The key “%1” was created.").arg(m_keyName));
    }
    rebuildCopyAsMenu(); // the labels in the current language
    if (m_guard && !m_guard->isArmed()) {
        const auto seconds =
            int(std::chrono::ceil<std::chrono::seconds>(m_guard->timeout()).count());
        m_ui->countdownLabel->setText(
            tr("Copies are removed from the clipboard after %n s.", nullptr, seconds));
    }
}

} // namespace kw
