#include "LeakResponseDialog.h"

#include "console/AppController.h"
#include "console/ProviderErrorText.h"
#include "core/Clock.h"
#include "core/Secret.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

constexpr int ItemRole = Qt::UserRole;
constexpr int MatchRole = Qt::UserRole + 1;

QString doneKey(const LeakResponder::Match& match)
{
    return match.accountId + u'/' + match.key.id;
}

} // namespace

LeakResponseDialog::LeakResponseDialog(AppController* controller, const QString& auditLogPath,
                                       QWidget* parent)
    : QDialog(parent), m_controller(controller), m_log(auditLogPath),
      m_responder(controller, &m_log)
{
    setWindowTitle(tr("Respond to a Leak"));
    buildLayout();
    connect(&m_responder, &LeakResponder::finished, this, &LeakResponseDialog::fillTable);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LeakResponseDialog::updateButtons);
    updateButtons();
    resize(1240, 640); // every column of a match visible on a 1280-wide screen
}

LeakResponseDialog::~LeakResponseDialog()
{
    wipePaste();
}

void LeakResponseDialog::buildLayout()
{
    auto* layout = new QVBoxLayout(this);
    auto* pasteLabel = new QLabel(
        tr("&Paste what leaked: a key, a log excerpt, a .env file or a diff. It is checked here "
           "and never saved."),
        this);
    pasteLabel->setWordWrap(true);
    m_paste = new QPlainTextEdit(this);
    m_paste->setObjectName(u"pasteBox"_s);
    m_paste->setAccessibleName(tr("Pasted text"));
    m_paste->setUndoRedoEnabled(false); // no copy of the secret in an undo stack
    m_paste->setTabChangesFocus(true);
    pasteLabel->setBuddy(m_paste);
    layout->addWidget(pasteLabel);
    layout->addWidget(m_paste, 1);

    auto* checkRow = new QHBoxLayout;
    m_check = new QPushButton(tr("&Check"), this);
    m_check->setObjectName(u"checkButton"_s);
    m_check->setToolTip(tr("Find the keys in the text, whose they are and whether they work "
                           "(Ctrl+Return)"));
    auto* checkShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(checkShortcut, &QShortcut::activated, this, &LeakResponseDialog::check);
    connect(m_check, &QPushButton::clicked, this, &LeakResponseDialog::check);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    checkRow->addWidget(m_check);
    checkRow->addWidget(m_status, 1);
    layout->addLayout(checkRow);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"matchesTable"_s);
    m_table->setAccessibleName(tr("Keys found in the pasted text"));
    m_table->setHorizontalHeaderLabels({tr("Found at"), tr("Looks like"), tr("Secret"),
                                        tr("Account"), tr("Key"), tr("Owner"), tr("Status"),
                                        tr("Age"), tr("Done")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_disable = buttons->addButton(tr("&Disable Now"), QDialogButtonBox::ActionRole);
    m_disable->setObjectName(u"disableButton"_s);
    m_revoke = buttons->addButton(tr("Re&voke Now"), QDialogButtonBox::ActionRole);
    m_revoke->setObjectName(u"revokeButton"_s);
    m_rotate = buttons->addButton(tr("R&otate…"), QDialogButtonBox::ActionRole);
    m_rotate->setObjectName(u"rotateButton"_s);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    connect(m_disable, &QPushButton::clicked, this, [this] { act(false); });
    connect(m_revoke, &QPushButton::clicked, this, [this] { act(true); });
    connect(m_rotate, &QPushButton::clicked, this, [this] {
        if (const std::optional<LeakResponder::Match> match = selectedMatch())
            emit rotateRequested(match->accountId, match->key);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString LeakResponseDialog::statusText() const
{
    return m_status->text();
}

void LeakResponseDialog::check()
{
    QString text = m_paste->toPlainText();
    std::vector<LeakFinding> findings = LeakPatterns::scan(text);
    wipe(text);
    m_table->setRowCount(0);
    m_done.clear();
    if (findings.empty()) {
        m_status->setText(tr("No key-shaped strings in the text."));
        updateButtons();
        return;
    }
    m_status->setText(
        tr("Checking %n string(s) against every account…", nullptr, int(findings.size())));
    m_check->setEnabled(false);
    m_responder.check(std::move(findings));
}

QString LeakResponseDialog::secretText(const LeakResponder::Item& item) const
{
    switch (item.liveness) {
    case LeakResponder::Liveness::Live:
        return tr("LIVE: it works");
    case LeakResponder::Liveness::NotLive:
        return tr("not live: refused (%1)").arg(item.livenessDetail.section(u' ', 0, 1));
    case LeakResponder::Liveness::Unknown:
        return tr("could not be checked");
    case LeakResponder::Liveness::Checking:
        return tr("checking…");
    case LeakResponder::Liveness::NoSecret:
        break;
    }
    return tr("no secret pasted");
}

void LeakResponseDialog::fillTable()
{
    const QList<LeakResponder::Item>& items = m_responder.items();
    const QDateTime now = Clock::app().nowUtc();
    m_table->setRowCount(0);
    int live = 0;
    for (int i = 0; i < items.size(); ++i) {
        const LeakResponder::Item& item = items[i];
        live += item.liveness == LeakResponder::Liveness::Live;
        const int rows = std::max(1, int(item.matches.size()));
        for (int m = 0; m < rows; ++m) {
            const bool mine = m < item.matches.size();
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto* found = new QTableWidgetItem(
                tr("line %1, column %2: %3")
                    .arg(item.line)
                    .arg(item.column)
                    .arg(item.publicId.isEmpty() ? tr("a secret") : item.publicId));
            found->setData(ItemRole, i);
            found->setData(MatchRole, mine ? m : -1);
            QStringList cells{LeakPatterns::lookalikeName(item.kind), secretText(item)};
            const QString secretDetail = item.livenessDetail;
            if (mine) {
                const LeakResponder::Match& match = item.matches[m];
                const int age = LeakResponder::ageDays(match.key, now);
                cells << match.accountLabel
                      << (match.key.name.isEmpty() ? match.key.id : match.key.name)
                      << match.key.principal << keyStatusText(shownStatus(match.key, now))
                      << (age < 0 ? tr("unknown") : tr("%n day(s)", nullptr, age));
            } else {
                cells << tr("not one of yours") << QString() << QString() << QString() << QString();
            }
            cells << (mine ? m_done.value(doneKey(item.matches[m])) : QString());
            m_table->setItem(row, FoundColumn, found);
            for (int c = 0; c < cells.size(); ++c)
                m_table->setItem(row, LooksLikeColumn + c, new QTableWidgetItem(cells[c]));
            m_table->item(row, SecretColumn)->setToolTip(secretDetail);
        }
    }
    m_table->resizeColumnsToContents();
    m_status->setText(
        live > 0 ? tr("%n live secret(s) found: disable, revoke or rotate the key "
                      "now.",
                      nullptr, live)
                 : tr("%n string(s) checked; no live secret.", nullptr, int(items.size())));
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    m_check->setEnabled(true);
    updateButtons();
}

std::optional<LeakResponder::Match> LeakResponseDialog::selectedMatch() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    const QTableWidgetItem* found = m_table->item(selected.first()->row(), FoundColumn);
    const int item = found->data(ItemRole).toInt();
    const int match = found->data(MatchRole).toInt();
    const QList<LeakResponder::Item>& items = m_responder.items();
    if (item < 0 || item >= items.size() || match < 0 || match >= items[item].matches.size())
        return std::nullopt;
    return items[item].matches[match];
}

// The buttons follow the selected key's account's Capabilities; where the provider can only
// suspend an owner, Disable says whose keys that stops.
void LeakResponseDialog::updateButtons()
{
    const std::optional<LeakResponder::Match> match = selectedMatch();
    const Capabilities* caps = match ? m_responder.capabilitiesOf(*match) : nullptr;
    const bool busy = m_responder.isRunning();
    m_disable->setEnabled(!busy && match && m_responder.canDisable(*match));
    m_disable->setText(
        match && m_responder.disableStopsOwner(*match)
            ? tr("&Disable Now (suspends %1: %2)")
                  .arg(match->key.principal,
                       tr("%n key(s)", nullptr, m_responder.keysStoppedByDisable(*match)))
            : tr("&Disable Now"));
    m_disable->setToolTip(caps && !m_responder.canDisable(*match) ? caps->cannotDisableHint
                                                                  : QString());
    m_revoke->setEnabled(!busy && caps && caps->revoke && match->key.deletable);
    m_rotate->setEnabled(!busy && caps && caps->revoke);
}

void LeakResponseDialog::act(bool revoke)
{
    const std::optional<LeakResponder::Match> match = selectedMatch();
    if (!match)
        return;
    const LeakResponder::Match chosen = *match;
    m_disable->setEnabled(false);
    m_revoke->setEnabled(false);
    auto done = [this, chosen, revoke](const ProviderError& error) {
        const QString what = revoke ? tr("Revoked") : tr("Disabled");
        m_done.insert(doneKey(chosen),
                      error.ok() ? what : tr("Failed: %1").arg(ProviderErrorText::what(error)));
        m_status->setText(
            error.ok() ? tr("%1: “%2” of %3.")
                             .arg(what, chosen.key.name.isEmpty() ? chosen.key.id : chosen.key.name,
                                  chosen.accountLabel)
                       : ProviderErrorText::full(error));
        fillTable();
    };
    if (revoke)
        m_responder.revoke(chosen, this, done);
    else
        m_responder.disable(chosen, this, done);
}

// The paste is overwritten before it is cleared, so that the document's buffer does not keep
// the secret; the responder wipes its copies.
void LeakResponseDialog::wipePaste()
{
    if (!m_paste)
        return;
    const int length = m_paste->document()->characterCount();
    if (length > 0)
        m_paste->setPlainText(QString(length, u'x'));
    m_paste->clear();
    m_responder.clear();
}

void LeakResponseDialog::done(int result)
{
    wipePaste();
    m_table->setRowCount(0);
    QDialog::done(result);
}

} // namespace kw
