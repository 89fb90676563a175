#include "sandbox/wayscloud/WaysCloudIpWhitelist.h"

#include <QRegularExpression>

namespace kw::sandbox {

namespace {

using namespace Qt::StringLiterals;

std::optional<QHostAddress> parseIpv4(const QString& text, QString* reason)
{
    static const QRegularExpression dottedQuad(
        u"^([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})$"_s);
    const QRegularExpressionMatch match = dottedQuad.match(text);
    if (!match.hasMatch()) {
        *reason = u"not a valid IPv4 or IPv6 address"_s;
        return std::nullopt;
    }
    quint32 value = 0;
    for (int i = 1; i <= 4; ++i) {
        const QString octet = match.captured(i);
        if (octet.size() > 1 && octet.startsWith(u'0')) {
            *reason = u"leading zeros are not permitted in an IPv4 octet"_s;
            return std::nullopt;
        }
        const int number = octet.toInt();
        if (number > 255) {
            *reason = u"IPv4 octet %1 is out of range (0-255)"_s.arg(octet);
            return std::nullopt;
        }
        value = (value << 8) | quint32(number);
    }
    return QHostAddress(value);
}

std::optional<QHostAddress> parseIpv6(const QString& text, QString* reason)
{
    static const QRegularExpression allowed(u"^[0-9A-Fa-f:.]+$"_s);
    QHostAddress address;
    if (!allowed.match(text).hasMatch() || !address.setAddress(text) ||
        address.protocol() != QAbstractSocket::IPv6Protocol) {
        *reason = u"not a valid IPv6 address"_s;
        return std::nullopt;
    }
    return address;
}

bool hostBitsSet(const QHostAddress& address, int prefixLength)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 mask = prefixLength == 0 ? 0u : ~quint32(0) << (32 - prefixLength);
        return (address.toIPv4Address() & ~mask) != 0;
    }
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int bit = prefixLength; bit < 128; ++bit) {
        if (bytes[bit / 8] & (0x80 >> (bit % 8)))
            return true;
    }
    return false;
}

} // namespace

QString WaysCloudIpNetwork::canonical() const
{
    return address.toString() + u'/' + QString::number(prefixLength);
}

bool WaysCloudIpNetwork::contains(const QHostAddress& peer) const
{
    QHostAddress candidate = peer;
    bool mapped = false;
    const quint32 ipv4 = peer.toIPv4Address(&mapped);
    if (mapped && peer.protocol() == QAbstractSocket::IPv6Protocol &&
        address.protocol() == QAbstractSocket::IPv4Protocol)
        candidate = QHostAddress(ipv4);
    return candidate.isInSubnet(address, prefixLength);
}

std::optional<WaysCloudIpNetwork> WaysCloudIpNetwork::parse(const QString& entry, QString* reason)
{
    QString ignored;
    QString& why = reason ? *reason : ignored;
    if (entry.isEmpty()) {
        why = u"empty entry"_s;
        return std::nullopt;
    }
    const QStringList parts = entry.split(u'/');
    if (parts.size() > 2) {
        why = u"more than one '/'"_s;
        return std::nullopt;
    }
    const bool isIpv6 = parts[0].contains(u':');
    const std::optional<QHostAddress> address =
        isIpv6 ? parseIpv6(parts[0], &why) : parseIpv4(parts[0], &why);
    if (!address)
        return std::nullopt;

    const int maxPrefix = isIpv6 ? 128 : 32;
    int prefixLength = maxPrefix;
    if (parts.size() == 2) {
        static const QRegularExpression digits(u"^[0-9]{1,3}$"_s);
        if (!digits.match(parts[1]).hasMatch() || parts[1].toInt() > maxPrefix) {
            why = u"invalid prefix length '%1' (expected 0-%2)"_s.arg(parts[1]).arg(maxPrefix);
            return std::nullopt;
        }
        prefixLength = parts[1].toInt();
    }
    if (hostBitsSet(*address, prefixLength)) {
        why = u"has host bits set"_s;
        return std::nullopt;
    }
    return WaysCloudIpNetwork{*address, prefixLength};
}

WaysCloudIpWhitelist WaysCloudIpWhitelist::fromNetworks(QList<WaysCloudIpNetwork> networks)
{
    WaysCloudIpWhitelist whitelist;
    whitelist.m_networks = std::move(networks);
    return whitelist;
}

bool WaysCloudIpWhitelist::allows(const QHostAddress& peer) const
{
    if (m_networks.isEmpty())
        return true;
    for (const WaysCloudIpNetwork& network : m_networks) {
        if (network.contains(peer))
            return true;
    }
    return false;
}

} // namespace kw::sandbox
