#pragma once

#include <QAbstractListModel>
#include <QIcon>
#include <QStringList>

namespace kw {

class AppController;

// The accounts of the controller for the list on the left: label, provider and load status
// (loading / n keys / error), in the order they were added. With two or more accounts an
// "All accounts" row comes first (the fleet view): its account id is empty, AllAccountsRole is
// true, and its status adds the others up ("1 234 keys · 1 loading · 1 failed").
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        AccountIdRole = Qt::UserRole,
        StateRole, // int(AppController::LoadState)
        StatusTextRole,
        AllAccountsRole, // bool: the "All accounts" row
    };

    explicit AccountListModel(AppController* controller, QObject* parent = nullptr);

    // Empty for the "All accounts" row.
    QString accountIdAt(int row) const;
    int rowOfAccount(const QString& accountId) const;
    bool hasAllAccountsRow() const { return m_allRow; }
    int allAccountsRow() const { return m_allRow ? 0 : -1; }
    // The status of the "All accounts" row, also when it is not shown.
    QString aggregateStatusText() const;
    // A badge with the provider's initial in a colour of its own, to tell providers apart in
    // the fleet view's Account column.
    static QIcon providerIcon(const QString& providerId, const QString& providerName);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QString statusText(const QString& accountId) const;
    QVariant allAccountsData(int role) const;
    // Shows or hides the "All accounts" row as the number of accounts asks.
    void updateAllRow();
    void onAdded(const QString& accountId);
    void onChanged(const QString& accountId);
    void onRemoved(const QString& accountId);

    AppController* m_controller;
    QStringList m_ids;
    bool m_allRow = false;
};

} // namespace kw
