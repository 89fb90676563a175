#include "AuditLogDialog.h"

#include "Palette.h"
#include "core/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

// Qt keeps Tab in a date field that shows its special value ("any day"): it only deselects the
// text, and a keyboard user cannot get past the field. Here Tab and Shift+Tab leave it as they
// leave every other field.
class TabLeavesAnyDay : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* edit = qobject_cast<QDateEdit*>(watched);
        if (!edit || event->type() != QEvent::KeyPress || !edit->parentWidget())
            return false;
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key != Qt::Key_Tab && key != Qt::Key_Backtab) || edit->date() != edit->minimumDate())
            return false;
        QCoreApplication::sendEvent(edit->parentWidget(), event); // moves on from the focus
        return true;
    }
};

// The date edits' lowest value stands for "no bound".
const QDate noDate(2000, 1, 1);

QByteArray csvField(QString text)
{
    // A spreadsheet runs a cell that starts like a formula; the log's text must stay text.
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    QByteArray field = text.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n') ||
        field.contains('\r')) {
        field.replace("\"", "\"\"");
        field = '"' + field + '"';
    }
    return field;
}

QString shownTime(const QDateTime& time)
{
    return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace

AuditLogDialog::AuditLogDialog(QString logPath, QWidget* parent)
    : QDialog(parent), m_path(std::move(logPath))
{
    setWindowTitle(tr("Audit Log"));
    setObjectName(u"auditLogDialog"_s);
    buildLayout();
    reload();
    resize(1000, 480);
}

QLayout* AuditLogDialog::buildFilterRow()
{
    auto* filters = new QHBoxLayout;
    auto addLabelled = [&](const QString& text, QWidget* field, const QString& accessibleName) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        field->setAccessibleName(accessibleName);
        filters->addWidget(label);
        filters->addWidget(field);
        return field;
    };
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"auditSearch"_s);
    m_search->setPlaceholderText(tr("Key, id, outcome…"));
    m_search->setClearButtonEnabled(true);
    addLabelled(tr("&Search:"), m_search, tr("Search the audit log"));
    filters->setStretchFactor(m_search, 1);
    m_account = new QComboBox(this);
    m_account->setObjectName(u"auditAccount"_s);
    addLabelled(tr("&Account:"), m_account, tr("Only this account"));
    m_action = new QComboBox(this);
    m_action->setObjectName(u"auditAction"_s);
    addLabelled(tr("Ac&tion:"), m_action, tr("Only this action"));
    for (QDateEdit** edit : {&m_from, &m_to}) {
        *edit = new QDateEdit(this);
        (*edit)->setCalendarPopup(true);
        (*edit)->setDisplayFormat(u"yyyy-MM-dd"_s);
        (*edit)->setMinimumDate(noDate);
        (*edit)->setSpecialValueText(tr("any day"));
        (*edit)->setDate(noDate);
        (*edit)->installEventFilter(new TabLeavesAnyDay(*edit));
    }
    m_from->setObjectName(u"auditFrom"_s);
    m_to->setObjectName(u"auditTo"_s);
    addLabelled(tr("&From:"), m_from, tr("From this day on"));
    addLabelled(tr("T&o:"), m_to, tr("Up to and including this day"));

    connect(m_search, &QLineEdit::textChanged, this, &AuditLogDialog::applyFilter);
    for (QComboBox* combo : {m_account, m_action})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilter);
    return filters;
}

