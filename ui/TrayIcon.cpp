#include "TrayIcon.h"

#include "MainWindow.h"
#include "Palette.h"
#include "Prompts.h"
#include "console/AppController.h"
#include "console/Preferences.h"
#include "core/Rotation.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

std::optional<bool>& trayAvailableOverride()
{
    static std::optional<bool> available;
    return available;
}

bool trayAvailable()
{
    return trayAvailableOverride().value_or(QSystemTrayIcon::isSystemTrayAvailable());
}

// Text from a provider in a menu entry: an ampersand is a character, not a mnemonic.
QString menuText(const QString& text)
{
    QString escaped = text;
    return escaped.replace(u'&', u"&&"_s);
}

// How long a reminder stays in the status bar when there is no tray.
constexpr int StatusBarMs = 30000;
// Reminders that come within this time of the first are told together.
constexpr int GatherMs = 1500;
// The first few reminders of a check are named in a summary; more would not fit a notification.
constexpr int SummaryLines = 3;

} // namespace

TrayIcon::TrayIcon(AppController* controller, ReminderTracker* tracker, MainWindow* window,
                   QSettings& settings)
    : QObject(window), m_controller(controller), m_tracker(tracker), m_window(window),
      m_settings(settings), m_baseIcon(u":/icons/keywarden.svg"_s)
{
    m_menu = std::make_unique<QMenu>();
    m_menu->setObjectName(u"trayMenu"_s);
    m_menu->setAccessibleName(tr("KeyWarden tray menu"));
    m_showAction = m_menu->addAction(tr("&Show KeyWarden"), this, &TrayIcon::showWindow);
    m_showAction->setObjectName(u"trayShow"_s);
    m_menu->addSeparator();
    m_countAction = m_menu->addAction(QString());
    m_countAction->setObjectName(u"trayAttention"_s);
    m_countAction->setEnabled(false);
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(tr("&Quit KeyWarden"), this, &TrayIcon::quit);
    m_quitAction->setObjectName(u"trayQuit"_s);

    m_notifier = [this](const QString& title, const QString& text) {
        if (m_icon)
            m_icon->showMessage(title, text, m_baseIcon);
    };
    connect(tracker, &ReminderTracker::reminders, this, &TrayIcon::notify);
    m_flush.setSingleShot(true);
    m_flush.setInterval(GatherMs);
    connect(&m_flush, &QTimer::timeout, this, &TrayIcon::flush);
    connect(tracker, &ReminderTracker::attentionChanged, this, &TrayIcon::updateAttention);
    window->setTray(this);
    applyPreferences();
    updateAttention();
}

TrayIcon::~TrayIcon()
{
    m_quitting = true; // the window may be going too: nothing to show
    setUp(false);
}

void TrayIcon::setTrayAvailable(std::optional<bool> available)
{
    trayAvailableOverride() = available;
}

void TrayIcon::setNotifier(Notifier notifier)
{
    m_notifier = std::move(notifier);
}

bool TrayIcon::isUp() const
{
    return m_icon != nullptr;
}

void TrayIcon::applyPreferences()
{
    setUp(Preferences(m_settings).trayEnabled() && trayAvailable());
}

void TrayIcon::setUp(bool up)
{
    if (up == isUp())
        return;
    if (!up) {
        delete std::exchange(m_icon, nullptr);
        QApplication::setQuitOnLastWindowClosed(true);
        // Nothing left to bring a hidden window back from.
        if (m_window && m_window->isHidden() && !m_quitting)
            showWindow();
        return;
    }
    m_icon = new QSystemTrayIcon(this);
    m_icon->setObjectName(u"trayIcon"_s);
    m_icon->setContextMenu(m_menu.get());
    connect(m_icon, &QSystemTrayIcon::messageClicked, this,
            [this] { openKey(m_clickedAccount, m_clickedKey); });
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    showWindow();
            });
    // A hidden window is the tray's: closing it (or a dialog) must not end the app.
    QApplication::setQuitOnLastWindowClosed(false);
    updateAttention();
    m_icon->show();
}

QString TrayIcon::attentionText() const
{
    const int count = m_tracker->attentionCount();
    if (count == 0)
        return tr("No key needs attention");
    return tr("%n keys need attention", nullptr, count); // English one: keywarden_en.ts
}

void TrayIcon::updateAttention()
{
    const QList<AttentionKey> keys = m_tracker->attention();
    m_countAction->setText(attentionText());
    qDeleteAll(std::exchange(m_keyActions, {}));
    QAction* before = m_menu->actions().at(m_menu->actions().indexOf(m_countAction) + 1);
    for (int i = 0; i < int(keys.size()) && i < MenuKeys; ++i) {
        const AttentionKey& key = keys.at(i);
        const QString name = key.keyName.isEmpty() ? key.keyId : key.keyName;
        auto* action = new QAction(
            menuText(tr("%1 — %2 (%3)").arg(name, key.accountLabel, key.reason)), m_menu.get());
        action->setObjectName(u"trayKey"_s);
        connect(
            action, &QAction::triggered, this,
            [this, accountId = key.accountId, keyId = key.keyId] { openKey(accountId, keyId); });
        m_menu->insertAction(before, action);
        m_keyActions.append(action);
    }
    if (keys.size() > MenuKeys) {
        auto* more =
            new QAction(tr("… and %n more", nullptr, int(keys.size()) - MenuKeys), m_menu.get());
        more->setEnabled(false);
        m_menu->insertAction(before, more);
        m_keyActions.append(more);
    }
    if (!m_icon)
        return;
    m_icon->setIcon(iconWithCount(int(keys.size())));
    m_icon->setToolTip(tr("KeyWarden") + u'\n' + attentionText());
}

