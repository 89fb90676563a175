#pragma once

#include "core/Capabilities.h"
#include "core/KeySpec.h"

#include <QCommandLineOption>
#include <QDateTime>
#include <QString>
#include <optional>

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

namespace kw::cli {

// --account A and --key K as most commands take them.
QCommandLineOption accountOption();
QCommandLineOption keyOption();

// What `keys create` and `keys edit` options ask for, checked against what the provider supports,
// so that a mistake is reported here, by option, before anything is sent. Each returns nullopt
// with *error set (one line, naming the option) when an option does not fit.

// DATE as YYYY-MM-DD (the key works through that day, UTC) or an ISO 8601 date and time.
std::optional<QDateTime> parseDate(const QString& text);

// --name --service --ip --description --duration --permanent --expires --bearer --project
std::optional<KeySpec> specFromOptions(const QCommandLineParser& parser, const Capabilities& caps,
                                       const QDateTime& now, QString* error);

// --name --description --project --expires (a date or "never"); at least one of them.
std::optional<KeyChange> changeFromOptions(const QCommandLineParser& parser,
                                           const Capabilities& caps, QString* error);

} // namespace kw::cli
