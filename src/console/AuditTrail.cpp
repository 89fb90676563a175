#include "console/AuditTrail.h"

#include "console/ProviderErrorText.h"
#include "core/AuditLog.h"

namespace kw {

using namespace Qt::StringLiterals;

AuditTrail::AuditTrail(AuditLog* log, QObject* parent) : QObject(parent), m_log(log) {}

void AuditTrail::record(const QString& action, const QString& accountLabel, const QString& keyName,
                        const QString& keyId, const QString& outcome)
{
    QString reason;
    if (m_log && !m_log->record(action, accountLabel, keyName, keyId, outcome, &reason))
        emit writeFailed(m_log->filePath(), reason);
}

QString AuditTrail::outcomeOf(const ProviderError& error)
{
    return error.ok() ? u"ok"_s : u"failed: "_s + ProviderErrorText::what(error);
}

} // namespace kw
