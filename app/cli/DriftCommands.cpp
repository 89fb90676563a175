// keys mark-seen: the window's "Mark as seen" of a key's drift (console/KeyDrift), from the shell.
#include "Cli.h"
#include "ExitCode.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace kw::cli {

void Cli::keysMarkSeen(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"account"_s, u"The account (label or id)."_s, u"A"_s},
        {u"key"_s, u"A drifting key's id, as keys list --drift any shows it; may be repeated."_s,
         u"ID"_s},
        {u"all"_s, u"Every key of the account that drifted."_s},
    });
    const std::optional<Account> account = parseForAccount(parser, arguments, {u"account"_s});
    if (!account)
        return;
    const QStringList wanted = parser.values(u"key"_s);
    if (wanted.isEmpty() == !parser.isSet(u"all"_s)) {
        fail(Usage, u"keys mark-seen needs --key ID or --all (see keywarden-cli keys mark-seen "
                    "--help)"_s);
        return;
    }
    // What was drifting when it was last listed, by the window or keywarden-cli: no provider is
    // asked, so that this works with the provider unreachable and never moves the drift on.
    const AccountDrift drift = m_controller.keyDrift(account->id);
    QStringList ids = wanted;
    if (ids.isEmpty()) {
        ids = drift.kinds.keys();
        ids.sort();
    }
    ids.removeDuplicates();
    QStringList unknown;
    for (const QString& id : std::as_const(ids)) {
        if (drift.kindOf(id) == DriftKind::None)
            unknown.append(id);
    }
    if (!unknown.isEmpty()) {
        fail(NotFound, u"%1 has no drifting key %2 (see keys list --account %1 --drift any)"_s.arg(
                           account->label, unknown.join(u", "_s)));
        return;
    }
    // The ids, never an empty list: an empty list would clear drift found since it was read.
    if (!ids.isEmpty())
        m_controller.acknowledgeDrift(account->id, ids);
    QJsonArray seen;
    QStringList lines;
    for (const QString& id : std::as_const(ids)) {
        const QString kind = driftKindId(drift.kindOf(id));
        seen.append(QJsonObject{{u"id"_s, id}, {u"drift"_s, kind}});
        lines.append(u"%1 (%2)"_s.arg(id, kind));
    }
    QJsonObject json{{u"seen"_s, seen}};
    insertAccount(json, *account);
    succeed(json, ids.isEmpty()
                      ? u"No key of %1 drifted."_s.arg(account->label)
                      : u"Marked as seen in %1: %2"_s.arg(account->label, lines.join(u", "_s)));
}

} // namespace kw::cli
