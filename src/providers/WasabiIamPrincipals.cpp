#include "ProviderCalls.h"
#include "WasabiIamProvider.h"
#include "WasabiIamXml.h"

// The calls about a key's owner rather than the key: who can hold keys (the caller and every
// sub-user) and the policies attached to a sub-user.
namespace kw {

using namespace Qt::StringLiterals;

namespace {

using Kind = ProviderError::Kind;
const QString ProviderName = u"Wasabi"_s;

} // namespace

QList<Bearer> WasabiIamProvider::bearersFor(const QString& caller, const QStringList& users)
{
    // The caller first. The root user's keys are asked for without a UserName; when the token
    // is an IAM user's, its keys are listed under its name (keyFromFields), so it is that user,
    // listed once and said to be the token's own.
    QList<Bearer> bearers{
        caller.isEmpty() ? Bearer{u"user"_s, QString(), tr("Root user")}
                         : Bearer{u"user"_s, caller, tr("%1 (this token's user)").arg(caller)}};
    for (const QString& name : users) {
        if (name != caller)
            bearers.append({u"user"_s, name, name});
    }
    return bearers;
}

ProviderReply* WasabiIamProvider::listBearers()
{
    if (ProviderReply* refused = refusal())
        return refused;
    auto* reply = new ProviderReply;
    // Who the token is: GetUser without a UserName answers about the caller, with a UserName
    // when the token is an IAM user's (then its own keys are that user's, not the root's).
    call(reply, iamRequest(u"GetUser"_s, {}), [this, reply](const HttpResponse& response) {
        QString error;
        const auto fields = wasabiiam::parseFields(response.body, u"GetUser"_s, &error);
        const QString caller = fields ? fields->value(u"UserName"_s) : QString();
        listUserNames(reply, [reply, caller](const QStringList& names) {
            reply->setBearers(bearersFor(caller, names));
            reply->finish();
        });
    });
    armListDeadline(reply, http(), ProviderName, tr("users"));
    return reply;
}

ProviderReply* WasabiIamProvider::listPrincipalPolicies(const QString& principal)
{
    const QString userName = principal.trimmed();
    if (userName.isEmpty())
        return failedReply({Kind::Validation,
                            0,
                            tr("The root user has every right and no policies to list."),
                            {}});
    if (ProviderReply* refused = refusal())
        return refused;
    auto* reply = new ProviderReply;
    listAll(reply, u"ListAttachedUserPolicies"_s, {{u"UserName"_s, userName}},
            [reply](const QList<QMap<QString, QString>>& members) {
                QList<AttachedPolicy> policies;
                for (const auto& member : members) {
                    const QString arn = member.value(u"PolicyArn"_s);
                    if (arn.isEmpty())
                        continue;
                    QString name = member.value(u"PolicyName"_s);
                    if (name.isEmpty())
                        name = arn.section(QLatin1Char('/'), -1);
                    policies.append({arn, name});
                }
                reply->setPolicies(std::move(policies));
                reply->finish();
            });
    armListDeadline(reply, http(), ProviderName, tr("attached policies"));
    return reply;
}

ProviderReply* WasabiIamProvider::attachPrincipalPolicy(const QString& principal,
                                                        const QString& policyArn)
{
    const QString userName = principal.trimmed();
    const QString arn = policyArn.trimmed();
    if (userName.isEmpty())
        return failedReply({Kind::Validation,
                            0,
                            tr("The root user has every right already; policies are attached "
                               "to sub-users."),
                            {}});
    if (arn.isEmpty())
        return failedReply({Kind::Validation, 0, tr("No policy was chosen."), {}});
    if (ProviderReply* refused = refusal())
        return refused;
    auto* reply = new ProviderReply;
    // Attaching is idempotent at the server (a policy attached twice is attached once), so a
    // retry after a lost answer does no harm.
    call(reply,
         iamRequest(u"AttachUserPolicy"_s, {{u"UserName"_s, userName}, {u"PolicyArn"_s, arn}}),
         [reply](const HttpResponse&) { reply->finish(); });
    return reply;
}

} // namespace kw
