// AccountService with fake providers: accounts come and go, tokens are read from (and kept in)
// the right vault, and every list shows its keys (or why it could not).
#include "console/ConsoleHarness.h"
#include "core/AccountStore.h"
#include "core/Clock.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace kw {

using namespace test;
using State = AccountService::LoadState;

class TestAccountService : public QObject
{
    Q_OBJECT

    // A saved account whose token is in the vault.
    static Account saveAccount(ConsoleHarness& h, const QString& id, bool withToken = true)
    {
        const Account account = ConsoleHarness::makeAccount(id);
        AccountStore(h.settings).add(account);
        if (withToken) {
            bool written = false;
            h.vault.write(account.vaultKey(), Secret::fromString(u"saved-token"_s), nullptr,
                          [&](const SecretStore::Result& r) { written = r.ok(); });
            if (!QTest::qWaitFor([&] { return written; }, ConsoleHarness::Timeout))
                qWarning("the vault did not answer");
        }
        return account;
    }

    static bool vaultHas(SecretStore& store, const QString& key)
    {
        std::optional<bool> found;
        store.read(key, nullptr, [&](const SecretStore::Result& r) { found = r.ok(); });
        return QTest::qWaitFor([&] { return found.has_value(); }, ConsoleHarness::Timeout) &&
               *found;
    }

    // The token the store holds under key, empty when it holds none.
    static QString storedToken(SecretStore& store, const QString& key)
    {
        std::optional<QString> token;
        store.read(key, nullptr, [&](const SecretStore::Result& r) {
            token = r.ok() ? r.secret.exposeString() : QString();
        });
        return QTest::qWaitFor([&] { return token.has_value(); }, ConsoleHarness::Timeout)
                   ? *token
                   : QString();
    }

    // A saved account with one key, listed with the token "saved-token".
    static Account loadSaved(ConsoleHarness& h)
    {
        const Account account = saveAccount(h, u"saved"_s);
        h.seeds.insert(u"saved"_s, {FakeProvider::makeKey(u"k1"_s, u"One"_s)});
        h.accounts.loadSavedAccounts();
        h.accounts.refresh(u"saved"_s);
        if (!h.waitFor(u"saved"_s, State::Ok))
            qWarning("the saved account did not load");
        return account;
    }

    // Clients made with the token `refused` answer testAccount with 401.
    static void refuseToken(ConsoleHarness& h, const QString& refused)
    {
        h.accounts.setProviderMaker(
            [&h, refused](const Account& account, Secret token, QNetworkAccessManager*) {
                auto made = std::make_unique<FakeProvider>(account);
                made->keys = h.seeds.value(account.id);
                if (token.exposeString() == refused)
                    made->fail(FakeProvider::Op::TestAccount,
                               {ProviderError::Kind::Auth, 401, u"The token was refused."_s, {}});
                h.fakes.insert(account.id, made.get());
                h.tokens.insert(account.id, token.exposeString());
                return std::unique_ptr<KeyProvider>(std::move(made));
            });
    }

    static ProviderError replaceToken(ConsoleHarness& h, const QString& token)
    {
        Answer<ProviderError> answer;
        h.accounts.replaceToken(u"saved"_s, Secret::fromString(token), nullptr, answer.callback());
        return answer.wait() ? answer.get<0>() : ConsoleHarness::noAnswer();
    }

private slots:
    // The new token is tested at the provider first; then it replaces the stored one and the
    // keys are listed with it.
    void aReplacedTokenIsTestedThenStored()
    {
        ConsoleHarness h;
        const Account account = loadSaved(h);
        const KeyProvider* old = h.accounts.ready(u"saved"_s)->provider.get();

        const ProviderError error = replaceToken(h, u"new-token"_s);
        QVERIFY2(error.ok(), qPrintable(error.toString()));
        FakeProvider* tested = h.fakes.value(u"saved"_s);
        QCOMPARE(tested->count(FakeProvider::Op::TestAccount), 1);
        QCOMPARE(h.tokens.value(u"saved"_s), u"new-token"_s);
        QCOMPARE(storedToken(h.vault, account.vaultKey()), u"new-token"_s);
        QCOMPARE(h.accounts.ready(u"saved"_s)->provider.get(), tested);
        QVERIFY(tested != old);
        QTRY_COMPARE_WITH_TIMEOUT(tested->count(FakeProvider::Op::List), 1,
                                  ConsoleHarness::Timeout);
        QVERIFY(h.waitFor(u"saved"_s, State::Ok));
        QVERIFY(h.shows(u"saved"_s, u"k1"_s));
    }

