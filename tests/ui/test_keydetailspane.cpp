#include "support/SandboxWindowHarness.h"
#include "ui/KeyDetailsPane.h"

#include <QLabel>

using namespace kw;
using namespace kw::test;
using namespace Qt::StringLiterals;

namespace {

// What the pane shows for a field: nullopt when its row is hidden.
std::optional<QString> shown(const KeyDetailsPane* pane, const QString& field)
{
    QLabel* value = pane->valueLabel(field);
    if (!value || !value->isVisibleTo(pane))
        return std::nullopt;
    return value->text();
}

} // namespace

// The details pane as the window drives it: each row is shown exactly when the key has the
// value, whichever key or provider was shown before.
class TestKeyDetailsPane : public QObject
{
    Q_OBJECT

private slots:
    void init() { Prompts::setAnswerer(nullptr); }

    void rowsFollowTheKeyWhateverWasShownBefore()
    {
        SandboxWindowHarness h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        auto* pane = h.window->findChild<KeyDetailsPane*>();
        QVERIFY(pane);
        // Every provider after every other one, twice, so that each is shown after each.
        const QStringList providers = {u"wasabi-iam"_s, u"scaleway"_s,   u"wayscloud"_s,
                                       u"coreweave"_s,  u"wasabi-air"_s, u"scaleway"_s,
                                       u"wasabi-iam"_s, u"wayscloud"_s,  u"wasabi-air"_s,
                                       u"coreweave"_s,  u"wayscloud"_s,  u"wasabi-iam"_s};
        bool sawOwner = false;
        bool sawWhitelist = false;
        for (const QString& provider : providers) {
            // A key with an owner and one with an IP whitelist, where the provider has them.
            for (const auto& test : {std::function<bool(const ApiKey&)>(
                                         [](const ApiKey& k) { return !k.principal.isEmpty(); }),
                                     std::function<bool(const ApiKey&)>(
                                         [](const ApiKey& k) { return !k.ipAllowlist.isEmpty(); }),
                                     std::function<bool(const ApiKey&)>(
                                         [](const ApiKey& k) { return k.principal.isEmpty(); })}) {
                const std::optional<ApiKey> key = h.selectFirst(provider, test);
                if (!key)
                    continue;
                const QString where = provider + u" / "_s + key->id;
                const std::optional<QString> owner = shown(pane, u"principal"_s);
                QVERIFY2(owner.has_value() == !key->principal.isEmpty(), qPrintable(where));
                if (owner) {
                    sawOwner = true;
                    QVERIFY2(owner->contains(key->principal), qPrintable(where + u": "_s + *owner));
                }
                const std::optional<QString> whitelist = shown(pane, u"ipAllowlist"_s);
                if (!key->ipAllowlist.isEmpty()) {
                    sawWhitelist = true;
                    QVERIFY2(whitelist.has_value(), qPrintable(where));
                    QVERIFY2(whitelist->contains(key->ipAllowlist.first()), qPrintable(where));
                }
                QVERIFY2(shown(pane, u"name"_s).has_value() == !key->name.isEmpty(),
                         qPrintable(where));
                QVERIFY2(shown(pane, u"kind"_s).has_value() == !key->kind.isEmpty(),
                         qPrintable(where));
                QVERIFY2(shown(pane, u"project"_s).has_value() == !key->projectId.isEmpty(),
                         qPrintable(where));
                QVERIFY2(shown(pane, u"description"_s).has_value() == !key->description.isEmpty(),
                         qPrintable(where));
                // The prefix row says something the ID row does not, or is not there.
                QVERIFY2(shown(pane, u"prefix"_s).has_value() ==
                             (!key->prefix.isEmpty() && key->prefix != key->id),
                         qPrintable(where));
                QCOMPARE(shown(pane, u"id"_s), std::optional<QString>(key->id));
                QVERIFY2(!shown(pane, u"status"_s).value_or(QString()).isEmpty(),
                         qPrintable(where));
            }
        }
        QVERIFY(sawOwner);
        QVERIFY(sawWhitelist);
    }
};

QTEST_MAIN(TestKeyDetailsPane)
#include "test_keydetailspane.moc"
