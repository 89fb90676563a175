#pragma once

#include "console/KeyDrift.h"
#include "core/ApiKey.h"
#include "core/Capabilities.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace kw {

// The filters both the window's key table and `keywarden-cli keys list` apply, in one place so
// that the two never disagree about which keys "expire within 14 days". Every filter that is set
// must hold (they combine with AND); an empty filter keeps every key. The text filter is not
// here: the window matches it against the table's display text.
struct KeyFilter
{
    // Keys not yet expired whose expiry is at most this many days away; a key that never
    // expires never matches.
    std::optional<int> expiresWithinDays;
    // Keys last used at least this many days ago, or never used and created at least that long
    // ago. Only where the provider reports last use (Capabilities::lastUsed): an unknown last use
    // never counts as unused.
    std::optional<int> unusedForDays;
    // Keys that cannot be used now: disabled, suspended, expired or revoked (as shown).
    bool inactiveOnly = false;
    // Keys the provider reports as never used (only where it reports last use at all).
    bool neverUsedOnly = false;
    // Keys older than the rotation policy (isRotationDue).
    bool rotationDueOnly = false;
    // Keys shown with this status; nullopt: every status.
    std::optional<KeyStatus> status;
    // Keys with this drift (KeyDrift); DriftKind::None: any drift at all; nullopt: every key.
    std::optional<DriftKind> drift;

    bool isEmpty() const;
    // Translated, one entry per filter that is set ("expires within 14 days"), for the words
    // that say why no key is shown.
    QStringList describe() const;

    bool operator==(const KeyFilter&) const = default;
};

// Whether key passes every filter that is set. now: Clock::app().nowUtc(); policyDays: the
// rotation policy, for rotationDueOnly.
bool matches(const KeyFilter& filter, const ApiKey& key, const Capabilities& caps,
             const QDateTime& now, int policyDays);

// The same, for a key whose drift is known (KeyDrift): filter.drift is checked against it, where
// the overload above takes every key to have none.
bool matches(const KeyFilter& filter, const ApiKey& key, const Capabilities& caps,
             const QDateTime& now, int policyDays, DriftKind drift);
// Whether a key with this drift passes filter.drift alone.
bool matchesDrift(const KeyFilter& filter, DriftKind drift);
// "new", "vanished", "orphan", or "any" for DriftKind::None (the CLI's --drift KIND); nullopt
// with *error set (untranslated) otherwise.
std::optional<DriftKind> parseDriftFilter(const QString& text, QString* error);

// A day count typed by a user (the CLI's --expires-within N): a whole number, 0 or more.
// nullopt with *error set (untranslated, for the command line) otherwise.
std::optional<int> parseFilterDays(const QString& text, QString* error);

} // namespace kw
