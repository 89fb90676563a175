#include "ApiKey.h"

#include <QCoreApplication>

namespace kw {

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

} // namespace kw
