#include "sandbox/wasabiiam/WasabiIamAccount.h"

#include "sandbox/SandboxCrypto.h"

#include <algorithm>

namespace kw::sandbox {

namespace {

using namespace Qt::StringLiterals;

// Upper-case letters and digits, as AWS-style access key ids and user ids are made of.
QString randomUpperAlphanumeric(int length)
{
    QString out;
    while (out.size() < length) {
        for (const char c : randomAlphanumeric(length)) {
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
                out += QLatin1Char(c);
            if (out.size() == length)
                break;
        }
    }
    return out;
}

QString randomDigits(int length)
{
    QString out;
    while (out.size() < length) {
        for (const char c : randomAlphanumeric(length * 4)) {
            if (c >= '0' && c <= '9' && !(out.isEmpty() && c == '0'))
                out += QLatin1Char(c);
            if (out.size() == length)
                break;
        }
    }
    return out;
}

QDateTime wholeSeconds(const QDateTime& when)
{
    return QDateTime::fromSecsSinceEpoch(when.toSecsSinceEpoch(), Qt::UTC);
}

} // namespace

WasabiIamAccount::WasabiIamAccount(const QDateTime& now)
    : m_accountId(randomDigits(12)), m_accountName(u"keywarden-sandbox"_s),
      m_canonicalUserId(QString::fromLatin1(sha256(m_accountId.toLatin1()).toHex())),
      m_createdAt(wholeSeconds(now.addDays(-400)))
{}

const IamUser& WasabiIamAccount::addUser(const QString& name, const QDateTime& createdAt)
{
    m_users.push_back(
        IamUser{name, u"AIDA"_s + randomUpperAlphanumeric(17), wholeSeconds(createdAt), {}});
    m_userByName.insert(name, m_users.size() - 1);
    return m_users.back();
}

const IamUser* WasabiIamAccount::findUser(const QString& name) const
{
    const auto found = m_userByName.constFind(name);
    return found == m_userByName.cend() ? nullptr : &m_users[*found];
}

IamUser* WasabiIamAccount::findUser(const QString& name)
{
    return const_cast<IamUser*>(std::as_const(*this).findUser(name));
}

QList<const IamUser*> WasabiIamAccount::users() const
{
    QList<const IamUser*> out;
    for (const IamUser& user : m_users)
        out.append(&user);
    std::sort(out.begin(), out.end(),
              [](const IamUser* a, const IamUser* b) { return a->name < b->name; });
    return out;
}

const IamAccessKey& WasabiIamAccount::createKey(const QString& userName, const QDateTime& createdAt)
{
    QString id;
    do {
        id = u"AKIA"_s + randomUpperAlphanumeric(16);
    } while (findKey(id));
    IamAccessKey key;
    key.id = id;
    key.userName = userName;
    QByteArray secret = randomAlphanumeric(40);
    key.secret = Secret::fromUtf8(secret);
    wipe(secret);
    key.createdAt = wholeSeconds(createdAt);
    m_keys.push_back(std::move(key));
    m_keyById.insert(id, m_keys.size() - 1);
    m_keysByUser[userName].append(m_keys.size() - 1);
    return m_keys.back();
}

const IamAccessKey* WasabiIamAccount::findKey(const QString& id) const
{
    const auto found = m_keyById.constFind(id);
    return found == m_keyById.cend() ? nullptr : &m_keys[*found];
}

IamAccessKey* WasabiIamAccount::findKey(const QString& id)
{
    return const_cast<IamAccessKey*>(std::as_const(*this).findKey(id));
}

bool WasabiIamAccount::removeKey(const QString& id)
{
    const auto it = std::find_if(m_keys.begin(), m_keys.end(),
                                 [&](const IamAccessKey& key) { return key.id == id; });
    if (it == m_keys.end())
        return false;
    m_keys.erase(it); // Secret wipes itself
    reindexKeys();
    return true;
}

void WasabiIamAccount::reindexKeys()
{
    m_keyById.clear();
    m_keysByUser.clear();
    for (std::size_t index = 0; index < m_keys.size(); ++index) {
        m_keyById.insert(m_keys[index].id, index);
        m_keysByUser[m_keys[index].userName].append(index);
    }
}

QList<const IamAccessKey*> WasabiIamAccount::keysOf(const QString& userName) const
{
    QList<const IamAccessKey*> out;
    for (const std::size_t index : m_keysByUser.value(userName))
        out.append(&m_keys[index]);
    return out;
}

void WasabiIamAccount::addBucket(const QString& name, const QDateTime& createdAt)
{
    m_buckets.append(IamBucket{name, createdAt.toUTC()});
}

QString WasabiIamAccount::userArn(const QString& accountId, const QString& userName)
{
    return userName.isEmpty() ? u"arn:aws:iam::%1:root"_s.arg(accountId)
                              : u"arn:aws:iam::%1:user/%2"_s.arg(accountId, userName);
}

} // namespace kw::sandbox
