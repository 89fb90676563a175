#include "sandbox/scaleway/ScalewayWire.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace kw::sandbox::scaleway {

namespace {

using nlohmann::json;
using namespace Qt::StringLiterals;

json strings(const QStringList& list)
{
    json array = json::array();
    for (const QString& item : list)
        array.push_back(item.toStdString());
    return array;
}

} // namespace

bool isUuid(const QString& text)
{
    static const QRegularExpression uuid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return uuid.match(text).hasMatch();
}

std::optional<QDateTime> parseRfc3339(const QString& text)
{
    static const QRegularExpression format(
        u"^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?"
        u"(?:([Zz])|([+-])(\\d{2}):(\\d{2}))$"_s);
    const QRegularExpressionMatch match = format.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const auto number = [&](int group) { return match.captured(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    const int milliseconds = match.captured(7).leftJustified(3, u'0').left(3).toInt();
    const QTime time(number(4), number(5), number(6), milliseconds);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    if (match.captured(8).isEmpty()) {
        if (number(10) > 23 || number(11) > 59)
            return std::nullopt;
        offsetSeconds = (number(10) * 60 + number(11)) * 60;
        if (match.captured(9) == u"-"_s)
            offsetSeconds = -offsetSeconds;
    }
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
}

json timestamp(const std::optional<QDateTime>& when)
{
    if (!when || !when->isValid())
        return nullptr;
    const QString text = when->toUTC().toString(u"yyyy-MM-dd'T'hh:mm:ss.zzz"_s) + u"000Z"_s;
    return text.toStdString();
}

json keyToJson(const ScalewayKey& key, const std::optional<QString>& secret)
{
    json object{
        {"access_key", key.accessKey.toStdString()},
        {"secret_key", secret ? json(secret->toStdString()) : json()},
        {"description", key.description.toStdString()},
        {"created_at", timestamp(key.createdAt)},
        {"updated_at", timestamp(key.updatedAt)},
        {"expires_at", timestamp(key.expiresAt)},
        {"default_project_id", key.defaultProjectId.toStdString()},
        {"editable", key.editable},
        {"deletable", key.deletable},
        {"managed", key.managed},
        {"creation_ip", key.creationIp.toStdString()},
    };
    // Only the bearer's own field is present, as in the create response seen in B.3.
    object[key.bearerType == ScalewayBearerType::User ? "user_id" : "application_id"] =
        key.bearerId.toStdString();
    return object;
}

json userToJson(const ScalewayUser& user, const QString& organizationId)
{
    return json{
        {"id", user.id.toStdString()},
        {"email", user.email.toStdString()},
        {"username", user.username.toStdString()},
        {"first_name", user.firstName.toStdString()},
        {"last_name", user.lastName.toStdString()},
        {"phone_number", user.phoneNumber.toStdString()},
        {"locale", user.locale.toStdString()},
        {"created_at", timestamp(user.createdAt)},
        {"updated_at", timestamp(user.updatedAt)},
        {"organization_id", organizationId.toStdString()},
        {"deletable", !user.owner},
        {"last_login_at", timestamp(user.lastLoginAt)},
        {"type", user.owner ? "owner" : "member"},
        {"two_factor_enabled", user.mfa},
        {"status", user.invitationPending ? "invitation_pending" : "activated"},
        {"mfa", user.mfa},
        {"account_root_user_id", user.id.toStdString()},
        {"tags", strings(user.tags)},
        {"locked", user.locked},
    };
}

json applicationToJson(const ScalewayApplication& application, const QString& organizationId,
                       int keyCount)
{
    return json{
        {"id", application.id.toStdString()},
        {"name", application.name.toStdString()},
        {"description", application.description.toStdString()},
        {"created_at", timestamp(application.createdAt)},
        {"updated_at", timestamp(application.updatedAt)},
        {"organization_id", organizationId.toStdString()},
        {"editable", application.editable},
        {"deletable", application.deletable},
        {"managed", application.managed},
        {"nb_api_keys", keyCount},
        {"tags", strings(application.tags)},
    };
}

json projectToJson(const ScalewayProject& project, const QString& organizationId)
{
    return json{
        {"id", project.id.toStdString()},
        {"name", project.name.toStdString()},
        {"description", project.description.toStdString()},
        {"organization_id", organizationId.toStdString()},
        {"created_at", timestamp(project.createdAt)},
        {"updated_at", timestamp(project.updatedAt)},
    };
}

} // namespace kw::sandbox::scaleway
