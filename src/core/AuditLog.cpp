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

// Whether the last write to the log stopped before its line ended (a crash, a full disk).
bool endsMidLine(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0 || !file.seek(file.size() - 1))
        return false;
    return file.read(1) != "\n";
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
    QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
    if (endsMidLine(m_path))
        line.prepend('\n'); // a torn last line stays alone; it must not swallow this record

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
