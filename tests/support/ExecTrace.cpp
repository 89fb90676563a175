#include "ExecTrace.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <sys/prctl.h>
#include <utility>

namespace kw::testsupport {

ExecTrace::ExecTrace(QString traceFile) : m_file(std::move(traceFile)) {}

ExecTrace::~ExecTrace()
{
    stop();
}

bool ExecTrace::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty();
}

QStringList ExecTrace::options() const
{
    // -f: children and threads too; -s: no argument or path cut short; -o: the record apart from
    // the program's own output.
    return {QStringLiteral("-f"),
            QStringLiteral("-e"),
            QStringLiteral("trace=execve,execveat,open,openat,creat"),
            QStringLiteral("-s"),
            QStringLiteral("1000000"),
            QStringLiteral("-o"),
            m_file};
}

void ExecTrace::wrap(QProcess& process, const QString& program, const QStringList& arguments) const
{
    process.setProgram(QStringLiteral("strace"));
    process.setArguments(options() + QStringList{QStringLiteral("-qq"), program} + arguments);
    // In the asan preset, LeakSanitizer stops every thread with ptrace when the program exits, and
    // under strace that is refused ("LeakSanitizer has encountered a fatal error", exit 1 instead
    // of the program's own code): a traced run is not leak-checked. The same programs are checked
    // in the suite's untraced runs. Other builds ignore the variable.
    QProcessEnvironment environment = process.processEnvironment();
    if (environment.isEmpty())
        environment = QProcessEnvironment::systemEnvironment();
    const QString asanOptions = environment.value(QStringLiteral("ASAN_OPTIONS"));
    environment.insert(QStringLiteral("ASAN_OPTIONS"),
                       asanOptions.isEmpty() ? QStringLiteral("detect_leaks=0")
                                             : asanOptions + QStringLiteral(":detect_leaks=0"));
    process.setProcessEnvironment(environment);
}

bool ExecTrace::attachToSelf(int timeoutMs)
{
    // Under Yama's ptrace_scope 1 (Debian's default) a child may not attach to its parent unless
    // the parent says so; without Yama this fails harmlessly.
    prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY, 0, 0, 0);
    m_strace.setProgram(QStringLiteral("strace"));
    m_strace.setArguments(
        options() +
        QStringList{QStringLiteral("-p"), QString::number(QCoreApplication::applicationPid())});
    m_strace.start();
    if (!m_strace.waitForStarted(timeoutMs))
        return false;
    // strace says "Process PID attached with N threads" once it holds every thread of this
    // process (-f follows threads and children made later). Poll rather than block: strace waits
    // for this process.
    const QByteArray attached =
        "Process " + QByteArray::number(QCoreApplication::applicationPid()) + " attached";
    QByteArray said;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_strace.state() == QProcess::Running) {
        m_strace.waitForReadyRead(50);
        said += m_strace.readAllStandardError();
        if (said.contains(attached))
            return true;
    }
    qWarning("strace did not attach: %s", said.constData());
    return false;
}

void ExecTrace::stop()
{
    if (m_strace.state() == QProcess::NotRunning)
        return;
    m_strace.terminate(); // strace detaches on SIGTERM and writes out its record
    if (!m_strace.waitForFinished(10000)) {
        m_strace.kill();
        m_strace.waitForFinished(5000);
    }
}

QByteArray ExecTrace::text() const
{
    QFile file(m_file);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QByteArray> ExecTrace::execLines() const
{
    QList<QByteArray> lines;
    for (const QByteArray& line : text().split('\n')) {
        if (line.contains(" execve(") || line.contains(" execveat("))
            lines.append(line);
    }
    return lines;
}

QStringList ExecTrace::writtenFiles() const
{
    // 123 openat(AT_FDCWD, "/path", O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC, 0666) = 3
    // 123 creat("/path", 0644) = 3
    static const QRegularExpression opened(QStringLiteral(
        R"re(\b(open|openat|creat)\((?:[A-Z_0-9]+, )?"((?:[^"\\]|\\.)*)"(, ([A-Z_|]+))?)re"));
    QStringList files;
    for (const QByteArray& line : text().split('\n')) {
        const QRegularExpressionMatch match = opened.match(QString::fromUtf8(line));
        if (!match.hasMatch())
            continue;
        const QString flags = match.captured(4);
        const bool writes = match.captured(1) == QStringLiteral("creat") ||
                            flags.contains(QStringLiteral("O_WRONLY")) ||
                            flags.contains(QStringLiteral("O_RDWR")) ||
                            flags.contains(QStringLiteral("O_CREAT"));
        if (writes && !files.contains(match.captured(2)))
            files.append(match.captured(2));
    }
    return files;
}

} // namespace kw::testsupport