    // A token the provider refuses is not stored: the old one stays and keeps working.
    void aRefusedTokenLeavesTheOldOneInUse()
    {
        ConsoleHarness h;
        refuseToken(h, u"bad-token"_s);
        const Account account = loadSaved(h);
        FakeProvider* old = h.fakes.value(u"saved"_s);

        const ProviderError error = replaceToken(h, u"bad-token"_s);
        QCOMPARE(error.kind, ProviderError::Kind::Auth);
        QCOMPARE(error.message, u"The token was refused."_s);
        QCOMPARE(storedToken(h.vault, account.vaultKey()), u"saved-token"_s);
        QCOMPARE(h.accounts.ready(u"saved"_s)->provider.get(), old);
        h.accounts.refresh(u"saved"_s);
        QTRY_COMPARE_WITH_TIMEOUT(old->count(FakeProvider::Op::List), 2, ConsoleHarness::Timeout);
        QVERIFY(h.waitFor(u"saved"_s, State::Ok));
        QCOMPARE(replaceToken(h, QString()).kind, ProviderError::Kind::Validation);
    }

    // A working token that the keychain will not take is not half-used: the old one stays.
    void aTokenTheVaultRefusesLeavesTheOldOneInUse()
    {
        ConsoleHarness h;
        const Account account = loadSaved(h);
        const KeyProvider* old = h.accounts.ready(u"saved"_s)->provider.get();
        h.vault.refuseWrites = true;

        const ProviderError error = replaceToken(h, u"new-token"_s);
        QVERIFY(!error.ok());
        QVERIFY2(error.message.contains(u"could not be stored"_s), qPrintable(error.message));
        QVERIFY(!error.message.contains(u"new-token"_s));
        h.vault.refuseWrites = false;
        QCOMPARE(storedToken(h.vault, account.vaultKey()), u"saved-token"_s);
        QCOMPARE(h.accounts.ready(u"saved"_s)->provider.get(), old);
    }

    // An edit keeps the id, the provider and the token, saves the account again and makes its
    // client anew with the new endpoint; another provider is refused and changes nothing.
    void anEditedAccountIsSavedAndListedAgain()
    {
        ConsoleHarness h;
        Account edited = loadSaved(h);
        edited.label = u"Production"_s;
        edited.endpoint = QUrl(u"https://api.example.net"_s);
        edited.caFile = u"/etc/ssl/extra-ca.pem"_s;
        QSignalSpy changed(&h.accounts, &AccountService::accountChanged);

        QVERIFY(h.accounts.editAccount(edited).ok());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(AccountStore(h.settings).load(), QList<Account>{edited});
        QCOMPARE(h.accounts.labelOf(u"saved"_s), u"Production"_s);
        QVERIFY(h.waitFor(u"saved"_s, State::Ok));
        QCOMPARE(h.fakes.value(u"saved"_s)->account(), edited);
        QCOMPARE(h.tokens.value(u"saved"_s), u"saved-token"_s);
        QVERIFY(h.shows(u"saved"_s, u"k1"_s));

        Account other = edited;
        other.provider = u"wayscloud"_s;
        other.label = u"Other"_s;
        QCOMPARE(h.accounts.editAccount(other).kind, ProviderError::Kind::Validation);
        QCOMPARE(AccountStore(h.settings).load(), QList<Account>{edited});
        other.id = u"gone"_s;
        QCOMPARE(h.accounts.editAccount(other).kind, ProviderError::Kind::NotFound);
    }

    // A session account's edit is never written to the settings.
    void anEditedSessionAccountIsNotSaved()
    {
        ConsoleHarness h;
        QVERIFY(h.addLoaded(u"session"_s, {}));
        Account edited = ConsoleHarness::makeAccount(u"session"_s);
        edited.label = u"Renamed"_s;
        QVERIFY(h.accounts.editAccount(edited).ok());
        QCOMPARE(h.accounts.labelOf(u"session"_s), u"Renamed"_s);
        QVERIFY(AccountStore(h.settings).load().isEmpty());
        QVERIFY(h.waitFor(u"session"_s, State::Ok));
    }

