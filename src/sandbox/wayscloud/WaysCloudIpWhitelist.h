#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kw::sandbox {

// The server's reading of an `ip_whitelist` entry, modelled on Python's ipaddress.ip_network
// (strict): dotted-quad IPv4 without leading zeros, IPv6 without a zone, an optional /prefix in
// range, and no host bits set. Written independently of the client's parser on purpose.
struct WaysCloudIpNetwork
{
    QHostAddress address;
    int prefixLength = 0;

    // Canonical text ("10.0.0.0/8", "2001:db8::/32") used to find duplicates.
    QString canonical() const;
    bool contains(const QHostAddress& peer) const;

    // The network, or the reason the entry is not one (in English, as a server would say it).
    static std::optional<WaysCloudIpNetwork> parse(const QString& entry, QString* reason = nullptr);
};

class WaysCloudIpWhitelist
{
public:
    // Empty: every address is allowed.
    static WaysCloudIpWhitelist fromNetworks(QList<WaysCloudIpNetwork> networks);
    bool allows(const QHostAddress& peer) const;
    bool isEmpty() const { return m_networks.isEmpty(); }

private:
    QList<WaysCloudIpNetwork> m_networks;
};

} // namespace kw::sandbox
