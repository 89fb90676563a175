#pragma once

#include "sandbox/Fault.h"

#include <QList>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace kw::sandbox {

// The faults waiting for requests, in the order they were injected.
class FaultPlan
{
public:
    void add(const Fault& fault);
    void clear() { m_faults.clear(); }
    int size() const { return int(m_faults.size()); }

    // The first fault that matches, used up by this request (count -1: never used up). content
    // is what Fault::contains looks in: the body and the raw query.
    std::optional<Fault> take(const QByteArray& method, const QString& path,
                              const QByteArray& content = {});

    // The control endpoint's JSON: {"kind": "delay|hang|429|500|502|503|504|401|403|404|
    // reset_before|reset|truncate|malformed|huge|fail_after_commit", "method", "path",
    // "exact_path", "contains", "count", "delay_ms", "retry_after", "retry_after_date",
    // "huge_bytes"}. On error: nullopt and *error says why.
    static std::optional<Fault> fromJson(const nlohmann::json& object, QString* error);
    static QString kindName(Fault::Kind kind);
    // The HTTP status a kind answers with instead of the handler (401, 429, 500, …); 0 for the
    // kinds that do something else.
    static int statusOf(Fault::Kind kind);

private:
    QList<Fault> m_faults;
};

} // namespace kw::sandbox
