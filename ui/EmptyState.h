#pragma once

#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace kw {

// What the key table says when it has nothing to show: on a first start without accounts, what
// KeyWarden is for with "Add account…" and "Try the sandbox"; when the filters hide every key,
// which filter did it with "Clear filter". It lies over the widget it covers (the table's
// viewport) and follows its size, so the table's header and place stay as they are.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget* cover);

    void showNoAccounts();
    // filterText: what the user typed; empty when only the other filters hide the keys.
    // activeFilters: the other filters that are set, as KeyFilter::describe() words them.
    void showNoMatch(const QString& filterText, int total, const QStringList& activeFilters = {});

    QString title() const;
    QString text() const;

signals:
    void addAccountRequested();
    void trySandboxRequested();
    void clearFilterRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class Mode
    {
        None,
        NoAccounts,
        NoMatch
    };
    void retranslate();

    QWidget* m_cover;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_addAccount;
    QPushButton* m_trySandbox;
    QPushButton* m_clearFilter;
    Mode m_mode = Mode::None;
    QString m_filterText;
    QStringList m_activeFilters;
    int m_total = 0;
};

} // namespace kw
