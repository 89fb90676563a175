#include "IpAllowlist.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

// Decisions the header leaves open:
// - IPv4 is accepted only as dotted-quad decimal ("10.0.0.1"). QHostAddress also takes "1",
//   "0x7f.1" or "10.1" and would turn them into an address the user did not mean; octets with a
//   leading zero ("010.1.1.1") are refused because tools disagree on whether they are octal.
// - An IPv4-mapped IPv6 entry ("::ffff:10.0.0.1") keeps the family it was typed in, so it is not
//   a duplicate of "10.0.0.1"; allows() treats both forms as the same host either way.
// - IPv6 zone ids ("fe80::1%eth0") and brackets are refused: they have no meaning to a server
//   that checks the address a request comes from.

namespace kw {

using namespace Qt::StringLiterals;

namespace {

struct TypedEntry
{
    QString text;
    int offset = 0;
};

bool isSeparator(QChar c)
{
    return c == u',' || c.isSpace();
}

QList<TypedEntry> splitTypedEntries(const QString& text)
{
    QList<TypedEntry> entries;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool atSeparator = i == text.size() || isSeparator(text.at(i));
        if (atSeparator && start >= 0) {
            entries.append({text.mid(start, i - start), static_cast<int>(start)});
            start = -1;
        } else if (!atSeparator && start < 0) {
            start = i;
        }
    }
    return entries;
}

bool isAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

enum class AddressProblem
{
    None,
    Garbage,
    LeadingZero
};

// Dotted-quad decimal into value, read in place (no split into a list of parts).
AddressProblem parseDottedQuad(QStringView text, quint32& value)
{
    value = 0;
    bool leadingZero = false;
    int octets = 0;
    qsizetype at = 0;
    while (true) {
        const qsizetype start = at;
        uint number = 0;
        while (at < text.size() && text[at] >= u'0' && text[at] <= u'9' && at - start < 4) {
            number = number * 10 + uint(text[at].unicode() - u'0');
            ++at;
        }
        const qsizetype length = at - start;
        if (length == 0 || length > 3 || number > 255)
            return AddressProblem::Garbage;
        leadingZero = leadingZero || (length > 1 && text[start] == u'0');
        value = (value << 8) | number;
        ++octets;
        if (at == text.size())
            break;
        if (text[at] != u'.' || octets == 4)
            return AddressProblem::Garbage;
        ++at;
    }
    if (octets != 4)
        return AddressProblem::Garbage;
    return leadingZero ? AddressProblem::LeadingZero : AddressProblem::None;
}

AddressProblem parseDottedQuad(QStringView text, QHostAddress& address)
{
    quint32 value = 0;
    const AddressProblem problem = parseDottedQuad(text, value);
    if (problem == AddressProblem::None)
        address.setAddress(value);
    return problem;
}

bool parseIpv6(QStringView text, QHostAddress& address)
{
    for (QChar c : text) {
        const bool allowed = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') ||
                             (c >= u'A' && c <= u'F') || c == u':' || c == u'.';
        if (!allowed)
            return false;
    }
    return address.setAddress(text.toString()) &&
           address.protocol() == QAbstractSocket::IPv6Protocol;
}

QHostAddress networkOf(const QHostAddress& address, int prefix)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 mask = prefix == 0 ? 0u : ~quint32(0) << (32 - prefix);
        return QHostAddress(address.toIPv4Address() & mask);
    }
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int bit = prefix; bit < 128; ++bit)
        bytes[bit / 8] = static_cast<quint8>(bytes[bit / 8] & ~(0x80u >> (bit % 8)));
    return QHostAddress(bytes);
}

QString normalisedText(const QHostAddress& network, int prefix, int maxPrefix)
{
    if (prefix == maxPrefix)
        return network.toString();
    return network.toString() + u'/' + QString::number(prefix);
}

// The form used for membership tests: IPv4-mapped IPv6 ranges become IPv4 ranges.
QPair<QHostAddress, int> membershipSubnet(const QHostAddress& network, int prefix)
{
    if (network.protocol() == QAbstractSocket::IPv6Protocol && prefix >= 96) {
        bool mapped = false;
        const quint32 v4 = network.toIPv4Address(&mapped);
        if (mapped)
            return {QHostAddress(v4), prefix - 96};
    }
    return {network, prefix};
}

