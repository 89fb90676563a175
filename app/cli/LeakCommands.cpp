// keywarden-cli leak check / leak scan: the leak response of the window's Keys → Respond to a
// leak…, for a terminal and for CI (console/LeakResponder does the matching and the tests).
#include "Cli.h"
#include "ExitCode.h"
#include "Terminal.h"
#include "console/LeakResponder.h"
#include "console/ProviderErrorText.h"
#include "core/LeakPatterns.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <array>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace kw::cli {

namespace {

using Liveness = LeakResponder::Liveness;

// Beyond ExitCode.h: what CI reads from a leak command (keywarden-cli leak check --help).
constexpr int LiveKeyExit = 10;   // a pasted secret works and is still active
constexpr int UncheckedExit = 11; // a secret of one of your keys could not be tested

enum class LeakAction
{
    None,
    Revoke,
    Disable
};

// Standard input up to its end, in a buffer the caller wipes.
QByteArray readAllStdin()
{
    QByteArray text;
    text.reserve(1 << 20); // few pastes outgrow it, so few stray copies are left by growing
    std::array<char, 65536> chunk{};
    std::size_t got = 0;
    while ((got = std::fread(chunk.data(), 1, chunk.size(), stdin)) > 0)
        text.append(chunk.data(), qsizetype(got));
    chunk.fill('\0');
    return text;
}

std::vector<LeakFinding> scanAndWipe(QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    wipe(bytes);
    std::vector<LeakFinding> findings = LeakPatterns::scan(text);
    wipe(text);
    return findings;
}

// A file worth reading: text (no NUL byte in its first 8 KiB) and not over the size limit.
bool isText(QFile& file)
{
    const QByteArray head = file.peek(8192);
    return !head.contains('\0');
}

QString livenessText(const LeakResponder::Item& item)
{
    switch (item.liveness) {
    case Liveness::Live:
        return u"secret LIVE"_s;
    case Liveness::NotLive:
        return u"secret not live (%1)"_s.arg(item.livenessDetail);
    case Liveness::Unknown:
        return u"secret could not be checked (%1)"_s.arg(item.livenessDetail);
    case Liveness::Checking:
    case Liveness::NoSecret:
        break;
    }
    return u"no secret pasted"_s;
}

} // namespace

// What one leak command found and is doing; lives until the command ends.
struct Cli::LeakRun
{
    LeakResponder* responder = nullptr;
    LeakAction action = LeakAction::None;
    QStringList skipped;                // leak scan: files not read, and why
    QHash<QString, QString> actionDone; // "item/match" → what was done, or the error
    QSet<int> handled;                  // items whose live secret was switched off
    int pendingActions = 0;
};

const QList<Cli::Command>& Cli::withLeakCommands(const QList<Command>& others)
{
    static const QList<Command> all =
        others +
        QList<Command>{
            {u"leak"_s, u"check"_s, u"[--revoke|--disable]"_s,
             u"Find keys in text read from standard input (never from the command line): whose "
             "they are and whether each pasted secret works. Exit 0: nothing live; 10: a live key "
             "remains; 11: a secret of one of your keys could not be tested."_s,
             &Cli::leakCheck},
            {u"leak"_s, u"scan"_s, u"[--max-file-size MIB] PATH…"_s,
             u"The same for files and folders (skipping .git and binaries), reported as file:line."_s,
             &Cli::leakScan},
        };
    return all;
}

void Cli::leakCheck(const QStringList& arguments)
{
    // The text is never an argument: the process list shows every argument to every user.
    static const QStringList known{u"--revoke"_s, u"--disable"_s, u"--help"_s, u"-h"_s};
    for (const QString& argument : arguments) {
        if (!known.contains(argument))
            return fail(Usage, u"leak check reads the text from standard input only, never from "
                               "the command line (see keywarden-cli leak check --help)"_s);
    }
    QCommandLineParser parser;
    parser.addOptions({
        {u"revoke"_s, u"Revoke every key of yours whose pasted secret is live or untestable."_s},
        {u"disable"_s, u"Disable those keys instead (CoreWeave: suspends the key's owner and so "
                       "all its keys)."_s},
    });
    if (!parse(parser, arguments))
        return;
    if (parser.isSet(u"revoke"_s) && parser.isSet(u"disable"_s))
        return fail(Usage, u"leak check: choose --revoke or --disable, not both"_s);
    if (terminal::stdinIsTerminal())
        terminal::printNote(u"Paste the text, then press Ctrl-D."_s);
    auto run = std::make_shared<LeakRun>();
    run->action = parser.isSet(u"revoke"_s)    ? LeakAction::Revoke
                  : parser.isSet(u"disable"_s) ? LeakAction::Disable
                                               : LeakAction::None;
    QByteArray input = readAllStdin();
    respondToLeak(run, scanAndWipe(input), {});
}