    void aSessionAccountIsReadThenListed()
    {
        ConsoleHarness h;
        const QDateTime now(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
        ScopedClock clock([now] { return now; });
        h.seeds.insert(u"a"_s, {FakeProvider::makeKey(u"k1"_s, u"One"_s)});
        QSignalSpy added(&h.accounts, &AccountService::accountAdded);
        QList<State> states;
        connect(&h.accounts, &AccountService::accountChanged, this, [&](const QString& id) {
            if (states.isEmpty() || states.last() != h.state(id))
                states.append(h.state(id)); // the states it went through, in order
        });
        std::optional<State> stateWhenListed;
        connect(&h.accounts, &AccountService::keysListed, this,
                [&](const QString& id) { stateWhenListed = h.state(id); });
        QSignalSpy shown(&h.accounts, &AccountService::keysShown);

        h.accounts.addSessionAccount(ConsoleHarness::makeAccount(u"a"_s),
                                     Secret::fromString(u"session-token"_s));
        QCOMPARE(added.size(), 1);
        QCOMPARE(h.accounts.accountIds(), QStringList{u"a"_s});
        QVERIFY(h.waitFor(u"a"_s, State::Ok));

        QCOMPARE(states, (QList<State>{State::ReadingToken, State::Loading, State::Ok}));
        // Rotations see the list before anyone is shown it.
        QCOMPARE(stateWhenListed, std::optional<State>(State::Loading));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(h.tokens.value(u"a"_s), u"session-token"_s);
        const auto* view = h.accounts.account(u"a"_s);
        QVERIFY(view->sessionOnly);
        QCOMPARE(view->keys.size(), 1);
        QCOMPARE(view->keys.first().id, u"k1"_s);
        QCOMPARE(view->loadedAt, now);
        QCOMPARE(view->capabilities, &h.fakes.value(u"a"_s)->capabilities());
        QCOMPARE(h.accounts.labelOf(u"a"_s), u"Label of a"_s);
        QVERIFY(h.accounts.ready(u"a"_s));
        QVERIFY(!h.accounts.ready(u"missing"_s));
    }

    void savedAccountsStayIdleUntilRefreshed()
    {
        ConsoleHarness h;
        saveAccount(h, u"saved"_s);
        QCOMPARE(h.accounts.loadSavedAccounts(), QStringList{u"saved"_s});
        QCOMPARE(h.accounts.loadSavedAccounts(), QStringList{}); // added once
        QCOMPARE(h.state(u"saved"_s), State::Idle);
        QVERIFY(!h.accounts.account(u"saved"_s)->sessionOnly);
        QVERIFY(h.fakes.isEmpty()); // no token read, no client made

        h.accounts.refresh(u"saved"_s);
        QVERIFY(h.waitFor(u"saved"_s, State::Ok));
        QCOMPARE(h.tokens.value(u"saved"_s), u"saved-token"_s);
        QCOMPARE(h.fakes.value(u"saved"_s)->count(FakeProvider::Op::List), 1);

        h.accounts.refreshAll();
        QTRY_COMPARE_WITH_TIMEOUT(h.fakes.value(u"saved"_s)->count(FakeProvider::Op::List), 2,
                                  ConsoleHarness::Timeout);
    }

    void aMissingTokenSaysWhereItWasLookedFor()
    {
        ConsoleHarness h;
        saveAccount(h, u"saved"_s, false);
        h.accounts.loadSavedAccounts();
        h.accounts.refresh(u"saved"_s);
        QVERIFY(h.waitFor(u"saved"_s, State::Error));
        const auto* view = h.accounts.account(u"saved"_s);
        QCOMPARE(view->tokenStatus, SecretStore::Status::NotFound);
        QVERIFY2(view->errorText.contains(h.vault.backendName()), qPrintable(view->errorText));
        QVERIFY(!view->errorHelp.isEmpty());
        QVERIFY(h.fakes.isEmpty());
    }

    void aProviderWithoutClientIsAnError()
    {
        ConsoleHarness h;
        h.makesClients = false;
        h.accounts.addSessionAccount(ConsoleHarness::makeAccount(u"a"_s),
                                     Secret::fromString(u"t"_s));
        QVERIFY(h.waitFor(u"a"_s, State::Error));
        QVERIFY2(h.accounts.account(u"a"_s)->errorText.contains(u"fake"_s),
                 qPrintable(h.accounts.account(u"a"_s)->errorText));
        QVERIFY(!h.accounts.ready(u"a"_s));
    }

    void aFailedListShowsTheProvidersError()
    {
        ConsoleHarness h;
        FakeProvider* fake = h.addLoaded(u"a"_s, {FakeProvider::makeKey(u"k1"_s, u"One"_s)});
        QVERIFY(fake);
        fake->fail(FakeProvider::Op::List,
                   {ProviderError::Kind::Auth, 401, u"token revoked"_s, {}});
        h.accounts.refresh(u"a"_s);
        QVERIFY(h.waitFor(u"a"_s, State::Error));
        const auto* view = h.accounts.account(u"a"_s);
        QCOMPARE(view->loadError.kind, ProviderError::Kind::Auth);
        QVERIFY2(view->errorText.contains(u"token revoked"_s), qPrintable(view->errorText));
        QVERIFY(!view->errorHelp.isEmpty());
    }

    // A refresh while a list is in flight lists again: the list in flight may predate the change
    // that asked for the refresh.
    void aRefreshDuringAListListsAgain()
    {
        ConsoleHarness h;
        FakeProvider* fake = h.addLoaded(u"a"_s, {FakeProvider::makeKey(u"k1"_s, u"One"_s)});
        QVERIFY(fake);
        fake->hold(FakeProvider::Op::List,
                   [keys = fake->keys](ProviderReply& reply) { reply.setKeys(keys); });
        h.accounts.refresh(u"a"_s);
        QCOMPARE(h.state(u"a"_s), State::Loading);
        fake->keys.append(FakeProvider::makeKey(u"k2"_s, u"Two"_s));
        h.accounts.refresh(u"a"_s); // asked while the old list is out
        QCOMPARE(fake->count(FakeProvider::Op::List), 2);

        fake->releaseHeld();
        QVERIFY(h.waitFor(u"a"_s, State::Ok));
        QCOMPARE(fake->count(FakeProvider::Op::List), 3);
        QVERIFY(h.shows(u"a"_s, u"k2"_s));
    }

    void anAddedAccountKeepsItsTokenInTheVault()
    {
        ConsoleHarness h;
        const Account account = ConsoleHarness::makeAccount(u"new"_s);
        Answer<const SecretStore::Status&> stored;
        h.accounts.addAccount(
            account, Secret::fromString(u"admin"_s), this,
            [&](const SecretStore::Result& r) { stored.value.emplace(r.status); });
        QVERIFY(stored.wait());
        QCOMPARE(stored.get<0>(), SecretStore::Status::Ok);
        QVERIFY(h.waitFor(u"new"_s, State::Ok));
        QVERIFY(vaultHas(h.vault, account.vaultKey()));
        QCOMPARE(AccountStore(h.settings).load(), QList<Account>{account});
        QVERIFY(!h.accounts.account(u"new"_s)->sessionOnly);
    }

    // A keychain that refuses the token leaves the choice to the user: keep it for this
    // session, or drop it.
    void aRefusedTokenWaitsForTheUsersChoice()
    {
        ConsoleHarness h;
        h.vault.refuseWrites = true;
        const Account account = ConsoleHarness::makeAccount(u"new"_s);
        std::optional<SecretStore::Status> stored;
        h.accounts.addAccount(account, Secret::fromString(u"admin"_s), this,
                              [&](const SecretStore::Result& r) { stored = r.status; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), ConsoleHarness::Timeout);
        QCOMPARE(*stored, SecretStore::Status::Locked);
        QVERIFY(!h.accounts.account(u"new"_s));
        QVERIFY(AccountStore(h.settings).load().isEmpty());

        std::optional<SecretStore::Status> kept;
        h.accounts.useForThisSessionOnly(u"new"_s, this,
                                         [&](const SecretStore::Result& r) { kept = r.status; });
        QTRY_VERIFY_WITH_TIMEOUT(kept.has_value(), ConsoleHarness::Timeout);
        QCOMPARE(*kept, SecretStore::Status::Ok);
        QVERIFY(h.waitFor(u"new"_s, State::Ok));
        QVERIFY(h.accounts.account(u"new"_s)->sessionOnly);
        QCOMPARE(h.tokens.value(u"new"_s), u"admin"_s);
        QVERIFY(vaultHas(h.session, account.vaultKey()));

        // Used once: a second choice finds nothing pending.
        std::optional<std::pair<SecretStore::Status, QString>> again;
        h.accounts.useForThisSessionOnly(u"new"_s, this, [&](const SecretStore::Result& r) {
            again.emplace(r.status, r.message);
        });
        QVERIFY(!again.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(again.has_value(), ConsoleHarness::Timeout);
        QCOMPARE(again->first, SecretStore::Status::NotFound);
        QVERIFY(!again->second.isEmpty());
    }

    void aDiscardedTokenCannotBeUsedLater()
    {
        ConsoleHarness h;
        h.vault.refuseWrites = true;
        bool answered = false;
        h.accounts.addAccount(ConsoleHarness::makeAccount(u"new"_s), Secret::fromString(u"x"_s),
                              this, [&](const SecretStore::Result&) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, ConsoleHarness::Timeout);
        h.accounts.discardPendingAccount(u"new"_s);
        std::optional<SecretStore::Status> kept;
        h.accounts.useForThisSessionOnly(u"new"_s, this,
                                         [&](const SecretStore::Result& r) { kept = r.status; });
        QTRY_VERIFY_WITH_TIMEOUT(kept.has_value(), ConsoleHarness::Timeout);
        QCOMPARE(*kept, SecretStore::Status::NotFound);
        QVERIFY(!h.accounts.account(u"new"_s));
    }

    void aGoneCallerIsNotAnsweredButTheAccountIsAdded()
    {
        ConsoleHarness h;
        auto caller = std::make_unique<QObject>();
        bool answered = false;
        h.accounts.addAccount(ConsoleHarness::makeAccount(u"new"_s), Secret::fromString(u"x"_s),
                              caller.get(), [&](const SecretStore::Result&) { answered = true; });
        caller.reset();
        QVERIFY(h.waitFor(u"new"_s, State::Ok));
        QVERIFY(!answered);
    }

    // Removing a saved account forgets its token and the key secrets kept for it; a list in
    // flight is stopped and changes nothing after.
    void aRemovedAccountLeavesNothingBehind()
    {
        ConsoleHarness h;
        const Account account = saveAccount(h, u"saved"_s);
        h.seeds.insert(u"saved"_s, {FakeProvider::makeKey(u"k1"_s, u"One"_s)});
        h.accounts.loadSavedAccounts();
        h.accounts.refresh(u"saved"_s);
        QVERIFY(h.waitFor(u"saved"_s, State::Ok));
        QVERIFY(h.keepSecret(u"saved"_s, u"k1"_s, u"key-secret"_s));

        h.fakes.value(u"saved"_s)->hold(FakeProvider::Op::List);
        h.accounts.refresh(u"saved"_s);
        QSignalSpy removed(&h.accounts, &AccountService::accountRemoved);
        QSignalSpy changed(&h.accounts, &AccountService::accountChanged);
        h.accounts.removeAccount(u"saved"_s);
        QCOMPARE(removed.size(), 1);
        QVERIFY(!h.accounts.account(u"saved"_s));
        QVERIFY(h.accounts.accountIds().isEmpty());
        QVERIFY(AccountStore(h.settings).load().isEmpty());
        QVERIFY(!h.accounts.storedSecrets().contains(u"saved"_s, u"k1"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!vaultHas(h.vault, account.vaultKey()), ConsoleHarness::Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(
            !vaultHas(h.vault, StoredKeySecrets::vaultKey(u"saved"_s, u"k1"_s)),
            ConsoleHarness::Timeout);
        QCOMPARE(changed.size(), 0);
        h.accounts.removeAccount(u"saved"_s); // twice is harmless
        QCOMPARE(removed.size(), 1);
    }

    void aRemovedSessionAccountKeepsTheSavedOnes()
    {
        ConsoleHarness h;
        const Account saved = saveAccount(h, u"saved"_s);
        h.accounts.loadSavedAccounts();
        QVERIFY(h.addLoaded(u"session"_s, {}));
        h.accounts.removeAccount(u"session"_s);
        QCOMPARE(AccountStore(h.settings).load(), QList<Account>{saved});
        QCOMPARE(h.accounts.accountIds(), QStringList{u"saved"_s});
        QTRY_VERIFY_WITH_TIMEOUT(
            !vaultHas(h.session, ConsoleHarness::makeAccount(u"session"_s).vaultKey()),
            ConsoleHarness::Timeout);
    }

    void notLoadedSaysWhatToDo()
    {
        const ProviderError error = AccountService::notLoaded();
        QVERIFY(!error.ok());
        QCOMPARE(error.kind, ProviderError::Kind::Other);
        QVERIFY(!error.message.isEmpty());
    }
};

} // namespace kw

QTEST_GUILESS_MAIN(kw::TestAccountService)
#include "test_accountservice.moc"
