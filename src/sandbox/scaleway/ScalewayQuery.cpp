#include "sandbox/scaleway/ScalewayQuery.h"

#include "sandbox/scaleway/ScalewayWire.h"

#include <limits>

namespace kw::sandbox::scaleway {

namespace {

using namespace Qt::StringLiterals;

} // namespace

ListQuery::ListQuery(const HttpRequest& request) : m_request(request)
{
    m_page = integer(u"page"_s, 1, 1, std::numeric_limits<int>::max());
    m_pageSize = integer(u"page_size"_s, defaultPageSize, 1, maxPageSize);
}

int ListQuery::integer(const QString& name, int fallback, int min, int max)
{
    const std::optional<QString> value = text(name);
    if (!value)
        return fallback;
    bool ok = false;
    const qlonglong number = value->toLongLong(&ok);
    if (!ok) {
        m_problems << ArgumentProblem{name, u"format"_s, u"must be an integer"_s};
        return fallback;
    }
    if (number < min || number > max) {
        const QString help = max == std::numeric_limits<int>::max()
                                 ? u"must be greater than or equal to %1"_s.arg(min)
                                 : u"must be between %1 and %2"_s.arg(min).arg(max);
        m_problems << ArgumentProblem{name, u"constraint"_s, help};
        return fallback;
    }
    return int(number);
}

QString ListQuery::oneOf(const QString& name, const QStringList& allowed)
{
    const std::optional<QString> value = text(name);
    if (!value)
        return allowed.first();
    if (!allowed.contains(*value)) {
        m_problems << ArgumentProblem{name, u"constraint"_s,
                                      u"must be one of: %1"_s.arg(allowed.join(u", "_s))};
        return allowed.first();
    }
    return *value;
}

std::optional<bool> ListQuery::boolean(const QString& name)
{
    const std::optional<QString> value = text(name);
    if (!value)
        return std::nullopt;
    if (*value == u"true"_s)
        return true;
    if (*value == u"false"_s)
        return false;
    m_problems << ArgumentProblem{name, u"format"_s, u"must be true or false"_s};
    return std::nullopt;
}

std::optional<QString> ListQuery::uuid(const QString& name)
{
    const std::optional<QString> value = text(name);
    if (value && !isUuid(*value)) {
        m_problems << ArgumentProblem{name, u"format"_s, u"must be a UUID"_s};
        return std::nullopt;
    }
    return value;
}

QStringList ListQuery::uuids(const QString& name)
{
    QStringList out;
    for (const QString& value : texts(name)) {
        if (isUuid(value))
            out << value;
        else
            m_problems << ArgumentProblem{name, u"format"_s, u"each value must be a UUID"_s};
    }
    return out;
}

std::optional<QString> ListQuery::text(const QString& name)
{
    const std::optional<QString> value = m_request.queryValue(name);
    if (!value || value->isEmpty())
        return std::nullopt;
    return value;
}

QStringList ListQuery::texts(const QString& name)
{
    QStringList out;
    for (const QString& value : m_request.queryValues(name)) {
        if (!value.isEmpty())
            out << value;
    }
    return out;
}

} // namespace kw::sandbox::scaleway