void Cli::leakScan(const QStringList& arguments)
{
    QStringList options;
    QStringList paths;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == u"--max-file-size"_s) {
            options << arguments[i] << arguments.value(i + 1);
            ++i;
        } else if (arguments[i].startsWith(u'-')) {
            options << arguments[i];
        } else {
            paths << arguments[i];
        }
    }
    QCommandLineParser parser;
    parser.addOption({u"max-file-size"_s, u"Skip files larger than this many MiB (default 10)."_s,
                      u"MIB"_s, u"10"_s});
    if (!parse(parser, options))
        return;
    bool ok = false;
    const qint64 maxBytes = parser.value(u"max-file-size"_s).toLongLong(&ok) * 1024 * 1024;
    if (!ok || maxBytes <= 0)
        return fail(Usage, u"--max-file-size takes a positive number of MiB"_s);
    if (paths.isEmpty())
        return fail(Usage, u"leak scan: name at least one file or folder"_s);

    auto run = std::make_shared<LeakRun>();
    std::vector<LeakFinding> findings;
    QStringList sources;
    std::function<void(const QFileInfo&)> visit = [&](const QFileInfo& info) {
        if (info.isSymLink())
            return; // neither followed nor read: it may point anywhere on the machine
        if (info.isDir()) {
            const QDir dir(info.filePath());
            for (const QFileInfo& entry : dir.entryInfoList(QDir::AllEntries | QDir::Hidden |
                                                                QDir::System | QDir::NoDotAndDotDot,
                                                            QDir::Name)) {
                if (!(entry.isDir() && entry.fileName() == u".git"_s))
                    visit(entry);
            }
            return;
        }
        QFile file(info.filePath());
        if (info.size() > maxBytes) {
            run->skipped << info.filePath() + u": larger than --max-file-size"_s;
            return;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            run->skipped << info.filePath() + u": "_s + file.errorString();
            return;
        }
        if (!isText(file))
            return; // a binary: its bytes are no text a key was pasted into
        QByteArray bytes = file.readAll();
        for (LeakFinding& finding : scanAndWipe(bytes)) {
            findings.push_back(std::move(finding));
            sources << info.filePath();
        }
    };
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return fail(NotFound, u"leak scan: no file or folder “%1”"_s.arg(path));
        visit(info);
    }
    respondToLeak(run, std::move(findings), sources);
}

void Cli::respondToLeak(const std::shared_ptr<LeakRun>& run, std::vector<LeakFinding> findings,
                        const QStringList& sources)
{
    for (const QString& skipped : std::as_const(run->skipped))
        terminal::printNote(u"skipped "_s + skipped);
    if (findings.empty()) {
        if (m_json)
            printJson(QJsonArray());
        else
            terminal::printNote(u"No key-shaped strings found."_s);
        return finish(Success);
    }
    m_controller.loadSavedAccounts();
    run->responder = new LeakResponder(&m_controller, &m_audit, this);
    connect(run->responder, &LeakResponder::finished, this, [this, run] { actOnLeak(run); });
    run->responder->check(std::move(findings), sources);
}

