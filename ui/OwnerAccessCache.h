#pragma once

#include "core/Capabilities.h"
#include "providers/ProviderReply.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace kw {

class AppController;

// The policies of key owners (Capabilities::principalPolicies), fetched once per owner per load
// of an account's keys, and what they mean in words ("AiR: manage", "no AiR policy").
class OwnerAccessCache : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        enum class State
        {
            Loading,
            Loaded,
            Failed
        };
        State state = State::Loading;
        QList<AttachedPolicy> policies;
        QString error; // what failed and why, when Failed
    };

    explicit OwnerAccessCache(AppController* controller, QObject* parent = nullptr);

    // The known state of a principal; nullptr when nothing was fetched yet.
    const Entry* entry(const QString& accountId, const QString& principal) const;
    // The ARNs of the policies attached to a principal, once they are known (Loaded).
    std::optional<QStringList> attachedArns(const QString& accountId,
                                            const QString& principal) const;
    // The state, fetching it first when it is not known (changed() says when it is).
    const Entry* fetch(const QString& accountId, const QString& principal);
    // Fetches again (after an attach), keeping the old answer until the new one is in.
    void refetch(const QString& accountId, const QString& principal);
    // Drops what is known about the account's owners; answers still in flight are ignored.
    void forget(const QString& accountId);

    // What the owner may do, in words: the labels of the offered policies it has, then the
    // other policies by name; the policies' "none" text when it has none of the offered ones.
    // ownerIsCaller: the owner is the account's own identity (Wasabi's root user), which has
    // every right; a sub-user that is merely called "root" is asked like any other.
    static QString describe(const PrincipalPolicies& policies, bool ownerIsCaller,
                            const Entry* entry);

signals:
    void changed(const QString& accountId, const QString& principal);

private:
    void start(const QString& accountId, const QString& principal);

    AppController* m_controller;
    QHash<QString, QHash<QString, Entry>> m_entries; // account → principal → state
    QHash<QString, int> m_generation;                // bumped by forget()
};

} // namespace kw