QIcon TrayIcon::iconWithCount(int count) const
{
    if (count == 0)
        return m_baseIcon;
    // The count on the icon itself, as a badge: a tray shows no text of its own.
    constexpr int Size = 64;
    QPixmap pixmap = m_baseIcon.pixmap(Size, Size);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF badge(Size * 0.42, Size * 0.42, Size * 0.58, Size * 0.58);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Palette::accent(Palette::Accent::Error));
    painter.drawEllipse(badge);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(count > 9 ? Size / 4 : Size / 3);
    painter.setFont(font);
    painter.setPen(Palette::onAccent());
    painter.drawText(badge, Qt::AlignCenter, count > 99 ? u"99+"_s : QString::number(count));
    painter.end();
    return QIcon(pixmap);
}

void TrayIcon::notify(const QList<Reminder>& fresh)
{
    m_pending += fresh;
    // The accounts of a start are listed within moments of each other: their reminders make one
    // notification, not a stack of them on the first start of the day.
    if (!m_pending.isEmpty() && !m_flush.isActive())
        m_flush.start();
}

void TrayIcon::flush()
{
    const QList<Reminder> fresh = std::exchange(m_pending, {});
    if (fresh.isEmpty())
        return;
    const Reminder& first = fresh.first();
    m_clickedAccount = first.accountId;
    m_clickedKey = first.keyId;
    const int more = int(fresh.size()) - 1;
    if (!isUp()) {
        // One line: the first reminder, and how many more there are.
        const QString line = first.title() + u": "_s + first.text();
        if (m_window)
            m_window->statusBar()->showMessage(
                more == 0 ? line : tr("%1 (and %n more reminders)", nullptr, more).arg(line),
                StatusBarMs);
        return;
    }
    // Key and account names are anyone's text, and notification servers that speak the
    // freedesktop "body-markup" capability render the body as markup: "<b>x</b>&" must arrive as
    // those characters. The title is plain text in the specification.
    if (more == 0) {
        m_notifier(first.title(), first.text().toHtmlEscaped());
        return;
    }
    QStringList lines;
    for (int i = 0; i < int(fresh.size()) && i < SummaryLines; ++i)
        lines << QString(fresh.at(i).title() + u": "_s + fresh.at(i).text()).toHtmlEscaped();
    if (fresh.size() > SummaryLines)
        lines << tr("… and %n more.", nullptr, int(fresh.size()) - SummaryLines);
    m_notifier(tr("KeyWarden: %n reminders", nullptr, int(fresh.size())), lines.join(u'\n'));
}

void TrayIcon::showWindow()
{
    if (!m_window)
        return;
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void TrayIcon::openKey(const QString& accountId, const QString& keyId)
{
    showWindow();
    if (!m_window || accountId.isEmpty())
        return;
    m_window->selectAccount(accountId);
    if (!keyId.isEmpty() && !m_window->selectKey(keyId)) {
        m_window->clearFilters();
        m_window->selectKey(keyId);
    }
}

int TrayIcon::scheduledRevocations() const
{
    int count = 0;
    for (const RotationRecord& record : m_controller->rotations().open()) {
        if (record.state == RotationRecord::State::GracePeriod)
            ++count;
    }
    return count;
}

bool TrayIcon::keepRunningOnClose()
{
    if (m_quitting || !isUp())
        return false;
    const int scheduled = scheduledRevocations();
    if (scheduled == 0)
        return false;
    switch (Preferences(m_settings).closeAction()) {
    case Preferences::CloseAction::KeepInTray:
        return true;
    case Preferences::CloseAction::Quit:
        return false;
    case Preferences::CloseAction::Ask:
        break;
    }
    // Keeping running is the answer to Escape and Enter: nothing is lost by it.
    return !Prompts::choose(
        m_window, QMessageBox::Question, tr("Keep KeyWarden running?"),
        (scheduled == 1
             ? tr("The old key of a rotation will be revoked when its grace period ends.")
             : tr("%n old keys of rotations will be revoked when their grace periods "
                  "end.",
                  nullptr, scheduled)) +
            u' ' +
            tr("KeyWarden revokes old keys only while it runs: kept in the tray, it does so on "
               "time and tells you how it went."),
        tr("Quit"), tr("Keep running in the tray"));
}

void TrayIcon::windowClosed()
{
    if (isUp())
        emit quitRequested();
}

void TrayIcon::quit()
{
    if (!m_window) {
        emit quitRequested();
        return;
    }
    m_quitting = true;
    // The window may still ask about a secret not yet saved; staying keeps everything. Once it
    // closes, windowClosed() asks the app to quit.
    if (!m_window->close())
        m_quitting = false;
}

} // namespace kw
