#include "ui/KeyActionPolicy.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace kw;
using namespace Qt::StringLiterals;

namespace {

using Policy = KeyActionPolicy;

Capabilities basicCaps()
{
    Capabilities caps;
    caps.providerId = u"example"_s;
    caps.providerName = u"Example"_s;
    return caps;
}

ApiKey activeKey()
{
    ApiKey key;
    key.id = u"k-1"_s;
    key.name = u"Backups"_s;
    return key;
}

// A loaded account of `caps` with `key` selected.
Policy::Input loadedWith(const Capabilities& caps, std::optional<ApiKey> key = activeKey())
{
    Policy::Input in;
    in.caps = &caps;
    in.account = true;
    in.loaded = true;
    in.keyCount = 3;
    in.key = std::move(key);
    return in;
}

PrincipalPolicies airPolicies()
{
    PrincipalPolicies policies;
    policies.offered = {{u"arn:manage"_s, u"Manage"_s, u"AiR: manage"_s, {}},
                        {u"arn:view"_s, u"View"_s, u"AiR: view only"_s, {}}};
    policies.attachText = u"Attach AiR &Policy…"_s;
    policies.allRights = u"root user: full access"_s;
    return policies;
}

// Marks every string it is asked for and notes the context it was asked in.
class RecordingTranslator : public QTranslator
{
public:
    mutable QSet<QString> contexts;
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        contexts.insert(QString::fromLatin1(context));
        return u"[t] "_s + QString::fromUtf8(source);
    }
};

} // namespace

class TestKeyActionPolicy : public QObject
{
    Q_OBJECT

private slots:
    void nothingWithoutAnAccount()
    {
        const Policy::Actions a = Policy::evaluate({});
        for (const Policy::State* state :
             {&a.createKey, &a.revokeKey, &a.rotateKey, &a.editKey, &a.toggleKeyActive,
              &a.togglePrincipal, &a.attachPolicy, &a.showSecret, &a.testKey, &a.copyKeyId,
              &a.refresh, &a.removeAccount})
            QVERIFY(!state->enabled);
        QCOMPARE(a.createKey.toolTip, u"Create a key in the selected account (Ctrl+N)"_s);
        // Without a provider nothing provider-specific is shown.
        QCOMPARE(a.toggleKeyActive.visible, std::optional<bool>(false));
        QCOMPARE(a.togglePrincipal.visible, std::optional<bool>(false));
        QCOMPARE(a.attachPolicy.visible, std::optional<bool>(false));
        QCOMPARE(a.showSecret.visible, std::optional<bool>(false));
        QCOMPARE(a.testKey.visible, std::optional<bool>(false));
    }

    void loadingAccountOffersOnlyWhatNeedsNoList()
    {
        const Capabilities caps = basicCaps();
        Policy::Input in = loadedWith(caps);
        in.loaded = false;
        in.busy = true;
        const Policy::Actions a = Policy::evaluate(in);
        QVERIFY(!a.createKey.enabled);
        QVERIFY(!a.revokeKey.enabled);
        QVERIFY(!a.rotateKey.enabled);
        QVERIFY(!a.refresh.enabled); // a list is already on its way
        QVERIFY(a.removeAccount.enabled);
        QVERIFY(a.copyKeyId.enabled); // an id is known from the last list

        in.busy = false; // failed: Refresh is the way out
        QVERIFY(Policy::evaluate(in).refresh.enabled);
        // Loaded, but the provider not known: nothing that needs it.
        in.loaded = true;
        in.caps = nullptr;
        QVERIFY(!Policy::evaluate(in).createKey.enabled);
    }

    void selectionEnablesTheKeyActions()
    {
        const Capabilities caps = basicCaps();
        Policy::Actions a = Policy::evaluate(loadedWith(caps));
        QVERIFY(a.createKey.enabled);
        QVERIFY(a.revokeKey.enabled && a.rotateKey.enabled && a.copyKeyId.enabled);
        QCOMPARE(a.revokeKey.toolTip, u"Revoke the selected key (Delete)"_s);
        QVERIFY(a.rotateKey.toolTip.contains(u"Ctrl+R"_s));

        a = Policy::evaluate(loadedWith(caps, std::nullopt));
        QVERIFY(a.createKey.enabled);
        QVERIFY(!a.revokeKey.enabled && !a.rotateKey.enabled && !a.copyKeyId.enabled);
        QVERIFY(!a.editKey.enabled);
    }

    void keyLimitStopsCreateAndRotate()
    {
        Capabilities caps = basicCaps();
        caps.keyLimit = 3;
        Policy::Input in = loadedWith(caps);
        Policy::Actions a = Policy::evaluate(in);
        QVERIFY(!a.createKey.enabled);
        QVERIFY(!a.rotateKey.enabled); // a rotation needs room for the new key
        QVERIFY(a.revokeKey.enabled);
        QCOMPARE(a.createKey.toolTip,
                 u"The account has reached Example's limit of 3 keys. Revoke one first."_s);
        in.keyCount = 2;
        QVERIFY(Policy::evaluate(in).createKey.enabled);
        // A limit per user is checked by the dialog, not here.
        caps.keyLimitPerUser = true;
        in.keyCount = 3;
        QVERIFY(Policy::evaluate(in).createKey.enabled);
    }

