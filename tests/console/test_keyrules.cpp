// KeyRules: which key can be revoked, rotated, disabled, enabled or have its owner suspended, as
// a table of key states × actions × what the provider can do. The window's actions
// (test_keyactionpolicy) and the bulk actions (test_bulkkeyactions) both ask these rules.
#include "console/KeyRules.h"

#include <QTest>

using namespace kw;
using namespace Qt::StringLiterals;
using Action = KeyRules::Action;
using Block = KeyRules::Block;

namespace {

enum class Provider
{
    DisablesKeys,  // WAYSCloud-like: disable one key
    SuspendsOwner, // CoreWeave-like: suspend every key of a user
    CannotDisable, // Scaleway-like: neither
    CannotRevoke,
    Limited, // a limit of 2 keys per account
    Unknown, // no client for it
};

Capabilities capabilities(Provider provider)
{
    Capabilities caps;
    caps.providerName = u"P"_s;
    caps.disable = provider == Provider::DisablesKeys || provider == Provider::Limited;
    caps.disablePrincipal = provider == Provider::SuspendsOwner;
    caps.revoke = provider != Provider::CannotRevoke;
    caps.keyLimit = provider == Provider::Limited ? 2 : 0;
    return caps;
}

ApiKey key(KeyStatus status, const QString& principal = u"alice"_s)
{
    ApiKey k;
    k.id = u"k"_s;
    k.status = status;
    k.principal = principal;
    return k;
}

ApiKey notEditable()
{
    ApiKey k = key(KeyStatus::Active);
    k.editable = false;
    return k;
}

ApiKey notDeletable()
{
    ApiKey k = key(KeyStatus::Active);
    k.deletable = false;
    return k;
}

} // namespace

class TestKeyRules : public QObject
{
    Q_OBJECT

private slots:
    void table_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<ApiKey>("key");
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("keyCount");
        QTest::addColumn<bool>("rotating");
        QTest::addColumn<int>("expected");
        const auto row = [](const char* name, Provider provider, const ApiKey& k, Action action,
                            Block expected, int keyCount = 1, bool rotating = false) {
            QTest::newRow(name) << int(provider) << k << int(action) << keyCount << rotating
                                << int(expected);
        };
        const ApiKey active = key(KeyStatus::Active);
        const ApiKey disabled = key(KeyStatus::Disabled);
        const ApiKey suspended = key(KeyStatus::Suspended);
        const ApiKey revoked = key(KeyStatus::Revoked);
        const ApiKey readOnly = key(KeyStatus::ReadOnly);
        const ApiKey expired = key(KeyStatus::Expired);
        const ApiKey ownerless = key(KeyStatus::Active, QString());
        using P = Provider;

        row("unknown provider", P::Unknown, active, Action::Revoke, Block::None);
        row("no caps", P::Unknown, active, Action::Revoke, Block::NoProvider, -1);

        row("revoke active", P::DisablesKeys, active, Action::Revoke, Block::None);
        row("revoke disabled", P::DisablesKeys, disabled, Action::Revoke, Block::None);
        row("revoke revoked", P::DisablesKeys, revoked, Action::Revoke, Block::Revoked);
        row("revoke read-only", P::DisablesKeys, readOnly, Action::Revoke, Block::NotDeletable);
        row("revoke not deletable", P::DisablesKeys, notDeletable(), Action::Revoke,
            Block::NotDeletable);
        row("revoke, provider cannot", P::CannotRevoke, active, Action::Revoke,
            Block::CannotRevoke);
        row("revoke at the limit", P::Limited, active, Action::Revoke, Block::None, 2);

        row("rotate active", P::DisablesKeys, active, Action::Rotate, Block::None);
        row("rotate revoked", P::DisablesKeys, revoked, Action::Rotate, Block::Revoked);
        row("rotate not deletable", P::DisablesKeys, notDeletable(), Action::Rotate,
            Block::NotDeletable);
        row("rotate, provider cannot revoke", P::CannotRevoke, active, Action::Rotate,
            Block::CannotRevoke);
        row("rotate rotating", P::DisablesKeys, active, Action::Rotate, Block::Rotating, 1, true);
        row("rotate at the limit", P::Limited, active, Action::Rotate, Block::KeyLimit, 2);
        row("rotate under the limit", P::Limited, active, Action::Rotate, Block::None, 1);

