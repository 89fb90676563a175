#pragma once

#include <QString>
#include <QUrl>

namespace kw {

// A cloud account the console manages. Holds no secret: the admin token lives in the keychain
// under vaultKey().
struct Account
{
    QString id; // stable UUID, also the keychain entry name
    QString
        provider; // provider id: "wayscloud", "scaleway", "coreweave", "wasabi-air", "wasabi-iam"
    QString label;
    QUrl endpoint;
    QString caFile; // PEM file of an extra CA to trust for this account (optional)
    QUrl s3Endpoint;
    QString region;
    QString organizationId;
    // The proxy this account's requests go through (http://host:port or socks5://…), overriding
    // https_proxy and the system's; empty: those. Saved without a password.
    QUrl proxy;
    bool sandbox = false; // created by --sandbox; not saved

    QString vaultKey() const
    {
        using namespace Qt::StringLiterals;
        return u"account/"_s + id;
    }
    bool operator==(const Account&) const = default;
};

} // namespace kw
