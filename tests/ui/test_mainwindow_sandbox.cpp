#include "FormChecks.h"
#include "PromptChecks.h"
#include "providers/KeyProvider.h"
#include "sandbox/wasabiiam/WasabiIamSandbox.h"
#include "support/SandboxWindowHarness.h"
#include "ui/ClipboardGuard.h"
#include "ui/RevealSecretDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStatusBar>
#include <QToolBar>

using namespace kw;
using namespace kw::test;
using namespace Qt::StringLiterals;
using kw::sandbox::Fault;

namespace {

using SandboxAccounts = SandboxWindowHarness;

bool isUuid(const QString& text)
{
    static const QRegularExpression uuid(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return uuid.match(text).hasMatch();
}

} // namespace

// The main window over the sandbox accounts, one per provider: what each provider's
// capabilities offer, and the flows only some providers have.
class TestMainWindowSandbox : public QObject
{
    Q_OBJECT

private slots:
    void init() { Prompts::setAnswerer(nullptr); }
    void cleanup() { Prompts::setAnswerer(nullptr); }

    void sandboxAccountsEachWithTheirKeys()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        for (const QString& provider :
             {u"wayscloud"_s, u"scaleway"_s, u"coreweave"_s, u"wasabi-air"_s}) {
            QVERIFY2(h.keysOf(provider).size() >= 30, qPrintable(provider));
            h.show(provider);
            QCOMPARE(h.window->keyModel()->rowCount(), int(h.keysOf(provider).size()));
        }
        // Wasabi IAM: the root's and every sub-user's access keys.
        {
            const QString provider = u"wasabi-iam"_s;
            QVERIFY(!h.keysOf(provider).isEmpty());
            qsizetype everyKey = h.host.wasabiIam()->accessKeys().size(); // the root's
            for (const QString& user : h.host.wasabiIam()->userNames())
                everyKey += h.host.wasabiIam()->accessKeys(user).size();
            QCOMPARE(h.keysOf(provider).size(), everyKey);
            h.show(provider);
            QCOMPARE(h.window->keyModel()->rowCount(), int(h.keysOf(provider).size()));
        }
        // Every state can be seen somewhere.
        QSet<int> statuses;
        bool expires = false;
        bool never = false;
        for (const QString& provider : h.accountOf.keys()) {
            for (const ApiKey& key : h.keysOf(provider)) {
                statuses.insert(int(KeyTableModel::shownStatus(key, h.now)));
                (key.expires ? expires : never) = true;
            }
        }
        for (KeyStatus status : {KeyStatus::Active, KeyStatus::Disabled, KeyStatus::Suspended,
                                 KeyStatus::Expired, KeyStatus::ReadOnly})
            QVERIFY2(statuses.contains(int(status)), qPrintable(keyStatusText(status)));
        QVERIFY(expires && never);
        h.show(u"scaleway"_s);
        QVERIFY(!h.window->findChild<QTableView*>(u"keyTable"_s)
                     ->isColumnHidden(KeyTableModel::ExpiresColumn));
        QVERIFY(h.window->findChild<QTableView*>(u"keyTable"_s)
                    ->isColumnHidden(KeyTableModel::ServicesColumn));
        kw::test::saveSnapshot(h.window.get(), u"main-window-four-accounts"_s);
    }

    void actionsFollowEachProvidersCapabilities()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        QAction* edit = h.action("actionEditKey");
        QAction* toggle = h.action("actionToggleKeyActive");
        QAction* principal = h.action("actionTogglePrincipal");
        QAction* secret = h.action("actionShowSecret");

        QVERIFY(h.selectFirst(u"wayscloud"_s, [](const ApiKey&) { return true; }));
        QVERIFY(!edit->isEnabled());
        QCOMPARE(edit->toolTip(), capabilitiesFor(u"wayscloud"_s)->cannotEditHint);
        QVERIFY(!principal->isVisible());
        // On the toolbar: kept in its place, disabled, saying why.
        QVERIFY(secret->isVisible() && !secret->isEnabled());
        QCOMPARE(secret->toolTip(), u"Not offered by this account's provider"_s);

        QVERIFY(h.selectFirst(u"coreweave"_s,
                              [](const ApiKey& k) { return k.status == KeyStatus::Active; }));
        QVERIFY(!edit->isEnabled());
        QVERIFY2(edit->toolTip().contains(u"rotate instead"_s), qPrintable(edit->toolTip()));
        QVERIFY(principal->isVisible() && principal->isEnabled());
        QVERIFY(h.action("actionRotateKey")->isEnabled());

        QVERIFY(h.selectFirst(u"scaleway"_s, [](const ApiKey& k) {
            return k.editable && k.status == KeyStatus::Active;
        }));
        QVERIFY(edit->isEnabled());
        QVERIFY(!principal->isVisible());
        // A key the provider will not change: no edit, no revoke, and the reason says why.
        const std::optional<ApiKey> managed =
            h.selectFirst(u"scaleway"_s, [](const ApiKey& k) { return !k.editable; });
        QVERIFY(managed);
        QVERIFY(!edit->isEnabled());
        QVERIFY(!h.action("actionRevokeKey")->isEnabled() || managed->deletable);
        if (!managed->readOnlyReason.isEmpty())
            QCOMPARE(edit->toolTip(), managed->readOnlyReason);
        QVERIFY(toggle->isVisible()); // shown disabled with what to do instead
        QVERIFY(!toggle->isEnabled());

