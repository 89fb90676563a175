#pragma once

#include "core/Secret.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kw::cli {

// The few things keywarden-cli asks of the terminal. Secrets are read from standard input (a
// pipe, or a prompt that does not echo), never from the command line, where every user of the
// machine could read them in the process list.
namespace terminal {

bool stdinIsTerminal();

// A prompt without echo when standard input is a terminal; otherwise standard input up to the
// first line break. nullopt with *error set when nothing came.
std::optional<Secret> readSecret(const QString& prompt, QString* error);

// Asks the user to type expected; false on a mismatch or when standard input is no terminal.
bool confirmByTyping(const QString& prompt, const QString& expected);

void printLine(const QString& text); // standard output
// Rows as aligned columns on standard output (two spaces apart; the first row is the header).
void printTable(const QList<QStringList>& rows);
void printError(const QString& text); // standard error, prefixed with the program name
void printNote(const QString& text);  // standard error, as is
// The secret's bytes go to standard output unchanged, without passing through a QString.
void writeSecret(const Secret& secret);
// The secret as the contents of a JSON string, escaped byte by byte.
void writeJsonStringOf(const Secret& secret);
void writeRaw(QByteArrayView bytes);

// Whether everything written to standard output so far really left this process: flushes it and
// checks every write, the flush and the stream's error flag (a full disk, a closed pipe: EPIPE,
// since SIGPIPE is ignored). false with *error (the system's reason) otherwise. A secret counts
// as handed over only after this said true.
bool outputWritten(QString* error);
// At exit: flushes and closes standard output; false with *error when its last bytes were lost.
bool closeOutput(QString* error);

} // namespace terminal
} // namespace kw::cli
