// AppController's key list as the window drives it, without a window: a saved account loaded by
// start(), against the WAYSCloud emulator over loopback.
#include "console/AppController.h"
#include "core/AccountStore.h"
#include "core/AuditLog.h"
#include "sandbox/WaysCloudSandbox.h"
#include "vault/MemoryStore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace kw;
using namespace Qt::StringLiterals;
using kw::sandbox::Fault;

namespace {

constexpr int Timeout = 10000;
const QString ListPath = u"/v1/account/api-keys"_s;

// A controller with one saved account whose token is in the vault, as the app starts it.
struct Harness
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(u"settings.ini"_s), QSettings::IniFormat};
    sandbox::WaysCloudSandbox sandbox;
    MemoryStore vault;
    MemoryStore sessionVault;
    QNetworkAccessManager network;
    AuditLog audit{dir.filePath(u"audit.jsonl"_s)};
    std::unique_ptr<AppController> controller;
    Account account;

    Harness()
    {
        sandbox.listen();
        sandbox.seedSamples(12);
        controller =
            std::make_unique<AppController>(settings, &vault, &sessionVault, &network, &audit);
    }

    bool startWithSavedAccount()
    {
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        account.provider = u"wayscloud"_s;
        account.label = u"Test sandbox"_s;
        account.endpoint = sandbox.url();
        bool written = false;
        vault.write(account.vaultKey(), Secret::fromString(sandbox.adminToken()), nullptr,
                    [&written](SecretStore::Result result) { written = result.ok(); });
        if (!QTest::qWaitFor([&] { return written; }, Timeout))
            return false;
        AccountStore(settings).add(account);
        controller->start();
        return true;
    }

    // The listed keys of the account; -1 before it is known.
    int keyCount() const
    {
        const AppController::AccountView* view = controller->account(account.id);
        return view ? int(view->keys.size()) : -1;
    }
};

} // namespace

class TestAppControllerKeys : public QObject
{
    Q_OBJECT

private slots:
    void refreshDuringALoadListsAgainAfterIt()
    {
        // A list already in flight may predate the change that asks for the refresh (a revoke
        // that finishes while it loads): the refresh must not be dropped, but run after it.
        Harness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.keyCount(), 12, Timeout);
        Fault slow;
        slow.kind = Fault::Kind::Delay;
        slow.method = "GET";
        slow.pathPrefix = ListPath;
        slow.delayMs = 400;
        h.sandbox.injectFault(slow);
        const int before = h.sandbox.requestCount();
        const QString id = h.account.id;
        h.controller->refresh(id);
        h.controller->refresh(id); // while the slow list is in flight
        h.controller->refresh(id); // coalesced with the one before
        QTRY_COMPARE_WITH_TIMEOUT(h.sandbox.requestCount(), before + 2, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(h.controller->account(id)->state, AppController::LoadState::Ok,
                                  Timeout);
        QTest::qWait(200);
        QCOMPARE(h.sandbox.requestCount(), before + 2);
    }
};

QTEST_GUILESS_MAIN(TestAppControllerKeys)
#include "test_appcontroller_keys.moc"
