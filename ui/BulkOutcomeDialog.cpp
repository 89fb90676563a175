#include "BulkOutcomeDialog.h"

#include "KeyDisplayName.h"
#include "Palette.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kw {

namespace {

using Outcome = BulkKeyActions::Outcome;

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

BulkOutcomeDialog::BulkOutcomeDialog(const QString& title, const QList<BulkKeyActions::Item>& items,
                                     QWidget* parent)
    : QDialog(parent), m_items(items), m_summary(new QLabel(this)),
      m_table(new QTableWidget(int(items.size()), ColumnCount, this)),
      m_stop(new QPushButton(tr("&Stop Remaining"), this)),
      m_copy(new QPushButton(tr("&Copy as Text"), this))
{
    setObjectName(u"bulkOutcomeDialog"_s);
    setWindowTitle(title);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table->setObjectName(u"outcomeTable"_s);
    m_table->setAccessibleName(tr("Outcome per key"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Account"), tr("Outcome"), tr("Message")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // A provider's message can run to two sentences and a line of advice: rows grow to show it.
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < m_items.size(); ++row)
        updateItem(row, m_items.at(row));
    m_table->resizeColumnsToContents();
    for (int column = KeyColumn; column < MessageColumn; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 260));
    m_table->resizeRowsToContents();

    m_stop->setObjectName(u"stopButton"_s);
    m_stop->setAccessibleName(tr("Stop remaining"));
    m_stop->setToolTip(tr("Start no further key; the ones in progress still finish"));
    m_copy->setObjectName(u"copyButton"_s);
    m_copy->setAccessibleName(tr("Copy as text"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    close->setAccessibleName(tr("Close"));
    close->setDefault(true); // Enter closes; copying is a choice
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        emit stopRequested();
    });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(text()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    updateSummary();
    resize(860, std::clamp(160 + 30 * int(items.size()), 300, 620));
}

void BulkOutcomeDialog::updateItem(int index, const BulkKeyActions::Item& item)
{
    if (index < 0 || index >= m_items.size())
        return;
    m_items[index] = item;
    m_table->setItem(index, KeyColumn, cell(keyDisplayName(item.ref.key)));
    m_table->setItem(index, AccountColumn, cell(item.accountLabel));
    QTableWidgetItem* outcome = cell(BulkKeyActions::outcomeText(item.outcome));
    if (item.outcome == Outcome::Failed)
        outcome->setForeground(Palette::color(Palette::Role::Danger));
    m_table->setItem(index, OutcomeColumn, outcome);
    m_table->setItem(index, MessageColumn, cell(item.message));
    m_table->resizeRowToContents(index);
    updateSummary();
}

void BulkOutcomeDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    for (int row = 0; row < m_table->rowCount() && row < m_items.size(); ++row) {
        if (QTableWidgetItem* outcome = m_table->item(row, OutcomeColumn);
            outcome && m_items.at(row).outcome == Outcome::Failed)
            outcome->setForeground(Palette::color(Palette::Role::Danger, palette()));
    }
}

void BulkOutcomeDialog::setFinished()
{
    m_finished = true;
    m_stop->setEnabled(false);
    m_stop->hide();
    updateSummary();
}

QString BulkOutcomeDialog::summary() const
{
    int counts[6] = {};
    for (const BulkKeyActions::Item& item : m_items)
        ++counts[int(item.outcome)];
    QStringList parts;
    parts << tr("%1 done").arg(counts[int(Outcome::Done)]);
    if (counts[int(Outcome::Failed)] > 0)
        parts << tr("%1 failed").arg(counts[int(Outcome::Failed)]);
    if (counts[int(Outcome::Skipped)] > 0)
        parts << tr("%1 skipped").arg(counts[int(Outcome::Skipped)]);
    if (counts[int(Outcome::Cancelled)] > 0)
        parts << tr("%1 not started").arg(counts[int(Outcome::Cancelled)]);
    const int open = counts[int(Outcome::Waiting)] + counts[int(Outcome::Running)];
    const QString tally = parts.join(u", "_s);
    return m_finished || open == 0 ? tr("Finished: %1.").arg(tally)
                                   : tr("Working… %1 of %2 keys answered so far: %3.")
                                         .arg(m_items.size() - open)
                                         .arg(m_items.size())
                                         .arg(tally);
}

void BulkOutcomeDialog::updateSummary()
{
    m_summary->setText(summary());
}

QString BulkOutcomeDialog::text() const
{
    QStringList lines;
    lines << windowTitle();
    for (const BulkKeyActions::Item& item : m_items) {
        QString line = tr("%1 (%2): %3")
                           .arg(keyDisplayName(item.ref.key), item.accountLabel,
                                BulkKeyActions::outcomeText(item.outcome));
        if (!item.message.isEmpty())
            line += u" — "_s + item.message;
        lines << line;
    }
    lines << summary();
    return lines.join(u'\n') + u'\n';
}

} // namespace kw
