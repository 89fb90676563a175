#pragma once

#include "console/ConsoleTypes.h"
#include "core/Account.h"
#include "core/ApiKey.h"
#include "core/Capabilities.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <functional>
#include <optional>

namespace kw {

// The credential report (docs/report.md): every key of the loaded accounts with its owner, dates
// and status, the policy checks per key, and a summary per account. Built from what was listed;
// it never holds a secret (ApiKey has none).
enum class ReportCheck
{
    RotationDue,                // older than the rotation policy (CIS AWS Foundations 1.14)
    ExpiresSoon,                // expires within ExpiresSoonDays
    Unused90,                   // not used for UnusedDays (only where the provider reports use)
    MultipleActiveKeysPerOwner, // its owner has more than one active key (CIS 1.13)
    NoExpiry,                   // never expires, where the provider supports an expiry
    NoIpAllowlist,              // open to every address, where the provider supports a list
};
inline constexpr int ReportCheckCount = 6;
inline constexpr int ExpiresSoonDays = 14;
inline constexpr int UnusedDays = 90;

// Its stable name in every format: "rotationDue", "expiresSoon", …
QString reportCheckName(ReportCheck check);
QList<ReportCheck> allReportChecks();

enum class CheckResult
{
    NotApplicable, // the provider cannot tell, or the check means nothing for this key
    Pass,
    Fail,
};

struct ReportRow
{
    QString accountLabel;
    QString accountId;
    QString provider; // the provider's display name ("WAYSCloud")
    QString owner;    // the owner's name where the provider gives one, else its id
    QString name;
    QString id;
    QString prefix;
    QDateTime created;             // invalid where the provider does not say
    std::optional<qint64> ageDays; // nullopt with created
    std::optional<QDateTime> expires;
    std::optional<QDateTime> lastUsed;
    QString status; // stable id: active, disabled, suspended, expired, read-only, revoked, unknown
    QStringList services;
    QStringList ipAllowlist;
    int rotationPolicyDays = 0; // the account's policy that rotationDue was judged by
    std::array<CheckResult, ReportCheckCount> checks{};

    CheckResult check(ReportCheck which) const { return checks[static_cast<int>(which)]; }
    QStringList failedChecks() const;
};

struct ReportAccountSummary
{
    QString accountLabel;
    QString accountId;
    QString provider;
    int rotationPolicyDays = 0; // the account's own policy, or the report's default
    int keys = 0;
    int keysFailingAny = 0;
    std::array<int, ReportCheckCount> failing{}; // per ReportCheck

    int failingCount(ReportCheck which) const { return failing[static_cast<int>(which)]; }
};

struct CredentialReport
{
    QDateTime generated;        // UTC
    int rotationPolicyDays = 0; // the default; an account may have its own (its summary's)
    QList<ReportRow> rows;
    QList<ReportAccountSummary> accounts;
};

// One account as the report reads it.
struct ReportSource
{
    Account account;
    const Capabilities* capabilities = nullptr; // null: no capability-bound check applies
    QList<ApiKey> keys;
    int rotationPolicyDays = 0; // the account's own policy; 0: the report's default
};

// rotationPolicyDays is the default (Preferences); a source may bring its own.
CredentialReport buildCredentialReport(const QList<ReportSource>& sources, int rotationPolicyDays,
                                       const QDateTime& now);
// The same for account views (AppController::account()); only the loaded ones (state Ok) are in
// it: a view whose keys could not be listed would otherwise read as an account with no keys.
// policyFor gives an account's policy (AppController::rotationPolicyDays(accountId)); without it
// every account follows the default.
using RotationPolicyLookup = std::function<int(const QString& accountId)>;
CredentialReport buildCredentialReport(const QList<const ConsoleTypes::AccountView*>& views,
                                       int rotationPolicyDays, const QDateTime& now,
                                       const RotationPolicyLookup& policyFor = {});

} // namespace kw
