#include "Options.h"

#include "core/IpAllowlist.h"

#include <QCommandLineParser>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kw::cli {

namespace {

// The options of one command line, the provider they are checked against, and the first
// mistake found. Each step reads its options into the result and returns false on a mistake.
struct Reading
{
    const QCommandLineParser& parser;
    const Capabilities& caps;
    QDateTime now;
    QString* error;

    QString provider() const { return caps.providerName; }
    bool isSet(const QString& name) const { return parser.isSet(name); }
    QString value(const QString& name) const { return parser.value(name); }
    bool refuse(const QString& message) const
    {
        *error = message;
        return false;
    }
};

QString serviceIds(const Capabilities& caps)
{
    QStringList ids;
    for (const ServiceInfo& service : caps.services)
        ids.append(service.id);
    return ids.join(u", "_s);
}

// Empty when the description fits the provider's limit.
QString descriptionLengthError(const QString& description, const Capabilities& caps)
{
    if (caps.descriptionMaxLength <= 0 || description.size() <= caps.descriptionMaxLength)
        return {};
    return u"--description is %1 characters long; %2 allows at most %3"_s.arg(
        QString::number(description.size()), caps.providerName,
        QString::number(caps.descriptionMaxLength));
}

bool readName(const Reading& in, KeySpec& spec)
{
    spec.name = in.value(u"name"_s).trimmed();
    if (in.caps.name == Capabilities::NameField::None && in.isSet(u"name"_s)) {
        return in.refuse(
            in.caps.description
                ? u"--name: %1 keys have no name; use --description"_s.arg(in.provider())
                : u"--name: %1 keys have no name"_s.arg(in.provider()));
    }
    if (in.caps.name == Capabilities::NameField::Required && spec.name.isEmpty())
        return in.refuse(u"--name is required: %1 keys need a name"_s.arg(in.provider()));
    return true;
}

bool readDescription(const Reading& in, KeySpec& spec)
{
    if (!in.isSet(u"description"_s))
        return true;
    if (!in.caps.description)
        return in.refuse(u"--description: %1 keys have no description"_s.arg(in.provider()));
    spec.description = in.value(u"description"_s).trimmed();
    const QString tooLong = descriptionLengthError(spec.description, in.caps);
    return tooLong.isEmpty() || in.refuse(tooLong);
}

bool readServices(const Reading& in, KeySpec& spec)
{
    const QStringList services = in.parser.values(u"service"_s);
    if (!services.isEmpty() && in.caps.services.isEmpty()) {
        return in.refuse(u"--service: %1 keys have no services: a key has its owner's rights"_s.arg(
            in.provider()));
    }
    for (const QString& listed : services) {
        for (const QString& raw : listed.split(u',', Qt::SkipEmptyParts)) {
            const QString id = raw.trimmed().toLower();
            const bool known = std::any_of(in.caps.services.cbegin(), in.caps.services.cend(),
                                           [&](const ServiceInfo& s) { return s.id == id; });
            if (!known) {
                return in.refuse(u"--service “%1” is not a %2 service; choose from: %3"_s.arg(
                    raw.trimmed(), in.provider(), serviceIds(in.caps)));
            }
            if (!spec.services.contains(id))
                spec.services.append(id);
        }
    }
    if (spec.services.size() < in.caps.minServices) {
        return in.refuse(u"--service is required: choose at least %1 of: %2"_s.arg(
            QString::number(in.caps.minServices), serviceIds(in.caps)));
    }
    return true;
}

bool readIpAllowlist(const Reading& in, KeySpec& spec)
{
    if (!in.isSet(u"ip"_s))
        return true;
    if (!in.caps.ipAllowlist)
        return in.refuse(u"--ip: %1 keys have no IP allowlist"_s.arg(in.provider()));
    const IpAllowlist list = IpAllowlist::parse(in.parser.values(u"ip"_s).join(u","_s));
    if (!list.isValid()) {
        QStringList problems;
        for (const IpAllowlistIssue& issue : list.issues())
            problems.append(issue.message);
        return in.refuse(u"--ip: "_s + problems.join(u"; "_s));
    }
    spec.ipAllowlist = list.entries();
    return true;
}

bool readDuration(const Reading& in, KeySpec& spec)
{
    const bool permanent = in.isSet(u"permanent"_s);
    const bool duration = in.isSet(u"duration"_s);
    if (!duration && !permanent)
        return true;
    if (in.caps.expiry != Capabilities::Expiry::Duration) {
        const QString option = duration ? u"--duration"_s : u"--permanent"_s;
        return in.refuse(
            in.caps.expiry == Capabilities::Expiry::Date
                ? u"%1: %2 keys expire on a date: use --expires DATE"_s.arg(option, in.provider())
                : u"%1: %2 keys do not expire"_s.arg(option, in.provider()));
    }
    if (duration && permanent)
        return in.refuse(u"--duration and --permanent exclude each other"_s);
    if (permanent) {
        spec.durationSeconds = 0;
        return true;
    }
    bool ok = false;
    const qint64 seconds = in.value(u"duration"_s).trimmed().toLongLong(&ok);
    if (!ok || seconds <= 0) {
        return in.refuse(
            u"--duration “%1” is not a positive number of seconds"_s.arg(in.value(u"duration"_s)));
    }
    const qint64 most = in.caps.maxDurationSeconds;
    if (most > 0 && seconds > most) {
        return in.refuse(u"--duration %1 is too long: %2 allows at most %3 seconds (%4 h), or "
                         "--permanent"_s.arg(QString::number(seconds), in.provider(),
                                             QString::number(most), QString::number(most / 3600)));
    }
    spec.durationSeconds = seconds;
    return true;
}

bool readExpires(const Reading& in, KeySpec& spec)
{
    if (!in.isSet(u"expires"_s))
        return true;
    if (in.caps.expiry != Capabilities::Expiry::Date) {
        return in.refuse(in.caps.expiry == Capabilities::Expiry::Duration
                             ? u"--expires: %1 keys have a lifetime: use --duration SECONDS or "
                               "--permanent"_s.arg(in.provider())
                             : u"--expires: %1 keys do not expire"_s.arg(in.provider()));
    }
    const std::optional<QDateTime> expires = parseDate(in.value(u"expires"_s));
    if (!expires) {
        return in.refuse(u"--expires “%1” is not a date (YYYY-MM-DD) or ISO 8601 time"_s.arg(
            in.value(u"expires"_s)));
    }
    if (*expires <= in.now)
        return in.refuse(u"--expires %1 is in the past"_s.arg(expires->toString(Qt::ISODate)));
    spec.expires = expires;
    return true;
}

bool readBearer(const Reading& in, KeySpec& spec)
{
    if (!in.isSet(u"bearer"_s))
        return true;
    if (!in.caps.bearer) {
        return in.refuse(
            u"--bearer: %1 keys belong to the account; there is no owner to choose"_s.arg(
                in.provider()));
    }
    const QString bearer = in.value(u"bearer"_s).trimmed();
    const qsizetype colon = bearer.indexOf(u':');
    const QString type = bearer.left(colon).toLower();
    if (colon <= 0 || colon + 1 >= bearer.size() ||
        (type != u"user"_s && type != u"application"_s)) {
        return in.refuse(u"--bearer “%1” is not user:ID or application:ID"_s.arg(bearer));
    }
    spec.bearerType = type;
    spec.bearerId = bearer.mid(colon + 1).trimmed();
    return true;
}

bool readProject(const Reading& in, KeySpec& spec)
{
    if (!in.isSet(u"project"_s))
        return true;
    if (!in.caps.project)
        return in.refuse(u"--project: %1 keys have no project"_s.arg(in.provider()));
    spec.projectId = in.value(u"project"_s).trimmed();
    return true;
}

// keys edit: each option only when the provider lets that field be changed.
QString cannotEditHint(const Capabilities& caps)
{
    return caps.cannotEditHint.isEmpty() ? QString() : u" ("_s + caps.cannotEditHint + u')';
}

bool changeName(const Reading& in, KeyChange& change)
{
    if (!in.isSet(u"name"_s))
        return true;
    if (!in.caps.editName) {
        return in.refuse(u"--name: %1 does not let a key's name be changed%2"_s.arg(
            in.provider(), cannotEditHint(in.caps)));
    }
    const QString name = in.value(u"name"_s).trimmed();
    if (name.isEmpty() && in.caps.name == Capabilities::NameField::Required)
        return in.refuse(u"--name cannot be empty: %1 keys need a name"_s.arg(in.provider()));
    change.name = name;
    return true;
}

bool changeDescription(const Reading& in, KeyChange& change)
{
    if (!in.isSet(u"description"_s))
        return true;
    const QString description = in.value(u"description"_s).trimmed();
    if (!in.caps.editDescription) {
        return in.refuse(u"--description: %1 does not let a key's description be changed%2"_s.arg(
            in.provider(), cannotEditHint(in.caps)));
    }
    const QString tooLong = descriptionLengthError(description, in.caps);
    if (!tooLong.isEmpty())
        return in.refuse(tooLong);
    change.description = description;
    return true;
}

bool changeProject(const Reading& in, KeyChange& change)
{
    if (!in.isSet(u"project"_s))
        return true;
    if (!in.caps.editProject) {
        return in.refuse(u"--project: %1 does not let a key's project be changed%2"_s.arg(
            in.provider(), cannotEditHint(in.caps)));
    }
    change.projectId = in.value(u"project"_s).trimmed();
    return true;
}

bool changeExpires(const Reading& in, KeyChange& change)
{
    if (!in.isSet(u"expires"_s))
        return true;
    if (!in.caps.editExpiry) {
        return in.refuse(u"--expires: %1 does not let a key's expiry be changed%2"_s.arg(
            in.provider(), cannotEditHint(in.caps)));
    }
    const QString text = in.value(u"expires"_s).trimmed();
    if (text.compare(u"never"_s, Qt::CaseInsensitive) == 0) {
        change.expires = std::optional<QDateTime>();
        return true;
    }
    const std::optional<QDateTime> expires = parseDate(text);
    if (!expires) {
        return in.refuse(u"--expires “%1” is not a date (YYYY-MM-DD), an ISO 8601 time or "
                         "\"never\""_s.arg(text));
    }
    change.expires = expires;
    return true;
}

} // namespace

