#include "RotationsDialog.h"

#include "Palette.h"
#include "Prompts.h"
#include "console/AppController.h"
#include "console/ProviderErrorText.h"
#include "console/RotationOrchestrator.h"
#include "core/Clock.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

QString keyText(const QString& name, const QString& id)
{
    return name.isEmpty() ? id : name;
}

} // namespace

RotationsDialog::RotationsDialog(AppController* controller, QWidget* parent)
    : QDialog(parent), m_controller(controller)
{
    setWindowTitle(tr("Rotations"));
    setObjectName(u"rotationsDialog"_s);
    buildLayout();
    connect(m_controller, &AppController::accountChanged, this, &RotationsDialog::reload);
    connect(m_controller, &AppController::accountRemoved, this, &RotationsDialog::reload);
    reload();
    resize(1120, 380); // the last-use and state columns read in full
}

void RotationsDialog::buildLayout()
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Rotations whose old key is not revoked yet. Its revocation is "
                                "planned for the date shown (waiting for quiet: you are asked "
                                "then); until then both keys work, unless the old one is "
                                "disabled."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"rotationsTable"_s);
    m_table->setAccessibleName(tr("Open rotations"));
    m_table->setHorizontalHeaderLabels({tr("Account"), tr("Old key"), tr("New key"),
                                        tr("Revoke on"), tr("Old key's last use"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RotationsDialog::updateButtons);

    m_emptyLabel = new QLabel(tr("No rotation is open: every rotated key's old key is revoked "
                                 "or was kept."),
                              this);
    m_emptyLabel->setObjectName(u"rotationsEmptyLabel"_s);
    m_emptyLabel->setWordWrap(true);
    layout->addWidget(m_emptyLabel);

    m_promptLabel = new QLabel(this);
    m_promptLabel->setObjectName(u"rotationsPromptLabel"_s);
    m_promptLabel->setAccessibleName(tr("Decision needed"));
    m_promptLabel->setTextFormat(Qt::PlainText);
    m_promptLabel->setWordWrap(true);
    Palette::paint(m_promptLabel, Palette::Role::Danger);
    m_promptLabel->hide();
    layout->addWidget(m_promptLabel);

    layout->addLayout(buildActions());

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(u"rotationsResultLabel"_s);
    m_resultLabel->setTextFormat(Qt::PlainText); // key names and provider text, as typed
    m_resultLabel->setWordWrap(true);
    m_resultLabel->hide();
    layout->addWidget(m_resultLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QHBoxLayout* RotationsDialog::buildActions()
{
    auto* actions = new QHBoxLayout;
    m_revokeNowButton = new QPushButton(tr("&Revoke Old Key Now…"), this);
    m_revokeNowButton->setObjectName(u"revokeNowButton"_s);
    m_revokeNowButton->setAccessibleName(tr("Revoke the old key now"));
    connect(m_revokeNowButton, &QPushButton::clicked, this, &RotationsDialog::revokeNow);
    actions->addWidget(m_revokeNowButton);

    auto* byLabel = new QLabel(tr("Postpone &by:"), this);
    m_postponeDays = new QSpinBox(this);
    m_postponeDays->setObjectName(u"postponeDaysSpin"_s);
    m_postponeDays->setAccessibleName(tr("Days to postpone the revocation by"));
    m_postponeDays->setRange(1, 365);
    m_postponeDays->setValue(RotationStore::DefaultGraceDays);
    m_postponeDays->setSuffix(tr(" days"));
    byLabel->setBuddy(m_postponeDays);
    actions->addWidget(byLabel);
    actions->addWidget(m_postponeDays);
    m_postponeButton = new QPushButton(tr("&Postpone"), this);
    m_postponeButton->setObjectName(u"postponeButton"_s);
    m_postponeButton->setAccessibleName(tr("Postpone the revocation"));
    connect(m_postponeButton, &QPushButton::clicked, this, &RotationsDialog::postpone);
    actions->addWidget(m_postponeButton);

    m_keepBothButton = new QPushButton(tr("&Keep Both Keys"), this);
    m_keepBothButton->setObjectName(u"keepBothButton"_s);
    m_keepBothButton->setAccessibleName(tr("Keep both keys and close the rotation"));
    m_keepBothButton->setToolTip(
        tr("Close the rotation without revoking the old key: both keys keep working"));
    connect(m_keepBothButton, &QPushButton::clicked, this, &RotationsDialog::keepBoth);
    actions->addWidget(m_keepBothButton);

    m_reenableButton = new QPushButton(tr("Re-&enable Old Key"), this);
    m_reenableButton->setObjectName(u"reenableButton"_s);
    m_reenableButton->setAccessibleName(tr("Enable the disabled old key again"));
    m_reenableButton->setToolTip(tr("Something still needed the old key: enable it again. It is "
                                    "then deleted only when you decide."));
    connect(m_reenableButton, &QPushButton::clicked, this, &RotationsDialog::reenable);
    actions->addWidget(m_reenableButton);
    actions->addStretch(1);
    return actions;
}

void RotationsDialog::reload()
{
    const QString keep = selected() ? selected()->id : QString();
    m_records = m_controller->rotations().open();
    std::sort(m_records.begin(), m_records.end(),
              [](const RotationRecord& a, const RotationRecord& b) {
                  // Those waiting for the user first, then the soonest revocation; those not
                  // planned yet last.
                  const bool askA = a.state == RotationRecord::State::AwaitingDecision;
                  const bool askB = b.state == RotationRecord::State::AwaitingDecision;
                  if (askA != askB)
                      return askA;
                  if (a.revokeAfter.isValid() != b.revokeAfter.isValid())
                      return a.revokeAfter.isValid();
                  return a.revokeAfter < b.revokeAfter;
              });
    m_table->setRowCount(int(m_records.size()));
    for (int row = 0; row < m_records.size(); ++row)
        fillRow(row, m_records.at(row));
    m_table->resizeColumnsToContents();
    m_emptyLabel->setVisible(m_records.isEmpty());
    if (keep.isEmpty() || !selectRotation(keep)) {
        if (!m_records.isEmpty() && !selected())
            m_table->selectRow(0);
    }
    updateButtons();
}

QString RotationsDialog::stateText(const RotationRecord& record, const QDateTime& now) const
{
    switch (record.state) {
    case RotationRecord::State::NewKeyCreated:
        return tr("New key being handed over");
    case RotationRecord::State::AwaitingDecision:
        return tr("Waiting for your decision"); // the why: the prompt and the tooltip
    case RotationRecord::State::OldKeyDisabled:
        return record.note.isEmpty() ? tr("Old key disabled; deleted on the date shown")
                                     : tr("Old key disabled; %1").arg(record.note);
    default:
        break;
    }
    if (record.mode == RotationRecord::GraceMode::Quiet && record.note.isEmpty())
        return tr("Waiting until the old key is unused for %n hour(s)", nullptr, record.quietHours);
    if (record.isDue(now))
        return record.note.isEmpty() ? tr("Due: being revoked")
                                     : tr("Due; last try failed: %1").arg(record.note);
    return tr("Grace period: both keys work");
}

void RotationsDialog::fillRow(int row, const RotationRecord& record)
{
    const AppController::AccountView* view = m_controller->account(record.accountId);
    const QDateTime now = Clock::app().nowUtc();
    const bool planned = record.state != RotationRecord::State::NewKeyCreated;
    const QString lastUse = RotationOrchestrator::lastUseText(record, now);
    const QStringList texts = {
        view ? view->account.label : record.accountId,
        keyText(record.oldKeyName, record.oldKeyId),
        keyText(record.newKeyName, record.newKeyId),
        planned && record.revokeAfter.isValid()
            ? QLocale().toString(record.revokeAfter.toLocalTime(), QLocale::ShortFormat)
            : tr("not planned yet"),
        lastUse.isEmpty() ? tr("not known") : lastUse,
        stateText(record, now)};
    for (int column = 0; column < ColumnCount; ++column) {
        auto* item = new QTableWidgetItem(texts.at(column));
        if (column == OldKeyColumn)
            item->setToolTip(record.oldKeyId);
        else if (column == NewKeyColumn)
            item->setToolTip(record.newKeyId);
        else if (column == StateColumn)
            item->setToolTip(record.note.isEmpty() ? texts.at(column) : record.note);
        else if (column == RevokeOnColumn && planned)
            item->setForeground(Palette::color(Palette::Role::ScheduledRevoke));
        m_table->setItem(row, column, item);
    }
}

bool RotationsDialog::selectRotation(const QString& recordId)
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == recordId) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

const RotationRecord* RotationsDialog::selected() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

void RotationsDialog::updateButtons()
{
    // Only a planned revocation can be brought forward, moved or dropped; a handover in
    // progress is decided in its own dialog.
    const RotationRecord* record = selected();
    const bool planned = record && record->state != RotationRecord::State::NewKeyCreated;
    const bool disabled = record && record->state == RotationRecord::State::OldKeyDisabled;
    for (QWidget* widget :
         {static_cast<QWidget*>(m_revokeNowButton), static_cast<QWidget*>(m_postponeDays),
          static_cast<QWidget*>(m_postponeButton)})
        widget->setEnabled(planned);
    // A disabled old key is enabled again first, or "keep both" would keep it unusable.
    m_keepBothButton->setEnabled(planned && !disabled);
    m_reenableButton->setEnabled(disabled);
    m_reenableButton->setVisible(
        std::any_of(m_records.cbegin(), m_records.cend(), [](const RotationRecord& r) {
            return r.state == RotationRecord::State::OldKeyDisabled;
        }));
    const bool asks = record && record->state == RotationRecord::State::AwaitingDecision;
    m_promptLabel->setText(
        asks ? tr("“%1” needs your decision: %2")
                   .arg(keyText(record->oldKeyName, record->oldKeyId), record->note)
             : QString());
    m_promptLabel->setVisible(asks);
}

void RotationsDialog::showResult(const QString& text, bool failed)
{
    m_resultLabel->setText(text);
    if (failed)
        Palette::paint(m_resultLabel, Palette::Role::Danger);
    else
        Palette::unpaint(m_resultLabel);
    m_resultLabel->setVisible(!text.isEmpty());
}

void RotationsDialog::revokeNow()
{
    const RotationRecord* record = selected();
    if (!record)
        return;
    const RotationRecord chosen = *record;
    const QString oldKey = keyText(chosen.oldKeyName, chosen.oldKeyId);
    const QString when = QLocale().toString(chosen.revokeAfter.toLocalTime(), QLocale::ShortFormat);
    if (!Prompts::choose(this, QMessageBox::Warning, tr("Revoke Old Key Now"),
                         tr("Revoke the old key “%1” now instead of on %2? Whatever still uses "
                            "it stops working at once; the new key “%3” stays.")
                             .arg(oldKey, when, keyText(chosen.newKeyName, chosen.newKeyId)),
                         tr("Revoke Old Key Now"), tr("Keep It Until %1").arg(when)))
        return;
    m_revokeNowButton->setEnabled(false);
    showResult(tr("Revoking “%1”…").arg(oldKey));
    m_controller->revokeRotationNow(chosen.id, this, [this, oldKey](const ProviderError& error) {
        if (error)
            showResult(tr("The old key “%1” was not revoked: %2")
                           .arg(oldKey, ProviderErrorText::what(error)),
                       true);
        else
            showResult(tr("The old key “%1” is revoked; the rotation is complete.").arg(oldKey));
        reload();
    });
}

void RotationsDialog::postpone()
{
    const RotationRecord* record = selected();
    if (!record)
        return;
    // Counted from the planned date, or from now when that has passed.
    const QDateTime now = Clock::app().nowUtc();
    const QDateTime from = record->revokeAfter > now ? record->revokeAfter : now;
    const QDateTime to = from.addDays(m_postponeDays->value());
    const QString oldKey = keyText(record->oldKeyName, record->oldKeyId);
    if (m_controller->postponeRotation(record->id, to))
        showResult(tr("“%1” will be revoked on %2.")
                       .arg(oldKey, QLocale().toString(to.toLocalTime(), QLocale::ShortFormat)));
    else
        showResult(tr("The revocation of “%1” could not be postponed: it is no longer planned.")
                       .arg(oldKey),
                   true);
    reload();
}

void RotationsDialog::keepBoth()
{
    const RotationRecord* record = selected();
    if (!record)
        return;
    const QString oldKey = keyText(record->oldKeyName, record->oldKeyId);
    if (m_controller->keepBothRotationKeys(record->id))
        showResult(tr("The rotation is closed; “%1” stays active beside the new key. Revoke it "
                      "yourself when it is no longer used.")
                       .arg(oldKey));
    else
        showResult(tr("“%1” is no longer planned for revocation.").arg(oldKey), true);
    reload();
}

void RotationsDialog::reenable()
{
    const RotationRecord* record = selected();
    if (!record)
        return;
    const QString oldKey = keyText(record->oldKeyName, record->oldKeyId);
    m_reenableButton->setEnabled(false);
    showResult(tr("Enabling “%1” again…").arg(oldKey));
    m_controller->rotationOrchestrator().reenable(
        record->id, this, [this, oldKey](const ProviderError& error) {
            if (error)
                showResult(tr("“%1” could not be enabled again: %2")
                               .arg(oldKey, ProviderErrorText::what(error)),
                           true);
            else
                showResult(tr("“%1” works again. It is not deleted until you decide: revoke it, "
                              "postpone, or keep both keys.")
                               .arg(oldKey));
            reload();
        });
}

} // namespace kw
