#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace kw::testsupport {

// strace's record of what a process tree does that a secret could leak through outside the
// process: every program it starts (execve, with the whole argv) and every file it opens for
// writing. Either wraps a command (a keywarden-cli run) or attaches to this very process and the
// children it starts while attached (a window driven in the test). strace comes from Debian's
// strace package; available() says whether it is there.
class ExecTrace
{
public:
    explicit ExecTrace(QString traceFile);
    ~ExecTrace();
    ExecTrace(const ExecTrace&) = delete;
    ExecTrace& operator=(const ExecTrace&) = delete;

    static bool available();

    // Sets process up to run program with arguments under strace (its exit code, standard
    // input and output are the program's).
    void wrap(QProcess& process, const QString& program, const QStringList& arguments) const;

    // Attaches to this process; true once strace says it is attached to every thread.
    bool attachToSelf(int timeoutMs);
    // Detaches; the record is complete once this returns.
    void stop();

    // The raw record, and what was read from it.
    QByteArray text() const;
    QList<QByteArray> execLines() const; // one execve/execveat per line, argv in full
    QStringList writtenFiles() const;    // paths opened for writing or created, as given

private:
    QStringList options() const;

    QString m_file;
    QProcess m_strace;
};

} // namespace kw::testsupport
