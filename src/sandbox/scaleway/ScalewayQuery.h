#pragma once

#include "sandbox/HttpExchange.h"
#include "sandbox/scaleway/ScalewayErrors.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kw::sandbox::scaleway {

// The query of a Scaleway list request, read and checked: page (≥ 1), page_size (1–100,
// default 20 [I]), order_by and the filters. Every problem found is collected, so one 400
// names all the bad arguments. An empty value counts as absent.
class ListQuery
{
public:
    static constexpr int defaultPageSize = 20;
    static constexpr int maxPageSize = 100;

    explicit ListQuery(const HttpRequest& request);

    int page() const { return m_page; }
    int pageSize() const { return m_pageSize; }

    // `allowed.first()` when absent.
    QString oneOf(const QString& name, const QStringList& allowed);
    std::optional<bool> boolean(const QString& name);
    std::optional<QString> uuid(const QString& name);
    QStringList uuids(const QString& name); // repeated keys
    std::optional<QString> text(const QString& name);
    QStringList texts(const QString& name); // repeated keys

    bool ok() const { return m_problems.isEmpty(); }
    HttpResponse refusal() const { return invalidArguments(m_problems); }

    template <typename T> QList<T> pageOf(const QList<T>& sorted) const
    {
        const qsizetype first = qsizetype(m_page - 1) * m_pageSize;
        if (first >= sorted.size())
            return {};
        return sorted.mid(first, m_pageSize);
    }

private:
    int integer(const QString& name, int fallback, int min, int max);

    const HttpRequest& m_request;
    QList<ArgumentProblem> m_problems;
    int m_page = 1;
    int m_pageSize = defaultPageSize;
};

} // namespace kw::sandbox::scaleway
