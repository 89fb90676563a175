#pragma once

// What the main window's suites share: a window wired as the app wires it against an
// in-process WAYSCloud sandbox, and the helpers that drive its dialogs and questions.

#include "console/AppController.h"
#include "core/AccountStore.h"
#include "core/AuditLog.h"
#include "core/Clock.h"
#include "sandbox/wayscloud/WaysCloudSandbox.h"
#include "ui/KeyFilterProxy.h"
#include "ui/KeyTableModel.h"
#include "ui/MainWindow.h"
#include "ui/Prompts.h"
#include "vault/MemoryStore.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

namespace kw::test {

inline constexpr int Timeout = 10000;
// For a failure the client retries with backoff before it reports it.
inline constexpr int RetriedFailureTimeout = 30000;

// Waits for the next dialog the window opens and returns it as T.
template <typename T = QDialog> T* nextDialog(QSignalSpy& opened)
{
    if (opened.isEmpty() && !opened.wait(Timeout))
        return nullptr;
    auto* dialog = qvariant_cast<QDialog*>(opened.takeFirst().at(0));
    return dialog ? qobject_cast<T*>(dialog) : nullptr;
}

template <typename T> T* child(QObject* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
}

// Records every question asked through Prompts and answers it.
struct PromptRecorder
{
    QStringList texts;
    QMessageBox::StandardButton answer = QMessageBox::Yes;
    PromptRecorder()
    {
        Prompts::setAnswerer([this](QMessageBox::Icon, const QString&, const QString& text,
                                    QMessageBox::StandardButtons) {
            texts.append(text);
            return answer;
        });
    }
    ~PromptRecorder() { Prompts::setAnswerer(nullptr); }
};

inline QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A keychain that is not there: every call fails the way a missing Secret Service does.
class AbsentKeychain : public SecretStore
{
public:
    using SecretStore::SecretStore;
    void read(const QString&, const QObject* context, Callback done) override
    {
        fail(context, std::move(done));
    }
    void write(const QString&, const Secret&, const QObject* context, Callback done) override
    {
        ++writes;
        fail(context, std::move(done));
    }
    void remove(const QString&, const QObject* context, Callback done) override
    {
        fail(context, std::move(done));
    }
    bool isPersistent() const override { return true; }
    QString backendName() const override { return QStringLiteral("the test keychain"); }
    int writes = 0;

private:
    void fail(const QObject* context, Callback done)
    {
        QMetaObject::invokeMethod(
            const_cast<QObject*>(context ? context : static_cast<const QObject*>(this)),
            [done = std::move(done)] {
                Result result;
                result.status = Status::NoBackend;
                result.message = QStringLiteral("org.freedesktop.secrets was not provided");
                result.help = QStringLiteral("Install gnome-keyring or KeePassXC.");
                done(std::move(result));
            },
            Qt::QueuedConnection);
    }
};

// Everything a main window needs, wired the way the app wires it, against an in-process
// WAYSCloud sandbox with 12 sample keys and temporary settings.
struct WindowHarness
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    sandbox::WaysCloudSandbox sandbox;
    std::unique_ptr<SecretStore> vault;
    MemoryStore sessionVault;
    QNetworkAccessManager network;
    std::unique_ptr<AuditLog> audit;
    QDateTime now = Clock::app().nowUtc(); // pinned from here on
    ScopedClock clock{[this] { return now; }};
    std::unique_ptr<AppController> controller;
    std::unique_ptr<MainWindow> window;
    Account account;

    explicit WindowHarness(std::unique_ptr<SecretStore> customVault = nullptr)
    {
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                               QSettings::IniFormat);
        vault = customVault ? std::move(customVault) : std::make_unique<MemoryStore>();
        audit = std::make_unique<AuditLog>(dir.filePath(QStringLiteral("audit.jsonl")));
        sandbox.listen();
        sandbox.seedSamples(12, now);
        controller = std::make_unique<AppController>(*settings, vault.get(), &sessionVault,
                                                     &network, audit.get());
        window = std::make_unique<MainWindow>(controller.get());
        window->resize(1280, 800);
    }

    // A saved account whose token is in the vault, loaded by start() as on a real start.
    bool startWithSavedAccount()
    {
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        account.provider = QStringLiteral("wayscloud");
        account.label = QStringLiteral("Test sandbox");
        account.endpoint = sandbox.url();
        bool written = false;
        vault->write(account.vaultKey(), Secret::fromString(sandbox.adminToken()), nullptr,
                     [&written](SecretStore::Result result) { written = result.ok(); });
        if (!QTest::qWaitFor([&] { return written; }, Timeout))
            return false;
        AccountStore(*settings).add(account);
        controller->start();
        window->show();
        return true;
    }

    template <typename T> T* find(const char* name) const
    {
        return window->findChild<T*>(QString::fromLatin1(name));
    }
    QAction* action(const char* name) const { return find<QAction>(name); }
    QTableView* table() const { return find<QTableView>("keyTable"); }
    int rows() const { return window->keyProxy()->rowCount(); }
    QString auditText() const { return readAll(audit->filePath()); }
    int rowOfName(const QString& name) const
    {
        for (int row = 0; row < rows(); ++row) {
            if (window->keyProxy()->index(row, KeyTableModel::NameColumn).data().toString() == name)
                return row;
        }
        return -1;
    }
    bool selectName(const QString& name) const
    {
        const int row = rowOfName(name);
        if (row < 0)
            return false;
        table()->setCurrentIndex(window->keyProxy()->index(row, 0));
        return window->selectedKey().has_value();
    }
};

} // namespace kw::test
