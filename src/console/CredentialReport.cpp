#include "console/CredentialReport.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace kw {

namespace {

constexpr qint64 SecondsPerDay = 24 * 60 * 60;

bool isLive(KeyStatus status)
{
    return status != KeyStatus::Revoked && status != KeyStatus::Expired;
}

bool isActive(KeyStatus status)
{
    return status == KeyStatus::Active || status == KeyStatus::ReadOnly;
}

CheckResult result(bool applies, bool fails)
{
    if (!applies)
        return CheckResult::NotApplicable;
    return fails ? CheckResult::Fail : CheckResult::Pass;
}

// The checks that look at one key alone (all but MultipleActiveKeysPerOwner).
void checkKey(ReportRow& row, const ApiKey& key, const Capabilities* caps, int policyDays,
              const QDateTime& now)
{
    const KeyStatus status = shownStatus(key, now);
    const bool live = isLive(status);
    auto set = [&row](ReportCheck check, CheckResult value) {
        row.checks[static_cast<int>(check)] = value;
    };
    const bool knowsCreated = key.created.isValid() && policyDays > 0;
    set(ReportCheck::RotationDue, result(knowsCreated && live && status != KeyStatus::ReadOnly,
                                         isRotationDue(key, policyDays, now)));
    const bool expires = key.expires && key.expires->isValid();
    set(ReportCheck::ExpiresSoon,
        result(live, expires && *key.expires > now &&
                         now.secsTo(*key.expires) <= ExpiresSoonDays * SecondsPerDay));
    // Never used: counted from its creation, where that is known.
    const QDateTime lastSeen = key.lastUsed ? *key.lastUsed : key.created;
    const bool tellsUse = caps && caps->lastUsed && live && lastSeen.isValid();
    set(ReportCheck::Unused90,
        result(tellsUse, tellsUse && lastSeen.secsTo(now) >= UnusedDays * SecondsPerDay));
    const bool supportsExpiry = caps && caps->expiry != Capabilities::Expiry::None;
    set(ReportCheck::NoExpiry, result(supportsExpiry && live, !expires));
    const bool supportsAllowlist = caps && caps->ipAllowlist;
    set(ReportCheck::NoIpAllowlist, result(supportsAllowlist && live, key.ipAllowlist.isEmpty()));
}

ReportRow rowFor(const ReportSource& source, const ApiKey& key, int policyDays,
                 const QDateTime& now)
{
    ReportRow row;
    row.accountLabel = source.account.label;
    row.accountId = source.account.id;
    row.provider =
        source.capabilities ? source.capabilities->providerName : source.account.provider;
    row.owner = key.principalName.isEmpty() ? key.principal : key.principalName;
    row.name = key.name;
    row.id = key.id;
    row.prefix = key.prefix;
    row.created = key.created.toUTC();
    if (key.created.isValid())
        row.ageDays = keyAgeInDays(key.created, now);
    if (key.expires && key.expires->isValid())
        row.expires = key.expires->toUTC();
    if (key.lastUsed && key.lastUsed->isValid())
        row.lastUsed = key.lastUsed->toUTC();
    row.status = keyStatusId(shownStatus(key, now));
    row.services = key.services;
    row.ipAllowlist = key.ipAllowlist;
    row.rotationPolicyDays = policyDays;
    checkKey(row, key, source.capabilities, policyDays, now);
    return row;
}

// CIS 1.13: every active key of an owner that has more than one. Where the provider lists no
// owner (WAYSCloud), the keys are the account's, not one user's: the check does not apply.
void checkOwners(QList<ReportRow>& rows, const QList<ApiKey>& keys, const QDateTime& now)
{
    QHash<QString, int> activePerOwner;
    for (const ApiKey& key : keys) {
        if (!key.principal.isEmpty() && isActive(shownStatus(key, now)))
            ++activePerOwner[key.principal];
    }
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const bool applies = !keys[i].principal.isEmpty() && isActive(shownStatus(keys[i], now));
        rows[i].checks[static_cast<int>(ReportCheck::MultipleActiveKeysPerOwner)] =
            result(applies, activePerOwner.value(keys[i].principal) > 1);
    }
}

} // namespace

QString reportCheckName(ReportCheck check)
{
    switch (check) {
    case ReportCheck::RotationDue:
        return u"rotationDue"_s;
    case ReportCheck::ExpiresSoon:
        return u"expiresSoon"_s;
    case ReportCheck::Unused90:
        return u"unused90"_s;
    case ReportCheck::MultipleActiveKeysPerOwner:
        return u"multipleActiveKeysPerOwner"_s;
    case ReportCheck::NoExpiry:
        return u"noExpiry"_s;
    case ReportCheck::NoIpAllowlist:
        return u"noIpAllowlist"_s;
    }
    return {};
}

QList<ReportCheck> allReportChecks()
{
    return {ReportCheck::RotationDue, ReportCheck::ExpiresSoon,
            ReportCheck::Unused90,    ReportCheck::MultipleActiveKeysPerOwner,
            ReportCheck::NoExpiry,    ReportCheck::NoIpAllowlist};
}

QStringList ReportRow::failedChecks() const
{
    QStringList failed;
    for (ReportCheck which : allReportChecks()) {
        if (check(which) == CheckResult::Fail)
            failed << reportCheckName(which);
    }
    return failed;
}

CredentialReport buildCredentialReport(const QList<ReportSource>& sources, int rotationPolicyDays,
                                       const QDateTime& now)
{
    CredentialReport report;
    report.generated = now.toUTC();
    report.rotationPolicyDays = rotationPolicyDays;
    for (const ReportSource& source : sources) {
        const int policyDays =
            source.rotationPolicyDays > 0 ? source.rotationPolicyDays : rotationPolicyDays;
        QList<ReportRow> rows;
        for (const ApiKey& key : source.keys)
            rows << rowFor(source, key, policyDays, now);
        checkOwners(rows, source.keys, now);
        ReportAccountSummary summary;
        summary.accountLabel = source.account.label;
        summary.accountId = source.account.id;
        summary.provider =
            source.capabilities ? source.capabilities->providerName : source.account.provider;
        summary.rotationPolicyDays = policyDays;
        summary.keys = static_cast<int>(rows.size());
        for (const ReportRow& row : rows) {
            bool any = false;
            for (int i = 0; i < ReportCheckCount; ++i) {
                if (row.checks[i] == CheckResult::Fail) {
                    ++summary.failing[i];
                    any = true;
                }
            }
            summary.keysFailingAny += any ? 1 : 0;
        }
        report.rows << rows;
        report.accounts << summary;
    }
    return report;
}

CredentialReport buildCredentialReport(const QList<const ConsoleTypes::AccountView*>& views,
                                       int rotationPolicyDays, const QDateTime& now,
                                       const RotationPolicyLookup& policyFor)
{
    QList<ReportSource> sources;
    for (const ConsoleTypes::AccountView* view : views) {
        if (view && view->state == ConsoleTypes::LoadState::Ok)
            sources << ReportSource{view->account, view->capabilities, view->keys,
                                    policyFor ? policyFor(view->account.id) : 0};
    }
    return buildCredentialReport(sources, rotationPolicyDays, now);
}

} // namespace kw