        row("disable active", P::DisablesKeys, active, Action::Disable, Block::None);
        row("disable disabled", P::DisablesKeys, disabled, Action::Disable, Block::AlreadyDisabled);
        row("disable expired", P::DisablesKeys, expired, Action::Disable, Block::NotActive);
        row("disable revoked", P::DisablesKeys, revoked, Action::Disable, Block::Revoked);
        row("disable read-only", P::DisablesKeys, readOnly, Action::Disable, Block::NotEditable);
        row("disable not editable", P::DisablesKeys, notEditable(), Action::Disable,
            Block::NotEditable);
        row("disable, provider cannot", P::CannotDisable, active, Action::Disable,
            Block::CannotDisable);
        row("disable, owner only", P::SuspendsOwner, active, Action::Disable, Block::CannotDisable);
        row("enable disabled", P::DisablesKeys, disabled, Action::Enable, Block::None);
        row("enable active", P::DisablesKeys, active, Action::Enable, Block::NotDisabled);
        row("enable revoked", P::DisablesKeys, revoked, Action::Enable, Block::Revoked);

        row("suspend active owner", P::SuspendsOwner, active, Action::SuspendOwner, Block::None);
        row("suspend suspended", P::SuspendsOwner, suspended, Action::SuspendOwner,
            Block::OwnerSuspended);
        row("suspend expired", P::SuspendsOwner, expired, Action::SuspendOwner, Block::NotActive);
        row("suspend ownerless", P::SuspendsOwner, ownerless, Action::SuspendOwner, Block::NoOwner);
        row("suspend revoked", P::SuspendsOwner, revoked, Action::SuspendOwner, Block::Revoked);
        row("suspend, per-key provider", P::DisablesKeys, active, Action::SuspendOwner,
            Block::CannotDisable);
        row("reactivate suspended", P::SuspendsOwner, suspended, Action::ReactivateOwner,
            Block::None);
        row("reactivate active", P::SuspendsOwner, active, Action::ReactivateOwner,
            Block::OwnerNotSuspended);
    }

    void table()
    {
        QFETCH(int, provider);
        QFETCH(ApiKey, key);
        QFETCH(int, action);
        QFETCH(int, keyCount);
        QFETCH(bool, rotating);
        QFETCH(int, expected);
        const Capabilities caps = capabilities(Provider(provider));
        // keyCount -1: the account's provider has no client here (no Capabilities).
        const Capabilities* given = keyCount < 0 ? nullptr : &caps;
        const Block block =
            KeyRules::check(Action(action), key, given, {std::max(keyCount, 0), rotating});
        QCOMPARE(int(block), expected);
        QCOMPARE(KeyRules::allows(Action(action), key, given, {std::max(keyCount, 0), rotating}),
                 expected == int(Block::None));
    }

    void aToggleActsOnTheOwnerOnlyWhereTheProviderCanOnlyDoThat()
    {
        QCOMPARE(KeyRules::toggleAction(false, capabilities(Provider::DisablesKeys)),
                 Action::Disable);
        QCOMPARE(KeyRules::toggleAction(true, capabilities(Provider::DisablesKeys)),
                 Action::Enable);
        QCOMPARE(KeyRules::toggleAction(false, capabilities(Provider::SuspendsOwner)),
                 Action::SuspendOwner);
        QCOMPARE(KeyRules::toggleAction(true, capabilities(Provider::SuspendsOwner)),
                 Action::ReactivateOwner);
        // Neither: the per-key action, which says the provider cannot.
        QCOMPARE(KeyRules::toggleAction(false, capabilities(Provider::CannotDisable)),
                 Action::Disable);
    }

    void theKeyLimitCountsPerAccountOnly()
    {
        Capabilities caps = capabilities(Provider::Limited);
        QVERIFY(!KeyRules::limitReached(caps, 1));
        QVERIFY(KeyRules::limitReached(caps, 2));
        caps.keyLimitPerUser = true; // a limit per user is the provider's to tell
        QVERIFY(!KeyRules::limitReached(caps, 5));
        caps.keyLimit = 0;
        QVERIFY(!KeyRules::limitReached(caps, 500));
    }
};

QTEST_GUILESS_MAIN(TestKeyRules)
#include "test_keyrules.moc"
