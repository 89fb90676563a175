#include "ProxyLogins.h"

#include <QEventLoop>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kw {

namespace {

// One keychain entry: the user name percent-encoded (so it holds no colon), a colon, the
// password as it is.
Secret encode(const ProxyLogin& login)
{
    QString text = QString::fromLatin1(QUrl::toPercentEncoding(login.user)) + u':' + login.password;
    Secret secret = Secret::fromString(text);
    wipe(text);
    return secret;
}

std::optional<ProxyLogin> decode(const Secret& secret)
{
    const QString text = secret.exposeString();
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    return ProxyLogin{QUrl::fromPercentEncoding(text.left(colon).toLatin1()), text.mid(colon + 1)};
}

} // namespace

QString ProxyLogins::entry(const QString& proxy)
{
    return u"proxy/"_s + proxy;
}

std::optional<ProxyLogin> ProxyLogins::read(const QString& proxy, QString* problem) const
{
    if (!m_vault)
        return std::nullopt;
    QEventLoop loop;
    std::optional<SecretStore::Result> answer;
    m_vault->read(entry(proxy), &loop, [&](SecretStore::Result result) {
        answer = std::move(result);
        loop.quit();
    });
    if (!answer)
        loop.exec();
    if (!answer->ok()) {
        if (problem && answer->status != SecretStore::Status::NotFound)
            *problem = answer->message;
        return std::nullopt;
    }
    return decode(answer->secret);
}

void ProxyLogins::write(const QString& proxy, const ProxyLogin& login, const QObject* context,
                        SecretStore::Callback done) const
{
    m_vault->write(entry(proxy), encode(login), context, std::move(done));
}

void ProxyLogins::remove(const QString& proxy, const QObject* context,
                         SecretStore::Callback done) const
{
    m_vault->remove(entry(proxy), context, std::move(done));
}

ProxyAuth::Source ProxyLogins::keychainSource() const
{
    return [vault = m_vault](const QString& proxy, bool refused) -> std::optional<ProxyLogin> {
        if (refused)
            return std::nullopt;
        return ProxyLogins(vault).read(proxy);
    };
}

} // namespace kw