void AuditLogDialog::buildLayout()
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("What KeyWarden did, in the window and on the command line, newest first. The log "
           "holds no secrets. Log file: %1")
            .arg(m_path),
        this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);
    layout->addLayout(buildFilterRow());

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setAccessibleName(tr("Audit log entries"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Account"), tr("Key"), tr("Action"), tr("Outcome"), tr("Source")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(OutcomeColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"auditCount"_s);
    layout->addWidget(m_countLabel);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"auditMessage"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(u"auditExportButton"_s);
    m_exportButton->setAccessibleName(tr("Export the entries shown as CSV"));
    auto* reloadButton = buttons->addButton(tr("&Reload"), QDialogButtonBox::ActionRole);
    reloadButton->setAccessibleName(tr("Read the audit log again"));
    connect(m_exportButton, &QPushButton::clicked, this, &AuditLogDialog::chooseExportFile);
    connect(reloadButton, &QPushButton::clicked, this, &AuditLogDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void AuditLogDialog::fillCombo(QComboBox* combo, const QStringList& values)
{
    const QString current = combo->currentData().toString();
    QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("All"), QString());
    for (const QString& value : values)
        combo->addItem(value, value);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void AuditLogDialog::reload()
{
    QString error;
    m_records = AuditLogReader::readFile(m_path, &error);
    std::reverse(m_records.begin(), m_records.end()); // newest first
    if (!error.isEmpty())
        showMessage(tr("The audit log %1 cannot be read: %2").arg(m_path, error), true);
    QSet<QString> accounts;
    QSet<QString> actions;
    for (const AuditRecord& record : std::as_const(m_records)) {
        if (record.corrupt)
            continue;
        accounts.insert(record.account);
        actions.insert(record.action);
    }
    QStringList accountList(accounts.cbegin(), accounts.cend());
    QStringList actionList(actions.cbegin(), actions.cend());
    accountList.sort(Qt::CaseInsensitive);
    actionList.sort(Qt::CaseInsensitive);
    fillCombo(m_account, accountList);
    fillCombo(m_action, actionList);
    applyFilter();
}

void AuditLogDialog::applyFilter()
{
    AuditFilter filter;
    filter.text = m_search->text().trimmed();
    filter.account = m_account->currentData().toString();
    filter.action = m_action->currentData().toString();
    if (m_from->date() != noDate)
        filter.from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    if (m_to->date() != noDate)
        filter.to = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC();
    m_shown = AuditLogReader::filtered(m_records, filter);
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row)
        fillRow(row, m_shown.at(row));
    m_table->resizeColumnsToContents();
    // A key's full id is long (a 64-character hash): the column keeps to about 48 characters so
    // that action, outcome and source stay in view; the whole text is in the cell's tool tip.
    const int keyWidth = m_table->fontMetrics().averageCharWidth() * 48;
    if (m_table->columnWidth(KeyColumn) > keyWidth)
        m_table->setColumnWidth(KeyColumn, keyWidth);
    qsizetype corrupt = 0;
    for (const AuditRecord& record : std::as_const(m_shown))
        corrupt += record.corrupt ? 1 : 0;
    QString count = m_records.isEmpty()
                        ? tr("Nothing is recorded yet.")
                        : tr("%1 of %2 entries shown.").arg(m_shown.size()).arg(m_records.size());
    if (corrupt > 0)
        count += u' ' + tr("Damaged lines that could not be read: %1.").arg(corrupt);
    m_countLabel->setText(count);
    m_exportButton->setEnabled(!m_shown.isEmpty());
}

void AuditLogDialog::fillRow(int row, const AuditRecord& record)
{
    QStringList texts;
    if (record.corrupt) {
        texts = {tr("line %1").arg(record.line),
                 QString(),
                 QString(),
                 tr("Damaged line"),
                 record.raw,
                 QString()};
    } else {
        const QString source = record.source == u"window"_s ? tr("window")
                               : record.source == u"cli"_s  ? tr("command line")
                                                            : tr("unknown");
        texts = {shownTime(record.time),
                 record.account,
                 record.keyId.isEmpty() || record.keyId == record.key
                     ? record.key
                     : tr("%1 (%2)").arg(record.key, record.keyId),
                 record.action,
                 record.outcome,
                 source};
    }
    for (int column = 0; column < ColumnCount; ++column) {
        auto* item = new QTableWidgetItem(texts.value(column));
        item->setToolTip(texts.value(column));
        if (record.corrupt) {
            item->setForeground(Palette::color(Palette::Role::Danger));
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        } else if (column == OutcomeColumn && record.outcome != u"ok"_s) {
            item->setForeground(Palette::color(Palette::Role::Danger));
        }
        m_table->setItem(row, column, item);
    }
}

QByteArray AuditLogDialog::toCsv(const QList<AuditRecord>& records)
{
    QByteArray csv = "line,time,account,key,key_id,action,outcome,source,corrupt\r\n";
    for (const AuditRecord& record : records) {
        const QStringList fields = {QString::number(record.line),
                                    record.corrupt ? QString()
                                                   : record.time.toString(Qt::ISODateWithMs),
                                    record.account,
                                    record.key,
                                    record.keyId,
                                    record.action,
                                    record.corrupt ? record.raw : record.outcome,
                                    record.source,
                                    record.corrupt ? u"yes"_s : u"no"_s};
        QByteArrayList encoded;
        for (const QString& field : fields)
            encoded.append(csvField(field));
        csv += encoded.join(',') + "\r\n";
    }
    return csv;
}

bool AuditLogDialog::exportCsv(const QString& path)
{
    // QSaveFile writes a temporary file beside the target and renames it when all is written:
    // a failed export leaves no half-written file and an existing one untouched.
    QSaveFile file(path);
    const QByteArray csv = toCsv(m_shown);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        showMessage(tr("The CSV file %1 could not be written: %2").arg(path, file.errorString()),
                    true);
        return false;
    }
    showMessage(tr("Exported to %1 (entries: %2).").arg(path).arg(m_shown.size()), false);
    return true;
}

void AuditLogDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Audit Log"),
        u"keywarden-audit-%1.csv"_s.arg(Clock::app().nowUtc().toString(u"yyyy-MM-dd"_s)),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void AuditLogDialog::showMessage(const QString& text, bool failed)
{
    m_messageLabel->setText(text);
    if (failed)
        Palette::paint(m_messageLabel, Palette::Role::Danger, true);
    else
        Palette::unpaint(m_messageLabel);
    m_messageLabel->show();
}

} // namespace kw
