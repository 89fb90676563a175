#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace kw {

class AppController;

// The accounts of the controller for the list on the left: label, provider and load status
// (loading / n keys / error), in the order they were added.
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        AccountIdRole = Qt::UserRole,
        StateRole, // int(AppController::LoadState)
        StatusTextRole,
    };

    explicit AccountListModel(AppController* controller, QObject* parent = nullptr);

    QString accountIdAt(int row) const;
    int rowOfAccount(const QString& accountId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QString statusText(const QString& accountId) const;
    void onAdded(const QString& accountId);
    void onChanged(const QString& accountId);
    void onRemoved(const QString& accountId);

    AppController* m_controller;
    QStringList m_ids;
};

} // namespace kw
