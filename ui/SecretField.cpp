#include "SecretField.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QShortcut>
#include <QToolButton>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

// A fixed mask length, so the mask does not give the secret's length away.
constexpr int kMaskLength = 24;
constexpr QChar kBullet{0x2022};
constexpr int kRevealedWidthChars = 52;

bool isCopyKey(const QKeyEvent* key)
{
    return key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut);
}

} // namespace

SecretField::SecretField(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_revealButton(new QToolButton(this))
{
    m_edit->setObjectName(u"secretEdit"_s);
    m_edit->setReadOnly(true);
    m_edit->setContextMenuPolicy(Qt::NoContextMenu); // its Copy would bypass the guard
    m_edit->installEventFilter(this);
    QFont mono = m_edit->font();
    mono.setFamily(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_edit->setFont(mono);
    // Wide enough for a typical API key when revealed, whatever the secret's length.
    m_edit->setMinimumWidth(
        QFontMetrics(mono).horizontalAdvance(QString(kRevealedWidthChars, u'0')));

    m_revealButton->setObjectName(u"revealButton"_s);
    m_revealButton->setCheckable(true);
    m_revealButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_revealButton->setFocusPolicy(Qt::StrongFocus);
    connect(m_revealButton, &QToolButton::toggled, this, [this](bool revealed) {
        updateDisplay();
        retranslate();
        emit revealedChanged(revealed);
    });

    // A QShortcut, not the button's own: setText() replaces a button's shortcut by the mnemonic.
    auto* revealShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_H), this);
    connect(revealShortcut, &QShortcut::activated, m_revealButton, &QToolButton::toggle);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_revealButton);

    setFocusProxy(m_edit);
    setFocusPolicy(Qt::StrongFocus);
    setTabOrder(m_edit, m_revealButton);
    retranslate();
    updateDisplay();
}

SecretField::~SecretField()
{
    clear();
}

void SecretField::setSecret(Secret secret)
{
    m_secret = std::move(secret);
    updateDisplay();
}

void SecretField::clear()
{
    m_secret.clear();
    const QSignalBlocker blocker(m_revealButton);
    m_revealButton->setChecked(false);
    updateDisplay();
    retranslate();
}

bool SecretField::isRevealed() const
{
    return m_revealButton->isChecked();
}

void SecretField::setRevealed(bool revealed)
{
    m_revealButton->setChecked(revealed);
}

bool SecretField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit) {
        if (event->type() == QEvent::ShortcutOverride &&
            isCopyKey(static_cast<QKeyEvent*>(event))) {
            event->accept(); // keep the window's own Copy shortcut from firing a second time
            return true;
        }
        if (event->type() == QEvent::KeyPress && isCopyKey(static_cast<QKeyEvent*>(event))) {
            emit copyRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SecretField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SecretField::updateDisplay()
{
    // The secret shown before is overwritten where the line edit holds it, before the edit lets
    // go of it (its layout's own copy is scrubbed when freed: core/ScrubbingAlloc.h).
    wipeShownText();
    if (isRevealed() && !m_secret.isEmpty()) {
        QString text = m_secret.exposeString();
        m_edit->setText(text);
        wipe(text); // the line edit keeps its own copy for as long as the secret is shown
        m_shownInClear = true;
    } else {
        m_edit->setText(m_secret.isEmpty() ? QString() : QString(kMaskLength, kBullet));
    }
    m_edit->setCursorPosition(0);
}

void SecretField::wipeShownText()
{
    if (!m_shownInClear)
        return;
    m_shownInClear = false;
    QString shown = m_edit->text(); // shares the edit's buffer
    wipeShared(shown);
}

void SecretField::retranslate()
{
    const bool revealed = isRevealed();
    m_revealButton->setText(revealed ? tr("&Hide") : tr("&Reveal"));
    m_revealButton->setAccessibleName(revealed ? tr("Hide secret") : tr("Reveal secret"));
    m_revealButton->setToolTip(revealed ? tr("Hide the secret (Ctrl+H)")
                                        : tr("Show the secret (Ctrl+H)"));
    m_edit->setAccessibleName(tr("Secret"));
    m_edit->setAccessibleDescription(revealed ? tr("Shown in clear text")
                                              : tr("Masked; use Reveal to show it"));
}

} // namespace kw
