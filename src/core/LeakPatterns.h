#pragma once

#include "core/Secret.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <vector>

namespace kw {

// One string in pasted text that is shaped like a key of one of the five providers
// (providers.md A.11). publicId is what the provider lists the key by: the WAYSCloud key prefix
// (wayscloud_<svc>_<10>), the Scaleway/CoreWeave/AWS-style access key id, the Wasabi AiR JWT's
// jti. secret is the exposed secret when the text holds one (the whole WAYSCloud token or JWT, the
// secret half of a key pair found next to its id), else empty.
struct LeakFinding
{
    enum class Kind
    {
        WaysCloud,
        Scaleway,
        CoreWeave,
        WasabiAir,
        AwsStyle // Wasabi IAM and any other AWS-compatible key pair
    };
    Kind kind = Kind::AwsStyle;
    QString publicId; // empty: only a secret was found (a lone cwo… or a JWT without jti)
    Secret secret;
    int line = 0;   // 1-based, of the public part (or the secret when there is none)
    int column = 0; // 1-based, in UTF-16 code units

    bool hasSecret() const { return !secret.isEmpty(); }
};

// Finds every key-shaped string in arbitrary text (a key, a log excerpt, a .env, a diff). Pure:
// no network, no state. Linear in the text's length: each character is looked at a bounded
// number of times, and secrets of key pairs are only searched for in a bounded window around
// their id. A match never starts or ends inside a longer token.
class LeakPatterns
{
public:
    static std::vector<LeakFinding> scan(QStringView text);
    // The provider ids (Capabilities::providerId) a finding of this kind can belong to.
    static QStringList providerIds(LeakFinding::Kind kind);
    // The provider a finding looks like, for "not one of yours": "WAYSCloud", "Wasabi or AWS", …
    static QString lookalikeName(LeakFinding::Kind kind);
};

} // namespace kw