    void keysTheProviderWillNotDeleteSayWhy()
    {
        const Capabilities caps = basicCaps();
        ApiKey key = activeKey();
        key.deletable = false;
        Policy::Actions a = Policy::evaluate(loadedWith(caps, key));
        QVERIFY(!a.revokeKey.enabled && !a.rotateKey.enabled);
        QCOMPARE(a.revokeKey.toolTip, u"Example does not let this key be deleted"_s);
        QCOMPARE(a.rotateKey.toolTip, a.revokeKey.toolTip);
        key.readOnlyReason = u"Managed by the platform"_s;
        a = Policy::evaluate(loadedWith(caps, key));
        QCOMPARE(a.revokeKey.toolTip, u"Managed by the platform"_s);

        for (KeyStatus status : {KeyStatus::ReadOnly, KeyStatus::Revoked}) {
            ApiKey gone = activeKey();
            gone.status = status;
            QVERIFY(!Policy::evaluate(loadedWith(caps, gone)).revokeKey.enabled);
        }
        Capabilities noRevoke = basicCaps();
        noRevoke.revoke = false;
        QVERIFY(!Policy::evaluate(loadedWith(noRevoke)).revokeKey.enabled);
    }

    void aKeyIsRotatedOnceAtATime()
    {
        const Capabilities caps = basicCaps();
        Policy::Input in = loadedWith(caps);
        in.rotating = true;
        const Policy::Actions a = Policy::evaluate(in);
        QVERIFY(!a.rotateKey.enabled);
        QCOMPARE(a.rotateKey.toolTip, u"This key is already being rotated"_s);
        QVERIFY(a.revokeKey.enabled);
    }

    void editFollowsProviderAndKey()
    {
        Capabilities caps = basicCaps();
        Policy::Actions a = Policy::evaluate(loadedWith(caps));
        QVERIFY(!a.editKey.enabled);
        QCOMPARE(a.editKey.toolTip, u"Example keys cannot be edited; rotate instead"_s);
        QVERIFY(a.editKey.statusTip);
        caps.cannotEditHint = u"Rotate instead, the API has no edit"_s;
        QCOMPARE(Policy::evaluate(loadedWith(caps)).editKey.toolTip, caps.cannotEditHint);

        caps.editName = true;
        a = Policy::evaluate(loadedWith(caps));
        QVERIFY(a.editKey.enabled);
        QVERIFY(a.editKey.toolTip.contains(u"Ctrl+E"_s));
        ApiKey fixed = activeKey();
        fixed.editable = false;
        a = Policy::evaluate(loadedWith(caps, fixed));
        QVERIFY(!a.editKey.enabled);
        QCOMPARE(a.editKey.toolTip, u"Example does not let this key be edited"_s);
    }

    void disableIsOfferedWhereTheProviderCan()
    {
        Capabilities caps = basicCaps();
        Policy::Actions a = Policy::evaluate(loadedWith(caps));
        QCOMPARE(a.toggleKeyActive.visible, std::optional<bool>(false));
        // Shown disabled where the provider has something to say instead.
        caps.cannotDisableHint = u"Revoke the key instead"_s;
        a = Policy::evaluate(loadedWith(caps));
        QCOMPARE(a.toggleKeyActive.visible, std::optional<bool>(true));
        QVERIFY(!a.toggleKeyActive.enabled);
        QCOMPARE(a.toggleKeyActive.toolTip, caps.cannotDisableHint);

        caps.disable = true;
        a = Policy::evaluate(loadedWith(caps));
        QVERIFY(a.toggleKeyActive.enabled);
        QCOMPARE(a.toggleKeyActive.text, u"&Disable Key…"_s);
        QVERIFY(a.toggleKeyActive.toolTip.startsWith(u"Disable the selected key"_s));
        ApiKey disabled = activeKey();
        disabled.status = KeyStatus::Disabled;
        a = Policy::evaluate(loadedWith(caps, disabled));
        QVERIFY(a.toggleKeyActive.enabled);
        QCOMPARE(a.toggleKeyActive.text, u"&Enable Key"_s);
        QCOMPARE(a.toggleKeyActive.toolTip, u"Enable the selected key again (Ctrl+D)"_s);
        ApiKey expired = activeKey();
        expired.status = KeyStatus::Expired;
        QVERIFY(!Policy::evaluate(loadedWith(caps, expired)).toggleKeyActive.enabled);
    }