// --revoke / --disable: each key of yours whose pasted secret works or could not be tested.
void Cli::actOnLeak(const std::shared_ptr<LeakRun>& run)
{
    const QList<LeakResponder::Item>& items = run->responder->items();
    run->pendingActions = 1; // held until every action has started
    for (int i = 0; run->action != LeakAction::None && i < items.size(); ++i) {
        const LeakResponder::Item& item = items[i];
        if (item.liveness != Liveness::Live && item.liveness != Liveness::Unknown)
            continue;
        for (int m = 0; m < item.matches.size(); ++m) {
            const LeakResponder::Match& match = item.matches[m];
            const QString slot = u"%1/%2"_s.arg(i).arg(m);
            const bool disable = run->action == LeakAction::Disable;
            QString done = disable ? u"disabled"_s : u"revoked"_s;
            if (disable && run->responder->disableStopsOwner(match))
                done = u"suspended owner %1 (%2 keys stopped)"_s.arg(
                    match.key.principal,
                    QString::number(run->responder->keysStoppedByDisable(match)));
            ++run->pendingActions;
            auto after = [this, run, i, slot, done](const ProviderError& error) {
                run->actionDone.insert(slot, error.ok() ? done : errorLine(u"failed"_s, error));
                if (error.ok())
                    run->handled.insert(i);
                else if (m_failure.isEmpty())
                    noteFailure(errorLine(u"leak response"_s, error));
                if (--run->pendingActions == 0)
                    reportLeak(run);
            };
            if (disable)
                run->responder->disable(match, this, after);
            else
                run->responder->revoke(match, this, after);
        }
    }
    if (--run->pendingActions == 0)
        reportLeak(run);
}

void Cli::reportLeak(const std::shared_ptr<LeakRun>& run)
{
    const QList<LeakResponder::Item>& items = run->responder->items();
    QJsonArray json;
    bool live = false;
    bool unchecked = false;
    for (int i = 0; i < items.size(); ++i) {
        const LeakResponder::Item& item = items[i];
        const QString where =
            (item.source.isEmpty() ? u"line "_s : item.source + u':') + QString::number(item.line);
        const QString id = item.publicId.isEmpty() ? u"(secret only)"_s : item.publicId;
        QJsonObject object{{u"line"_s, item.line},
                           {u"column"_s, item.column},
                           {u"looksLike"_s, LeakPatterns::lookalikeName(item.kind)},
                           {u"id"_s, item.publicId},
                           {u"secretPasted"_s, item.secretPasted},
                           {u"liveness"_s, LeakResponder::livenessId(item.liveness)},
                           {u"notOneOfYours"_s, item.matches.isEmpty()}};
        insertUnlessEmpty(object, u"file"_s, item.source);
        insertUnlessEmpty(object, u"livenessDetail"_s, item.livenessDetail);
        const bool switchedOff = run->handled.contains(i);
        live = live || (item.liveness == Liveness::Live && !switchedOff);
        unchecked = unchecked ||
                    (item.liveness == Liveness::Unknown && !item.matches.isEmpty() && !switchedOff);
        if (item.matches.isEmpty() && !m_json) {
            terminal::printLine(u"%1: %2 %3: not one of yours; %4"_s.arg(
                where, LeakPatterns::lookalikeName(item.kind), id, livenessText(item)));
        }
        QJsonArray matches;
        for (int m = 0; m < item.matches.size(); ++m) {
            const LeakResponder::Match& match = item.matches[m];
            const AccountView* view = m_controller.account(match.accountId);
            QJsonObject key = view ? keyJson(*view, match.key) : QJsonObject();
            const QString done = run->actionDone.value(u"%1/%2"_s.arg(i).arg(m));
            insertUnlessEmpty(key, u"action"_s, done);
            matches.append(key);
            if (m_json)
                continue;
            const int age = LeakResponder::ageDays(match.key, m_controller.now());
            terminal::printLine(
                u"%1: %2 %3: account “%4”, key “%5” (%6), owner %7, %8, %9; %10%11"_s.arg(
                    where, LeakPatterns::lookalikeName(item.kind), id, match.accountLabel,
                    shownName(match.key), match.key.id,
                    match.key.principal.isEmpty() ? u"-"_s : match.key.principal,
                    key.value(u"status"_s).toString(),
                    age < 0 ? u"age unknown"_s : u"%1 days old"_s.arg(age), livenessText(item),
                    done.isEmpty() ? QString() : u"; "_s + done));
        }
        object.insert(u"matches"_s, matches);
        json.append(object);
    }
    for (const QString& label : run->responder->unloadedAccounts())
        terminal::printNote(u"%1 could not be loaded: a string that matched none of your keys may "
                            "still be one of its keys"_s.arg(label));
    if (m_json)
        printJson(json);
    run->responder->clear(); // wipes the pasted secrets now, not at exit
    finish(live                  ? LiveKeyExit
           : unchecked           ? UncheckedExit
           : m_failure.isEmpty() ? Success
                                 : Failure);
}

} // namespace kw::cli
