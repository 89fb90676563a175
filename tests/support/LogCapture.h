#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace kw::testsupport {

// Collects every message logged while it lives (the kw.* categories switched on, whatever the
// settings say), so that a test can check what was logged and that no secret is among it.
// One at a time.
class LogCapture
{
public:
    LogCapture()
    {
        lines().clear();
        QLoggingCategory::setFilterRules(QStringLiteral("kw.*=true"));
        m_previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& text) { lines() << text; });
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    QStringList capturedLines() const { return lines(); }
    QString text() const { return lines().join(u'\n'); }

private:
    static QStringList& lines()
    {
        static QStringList captured;
        return captured;
    }

    QtMessageHandler m_previous = nullptr;
};

} // namespace kw::testsupport
