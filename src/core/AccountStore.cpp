#include "AccountStore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSettings>

namespace kw {

namespace {

using namespace Qt::StringLiterals;

const QString accountsArray = u"accounts"_s;

} // namespace

// The fields are written one by one on purpose: a new field of Account is not saved until it is
// added here, so a secret can never reach the settings file by accident.

AccountStore::AccountStore(QSettings& settings) : m_settings(settings) {}

QList<Account> AccountStore::load() const
{
    QList<Account> accounts;
    const int count = m_settings.beginReadArray(accountsArray);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        Account account;
        account.id = m_settings.value(u"id"_s).toString();
        account.provider = m_settings.value(u"provider"_s).toString();
        account.label = m_settings.value(u"label"_s).toString();
        account.endpoint = QUrl(m_settings.value(u"endpoint"_s).toString());
        account.caFile = m_settings.value(u"caFile"_s).toString();
        account.s3Endpoint = QUrl(m_settings.value(u"s3Endpoint"_s).toString());
        account.region = m_settings.value(u"region"_s).toString();
        account.organizationId = m_settings.value(u"organizationId"_s).toString();
        account.proxy = QUrl(m_settings.value(u"proxy"_s).toString());
        if (!account.id.isEmpty())
            accounts.append(account);
    }
    m_settings.endArray();
    return accounts;
}

void AccountStore::save(const QList<Account>& accounts)
{
    m_settings.remove(accountsArray); // a shorter list must not leave old entries behind
    m_settings.beginWriteArray(accountsArray);
    int index = 0;
    for (const Account& account : accounts) {
        if (account.sandbox)
            continue;
        m_settings.setArrayIndex(index++);
        m_settings.setValue(u"id"_s, account.id);
        m_settings.setValue(u"provider"_s, account.provider);
        m_settings.setValue(u"label"_s, account.label);
        m_settings.setValue(u"endpoint"_s, account.endpoint.toString(QUrl::RemovePassword));
        m_settings.setValue(u"caFile"_s, account.caFile);
        m_settings.setValue(u"s3Endpoint"_s, account.s3Endpoint.toString(QUrl::RemovePassword));
        m_settings.setValue(u"region"_s, account.region);
        m_settings.setValue(u"organizationId"_s, account.organizationId);
        if (account.proxy.isEmpty())
            m_settings.remove(u"proxy"_s);
        else
            m_settings.setValue(u"proxy"_s, account.proxy.toString(QUrl::RemovePassword));
    }
    m_settings.endArray();
    m_settings.sync();
}

// The window and keywarden-cli (or two scripts) change the one list at once: each change
// re-reads the file under a lock of its own, so an account another process added in the meantime
// is kept. (QSettings' own lock only covers one write; the list is rewritten as a whole.)
template <typename Change> void AccountStore::changeLocked(Change&& change)
{
    const QString file = m_settings.fileName();
    QLockFile lock(file.isEmpty() ? QString() : file + u".accounts-lock"_s);
    lock.setStaleLockTime(30000);
    // A writer that hangs must not hang this one; without a file there is nothing to share.
    const bool locked = !file.isEmpty() && lock.tryLock(10000);
    const QDateTime found = file.isEmpty() ? QDateTime() : QFileInfo(file).lastModified();
    m_settings.sync(); // what other processes wrote since
    QList<Account> accounts = load();
    change(accounts);
    save(accounts);
    // QSettings in another process skips reading a file whose size and time it has seen, and
    // Linux stamps files from a coarse clock: a same-sized list written within that tick would go
    // unseen there, and its next change would write the old list back. So each version gets a
    // later time than the one it replaced, even when the clock has not moved.
    if (found.isValid() && QFileInfo(file).lastModified() <= found) {
        QFile written(file);
        if (written.open(QIODevice::ReadWrite))
            written.setFileTime(found.addMSecs(1), QFileDevice::FileModificationTime);
    }
    if (locked)
        lock.unlock();
}

void AccountStore::add(const Account& account)
{
    changeLocked([&account](QList<Account>& accounts) {
        bool replaced = false;
        for (Account& existing : accounts) {
            if (existing.id == account.id) {
                existing = account;
                replaced = true;
            }
        }
        if (!replaced)
            accounts.append(account);
    });
}

void AccountStore::remove(const QString& accountId)
{
    changeLocked([&accountId](QList<Account>& accounts) {
        accounts.removeIf([&accountId](const Account& account) { return account.id == accountId; });
    });
}

} // namespace kw
