#pragma once

#include "Account.h"

#include <QList>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace kw {

// Accounts in QSettings: labels, endpoints, ids. Never a token (that is the vault's job).
class AccountStore
{
public:
    explicit AccountStore(QSettings& settings);

    QList<Account> load() const;
    void save(const QList<Account>& accounts); // sandbox accounts are skipped
    void add(const Account& account);
    void remove(const QString& accountId);

private:
    template <typename Change> void changeLocked(Change&& change);

    QSettings& m_settings;
};

} // namespace kw