struct ParsedEntry
{
    std::optional<IpAllowlistIssue> issue;
    QString normalised;
    QPair<QHostAddress, int> subnet;
};

IpAllowlistIssue makeIssue(IpAllowlistIssue::Reason reason, const TypedEntry& typed, int position,
                           const QString& messageTemplate)
{
    IpAllowlistIssue issue;
    issue.reason = reason;
    issue.entry = typed.text;
    issue.position = position;
    issue.offset = typed.offset;
    issue.message = messageTemplate.arg(position).arg(typed.text);
    return issue;
}

// An IPv4 entry read as a number: no QHostAddress until the subnet is kept, and the typed text is
// the normalised one where it can be (dotted-quad decimal without leading zeros is canonical).
ParsedEntry ipv4Entry(const TypedEntry& typed, int position, quint32 value, QStringView addressText,
                      int prefix, bool typedPrefix)
{
    const quint32 mask = prefix == 0 ? 0u : ~quint32(0) << (32 - prefix);
    const quint32 network = value & mask;
    if (network != value) {
        IpAllowlistIssue issue = makeIssue(
            IpAllowlistIssue::Reason::HostBitsSet, typed, position,
            QCoreApplication::translate("kw::IpAllowlist",
                                        "Entry %1 “%2”: host bits are set — did you mean %3?"));
        issue.message = issue.message.arg(normalisedText(QHostAddress(network), prefix, 32));
        return {issue, {}, {}};
    }
    QString normalised = typed.text;
    if (prefix == 32 && typedPrefix)
        normalised = addressText.toString();
    else if (typedPrefix &&
             normalised.size() - addressText.size() - 1 != QString::number(prefix).size())
        normalised = addressText + u'/' + QString::number(prefix); // "/024": "/24"
    return {std::nullopt, normalised, {QHostAddress(network), prefix}};
}

ParsedEntry parseEntry(const TypedEntry& typed, int position)
{
    using Reason = IpAllowlistIssue::Reason;
    const qsizetype slash = typed.text.indexOf(u'/');
    const QStringView addressText =
        QStringView(typed.text).left(slash < 0 ? typed.text.size() : slash);
    QHostAddress address;
    if (addressText.contains(u':')) {
        if (!parseIpv6(addressText, address))
            return {
                makeIssue(Reason::Garbage, typed, position,
                          QCoreApplication::translate(
                              "kw::IpAllowlist", "Entry %1 “%2”: not an IP address or CIDR range")),
                {},
                {}};
    } else {
        switch (parseDottedQuad(addressText, address)) {
        case AddressProblem::None:
            break;
        case AddressProblem::LeadingZero:
            return {makeIssue(Reason::Garbage, typed, position,
                              QCoreApplication::translate(
                                  "kw::IpAllowlist",
                                  "Entry %1 “%2”: leading zeros are not allowed in an IPv4 "
                                  "address")),
                    {},
                    {}};
        case AddressProblem::Garbage:
            return {
                makeIssue(Reason::Garbage, typed, position,
                          QCoreApplication::translate(
                              "kw::IpAllowlist", "Entry %1 “%2”: not an IP address or CIDR range")),
                {},
                {}};
        }
    }

    const bool isV4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    const int maxPrefix = isV4 ? 32 : 128;
    int prefix = maxPrefix;
    if (slash >= 0) {
        const QStringView prefixText = QStringView(typed.text).mid(slash + 1);
        const bool inRange =
            isAsciiDigits(prefixText) && prefixText.size() <= 3 && prefixText.toInt() <= maxPrefix;
        if (!inRange) {
            return {
                makeIssue(
                    Reason::BadPrefix, typed, position,
                    isV4 ? QCoreApplication::translate("kw::IpAllowlist",
                                                       "Entry %1 “%2”: prefix length must be 0–32")
                         : QCoreApplication::translate(
                               "kw::IpAllowlist", "Entry %1 “%2”: prefix length must be 0–128")),
                {},
                {}};
        }
        prefix = prefixText.toInt();
    }
    if (isV4)
        return ipv4Entry(typed, position, address.toIPv4Address(), addressText, prefix, slash >= 0);

    const QHostAddress network = networkOf(address, prefix);
    if (network != address) {
        IpAllowlistIssue issue = makeIssue(
            Reason::HostBitsSet, typed, position,
            QCoreApplication::translate("kw::IpAllowlist",
                                        "Entry %1 “%2”: host bits are set — did you mean %3?"));
        issue.message = issue.message.arg(normalisedText(network, prefix, maxPrefix));
        return {issue, {}, {}};
    }
    return {std::nullopt, normalisedText(network, prefix, maxPrefix),
            membershipSubnet(network, prefix)};
}

