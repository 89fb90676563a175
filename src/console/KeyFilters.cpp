#include "KeyFilters.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kw {

namespace {

bool isInactive(KeyStatus shown)
{
    switch (shown) {
    case KeyStatus::Disabled:
    case KeyStatus::Suspended:
    case KeyStatus::Expired:
    case KeyStatus::Revoked:
        return true;
    case KeyStatus::Active:
    case KeyStatus::ReadOnly:
    case KeyStatus::Unknown:
        break;
    }
    return false;
}

bool expiresWithin(const ApiKey& key, int days, const QDateTime& now)
{
    if (!key.expires || !key.expires->isValid())
        return false;
    return *key.expires > now && *key.expires <= now.addDays(days);
}

bool unusedFor(const ApiKey& key, const Capabilities& caps, int days, const QDateTime& now)
{
    if (!caps.lastUsed)
        return false;
    const QDateTime since = now.addDays(-days);
    if (key.lastUsed && key.lastUsed->isValid())
        return *key.lastUsed <= since;
    // Never used: unused since it was made; a key whose creation time is unknown has never been
    // used at all, which is unused for any number of days.
    return !key.created.isValid() || key.created <= since;
}

} // namespace

bool KeyFilter::isEmpty() const
{
    return *this == KeyFilter{};
}

QStringList KeyFilter::describe() const
{
    // QCoreApplication::translate written out, so that lupdate finds every message.
    QStringList parts;
    if (status)
        parts.append(
            QCoreApplication::translate("kw::KeyFilter", "status %1").arg(keyStatusText(*status)));
    if (rotationDueOnly)
        parts.append(QCoreApplication::translate("kw::KeyFilter", "rotation due"));
    if (expiresWithinDays)
        parts.append(QCoreApplication::translate("kw::KeyFilter", "expires within %n days", nullptr,
                                                 *expiresWithinDays));
    if (unusedForDays)
        parts.append(QCoreApplication::translate("kw::KeyFilter", "unused for %n days", nullptr,
                                                 *unusedForDays));
    if (inactiveOnly)
        parts.append(QCoreApplication::translate("kw::KeyFilter", "inactive"));
    if (neverUsedOnly)
        parts.append(QCoreApplication::translate("kw::KeyFilter", "never used"));
    if (drift) {
        parts.append(*drift == DriftKind::None
                         ? QCoreApplication::translate("kw::KeyFilter", "drift")
                         : QCoreApplication::translate("kw::KeyFilter", "drift: %1")
                               .arg(driftKindText(*drift)));
    }
    return parts;
}

bool matches(const KeyFilter& filter, const ApiKey& key, const Capabilities& caps,
             const QDateTime& now, int policyDays)
{
    if (!matchesDrift(filter, DriftKind::None))
        return false;
    const KeyStatus shown = shownStatus(key, now);
    if (filter.status && shown != *filter.status)
        return false;
    if (filter.rotationDueOnly && !isRotationDue(key, policyDays, now))
        return false;
    if (filter.expiresWithinDays && !expiresWithin(key, *filter.expiresWithinDays, now))
        return false;
    if (filter.unusedForDays && !unusedFor(key, caps, *filter.unusedForDays, now))
        return false;
    if (filter.inactiveOnly && !isInactive(shown))
        return false;
    if (filter.neverUsedOnly && !(caps.lastUsed && !key.lastUsed))
        return false;
    return true;
}

bool matchesDrift(const KeyFilter& filter, DriftKind drift)
{
    if (!filter.drift)
        return true;
    return *filter.drift == DriftKind::None ? drift != DriftKind::None : drift == *filter.drift;
}

bool matches(const KeyFilter& filter, const ApiKey& key, const Capabilities& caps,
             const QDateTime& now, int policyDays, DriftKind drift)
{
    if (!matchesDrift(filter, drift))
        return false;
    if (!filter.drift)
        return matches(filter, key, caps, now, policyDays);
    KeyFilter rest = filter;
    rest.drift.reset();
    return matches(rest, key, caps, now, policyDays);
}

std::optional<DriftKind> parseDriftFilter(const QString& text, QString* error)
{
    const QString word = text.trimmed().toLower();
    if (word == u"any" || word == u"drift")
        return DriftKind::None;
    for (const DriftKind kind : {DriftKind::New, DriftKind::Vanished, DriftKind::Orphan}) {
        if (word == driftKindId(kind))
            return kind;
    }
    if (error)
        *error = u"“%1” is not a kind of drift (any, new, vanished or orphan)"_s.arg(text);
    return std::nullopt;
}

std::optional<int> parseFilterDays(const QString& text, QString* error)
{
    bool ok = false;
    const int days = text.trimmed().toInt(&ok);
    if (!ok || days < 0) {
        if (error)
            *error = u"“%1” is not a number of days (a whole number, 0 or more)"_s.arg(text);
        return std::nullopt;
    }
    return days;
}

} // namespace kw
