#pragma once

#include <QString>

namespace kw {

// Append-only log of what the console did (created, revoked, rotated…), one JSON object per
// line, every field passed through the Redactor. Never holds a secret.
class AuditLog
{
public:
    explicit AuditLog(QString filePath); // empty path: the standard app data location
    // Returns false when the line could not be written; error (when given) then says why.
    bool record(const QString& action, const QString& accountLabel, const QString& keyName,
                const QString& keyId, const QString& outcome, QString* error = nullptr);
    QString filePath() const { return m_path; }
    // Who wrote the lines: "window" (the default) or "cli"; kept in each line's "source".
    void setSource(const QString& source) { m_source = source; }

private:
    QString m_path;
    QString m_source = QStringLiteral("window");
};

} // namespace kw