struct ParsedList
{
    QStringList entries;
    QList<IpAllowlistIssue> issues;
    QList<QPair<QHostAddress, int>> subnets;
};

// The position of an earlier entry normalised the same, or 0. A short list (as nearly all are)
// is searched in place; a long one through a hash.
class EarlierEntries
{
public:
    explicit EarlierEntries(qsizetype count) : m_hashed(count > 16) {}
    int find(const QString& normalised, const ParsedList& list) const
    {
        if (m_hashed)
            return m_positions.value(normalised, 0);
        const qsizetype index = list.entries.indexOf(normalised);
        return index < 0 ? 0 : m_inOrder.at(index);
    }
    void add(const QString& normalised, int position)
    {
        if (m_hashed)
            m_positions.insert(normalised, position);
        else
            m_inOrder.append(position);
    }

private:
    bool m_hashed;
    QHash<QString, int> m_positions;
    QList<int> m_inOrder; // the position of each entry of the list so far
};

ParsedList parseTypedEntries(const QList<TypedEntry>& typedEntries)
{
    ParsedList list;
    EarlierEntries positionOfEntry(typedEntries.size());
    for (int i = 0; i < typedEntries.size(); ++i) {
        const int position = i + 1;
        ParsedEntry parsed = parseEntry(typedEntries.at(i), position);
        if (parsed.issue) {
            list.issues.append(*parsed.issue);
            continue;
        }
        if (const int earlier = positionOfEntry.find(parsed.normalised, list); earlier > 0) {
            IpAllowlistIssue issue =
                makeIssue(IpAllowlistIssue::Reason::Duplicate, typedEntries.at(i), position,
                          QCoreApplication::translate("kw::IpAllowlist",
                                                      "Entry %1 “%2”: duplicate of entry %3"));
            issue.message = issue.message.arg(earlier);
            list.issues.append(issue);
            continue;
        }
        positionOfEntry.add(parsed.normalised, position);
        list.entries.append(parsed.normalised);
        list.subnets.append(parsed.subnet);
    }
    return list;
}

} // namespace

IpAllowlist IpAllowlist::parse(const QString& text)
{
    ParsedList parsed = parseTypedEntries(splitTypedEntries(text));
    IpAllowlist allowlist;
    allowlist.m_entries = std::move(parsed.entries);
    allowlist.m_issues = std::move(parsed.issues);
    allowlist.m_subnets = std::move(parsed.subnets);
    return allowlist;
}

IpAllowlist IpAllowlist::fromEntries(const QStringList& entries)
{
    // Offsets are those of toText(), the form in which the list is shown for editing.
    static constexpr int separatorLength = 2; // ", "
    QList<TypedEntry> typedEntries;
    int offset = 0;
    for (const QString& entry : entries) {
        typedEntries.append({entry.trimmed(), offset});
        offset += static_cast<int>(entry.size()) + separatorLength;
    }
    // An empty item is a slip, not an address: it is reported like any other unreadable entry.
    ParsedList parsed = parseTypedEntries(typedEntries);
    IpAllowlist allowlist;
    allowlist.m_entries = std::move(parsed.entries);
    allowlist.m_issues = std::move(parsed.issues);
    allowlist.m_subnets = std::move(parsed.subnets);
    return allowlist;
}

QString IpAllowlist::toText() const
{
    return m_entries.join(u", "_s);
}

bool IpAllowlist::allows(const QHostAddress& address) const
{
    if (!isValid())
        return false; // a list the user has not fixed yet must not open the door wider
    if (allowsAll())
        return true;
    QHostAddress candidate = address;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool mapped = false;
        const quint32 v4 = address.toIPv4Address(&mapped);
        if (mapped)
            candidate = QHostAddress(v4);
    }
    for (const auto& subnet : m_subnets) {
        if (candidate.isInSubnet(subnet))
            return true;
    }
    return false;
}

} // namespace kw
