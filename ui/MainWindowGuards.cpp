// The parts of the main window that keep a user from losing something without knowing it: a
// key created without its secret (an orphan), an audit log that cannot be written, and quitting
// while a secret is shown or a create is under way.
#include "Announce.h"
#include "KeyDisplayName.h"
#include "MainWindow.h"
#include "Palette.h"
#include "Prompts.h"
#include "RevealSecretDialog.h"
#include "TrayIcon.h"
#include "console/AppController.h"
#include "console/ProviderErrorText.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QToolTip>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

// A tool tip shows its text as typed: Qt would render anything that looks like markup.
QString plainToolTip(const QString& text)
{
    return u"<p style='white-space:pre-wrap'>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

} // namespace

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QMainWindow::eventFilter(watched, event);
    QAbstractItemView* view = nullptr;
    if (watched == m_ui->keyTable->viewport())
        view = m_ui->keyTable;
    else if (watched == m_ui->accountList->viewport())
        view = m_ui->accountList;
    if (!view)
        return QMainWindow::eventFilter(watched, event);
    // The models' tips carry key names, owners and provider errors.
    const auto* help = static_cast<QHelpEvent*>(event);
    const QModelIndex index = view->indexAt(help->pos());
    const QString tip = index.isValid() ? index.data(Qt::ToolTipRole).toString() : QString();
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), plainToolTip(tip), view->viewport(),
                           view->visualRect(index));
    return true;
}

void MainWindow::InFlight::finish()
{
    if (finished)
        return;
    finished = true;
    if (window)
        --window->m_inFlight;
}

MainWindow::InFlight::~InFlight()
{
    finish();
}

std::shared_ptr<MainWindow::InFlight> MainWindow::beginInFlight()
{
    ++m_inFlight;
    auto flight = std::make_shared<InFlight>();
    flight->window = this;
    return flight;
}

void MainWindow::setUpGuards()
{
    m_auditBanner = new QFrame(this);
    m_auditBanner->setObjectName(u"auditBanner"_s);
    m_auditBanner->setFrameShape(QFrame::StyledPanel);
    m_auditBanner->setAccessibleName(tr("Audit log not written"));
    Palette::paintBanner(m_auditBanner, Palette::Banner::Warning, u"QFrame#auditBanner"_s,
                         u"QLabel#auditBannerLabel"_s);
    auto* layout = new QHBoxLayout(m_auditBanner);
    m_auditLabel = new QLabel(m_auditBanner);
    m_auditLabel->setObjectName(u"auditBannerLabel"_s);
    m_auditLabel->setTextFormat(Qt::PlainText);
    m_auditLabel->setWordWrap(true);
    m_auditLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_auditLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_auditLabel, 1);
    auto* dismiss = new QPushButton(tr("&Hide"), m_auditBanner);
    dismiss->setObjectName(u"auditBannerDismiss"_s);
    dismiss->setAccessibleName(tr("Hide the audit log warning"));
    layout->addWidget(dismiss);
    connect(dismiss, &QPushButton::clicked, m_auditBanner, &QWidget::hide);
    m_ui->keysLayout->insertWidget(0, m_auditBanner);
    m_auditBanner->hide();
    connect(m_controller, &AppController::auditWriteFailed, this, &MainWindow::showAuditFailure);
    m_ui->keyTable->viewport()->installEventFilter(this);
    m_ui->accountList->viewport()->installEventFilter(this);
    // A status message is painted, not a child label: as the status bar's name a screen reader
    // reads it (setAccessibleName announces the change), and "Status bar" again once it is gone.
    statusBar()->setAccessibleName(tr("Status bar"));
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString& message) {
        statusBar()->setAccessibleName(message.isEmpty() ? tr("Status bar") : message);
    });
}

void MainWindow::showAuditFailure(const QString& path, const QString& reason)
{
    const QString text =
        tr("The audit log could not be written: %1 (%2). What you do still happens at the "
           "provider, but it is not recorded until the file can be written again.")
            .arg(path, reason.isEmpty() ? tr("no reason given") : reason);
    const bool changed = text != m_auditLabel->text() || !m_auditBanner->isVisible();
    m_auditLabel->setText(text);
    m_auditLabel->setAccessibleName(tr("Audit log not written"));
    m_auditLabel->setAccessibleDescription(text);
    m_auditBanner->setAccessibleDescription(text);
    m_auditBanner->show();
    if (changed) {
        // Screen readers announce it once per new failure, not on every action that fails.
        Announce::send(m_auditLabel);
    }
}

void MainWindow::offerOrphanRevoke(const QString& accountId, const ApiKey& key)
{
    // Asked once the controller's answer has been delivered, never from inside it.
    QMetaObject::invokeMethod(
        this,
        [this, accountId, key] {
            const QString name = keyDisplayName(key);
            const bool revoke =
                Prompts::choose(this, QMessageBox::Warning, tr("Key created without its secret"),
                                ProviderErrorText::orphan(key.name, key.id), tr("Revoke key"),
                                tr("Keep key"), true);
            if (!revoke) {
                addNotice(tr("The key “%1” was kept, but its secret cannot be shown: revoke it "
                             "from the key list once it is not needed.")
                              .arg(name));
                return;
            }
            statusBar()->showMessage(tr("Revoking “%1”…").arg(name));
            auto flight = beginInFlight();
            m_controller->revokeKey(
                accountId, key, this, [this, name, flight](const ProviderError& error) {
                    flight->finish();
                    statusBar()->clearMessage();
                    if (error) {
                        addNotice(tr("The key “%1” could not be revoked: %2 It still exists: "
                                     "revoke it from the key list.")
                                      .arg(name, ProviderErrorText::full(error)));
                        return;
                    }
                    showStatus(tr("Revoked “%1”, the key whose secret never arrived.").arg(name));
                });
        },
        Qt::QueuedConnection);
}

void MainWindow::addNotice(const QString& text)
{
    // Below the notice that led here (a rotation that stopped), not instead of it.
    showNotice(m_notice.isEmpty() ? text : m_notice + u"\n\n"_s + text);
}

QString MainWindow::unfinishedWork() const
{
    int unsaved = 0;
    for (const QPointer<RevealSecretDialog>& reveal : m_reveals) {
        if (reveal && reveal->isVisible() && !reveal->isSaveConfirmed())
            ++unsaved;
    }
    QStringList reasons;
    if (unsaved > 0)
        reasons << tr("A new secret is shown that you have not confirmed as saved; it cannot be "
                      "shown again.");
    if (m_inFlight > 0)
        reasons << tr("A key is being created, rotated or revoked: quitting now may leave a key "
                      "whose secret you never see.");
    return reasons.join(QLatin1Char(' '));
}

void MainWindow::setTray(TrayIcon* tray)
{
    m_tray = tray;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Kept running in the tray, nothing is lost: planned revocations still happen on time.
    if (m_tray && m_tray->keepRunningOnClose()) {
        hide();
        event->ignore();
        return;
    }
    const QString why = unfinishedWork();
    if (!why.isEmpty() &&
        !Prompts::choose(this, QMessageBox::Warning, tr("Quit KeyWarden?"),
                         why + u"\n\n"_s + tr("Quit anyway?"), tr("Quit anyway"), tr("Stay"))) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
    if (m_tray)
        m_tray->windowClosed();
}

} // namespace kw