    void suspendingNeedsAnOwner()
    {
        Capabilities caps = basicCaps();
        caps.disablePrincipal = true;
        caps.cannotDisableHint = u"not shown: the owner can be suspended"_s;
        ApiKey key = activeKey();
        Policy::Actions a = Policy::evaluate(loadedWith(caps, key));
        QCOMPARE(a.togglePrincipal.visible, std::optional<bool>(true));
        QVERIFY(!a.togglePrincipal.enabled); // no owner
        QCOMPARE(a.toggleKeyActive.visible, std::optional<bool>(false));
        key.principal = u"ci-bot"_s;
        a = Policy::evaluate(loadedWith(caps, key));
        QVERIFY(a.togglePrincipal.enabled);
        QCOMPARE(a.togglePrincipal.text, u"&Suspend Owner's Keys…"_s);
        QVERIFY2(a.togglePrincipal.toolTip.contains(u"Example cannot disable a single key"_s),
                 qPrintable(a.togglePrincipal.toolTip));
        key.status = KeyStatus::Suspended;
        a = Policy::evaluate(loadedWith(caps, key));
        QVERIFY(a.togglePrincipal.enabled);
        QCOMPARE(a.togglePrincipal.text, u"Reacti&vate Owner's Keys…"_s);
        QCOMPARE(a.togglePrincipal.toolTip, u"Reactivate every key of the selected key's owner"_s);
    }

    void attachOffersWhatTheOwnerLacks()
    {
        Capabilities caps = basicCaps();
        QCOMPARE(Policy::evaluate(loadedWith(caps)).attachPolicy.visible,
                 std::optional<bool>(false));
        caps.principalPolicies = airPolicies();
        ApiKey key = activeKey();
        Policy::Actions a = Policy::evaluate(loadedWith(caps, key));
        QCOMPARE(a.attachPolicy.visible, std::optional<bool>(true));
        QCOMPARE(a.attachPolicy.text, u"Attach AiR &Policy…"_s);
        QVERIFY(!a.attachPolicy.enabled); // no owner
        QCOMPARE(a.attachPolicy.toolTip,
                 u"Attach a policy to the selected key's owner (Ctrl+Shift+P)"_s);

        key.principal = u"archive-reader"_s;
        Policy::Input in = loadedWith(caps, key);
        a = Policy::evaluate(in);
        QVERIFY(a.attachPolicy.enabled); // not known yet: offered
        QVERIFY(a.attachPolicy.toolTip.contains(u"archive-reader, the owner"_s));
        in.ownerPolicies = QStringList{u"arn:view"_s};
        QVERIFY(Policy::evaluate(in).attachPolicy.enabled);
        in.ownerPolicies = QStringList{u"arn:view"_s, u"arn:manage"_s};
        a = Policy::evaluate(in);
        QVERIFY(!a.attachPolicy.enabled);
        QCOMPARE(a.attachPolicy.toolTip,
                 u"archive-reader has every policy offered here already."_s);
        QVERIFY(a.attachPolicy.statusTip);

        key.principal = u"root"_s;
        key.ownerIsCaller = true;
        a = Policy::evaluate(loadedWith(caps, key));
        QVERIFY(!a.attachPolicy.enabled);
        QCOMPARE(a.attachPolicy.toolTip, u"root user: full access: there is nothing to attach."_s);
    }

    void secretAndTestNeedASecretToUse()
    {
        Capabilities caps = basicCaps();
        caps.verify = true;
        Policy::Input in = loadedWith(caps);
        Policy::Actions a = Policy::evaluate(in);
        QCOMPARE(a.showSecret.visible, std::optional<bool>(false));
        QCOMPARE(a.testKey.visible, std::optional<bool>(true));
        QVERIFY(!a.testKey.enabled);
        QVERIFY2(a.testKey.toolTip.contains(u"Example shows a secret only once"_s),
                 qPrintable(a.testKey.toolTip));
        in.storedSecret = true; // kept in the keychain
        a = Policy::evaluate(in);
        QVERIFY(a.testKey.enabled);
        QVERIFY(a.testKey.toolTip.contains(u"Ctrl+Shift+K"_s));

        caps.secretShownOnce = false; // listed again by the provider
        in.storedSecret = false;
        a = Policy::evaluate(in);
        QCOMPARE(a.showSecret.visible, std::optional<bool>(true));
        QVERIFY(a.showSecret.enabled && a.testKey.enabled);
        ApiKey revoked = activeKey();
        revoked.status = KeyStatus::Revoked;
        a = Policy::evaluate(loadedWith(caps, revoked));
        QVERIFY(!a.showSecret.enabled && !a.testKey.enabled);
    }

    // The rules were the window's: their strings keep the window's translations.
    void stringsKeepTheWindowsTranslations()
    {
        RecordingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        Capabilities caps = basicCaps();
        caps.disable = true;
        const Policy::Actions a = Policy::evaluate(loadedWith(caps));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(a.revokeKey.toolTip, u"[t] Revoke the selected key (Delete)"_s);
        QCOMPARE(a.toggleKeyActive.text, u"[t] &Disable Key…"_s);
        QCOMPARE(translator.contexts, QSet<QString>{u"kw::MainWindow"_s});
    }
};

QTEST_GUILESS_MAIN(TestKeyActionPolicy)
#include "test_keyactionpolicy.moc"
