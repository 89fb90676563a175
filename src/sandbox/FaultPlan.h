#pragma once

#include "Fault.h"

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

    // The first fault that matches, used up by this request (count -1: never used up).
    std::optional<Fault> take(const QByteArray& method, const QString& path);

    // The control endpoint's JSON: {"kind": "delay|hang|429|500|503|reset|truncate|malformed|
    // huge|fail_after_commit", "method", "path", "count", "delay_ms", "retry_after",
    // "huge_bytes"}. On error: nullopt and *error says why.
    static std::optional<Fault> fromJson(const nlohmann::json& object, QString* error);
    static QString kindName(Fault::Kind kind);

private:
    QList<Fault> m_faults;
};

} // namespace kw::sandbox
