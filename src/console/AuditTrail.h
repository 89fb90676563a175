#pragma once

#include "core/ProviderError.h"

#include <QObject>
#include <QString>

namespace kw {

class AuditLog;

// What the controller's parts write to the audit log, and the one place that notices when the
// log cannot be written. A null log records nothing.
class AuditTrail : public QObject
{
    Q_OBJECT
public:
    explicit AuditTrail(AuditLog* log, QObject* parent = nullptr);

    void record(const QString& action, const QString& accountLabel, const QString& keyName,
                const QString& keyId, const QString& outcome);
    // "ok", or "failed: " with the error.
    static QString outcomeOf(const ProviderError& error);

signals:
    // The action happened, but its record is missing (a full disk, a read-only folder).
    void writeFailed(const QString& path, const QString& reason);

private:
    AuditLog* m_log;
};

} // namespace kw
