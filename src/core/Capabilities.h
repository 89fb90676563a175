#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace kw {

struct ServiceInfo
{
    QString id;    // wire id, e.g. "storage"
    QString label; // translated display name, e.g. "Storage"
    QString help;  // what the service enables
};

// What a provider supports. The dialogs are built from this, never from the provider's name.
struct Capabilities
{
    QString providerId;
    QString providerName; // "WAYSCloud"
    QUrl defaultEndpoint; // prefilled when an account is added; empty = the user must enter it

    enum class NameField
    {
        None,
        Optional,
        Required
    };
    NameField name = NameField::None;
    bool nameShouldBeDescriptive = false; // warn on "key1", "test", …
    bool description = false;
    int descriptionMaxLength = 0; // 0 = no limit
    QList<ServiceInfo> services;  // empty = key inherits its owner's rights
    int minServices = 0;
    bool ipAllowlist = false;
    bool lastUsed = false;   // the provider reports when a key was last used
    bool createdTime = true; // the provider reports when a key was created (CoreWeave does not)

    enum class Expiry
    {
        None,
        Duration,
        Date
    };
    Expiry expiry = Expiry::None;
    qint64 maxDurationSeconds = 0;
    QList<qint64> durationPresets; // seconds, offered as choices (e.g. 1 h, 12 h); 0 = permanent

    bool bearer = false;  // needs a user/application picker
    bool project = false; // default project
    bool editName = false;
    bool editDescription = false;
    bool editProject = false;
    bool editExpiry = false;
    bool disable = false;          // per key
    bool disablePrincipal = false; // only per principal (all its keys)
    bool revoke = true;
    bool verify = false;
    bool secretShownOnce = true; // false: the list returns the secret again (Wasabi AiR)
    int keyLimit = 0;            // per account (or per user, see keyLimitPerUser); 0 = none
    bool keyLimitPerUser = false;
    QString cannotEditHint;    // e.g. "WAYSCloud keys cannot be edited; rotate instead"
    QString cannotDisableHint; // when disable is false: what to do instead
};

} // namespace kw