        QVERIFY(h.selectFirst(u"wasabi-air"_s,
                              [](const ApiKey& k) { return k.status == KeyStatus::Active; }));
        QVERIFY(edit->isEnabled());
        QVERIFY(toggle->isEnabled());
        QVERIFY(secret->isVisible() && secret->isEnabled());
    }

    // The toolbar's buttons keep their places from one provider to the next: what a provider
    // does not offer is disabled, never hidden, and a button whose words change with the key
    // ("Disable Key…" / "Enable Key") keeps its width.
    void toolbarButtonsKeepTheirPlacesAcrossProviders()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        auto* toolBar = h.window->findChild<QToolBar*>(u"mainToolBar"_s);
        QVERIFY(toolBar);
        auto places = [toolBar] {
            QStringList shown;
            for (QAction* action : toolBar->actions()) {
                QWidget* button = toolBar->widgetForAction(action);
                if (button && button->isVisible())
                    shown << u"%1@%2+%3"_s.arg(action->objectName())
                                 .arg(button->x())
                                 .arg(button->width());
            }
            return shown;
        };
        QVERIFY(h.selectFirst(u"wayscloud"_s, [](const ApiKey&) { return true; }));
        QTRY_VERIFY_WITH_TIMEOUT(!places().isEmpty(), Timeout);
        const QStringList first = places();
        QCOMPARE(first.size(), toolBar->actions().size());
        for (const QString& provider :
             {u"coreweave"_s, u"scaleway"_s, u"wasabi-air"_s, u"wasabi-iam"_s}) {
            QVERIFY2(h.selectFirst(provider, [](const ApiKey&) { return true; }),
                     qPrintable(provider));
            QTRY_COMPARE_WITH_TIMEOUT(places(), first, Timeout);
        }
        const std::optional<ApiKey> disabled = h.selectFirst(
            u"wasabi-air"_s, [](const ApiKey& k) { return k.status == KeyStatus::Active; });
        QVERIFY(disabled);
        PromptRecorder prompts;
        h.action("actionToggleKeyActive")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(h.action("actionToggleKeyActive")->text().remove(u'&'),
                                  u"Enable Key"_s, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(places(), first, Timeout);
    }

    void suspendingAPrincipalNamesHowManyKeys()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        const std::optional<ApiKey> key = h.selectFirst(u"coreweave"_s, [](const ApiKey& k) {
            return k.status == KeyStatus::Active && !k.principal.isEmpty();
        });
        QVERIFY(key);
        int affected = 0;
        for (const ApiKey& other : h.keysOf(u"coreweave"_s))
            affected += other.principal == key->principal && other.status == KeyStatus::Active;
        QVERIFY(affected >= 1);

        PromptRecorder prompts;
        prompts.answer = QMessageBox::No;
        h.action("actionTogglePrincipal")->trigger();
        QCOMPARE(prompts.texts.size(), 1);
        const QString expectedCount =
            affected == 1 ? u"1 listed key"_s : QString::number(affected) + u" listed keys"_s;
        QVERIFY2(prompts.texts.constFirst().contains(expectedCount),
                 qPrintable(prompts.texts.constFirst()));
        QVERIFY2(prompts.texts.constFirst().contains(key->principal),
                 qPrintable(prompts.texts.constFirst()));
        QString problem = decisionProblem(Prompts::lastQuestion(), u"Suspend "_s + expectedCount,
                                          u"Keep them active"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTest::qWait(200);
        QCOMPARE(h.keysOf(u"coreweave"_s).constFirst().status,
                 h.keysOf(u"coreweave"_s).constFirst().status); // nothing sent: still listed
        QVERIFY(!h.auditText().contains(u"suspend-principal"_s));

        prompts.answer = QMessageBox::Yes;
        h.action("actionTogglePrincipal")->trigger();
        auto suspendedCount = [&] {
            int count = 0;
            for (const ApiKey& other : h.keysOf(u"coreweave"_s))
                count += other.principal == key->principal && other.status == KeyStatus::Suspended;
            return count;
        };
        QTRY_VERIFY_WITH_TIMEOUT(suspendedCount() >= affected, Timeout);
        QVERIFY(h.auditText().contains(u"suspend-principal"_s));

        // Reactivate, with the same count named.
        QVERIFY(h.window->selectKey(key->id));
        QCOMPARE(h.action("actionTogglePrincipal")->text().remove(u'&'),
                 u"Reactivate Owner's Keys…"_s);
        h.action("actionTogglePrincipal")->trigger();
        QVERIFY2(prompts.texts.constLast().contains(u"Reactivate"_s),
                 qPrintable(prompts.texts.constLast()));
        problem = decisionProblem(Prompts::lastQuestion(), u"Reactivate "_s + expectedCount,
                                  u"Keep them suspended"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTRY_COMPARE_WITH_TIMEOUT(suspendedCount(), 0, Timeout);
    }

    void disableAndEnableAKey()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        const std::optional<ApiKey> key = h.selectFirst(
            u"wasabi-air"_s, [](const ApiKey& k) { return k.status == KeyStatus::Active; });
        QVERIFY(key);
        PromptRecorder prompts;
        h.action("actionToggleKeyActive")->trigger();
        QCOMPARE(prompts.texts.size(), 1);
        QVERIFY(prompts.texts.constFirst().contains(key->name.isEmpty() ? key->id : key->name));
        const QString problem =
            decisionProblem(Prompts::lastQuestion(), u"Disable key"_s, u"Keep it enabled"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto statusOf = [&] {
            for (const ApiKey& other : h.keysOf(u"wasabi-air"_s)) {
                if (other.id == key->id)
                    return other.status;
            }
            return KeyStatus::Unknown;
        };
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(), KeyStatus::Disabled, Timeout);
        QVERIFY(h.window->selectKey(key->id));
        QCOMPARE(h.action("actionToggleKeyActive")->text().remove(u'&'), u"Enable Key"_s);
        h.action("actionToggleKeyActive")->trigger();
        QCOMPARE(prompts.texts.size(), 1); // enabling asks nothing
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(), KeyStatus::Active, Timeout);
    }

    void secretShownAgainOnDemand()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        const std::optional<ApiKey> key = h.selectFirst(
            u"wasabi-air"_s, [](const ApiKey& k) { return k.status == KeyStatus::Active; });
        QVERIFY(key);
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        h.action("actionShowSecret")->trigger();
        QPointer<RevealSecretDialog> reveal = nextDialog<RevealSecretDialog>(opened);
        QVERIFY(reveal);
        QVERIFY(reveal->isShownAgain());
        QVERIFY(!child<QCheckBox>(reveal, "savedCheck")->isVisible());
        QVERIFY(child<QPushButton>(reveal, "closeButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(reveal, "copyButton"), Qt::LeftButton);
        QVERIFY(h.window->clipboardGuard()->isArmed());
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.startsWith(u"eyJ"_s)); // the JWT
        PromptRecorder prompts;
        reveal->reject(); // no "shown once" question for a secret that can be fetched again
        QVERIFY(prompts.texts.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(reveal.isNull(), Timeout);
        QVERIFY(h.auditText().contains(u"reveal"_s));
        QVERIFY(!h.auditText().contains(copied)); // never the secret itself
        h.window->clipboardGuard()->clearNow();

        // Asked again: fetched again, not cached.
        h.action("actionShowSecret")->trigger();
        QPointer<RevealSecretDialog> again = nextDialog<RevealSecretDialog>(opened);
        QVERIFY(again);
        again->accept();
    }

    void editAScalewayKey()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        const std::optional<ApiKey> key = h.selectFirst(u"scaleway"_s, [](const ApiKey& k) {
            return k.editable && k.status == KeyStatus::Active;
        });
        QVERIFY(key);
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        h.action("actionEditKey")->trigger();
        QPointer<QDialog> edit = nextDialog(opened);
        QVERIFY(edit);
        child<QLineEdit>(edit, "descriptionEdit")->setText(u"Edited from the console"_s);
        QTest::mouseClick(child<QPushButton>(edit, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(edit.isNull(), Timeout);
        auto descriptionOf = [&] {
            for (const ApiKey& other : h.keysOf(u"scaleway"_s)) {
                if (other.id == key->id)
                    return other.description;
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(descriptionOf(), u"Edited from the console"_s, Timeout);
    }

    void scalewayCreateFillsTheBearerPicker()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        h.show(u"scaleway"_s);
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        h.action("actionCreateKey")->trigger();
        QPointer<QDialog> create = nextDialog(opened);
        QVERIFY(create);
        auto* bearer = child<QComboBox>(create, "bearerCombo");
        QTRY_VERIFY_WITH_TIMEOUT(bearer->isEnabled(), Timeout);
        QVERIFY(bearer->count() >= 3);
        QCOMPARE(bearer->currentIndex(), -1); // the owner is chosen, not assumed
        QVERIFY(!child<QPushButton>(create, "createButton")->isEnabled());
        bearer->setCurrentIndex(1);
        QVERIFY(child<QPushButton>(create, "createButton")->isEnabled());
        // The projects by name, from the Account API.
        auto* project = child<QComboBox>(create, "projectCombo");
        QVERIFY(project->findText(u"web-production"_s) > 0);
        create->reject();
    }

    // Scaleway's owners and projects by name in the table; the ids stay in the tooltip and the
    // details pane.
    void scalewayOwnersAndProjectsShowByName()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        const std::optional<ApiKey> key = h.selectFirst(
            u"scaleway"_s, [](const ApiKey& k) { return k.bearerType == u"application"; });
        QVERIFY(key);
        QVERIFY(!key->principalName.isEmpty());
        QAbstractItemModel* model = h.window->keyProxy();
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex owner = model->index(row, KeyTableModel::OwnerColumn);
            const QString shown = owner.data(Qt::DisplayRole).toString();
            QVERIFY2(!shown.isEmpty() && !isUuid(shown), qPrintable(shown));
            const QString tip = owner.data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(QRegularExpression(u"[0-9a-f]{8}-[0-9a-f]{4}-"_s)),
                     qPrintable(tip));
        }
        const QString pane = h.window->findChild<QLabel*>(u"principalValue"_s)->text();
        QVERIFY2(pane.contains(key->principalName) && pane.contains(key->principal),
                 qPrintable(pane));
        const QString project = h.window->findChild<QLabel*>(u"projectValue"_s)->text();
        QVERIFY2(project.contains(key->projectName) && project.contains(key->projectId) &&
                     !key->projectName.isEmpty(),
                 qPrintable(project));
    }

    void rotationDueFilterAndPolicy()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        h.show(u"wayscloud"_s);
        const int all = h.window->keyProxy()->rowCount();
        auto* due = h.window->findChild<QCheckBox*>(u"rotationDueCheck"_s);
        auto* policy = h.window->findChild<QSpinBox*>(u"rotationPolicySpin"_s);
        QCOMPARE(policy->value(), 90);
        due->setChecked(true);
        QVERIFY(h.action("actionRotationDueOnly")->isChecked());
        const int dueAt90 = h.window->keyProxy()->rowCount();
        QVERIFY(dueAt90 > 0 && dueAt90 < all);
        for (int row = 0; row < dueAt90; ++row)
            QVERIFY(
                h.window->keyProxy()->index(row, 0).data(KeyTableModel::RotationDueRole).toBool());
        policy->setValue(300);
        QVERIFY(h.window->keyProxy()->rowCount() < dueAt90);
        QCOMPARE(h.settings->value(u"rotationPolicyDays"_s).toInt(), 300);
        h.action("actionRotationDueOnly")->trigger();
        QVERIFY(!due->isChecked());
        QCOMPARE(h.window->keyProxy()->rowCount(), all);

        auto* status = h.window->findChild<QComboBox*>(u"statusFilterCombo"_s);
        h.show(u"wasabi-air"_s);
        status->setCurrentIndex(status->findText(keyStatusText(KeyStatus::Disabled)));
        QVERIFY(h.window->keyProxy()->rowCount() > 0);
        for (int row = 0; row < h.window->keyProxy()->rowCount(); ++row)
            QCOMPARE(
                h.window->keyProxy()->index(row, KeyTableModel::StatusColumn).data().toString(),
                keyStatusText(KeyStatus::Disabled));
    }

    void testKeyFromTheTableWhereTheSecretIsAvailable()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        QAction* test = h.action("actionTestKey");
        QVERIFY(test);
        QCOMPARE(test->shortcut(), QKeySequence(u"Ctrl+Shift+K"_s));
        QCOMPARE(test->property("accessibleName").toString(), u"Test key"_s);

        // WAYSCloud shows a secret once and KeyWarden keeps none: offered disabled, saying why.
        QVERIFY(h.selectFirst(u"wayscloud"_s, [](const ApiKey&) { return true; }));
        QVERIFY(test->isVisible());
        QVERIFY(!test->isEnabled());
        QVERIFY2(test->toolTip().contains(u"only once"_s), qPrintable(test->toolTip()));
        // CoreWeave can test keys, but shows secrets once: offered disabled for a listed key.
        QVERIFY(h.selectFirst(u"coreweave"_s, [](const ApiKey&) { return true; }));
        QVERIFY(test->isVisible());
        QVERIFY(!test->isEnabled());

        // Wasabi AiR lists its secrets: the key is tested with its own JWT.
        QVERIFY(h.selectFirst(u"wasabi-air"_s,
                              [](const ApiKey& k) { return k.status == KeyStatus::Active; }));
        QVERIFY(test->isVisible());
        QVERIFY(test->isEnabled());
        // The table's context menu offers it, with the tooltips that say why when disabled.
        auto* table = h.window->findChild<QTableView*>(u"keyTable"_s);
        emit table->customContextMenuRequested(QPoint(10, 10));
        QMenu* menu = nullptr;
        for (QMenu* candidate : h.window->findChildren<QMenu*>()) {
            if (candidate->isVisible())
                menu = candidate;
        }
        QVERIFY(menu);
        QVERIFY(menu->actions().contains(test));
        QVERIFY(menu->toolTipsVisible());
        menu->close();
        PromptRecorder prompts;
        test->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(h.window->statusBar()->currentMessage().contains(u"works"_s),
                                 Timeout);
        QVERIFY(prompts.texts.isEmpty());
        QVERIFY(h.auditText().contains(u"\"verify\""_s));

        // A disabled AiR key is refused, and the refusal is shown in the banner.
        if (h.selectFirst(u"wasabi-air"_s,
                          [](const ApiKey& k) { return k.status == KeyStatus::Disabled; })) {
            QVERIFY(test->isEnabled());
            test->trigger();
            auto* bannerLabel = h.window->findChild<QLabel*>(u"bannerLabel"_s);
            QTRY_VERIFY_WITH_TIMEOUT(bannerLabel->isVisible(), Timeout);
            QVERIFY2(bannerLabel->text().contains(u"40"_s), qPrintable(bannerLabel->text()));
        }
    }

    void airSecretShownAgainCanBeTested()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        QVERIFY(h.selectFirst(u"wasabi-air"_s,
                              [](const ApiKey& k) { return k.status == KeyStatus::Active; }));
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        h.action("actionShowSecret")->trigger();
        QPointer<RevealSecretDialog> reveal = nextDialog<RevealSecretDialog>(opened);
        QVERIFY(reveal);
        QVERIFY(reveal->canTest());
        QTest::mouseClick(child<QPushButton>(reveal, "testKeyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(reveal->isVerified(), Timeout);
        QVERIFY(reveal->grab().save(QDir::temp().filePath(u"verifyui-reveal-air.png"_s)));
        reveal->accept();
    }

    void wasabiIamSubUserPickerHasTheRootFirst()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        QPointer<QDialog> create = h.openWasabiIamCreateDialog(opened, false);
        QVERIFY(create);
        auto* bearer = child<QComboBox>(create, "bearerCombo");
        QVERIFY(!bearer->accessibleName().isEmpty());
        // The root user is the first choice, but nobody is chosen; every sub-user follows.
        int firstChoice = -1;
        QStringList users;
        for (int i = 0; i < bearer->count(); ++i) {
            const QStringList data = bearer->itemData(i).toStringList();
            if (data.size() != 2)
                continue; // a heading
            if (firstChoice < 0)
                firstChoice = i;
            if (!data.at(1).isEmpty())
                users << data.at(1);
        }
        QVERIFY(firstChoice >= 0);
        QVERIFY2(bearer->itemText(firstChoice).contains(u"Root user"_s),
                 qPrintable(bearer->itemText(firstChoice)));
        QCOMPARE(bearer->itemData(firstChoice).toStringList(), (QStringList{u"user"_s, QString()}));
        QCOMPARE(bearer->currentIndex(), -1);
        QVERIFY(!child<QPushButton>(create, "createButton")->isEnabled());
        users.sort();
        QCOMPARE(users, h.host.wasabiIam()->userNames());
        create->reject();
    }

    void wasabiIamUserWithTwoKeysGetsTheGuidanceInPlace()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        kw::sandbox::WasabiIamSandbox* iam = h.host.wasabiIam();
        QString full;
        for (const QString& user : iam->userNames()) {
            if (iam->accessKeys(user).size() == 2)
                full = user;
        }
        QVERIFY2(!full.isEmpty(), "the sandbox seeds a user at the 2-key limit");
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        QPointer<QDialog> create = h.openWasabiIamCreateDialog(opened);
        QVERIFY(create);
        auto* bearer = child<QComboBox>(create, "bearerCombo");
        const int index = bearer->findData(QStringList{u"user"_s, full});
        QVERIFY(index >= 0);
        // The picker counts the owner's keys, and says before anything is sent why it is full.
        QVERIFY2(bearer->itemText(index).contains(u"2 keys (limit)"_s),
                 qPrintable(bearer->itemText(index)));
        bearer->setCurrentIndex(index);
        auto* createButton = child<QPushButton>(create, "createButton");
        const int keysBefore = int(iam->accessKeys(full).size());
        QVERIFY(!createButton->isEnabled());
        QTest::mouseClick(createButton, Qt::LeftButton);
        auto* why = child<QLabel>(create, "validationLabel");
        QVERIFY2(why->text().contains(full) && why->text().contains(u"Revoke"_s),
                 qPrintable(why->text()));
        QVERIFY(!child<QLabel>(create, "errorLabel")->isVisible());
        QCOMPARE(int(iam->accessKeys(full).size()), keysBefore); // nothing was sent
        // Another owner: the message goes and the form can be sent.
        bearer->setCurrentIndex(bearer->findData(QStringList{u"user"_s, QString()}));
        QVERIFY(createButton->isEnabled());
        QVERIFY(why->isHidden() || why->text().isEmpty());
        create->reject();
    }

    void wasabiIamNewKeyIsVerifiedWithS3()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        QPointer<QDialog> create = h.openWasabiIamCreateDialog(opened); // the root user has room
        QVERIFY(create);
        auto* createButton = child<QPushButton>(create, "createButton");
        QTRY_VERIFY(createButton->isEnabled());
        QTest::mouseClick(createButton, Qt::LeftButton);
        QPointer<RevealSecretDialog> reveal = nextDialog<RevealSecretDialog>(opened);
        QVERIFY(reveal);
        QVERIFY(reveal->canTest());
        QTest::mouseClick(child<QPushButton>(reveal, "testKeyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(reveal->lastVerification().has_value(), Timeout);
        const QString text = child<QLabel>(reveal, "testResultLabel")->text();
        QVERIFY2(reveal->isVerified(), qPrintable(text));
        QVERIFY(reveal->grab().save(QDir::temp().filePath(u"verifyui-reveal-wasabi-iam.png"_s)));
        child<QCheckBox>(reveal, "savedCheck")->setChecked(true);
        reveal->accept();
    }

    // Copy as gives the whole credential in the names the tools read: a new Wasabi key as the
    // AWS pair with the account's S3 endpoint and region, an AiR key as a Bearer header.
    void copyAsGivesTheVariablesToolsRead()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        QPointer<QDialog> create = h.openWasabiIamCreateDialog(opened);
        QVERIFY(create);
        auto* createButton = child<QPushButton>(create, "createButton");
        QTRY_VERIFY(createButton->isEnabled());
        QTest::mouseClick(createButton, Qt::LeftButton);
        QPointer<RevealSecretDialog> reveal = nextDialog<RevealSecretDialog>(opened);
        QVERIFY(reveal);
        const QString keyId = child<QLineEdit>(reveal, "publicValue1")->text();
        QVERIFY(keyId.startsWith(u"AKIA"_s));
        auto* shell = reveal->findChild<QAction*>(u"copyAs-shell"_s);
        QVERIFY(shell);
        QVERIFY(reveal->findChild<QAction*>(u"copyAs-aws-profile"_s));
        shell->trigger();
        QVERIFY(h.window->clipboardGuard()->isArmed());
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(
                     u"export AWS_ACCESS_KEY_ID=%1\nexport AWS_SECRET_ACCESS_KEY="_s.arg(keyId)),
                 qPrintable(copied.section(u'\n', 0, 0)));
        QVERIFY(copied.contains(u"\nexport AWS_ENDPOINT_URL_S3=http://127.0.0.1:"_s));
        QVERIFY(copied.contains(u"\nexport AWS_DEFAULT_REGION=us-east-1\n"_s));
        QVERIFY(!copied.contains(u"WASABI"_s));
        h.window->clipboardGuard()->clearNow();
        child<QCheckBox>(reveal, "savedCheck")->setChecked(true);
        reveal->accept();

        const std::optional<ApiKey> air = h.selectFirst(
            u"wasabi-air"_s, [](const ApiKey& k) { return k.status == KeyStatus::Active; });
        QVERIFY(air);
        h.action("actionShowSecret")->trigger();
        QPointer<RevealSecretDialog> shown = nextDialog<RevealSecretDialog>(opened);
        QVERIFY(shown);
        auto* header = shown->findChild<QAction*>(u"copyAs-header"_s);
        QVERIFY(header);
        QCOMPARE(shown->findChild<QMenu*>(u"copyAsMenu"_s)->actions().size(), 1);
        header->trigger();
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"Authorization: Bearer eyJ"_s));
        h.window->clipboardGuard()->clearNow();
        shown->accept();
    }

    // A secret kept in the keychain (keywarden-cli --store) makes a listed key of a provider
    // that shows secrets once testable from the table, with that secret.
    void testKeyFromTheTableWithAStoredSecret()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        const QString accountId = h.accountOf.value(u"coreweave"_s);
        KeySpec spec;
        spec.name = u"stored for tests"_s;
        spec.durationSeconds = 3600;
        std::optional<ApiKey> created;
        std::shared_ptr<Secret> secret;
        h.controller->createKey(accountId, spec, h.window.get(),
                                [&](const ProviderError& e, CreatedKey* key) {
                                    QVERIFY2(!e, qPrintable(e.toString()));
                                    created = key->key;
                                    secret = std::make_shared<Secret>(std::move(key->secret));
                                });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), Timeout);
        h.show(u"coreweave"_s);
        QTRY_VERIFY_WITH_TIMEOUT(h.window->selectKey(created->id), Timeout);
        QAction* test = h.action("actionTestKey");
        QVERIFY(!test->isEnabled());

        bool stored = false;
        h.controller->storedSecrets().store({accountId, created->id, h.now, {}}, *secret,
                                            h.window.get(),
                                            [&](const SecretStore::Result& r) { stored = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(stored, Timeout);
        // Selecting the key again re-reads what can be offered.
        QVERIFY(
            h.selectFirst(u"coreweave"_s, [&](const ApiKey& k) { return k.id != created->id; }));
        QVERIFY(h.window->selectKey(created->id));
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), Timeout);
        PromptRecorder prompts;
        test->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(h.window->statusBar()->currentMessage().contains(u"works"_s),
                                 Timeout);
        QVERIFY(h.auditText().contains(u"reveal-stored"_s));
        QVERIFY(!h.auditText().contains(secret->exposeString()));
    }

    // The AiR access of a key's owner (seed 000) in the details pane: fetched when the key is
    // selected, once per owner per load, never for the root user, asked again on Refresh.
    void wasabiIamOwnerAccessIsShownPerOwner()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        kw::sandbox::WasabiIamSandbox* iam = h.host.wasabiIam();
        QAction* attach = h.action("actionAttachPolicy");
        QVERIFY(attach);

        // Showing an account selects its first row, which asks for that key's owner at once.
        // Sorted by name that row is a random access key id, and one run in six it belonged to
        // backup-agent: its access was then known before the fault below and never failed.
        // Sorted by owner, the first row is air-indexer's, the owner asked first anyway.
        h.window->findChild<QTableView*>(u"keyTable"_s)
            ->sortByColumn(KeyTableModel::OwnerColumn, Qt::AscendingOrder);
        h.show(u"wasabi-iam"_s);
        const std::optional<ApiKey> first = h.window->selectedKey();
        QVERIFY(first);
        QCOMPARE(first->principal, u"air-indexer"_s);

        QVERIFY(h.selectWasabiIamKeyOf(u"air-indexer"_s));
        QTRY_COMPARE_WITH_TIMEOUT(h.ownerAccessText(), u"AiR: manage"_s, Timeout);
        auto* value = h.window->findChild<QLabel*>(u"ownerAccessValue"_s);
        QCOMPARE(value->accessibleName(), u"AiR access"_s);
        auto* title = h.window->findChild<QLabel*>(u"ownerAccessLabel"_s);
        QVERIFY(title && title->buddy() == value);
        QCOMPARE(title->text(), u"AiR access:"_s);
        QVERIFY(attach->isVisible() && attach->isEnabled()); // the view policy can still go on
        QCOMPARE(attach->text(), u"Attach AiR &Policy…"_s);

        QVERIFY(h.selectWasabiIamKeyOf(u"archive-reader"_s));
        QTRY_COMPARE_WITH_TIMEOUT(h.ownerAccessText(), u"no AiR policy"_s, Timeout);

        // A failed check says so where the state would be, with the provider's status.
        // Nothing was asked about backup-agent yet (see the sort above). Every POST fails until
        // the failure has been seen: a read may be retried (with backoff) and each attempt must
        // meet the fault, so the wait allows for all of them on a loaded machine.
        Fault internal;
        internal.kind = Fault::Kind::InternalError;
        internal.method = "POST";
        internal.count = -1;
        iam->injectFault(internal);
        QVERIFY(h.selectWasabiIamKeyOf(u"backup-agent"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(h.ownerAccessText().contains(u"could not be checked"_s),
                                  qPrintable(u"shown: \""_s + h.ownerAccessText() + u'"'),
                                  RetriedFailureTimeout);
        QVERIFY2(h.ownerAccessText().contains(u"500"_s), qPrintable(h.ownerAccessText()));
        iam->clearFaults();

        // The root user has every right: said so, nothing asked, nothing to attach.
        int before = iam->requestCount();
        QVERIFY(h.selectWasabiIamKeyOf(u"root"_s));
        QCOMPARE(h.ownerAccessText(), u"root user: full access"_s);
        QVERIFY(attach->isVisible() && !attach->isEnabled());
        QVERIFY2(attach->toolTip().contains(u"root user: full access"_s),
                 qPrintable(attach->toolTip()));
        // Back to a known owner: from the cache, without a request.
        QVERIFY(h.selectWasabiIamKeyOf(u"air-indexer"_s));
        QCOMPARE(h.ownerAccessText(), u"AiR: manage"_s);
        QTest::qWait(200);
        QCOMPARE(iam->requestCount(), before);

        // Changed behind the console's back: the cache shows the old state until Refresh.
        const Account account = h.controller->account(h.accountOf.value(u"wasabi-iam"_s))->account;
        QString token;
        for (const auto& endpoint : h.host.endpoints()) {
            if (endpoint.providerId == u"wasabi-iam"_s)
                token = endpoint.adminToken;
        }
        auto other = createProvider(account, Secret::fromString(token), &h.network);
        std::unique_ptr<ProviderReply> attached(
            other->attachPrincipalPolicy(u"archive-reader"_s, iam->manageAirPolicyArn()));
        QTRY_VERIFY_WITH_TIMEOUT(attached->isFinished(), Timeout);
        QVERIFY2(attached->ok(), qPrintable(attached->error().toString()));
        QVERIFY(h.selectWasabiIamKeyOf(u"archive-reader"_s));
        QCOMPARE(h.ownerAccessText(), u"no AiR policy"_s);
        h.action("actionRefresh")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(h.ownerAccessText(), u"AiR: manage"_s, Timeout);

        // Providers without owner policies show neither the row nor the action.
        QVERIFY(h.selectFirst(u"wasabi-air"_s, [](const ApiKey&) { return true; }));
        QCOMPARE(h.ownerAccessText(), QString());
        QVERIFY(!attach->isVisible());
        QVERIFY(h.selectFirst(u"coreweave"_s, [](const ApiKey&) { return true; }));
        QCOMPARE(h.ownerAccessText(), QString());
        QVERIFY(!attach->isVisible());
    }

    void wasabiIamAttachAirPolicyFromTheGui()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        kw::sandbox::WasabiIamSandbox* iam = h.host.wasabiIam();
        QAction* attach = h.action("actionAttachPolicy");
        // A keyboard path, a name for screen readers, in the Keys menu and the context menu.
        QCOMPARE(attach->shortcut(), QKeySequence(u"Ctrl+Shift+P"_s));
        QVERIFY(!attach->property("accessibleName").toString().isEmpty());
        auto* keysMenu = h.window->findChild<QMenu*>(u"keysMenu"_s);
        QVERIFY(keysMenu && keysMenu->actions().contains(attach));

        QVERIFY(h.selectWasabiIamKeyOf(u"archive-reader"_s));
        QTRY_COMPARE_WITH_TIMEOUT(h.ownerAccessText(), u"no AiR policy"_s, Timeout);
        auto* button = h.window->findChild<QAbstractButton*>(u"attachPolicyButton"_s);
        QVERIFY(button && button->isVisibleTo(h.window.get()) && button->isEnabled());
        QVERIFY(!button->accessibleName().isEmpty());
        auto* table = h.window->findChild<QTableView*>(u"keyTable"_s);
        emit table->customContextMenuRequested(QPoint(10, 10));
        QMenu* menu = nullptr;
        for (QMenu* candidate : h.window->findChildren<QMenu*>()) {
            if (candidate->isVisible())
                menu = candidate;
        }
        QVERIFY(menu && menu->actions().contains(attach));
        menu->close();

        // A failure is shown in the dialog, with the provider's reason; nothing is attached.
        // Attaching is idempotent, so a 500 is tried again: every POST fails until cleared.
        Fault internal;
        internal.kind = Fault::Kind::InternalError;
        internal.method = "POST";
        internal.count = -1;
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        QTest::keyClick(h.window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<QDialog> dialog = nextDialog(opened);
        QVERIFY(dialog);
        auto* view = child<QRadioButton>(dialog, "policyRadio_WasabiViewAiR");
        auto* manage = child<QRadioButton>(dialog, "policyRadio_WasabiManageAiR");
        QVERIFY(view && manage);
        QVERIFY(view->isChecked()); // the least right is the suggestion
        QCOMPARE(view->accessibleName(), u"AiR: view only"_s);
        QVERIFY(view->accessibleDescription().contains(u"change nothing"_s));
        QVERIFY(child<QLabel>(dialog, "policyHelp_WasabiManageAiR")
                    ->text()
                    .contains(u"manage its API keys"_s));
        manage->setChecked(true);
        iam->injectFault(internal);
        QTest::mouseClick(child<QPushButton>(dialog, "attachButton"), Qt::LeftButton);
        auto* error = child<QLabel>(dialog, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), Timeout);
        QVERIFY2(error->text().contains(u"500"_s), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(manage->isChecked()); // the choice is kept for a retry
        QVERIFY(iam->attachedPolicyArns(u"archive-reader"_s).isEmpty());
        QVERIFY(h.auditText().contains(u"attach-policy"_s));
        QVERIFY(h.auditText().contains(u"failed"_s));
        iam->clearFaults();

        // The retry attaches it, and the pane shows the new state.
        view->setChecked(true);
        QTest::mouseClick(child<QPushButton>(dialog, "attachButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, Timeout);
        QCOMPARE(iam->attachedPolicyArns(u"archive-reader"_s),
                 QStringList{iam->viewAirPolicyArn()});
        QTRY_COMPARE_WITH_TIMEOUT(h.ownerAccessText(), u"AiR: view only"_s, Timeout);
        QVERIFY2(h.window->statusBar()->currentMessage().contains(u"WasabiViewAiR"_s),
                 qPrintable(h.window->statusBar()->currentMessage()));
        const QString audit = h.auditText();
        QVERIFY(audit.contains(u"archive-reader"_s) && audit.contains(iam->viewAirPolicyArn()));
        kw::test::saveSnapshot(h.window.get(), u"main-window-air-access"_s);

        // Asked again, the policy the user has is shown and cannot be chosen twice.
        button->click();
        QPointer<QDialog> again = nextDialog(opened);
        QVERIFY(again);
        QVERIFY(!child<QRadioButton>(again, "policyRadio_WasabiViewAiR")->isEnabled());
        QVERIFY(child<QRadioButton>(again, "policyRadio_WasabiManageAiR")->isChecked());
        QTest::mouseClick(child<QPushButton>(again, "attachButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!again, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(h.ownerAccessText(), u"AiR: manage, AiR: view only"_s, Timeout);
        QVERIFY(!attach->isEnabled()); // nothing left to offer
    }

    // The Owner column: for providers whose keys belong to users or principals.
    void ownerColumnWhereKeysHaveOwners()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        auto* table = h.window->findChild<QTableView*>(u"keyTable"_s);
        for (const QString& provider : {u"wasabi-iam"_s, u"coreweave"_s, u"scaleway"_s}) {
            h.show(provider);
            QVERIFY2(!table->isColumnHidden(KeyTableModel::OwnerColumn), qPrintable(provider));
        }
        for (const QString& provider : {u"wayscloud"_s, u"wasabi-air"_s}) {
            h.show(provider);
            QVERIFY2(table->isColumnHidden(KeyTableModel::OwnerColumn), qPrintable(provider));
        }
        h.show(u"wasabi-iam"_s);
        QCOMPARE(table->model()->headerData(KeyTableModel::OwnerColumn, Qt::Horizontal).toString(),
                 u"Owner"_s);
        QStringList owners;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            owners << table->model()->index(row, KeyTableModel::OwnerColumn).data().toString();
        QVERIFY2(owners.contains(u"root"_s) && owners.contains(u"media-pipeline"_s),
                 qPrintable(owners.join(u", "_s)));
        table->sortByColumn(KeyTableModel::OwnerColumn, Qt::AscendingOrder);
        QStringList sorted;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            sorted << table->model()->index(row, KeyTableModel::OwnerColumn).data().toString();
        QStringList expected = owners;
        std::sort(expected.begin(), expected.end(), [](const QString& a, const QString& b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        QCOMPARE(sorted, expected);
        auto* filter = h.window->findChild<QLineEdit*>(u"filterEdit"_s);
        filter->setText(u"media-pipeline"_s);
        QCOMPARE(table->model()->rowCount(), int(owners.count(u"media-pipeline"_s)));
        filter->clear();
    }

    // A prefix that is only the key's id (Wasabi's access key ids) is not a column of its own:
    // the id shows once, as the name.
    void prefixColumnOnlyWherePrefixesSayMore()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        auto* table = h.window->findChild<QTableView*>(u"keyTable"_s);
        h.show(u"wasabi-iam"_s);
        QVERIFY(table->isColumnHidden(KeyTableModel::PrefixColumn));
        QVERIFY(table->model()->rowCount() > 0);
        const QString name = table->model()->index(0, KeyTableModel::NameColumn).data().toString();
        QVERIFY2(name.startsWith(u"AKIA"_s), qPrintable(name)); // the access key id
        h.show(u"wayscloud"_s);
        QVERIFY(!table->isColumnHidden(KeyTableModel::PrefixColumn));
        h.show(u"wasabi-iam"_s);
        QVERIFY(table->isColumnHidden(KeyTableModel::PrefixColumn));
    }
};

QTEST_MAIN(TestMainWindowSandbox)
#include "test_mainwindow_sandbox.moc"
