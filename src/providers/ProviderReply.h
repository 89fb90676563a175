#pragma once

#include "core/ApiKey.h"
#include "core/KeySpec.h"
#include "core/ProviderError.h"

#include <QList>
#include <QObject>
#include <functional>
#include <map>
#include <optional>

namespace kw {

// Result of asking a new credential whether it works (providers.md A.9).
struct Verification
{
    enum class Outcome
    {
        Works,
        Unauthorized,
        Forbidden,
        Unreachable,
        Failed
    };
    Outcome outcome = Outcome::Failed;
    int httpStatus = 0;
    QString reason;        // the provider's own reason, redacted
    ProviderError error{}; // why it did not work (the facts console/VerificationText words)
};

// A managed policy attached to a principal (listPrincipalPolicies).
struct AttachedPolicy
{
    QString arn;
    QString name;

    bool operator==(const AttachedPolicy&) const = default;
};

// One asynchronous provider operation. finished() is emitted exactly once and never from inside
// the call that created the reply (always from the event loop). The caller owns the reply and
// deletes it (deleteLater) after finished(). abort() ends it with Kind::Cancelled.
class ProviderReply : public QObject
{
    Q_OBJECT
public:
    explicit ProviderReply(QObject* parent = nullptr);
    ~ProviderReply() override;

    bool isFinished() const { return m_finished; }
    // Finished, or about to be (finish() or an abort was called): no more work is wanted.
    bool isOver() const { return m_finished || m_finishQueued; }
    bool ok() const { return m_finished && m_error.ok(); }
    const ProviderError& error() const { return m_error; }

    const QList<ApiKey>& keys() const { return m_keys; }       // list
    const std::optional<ApiKey>& key() const { return m_key; } // update, set active
    bool hasCreated() const { return m_created.has_value(); }
    const CreatedKey& created() const { return *m_created; } // create (holds the secret)
    CreatedKey takeCreated(); // moves the secret out; the reply forgets it
    const std::optional<Verification>& verification() const { return m_verification; }
    const QList<Bearer>& bearers() const { return m_bearers; }           // listBearers
    const QList<AttachedPolicy>& policies() const { return m_policies; } // listPrincipalPolicies

    void abort();
    // Like abort() (the work in flight ends), but finishes with error instead of Cancelled: a
    // deadline that passed, for instance.
    void abortWith(ProviderError error);
    void setAbortHandler(std::function<void()> handler) { m_abortHandler = std::move(handler); }
    // For work with several requests in flight at once: each one's abort, besides the abort
    // handler, until dropAbortHandler(the returned id) once it is done. abort() calls them all,
    // and so does finish(): the first request that fails the work ends the others.
    quint64 addAbortHandler(std::function<void()> handler);
    void dropAbortHandler(quint64 id) { m_abortHandlers.erase(id); }

    // For implementations: set the result, then finish() once. finish() defers the signal to the
    // event loop.
    void setKeys(QList<ApiKey> keys) { m_keys = std::move(keys); }
    void setKey(ApiKey key) { m_key = std::move(key); }
    void setCreated(CreatedKey created) { m_created = std::move(created); }
    void setVerification(Verification v) { m_verification = std::move(v); }
    void setBearers(QList<Bearer> bearers) { m_bearers = std::move(bearers); }
    void setPolicies(QList<AttachedPolicy> policies) { m_policies = std::move(policies); }
    void finish(ProviderError error = {});

signals:
    void finished();
    void progress(int done, int total); // pages fetched, when known

private:
    bool m_finished = false;
    bool m_finishQueued = false;
    ProviderError m_error;
    QList<ApiKey> m_keys;
    std::optional<ApiKey> m_key;
    std::optional<CreatedKey> m_created;
    std::optional<Verification> m_verification;
    QList<Bearer> m_bearers;
    QList<AttachedPolicy> m_policies;
    std::function<void()> m_abortHandler;
    std::map<quint64, std::function<void()>> m_abortHandlers;
    quint64 m_nextAbortId = 0;
};

} // namespace kw
