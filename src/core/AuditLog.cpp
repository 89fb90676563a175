#include "AuditLog.h"

#include "Clock.h"
#include "Redactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace kw {

namespace {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAudit, "kw.core.audit")

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/audit.log"_s;
}

} // namespace

AuditLog::AuditLog(QString filePath) : m_path(filePath.isEmpty() ? defaultPath() : filePath) {}

bool AuditLog::record(const QString& action, const QString& accountLabel, const QString& keyName,
                      const QString& keyId, const QString& outcome, QString* error)
{
    const QJsonObject entry{
        {u"time"_s, Clock::app().nowUtc().toString(Qt::ISODateWithMs)},
        {u"action"_s, Redactor::redact(action)},
        {u"account"_s, Redactor::redact(accountLabel)},
        {u"key"_s, Redactor::redact(keyName)},
        {u"key_id"_s, Redactor::redact(keyId)},
        {u"outcome"_s, Redactor::redact(outcome)},
        {u"source"_s, m_source},
    };
    const QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    // Created owner-only from the start: no moment in which another user could open it.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append, ownerOnly)) {
        qCWarning(lcAudit) << "cannot open the audit log" << m_path << file.errorString();
        if (error)
            *error = file.errorString();
        return false;
    }
    if (QFileInfo(m_path).isFile() && file.permissions() != ownerOnly)
        file.setPermissions(ownerOnly); // a file made by hand or by an older version
    // One write per line, so that lines of concurrent writers (O_APPEND) never interleave.
    if (file.write(line) != line.size() || !file.flush()) {
        qCWarning(lcAudit) << "cannot write to the audit log" << m_path << file.errorString();
        if (error)
            *error = file.errorString();
        return false;
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace kw
