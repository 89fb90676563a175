#include "console/StoredKeySecrets.h"

#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kw {

namespace {

const QString Group = u"storedKeySecrets"_s;

// One settings key per stored secret; ids are percent-encoded so that no "/" in a provider's
// key id can open a settings sub-group.
QString indexKey(const QString& accountId, const QString& keyId)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(accountId)) + u'|' +
           QString::fromLatin1(QUrl::toPercentEncoding(keyId));
}

} // namespace

StoredKeySecrets::StoredKeySecrets(QSettings& settings, SecretStore* vault)
    : m_settings(settings), m_vault(vault)
{}

QString StoredKeySecrets::vaultKey(const QString& accountId, const QString& keyId)
{
    return u"key/"_s + accountId + u'/' + keyId;
}

bool StoredKeySecrets::contains(const QString& accountId, const QString& keyId) const
{
    return entry(accountId, keyId).has_value();
}

std::optional<StoredKeySecrets::Entry> StoredKeySecrets::entry(const QString& accountId,
                                                               const QString& keyId) const
{
    for (const Entry& stored : all()) {
        if (stored.accountId == accountId && stored.keyId == keyId)
            return stored;
    }
    return std::nullopt;
}

QList<StoredKeySecrets::Entry> StoredKeySecrets::all() const
{
    QList<Entry> entries;
    m_settings.beginGroup(Group);
    const QStringList keys = m_settings.childGroups();
    for (const QString& key : keys) {
        const qsizetype bar = key.indexOf(u'|');
        if (bar <= 0)
            continue;
        m_settings.beginGroup(key);
        Entry stored;
        stored.accountId = QUrl::fromPercentEncoding(key.left(bar).toLatin1());
        stored.keyId = QUrl::fromPercentEncoding(key.mid(bar + 1).toLatin1());
        stored.stored = m_settings.value(u"stored"_s).toDateTime().toUTC();
        stored.expires = m_settings.value(u"expires"_s).toDateTime().toUTC();
        m_settings.endGroup();
        entries.append(stored);
    }
    m_settings.endGroup();
    return entries;
}

void StoredKeySecrets::store(const Entry& entry, const Secret& secret, const QObject* context,
                             SecretStore::Callback done)
{
    m_vault->write(vaultKey(entry.accountId, entry.keyId), secret, context,
                   [this, entry, done = std::move(done)](SecretStore::Result result) {
                       if (result.ok()) {
                           m_settings.beginGroup(Group);
                           m_settings.beginGroup(indexKey(entry.accountId, entry.keyId));
                           m_settings.setValue(u"stored"_s, entry.stored.toUTC());
                           if (entry.expires.isValid())
                               m_settings.setValue(u"expires"_s, entry.expires.toUTC());
                           else
                               m_settings.remove(u"expires"_s);
                           m_settings.endGroup();
                           m_settings.endGroup();
                           m_settings.sync();
                       }
                       done(std::move(result));
                   });
}

void StoredKeySecrets::read(const QString& accountId, const QString& keyId, const QObject* context,
                            SecretStore::Callback done)
{
    m_vault->read(vaultKey(accountId, keyId), context, std::move(done));
}

void StoredKeySecrets::forget(const QString& accountId, const QString& keyId,
                              const QObject* context, SecretStore::Callback done)
{
    m_settings.beginGroup(Group);
    m_settings.remove(indexKey(accountId, keyId));
    m_settings.endGroup();
    m_settings.sync();
    m_vault->remove(vaultKey(accountId, keyId), context, std::move(done));
}

void StoredKeySecrets::forgetIfKept(const QString& accountId, const QString& keyId,
                                    const QObject* context, std::function<void()> then)
{
    if (!contains(accountId, keyId)) {
        then();
        return;
    }
    forget(accountId, keyId, context,
           [then = std::move(then)](const SecretStore::Result&) { then(); });
}

} // namespace kw