QCommandLineOption accountOption()
{
    return {u"account"_s, u"The account (label or id)."_s, u"A"_s};
}

QCommandLineOption keyOption()
{
    return {u"key"_s, u"The key (id, or name when unique)."_s, u"K"_s};
}

std::optional<QDateTime> parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (date.isValid() && trimmed.size() == 10)
        return QDateTime(date, QTime(23, 59, 59), Qt::UTC);
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime && !trimmed.endsWith(u'Z'))
        time.setTimeSpec(Qt::UTC); // no offset given: read as UTC, as the help says
    return time.toUTC();
}

std::optional<KeySpec> specFromOptions(const QCommandLineParser& parser, const Capabilities& caps,
                                       const QDateTime& now, QString* error)
{
    const Reading in{parser, caps, now, error};
    KeySpec spec;
    // In this order: the first mistake is the one reported.
    for (auto step : {readName, readDescription, readServices, readIpAllowlist, readDuration,
                      readExpires, readBearer, readProject}) {
        if (!step(in, spec))
            return std::nullopt;
    }
    return spec;
}

std::optional<KeyChange> changeFromOptions(const QCommandLineParser& parser,
                                           const Capabilities& caps, QString* error)
{
    const Reading in{parser, caps, QDateTime(), error};
    KeyChange change;
    for (auto step : {changeName, changeDescription, changeProject, changeExpires}) {
        if (!step(in, change))
            return std::nullopt;
    }
    if (change.isEmpty()) {
        in.refuse(u"nothing to change: give --name, --description, --project or --expires"_s);
        return std::nullopt;
    }
    return change;
}

} // namespace kw::cli
