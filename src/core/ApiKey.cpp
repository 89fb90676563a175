#include "ApiKey.h"

#include <QCoreApplication>
#include <algorithm>

namespace kw {

using namespace Qt::StringLiterals;

QString keyStatusId(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Active:
        return u"active"_s;
    case KeyStatus::Disabled:
        return u"disabled"_s;
    case KeyStatus::Suspended:
        return u"suspended"_s;
    case KeyStatus::Expired:
        return u"expired"_s;
    case KeyStatus::ReadOnly:
        return u"read-only"_s;
    case KeyStatus::Revoked:
        return u"revoked"_s;
    case KeyStatus::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString keyStatusText(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Active:
        return QCoreApplication::translate("kw::KeyStatus", "Active");
    case KeyStatus::Disabled:
        return QCoreApplication::translate("kw::KeyStatus", "Disabled");
    case KeyStatus::Suspended:
        return QCoreApplication::translate("kw::KeyStatus", "Suspended");
    case KeyStatus::Expired:
        return QCoreApplication::translate("kw::KeyStatus", "Expired");
    case KeyStatus::ReadOnly:
        return QCoreApplication::translate("kw::KeyStatus", "Read-only");
    case KeyStatus::Revoked:
        return QCoreApplication::translate("kw::KeyStatus", "Revoked");
    case KeyStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("kw::KeyStatus", "Unknown");
}

KeyStatus shownStatus(const ApiKey& key, const QDateTime& now)
{
    if (key.status == KeyStatus::Active && key.expires && key.expires->isValid() && now.isValid() &&
        *key.expires <= now)
        return KeyStatus::Expired;
    if (key.status == KeyStatus::Active && !key.editable && !key.deletable)
        return KeyStatus::ReadOnly;
    return key.status;
}

qint64 keyAgeInDays(const QDateTime& created, const QDateTime& now)
{
    constexpr qint64 SecondsPerDay = 24 * 60 * 60;
    if (!created.isValid() || !now.isValid())
        return 0;
    return std::max<qint64>(0, created.secsTo(now) / SecondsPerDay);
}

bool isRotationDue(const ApiKey& key, int policyDays, const QDateTime& now)
{
    if (policyDays <= 0 || !key.created.isValid())
        return false;
    // Only a key that can be rotated is due: an expired, read-only or revoked key has a filter
    // of its own, and rotating it would fail.
    const KeyStatus status = shownStatus(key, now);
    if (status == KeyStatus::Revoked || status == KeyStatus::Expired ||
        status == KeyStatus::ReadOnly)
        return false;
    return keyAgeInDays(key.created, now) >= policyDays;
}

} // namespace kw
