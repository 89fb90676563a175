#include "vault/KeychainStore.h"

#include "vault/DeliverLater.h"
#include "vault/KeychainErrorMap.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <memory>
#include <openssl/crypto.h>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace kw {
namespace {

// Overwrites a buffer that QtKeychain shares with us (the job's own copy of the secret). Only
// called once the job is finished with it; kw::wipe() would merely drop our reference.
void cleanseShared(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(const_cast<char*>(bytes.constData()), std::size_t(bytes.size()));
    bytes = QByteArray();
}

// Watches one QtKeychain job and answers its caller exactly once: with the job's outcome, or
// with Timeout when the job takes too long. It is the job's child, so it lives exactly as long
// as the job. The job itself is never deleted early: libsecret's callback keeps a raw pointer to
// it, and a job that hangs also holds up QtKeychain's queue, so a late answer must find it alive.
class JobWatch : public QObject
{
public:
    JobWatch(QKeychain::Job* job, std::chrono::milliseconds timeout, const QObject* context,
             SecretStore::Callback done, QByteArray payload)
        : QObject(job), m_context(context ? context : QCoreApplication::instance()),
          m_done(std::move(done)), m_payload(std::move(payload)), m_timeoutMs(int(timeout.count()))
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
        connect(&m_timer, &QTimer::timeout, this, &JobWatch::onTimeout);
        connect(job, &QKeychain::Job::finished, this, &JobWatch::onFinished);
        m_timer.start(timeout);
    }
    ~JobWatch() override { cleanseShared(m_payload); }

private:
    void onFinished(QKeychain::Job* job)
    {
        m_timer.stop();
        cleanseShared(m_payload);
        SecretStore::Result result = keychainResultFor(job->error(), job->errorString());
        if (auto* readJob = qobject_cast<QKeychain::ReadPasswordJob*>(job)) {
            QByteArray data = readJob->binaryData();
            if (result.ok())
                result.secret = Secret::fromUtf8(data);
            cleanseShared(data);
        }
        answer(std::move(result));
    }

    void onTimeout() { answer(keychainTimeoutResult(m_timeoutMs)); }

    void answer(SecretStore::Result result)
    {
        if (m_answered)
            return; // a job that finishes after its timeout has already been answered for
        m_answered = true;
        if (m_context)
            vault_detail::deliverLater(m_context.data(), std::move(m_done), std::move(result));
        m_done = nullptr;
    }

    QPointer<const QObject> m_context;
    SecretStore::Callback m_done;
    QByteArray m_payload; // write jobs: shares its buffer with the job's copy of the secret
    QTimer m_timer;
    int m_timeoutMs;
    bool m_answered = false;
};

void runJob(QKeychain::Job* job, const QString& key, std::chrono::milliseconds timeout,
            const QObject* context, SecretStore::Callback done, QByteArray payload = {})
{
    job->setKey(key);
    job->setAutoDelete(true); // the only owner once the job is started: see JobWatch
    job->setInsecureFallback(false);
    new JobWatch(job, timeout, context, std::move(done), std::move(payload));
    job->start();
}

void readJob(const QString& key, std::chrono::milliseconds timeout, const QObject* context,
             SecretStore::Callback done)
{
    runJob(new QKeychain::ReadPasswordJob(KeychainStore::serviceName()), key, timeout, context,
           std::move(done));
}

void writeJob(const QString& key, const Secret& secret, std::chrono::milliseconds timeout,
              const QObject* context, SecretStore::Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(KeychainStore::serviceName());
    QByteArray payload = secret.exposeBytes();
    job->setBinaryData(payload);
    runJob(job, key, timeout, context, std::move(done), std::move(payload));
}

void removeJob(const QString& key, std::chrono::milliseconds timeout, const QObject* context,
               SecretStore::Callback done)
{
    runJob(new QKeychain::DeletePasswordJob(KeychainStore::serviceName()), key, timeout, context,
           std::move(done));
}

} // namespace

KeychainStore::KeychainStore(QObject* parent) : SecretStore(parent) {}

QString KeychainStore::serviceName()
{
    return u"keywarden"_s;
}

QString KeychainStore::backendName() const
{
    return tr("System keychain");
}

void KeychainStore::read(const QString& key, const QObject* context, Callback done)
{
    readJob(key, m_timeout, context, std::move(done));
}

void KeychainStore::write(const QString& key, const Secret& secret, const QObject* context,
                          Callback done)
{
    writeJob(key, secret, m_timeout, context, std::move(done));
}

void KeychainStore::remove(const QString& key, const QObject* context, Callback done)
{
    removeJob(key, m_timeout, context, std::move(done));
}

void KeychainStore::probe(const QObject* context, Callback done)
{
    // The steps do not touch `this`, so the probe may outlive the store; the intermediate steps
    // run on the application object so that the probe entry is removed even if `context` goes.
    const QObject* app = QCoreApplication::instance();
    const QPointer<const QObject> caller(context ? context : app);
    const std::chrono::milliseconds timeout = m_timeout;
    const QString key = u"probe/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto expected =
        std::make_shared<Secret>(Secret::fromUtf8(QUuid::createUuid().toRfc4122().toHex()));

    auto finish = [caller, done](Result result) {
        if (caller)
            vault_detail::deliverLater(caller.data(), done, std::move(result));
    };
    auto removeThenFinish = [key, timeout, app, finish](Result outcome) {
        auto first = std::make_shared<Result>(std::move(outcome));
        removeJob(key, timeout, app, [first, finish](Result removed) {
            finish(first->ok() ? std::move(removed) : std::move(*first));
        });
    };
    writeJob(key, *expected, timeout, app,
             [key, timeout, app, expected, finish, removeThenFinish](Result written) {
                 if (!written.ok()) {
                     // QtKeychain runs jobs one at a time, so this remove waits for a write that
                     // merely timed out and cleans up after it if it lands late.
                     if (written.status == Status::Timeout)
                         removeJob(key, timeout, app, [](Result) {});
                     finish(std::move(written));
                     return;
                 }
                 readJob(key, timeout, app, [expected, removeThenFinish](Result readBack) {
                     if (readBack.ok() && !readBack.secret.equals(*expected)) {
                         readBack.status = Status::Other;
                         readBack.message = tr("The keychain returned something other than what "
                                               "was stored in it.");
                         readBack.help = tr("Restart the keychain service and try again.");
                     }
                     readBack.secret.clear();
                     removeThenFinish(std::move(readBack));
                 });
             });
}

} // namespace kw
