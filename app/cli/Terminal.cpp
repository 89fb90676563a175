#include "Terminal.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace kw::cli::terminal {

using namespace Qt::StringLiterals;

namespace {

// Reads one line (without its line break) or everything up to EOF into a buffer the caller
// wipes.
QByteArray readLine(bool wholeInput)
{
    QByteArray buffer;
    buffer.reserve(4096); // no reallocation (and stray copies) for any realistic token
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF) {
        if (!wholeInput && c == '\n')
            break;
        buffer.append(char(c));
    }
    while (buffer.endsWith('\n') || buffer.endsWith('\r'))
        buffer.chop(1);
    return buffer;
}

// The first failed write to standard output (errno), 0 while none failed.
int& outputError()
{
    static int error = 0;
    return error;
}

void noteWrite(bool ok)
{
    if (!ok && outputError() == 0)
        outputError() = errno != 0 ? errno : EIO;
}

void put(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    errno = 0;
    noteWrite(std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size()));
}

void putChar(char c)
{
    errno = 0;
    noteWrite(std::fputc(c, stdout) != EOF);
}

QString reasonOf(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

std::optional<Secret> readSecret(const QString& prompt, QString* error)
{
    QByteArray line;
    if (stdinIsTerminal()) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        termios saved{};
        const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
        if (canHide) {
            termios hidden = saved;
            hidden.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
        }
        line = readLine(false);
        if (canHide)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    } else {
        // A pipe: the first line is the secret (a trailing newline from echo or a file is not
        // part of it); anything after it is ignored.
        line = readLine(false);
    }
    // Trimmed in place: a trimmed copy would be one more buffer holding the secret.
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    qsizetype begin = 0;
    qsizetype end = line.size();
    while (begin < end && isSpace(line.at(begin)))
        ++begin;
    while (end > begin && isSpace(line.at(end - 1)))
        --end;
    if (begin == end) {
        wipe(line);
        if (error)
            *error = u"nothing was read from standard input"_s;
        return std::nullopt;
    }
    Secret secret = Secret::fromUtf8(QByteArrayView(line).sliced(begin, end - begin));
    wipe(line);
    return secret;
}

bool confirmByTyping(const QString& prompt, const QString& expected)
{
    if (!stdinIsTerminal())
        return false;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    const QByteArray typed = readLine(false);
    return QString::fromUtf8(typed).trimmed() == expected;
}

void printLine(const QString& text)
{
    put(QByteArray(text.toUtf8() + '\n'));
    errno = 0;
    noteWrite(std::fflush(stdout) == 0);
}

void printTable(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    for (const QStringList& row : rows) {
        QString text;
        for (qsizetype column = 0; column < row.size(); ++column)
            text += column + 1 < row.size() ? row.at(column).leftJustified(widths[column] + 2)
                                            : row.at(column);
        while (text.endsWith(u' '))
            text.chop(1);
        put(QByteArray(text.toUtf8() + '\n'));
    }
    // One flush for the table, not one write to the terminal or pipe per row.
    errno = 0;
    noteWrite(std::fflush(stdout) == 0);
}

void printError(const QString& text)
{
    const QByteArray bytes = "keywarden-cli: " + text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void printNote(const QString& text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void writeSecret(const Secret& secret)
{
    put(secret.view());
}

void writeJsonStringOf(const Secret& secret)
{
    static constexpr char Hex[] = "0123456789abcdef";
    putChar('"');
    for (const char c : secret.view()) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            putChar('\\');
            putChar(c);
        } else if (byte < 0x20) {
            const char escaped[] = {'\\', 'u', '0', '0', Hex[byte >> 4], Hex[byte & 0xf]};
            put(QByteArrayView(escaped, qsizetype(sizeof escaped)));
        } else {
            putChar(c);
        }
    }
    putChar('"');
}

void writeRaw(QByteArrayView bytes)
{
    put(bytes);
}

bool outputWritten(QString* error)
{
    errno = 0;
    noteWrite(std::fflush(stdout) == 0);
    if (outputError() == 0 && std::ferror(stdout))
        outputError() = EIO;
    if (outputError() == 0)
        return true;
    if (error)
        *error = reasonOf(outputError());
    return false;
}

bool closeOutput(QString* error)
{
    const bool written = outputWritten(error);
    errno = 0;
    const bool closed = std::fclose(stdout) == 0;
    if (written && !closed) {
        if (error)
            *error = reasonOf(errno != 0 ? errno : EIO);
        return false;
    }
    return written;
}

} // namespace kw::cli::terminal
