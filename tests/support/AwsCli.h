#pragma once

// What the tests that run Debian's AWS CLI against the sandbox share.
#include <QByteArray>
#include <QString>

namespace kw::test {

// The Debian package, by path: an `aws` earlier on PATH may be another installation.
inline QString awsPath()
{
    return QStringLiteral("/usr/bin/aws");
}
constexpr int awsTimeoutMs = 60000;

// How one `aws` run ended.
struct AwsRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace kw::test
