#pragma once

#include "console/BulkKeyActions.h"

#include <QDialog>
#include <QList>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace kw {

// What became of each key of an action on several keys: a table of key, account, outcome and
// the provider's message (or why the key was skipped), filled in live as the answers arrive,
// with a summary above it. Copy as Text puts the list on the clipboard (it holds no secret);
// Stop Remaining asks the run to start no further key.
class BulkOutcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        KeyColumn,
        AccountColumn,
        OutcomeColumn,
        MessageColumn,
        ColumnCount
    };

    BulkOutcomeDialog(const QString& title, const QList<BulkKeyActions::Item>& items,
                      QWidget* parent = nullptr);

    void updateItem(int index, const BulkKeyActions::Item& item);
    // The run ended: nothing left to stop.
    void setFinished();

    // The list as Copy as Text puts it on the clipboard: one line per key, then the summary.
    QString text() const;
    QString summary() const;

signals:
    void stopRequested();

protected:
    // A new palette (the desktop turned dark): the failed outcomes take its red.
    void changeEvent(QEvent* event) override;

private:
    void updateSummary();

    QList<BulkKeyActions::Item> m_items;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_stop;
    QPushButton* m_copy;
    bool m_finished = false;
};

} // namespace kw
