#include "vault/MemoryStore.h"

#include "vault/DeliverLater.h"

namespace kw {

MemoryStore::~MemoryStore() = default; // each Secret wipes itself

QString MemoryStore::backendName() const
{
    return tr("This session only (not saved)");
}

void MemoryStore::read(const QString& key, const QObject* context, Callback done)
{
    Result result;
    const auto found = m_secrets.find(key);
    if (found == m_secrets.end()) {
        result.status = Status::NotFound;
        result.message = tr("No secret is kept for this session under this name.");
        result.help = tr("Enter the token again; session-only tokens are forgotten when "
                         "KeyWarden quits.");
    } else {
        result.secret = found->second.clone();
    }
    vault_detail::deliverLater(context, std::move(done), std::move(result));
}

void MemoryStore::write(const QString& key, const Secret& secret, const QObject* context,
                        Callback done)
{
    m_secrets.insert_or_assign(key, secret.clone());
    vault_detail::deliverLater(context, std::move(done), Result{});
}

void MemoryStore::remove(const QString& key, const QObject* context, Callback done)
{
    // Like the keychain, removing what is not there is not an error.
    m_secrets.erase(key);
    vault_detail::deliverLater(context, std::move(done), Result{});
}

void MemoryStore::clear()
{
    m_secrets.clear();
}

} // namespace kw
