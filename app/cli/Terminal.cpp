#include "Terminal.h"

#include <algorithm>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace kw::cli::terminal {

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
            *error = QStringLiteral("nothing was read from standard input");
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
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
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
        printLine(text);
    }
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
    const QByteArrayView bytes = secret.view();
    std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout);
}

void writeJsonStringOf(const Secret& secret)
{
    static constexpr char Hex[] = "0123456789abcdef";
    std::fputc('"', stdout);
    for (const char c : secret.view()) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            std::fputc('\\', stdout);
            std::fputc(c, stdout);
        } else if (byte < 0x20) {
            const char escaped[] = {'\\', 'u', '0', '0', Hex[byte >> 4], Hex[byte & 0xf]};
            std::fwrite(escaped, 1, sizeof escaped, stdout);
        } else {
            std::fputc(c, stdout);
        }
    }
    std::fputc('"', stdout);
}

void writeRaw(QByteArrayView bytes)
{
    std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout);
}

} // namespace kw::cli::terminal
