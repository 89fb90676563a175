#pragma once

#include "core/Secret.h"

#include <QObject>
#include <QString>
#include <functional>

namespace kw {

// Where the console keeps its own credentials (provider admin tokens). Asynchronous: the
// callback runs exactly once, from the event loop, and only while `context` is alive.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Ok,
        NotFound,
        NoBackend, // no keychain answers: no session bus, no Secret Service, …
        Locked,    // the keychain is locked and could not be unlocked
        Denied,    // the user refused access
        Timeout,   // the keychain did not answer in time
        Other,
    };
    struct Result
    {
        Status status = Status::Ok;
        QString message; // translated, what went wrong
        QString help;    // translated, how to fix it (e.g. which package to install)
        Secret secret;   // read() only
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(Result)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString& key, const QObject* context, Callback done) = 0;
    virtual void write(const QString& key, const Secret& secret, const QObject* context,
                       Callback done) = 0;
    virtual void remove(const QString& key, const QObject* context, Callback done) = 0;
    virtual bool isPersistent() const = 0; // false: session only, forgotten at exit
    virtual QString backendName() const = 0;
};

} // namespace kw
