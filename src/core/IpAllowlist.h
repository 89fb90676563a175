#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace kw {

// One problem in an IP allowlist, named so the user can find it where it was typed.
struct IpAllowlistIssue
{
    enum class Reason
    {
        Garbage,
        BadPrefix,
        HostBitsSet,
        Duplicate
    };
    Reason reason = Reason::Garbage;
    QString entry;    // the entry as typed
    int position = 0; // 1-based position of the entry in the list
    int offset = 0;   // character offset of the entry in the text (for a cursor)
    QString message;  // translated: "Entry 3 “10.0.0.1/24”: host bits are set — did you
                      // mean 10.0.0.0/24?"
};

// A list of IPv4/IPv6 addresses and CIDR ranges, separated by commas, spaces or new lines.
// Entries are normalised (canonical address text, "/32" and "/128" dropped); an empty list
// means all addresses. IPv4 must be dotted-quad decimal; an IPv4-mapped IPv6 entry keeps its
// family (see IpAllowlist.cpp).
class IpAllowlist
{
public:
    static IpAllowlist parse(const QString& text);
    static IpAllowlist fromEntries(const QStringList& entries);

    bool isValid() const { return m_issues.isEmpty(); }
    // Only a valid, empty list allows every address; a list of nothing but bad entries does not.
    bool allowsAll() const { return m_issues.isEmpty() && m_entries.isEmpty(); }
    const QStringList& entries() const { return m_entries; }
    const QList<IpAllowlistIssue>& issues() const { return m_issues; }
    QString toText() const; // "a, b, c"
    // Fails closed: false for every address while the list has issues.
    bool allows(const QHostAddress& address) const;

private:
    QStringList m_entries;
    QList<IpAllowlistIssue> m_issues;
    QList<QPair<QHostAddress, int>> m_subnets;
};

} // namespace kw
