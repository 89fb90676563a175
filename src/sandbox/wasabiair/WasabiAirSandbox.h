#pragma once

#include "sandbox/ProviderSandbox.h"

#include <QString>

namespace kw::sandbox {

// An emulator of the Wasabi AiR API-key endpoints (providers.md A.6, B.1.1, B.6 "Wasabi AiR"),
// written from the contract: Authorization: Bearer <jwt>, /api/data/api-keys list (with the jwt,
// inactive keys included), create with optional name, PATCH name/active, DELETE → {"ok":true},
// {"error": "…"} errors; a deactivated or deleted key gets 401 when used.
class WasabiAirSandbox : public ProviderSandbox
{
    Q_OBJECT
public:
    explicit WasabiAirSandbox(QObject* parent = nullptr);
    ~WasabiAirSandbox() override;

    QString adminToken() const; // an HS256 JWT API key of the account's user
    QString userId() const;     // 32 hex

    // `count` keys of varied age, named and default-named, some inactive. A null `now`: now by
    // the sandbox's clock.
    void seedSamples(int count = 30, const QDateTime& now = {});

    // Key objects carry "name" by default; false gives the documented shape exactly (id, jwt,
    // active, user_id, created_at, updated_at), for clients that must cope without names.
    void setListsNames(bool listsNames);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kw::sandbox
