#pragma once

#include "core/Secret.h"
#include "vault/SecretStore.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace kw {

// Secrets of keys the user chose to keep (`keywarden-cli keys create --store`), so that they can
// feed AWS tools through credential_process instead of sitting in a plain file. The secret goes
// to the keychain under "key/<account id>/<key id>"; QSettings keeps only a non-secret index
// (which keys, when they expire), so that listing them asks the keychain nothing.
class StoredKeySecrets
{
public:
    struct Entry
    {
        QString accountId;
        QString keyId;
        QDateTime stored;  // UTC
        QDateTime expires; // UTC; invalid: the key does not expire
    };

    StoredKeySecrets(QSettings& settings, SecretStore* vault);

    static QString vaultKey(const QString& accountId, const QString& keyId);

    bool contains(const QString& accountId, const QString& keyId) const;
    std::optional<Entry> entry(const QString& accountId, const QString& keyId) const;
    QList<Entry> all() const;

    // The index is written only once the keychain has the secret.
    void store(const Entry& entry, const Secret& secret, const QObject* context,
               SecretStore::Callback done);
    void read(const QString& accountId, const QString& keyId, const QObject* context,
              SecretStore::Callback done);
    // Removes the secret and its index entry (the index goes even when the keychain fails: a
    // revoked key's secret is worthless, and a stale entry would only mislead).
    void forget(const QString& accountId, const QString& keyId, const QObject* context,
                SecretStore::Callback done);
    // After a revoke: forgets the key's secret when one is kept, then runs then (at once when
    // none is kept). A caller that reports after then knows the keychain call is over.
    void forgetIfKept(const QString& accountId, const QString& keyId, const QObject* context,
                      std::function<void()> then);

private:
    QSettings& m_settings;
    SecretStore* m_vault;
};

} // namespace kw
