#include "FormChecks.h"
#include "providers/KeyProvider.h"
#include "support/WindowHarness.h"
#include "ui/AddAccountDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTemporaryFile>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestAddAccountDialog : public QObject
{
    Q_OBJECT

private:
    template <typename T> static T* child(const QWidget& dialog, const QString& name)
    {
        T* widget = dialog.findChild<T*>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }
    static QLineEdit* edit(const QWidget& d, const QString& name)
    {
        return child<QLineEdit>(d, name);
    }
    static QPushButton* addButton(const QWidget& d)
    {
        return child<QPushButton>(d, u"addButton"_s);
    }
    static QString validation(const QWidget& d)
    {
        const auto* label = child<QLabel>(d, u"validationLabel"_s);
        return label->isVisibleTo(&d) ? label->text() : QString();
    }

    static void selectProvider(kw::AddAccountDialog& dialog, const QString& id)
    {
        auto* combo = child<QComboBox>(dialog, u"providerCombo"_s);
        combo->setCurrentIndex(combo->findData(id));
    }

    // A complete form for the WAYSCloud provider; tests then break one field.
    static void fillIn(kw::AddAccountDialog& dialog)
    {
        auto* combo = child<QComboBox>(dialog, u"providerCombo"_s);
        combo->setCurrentIndex(combo->findData(u"wayscloud"_s));
        QTest::keyClicks(edit(dialog, u"labelEdit"_s), u"Production"_s);
        edit(dialog, u"endpointEdit"_s)->setText(u"https://api.wayscloud.services"_s);
        QTest::keyClicks(edit(dialog, u"tokenEdit"_s), u"wayscloud_pat_EXAMPLE_0123456789"_s);
    }

    // An account as it was saved, for the edit mode.
    static kw::Account savedAccount(const QString& provider, const QString& label,
                                    const QString& endpoint)
    {
        kw::Account account;
        account.id = u"0f6b8d5e-1111-4a2b-9c3d-0123456789ab"_s;
        account.provider = provider;
        account.label = label;
        account.endpoint = QUrl(endpoint);
        return account;
    }

private slots:
    void providersComeFromTheFactory()
    {
        kw::AddAccountDialog dialog;
        auto* combo = child<QComboBox>(dialog, u"providerCombo"_s);
        const QStringList known = kw::knownProviders();
        QVERIFY(known.contains(u"wayscloud"_s));
        QCOMPARE(combo->count(), known.size());
        for (int i = 0; i < combo->count(); ++i) {
            const QString id = combo->itemData(i).toString();
            QCOMPARE(id, known.at(i));
            QCOMPARE(combo->itemText(i), kw::capabilitiesFor(id)->providerName);
        }
    }

    void endpointDefaultFollowsTheProvider()
    {
        kw::AddAccountDialog dialog;
        auto* combo = child<QComboBox>(dialog, u"providerCombo"_s);
        auto* endpoint = edit(dialog, u"endpointEdit"_s);
        for (int i = 0; i < combo->count(); ++i) {
            combo->setCurrentIndex(i);
            QCOMPARE(
                endpoint->text(),
                kw::capabilitiesFor(combo->itemData(i).toString())->defaultEndpoint.toString());
        }
        combo->setCurrentIndex(combo->findData(u"wayscloud"_s));
        QCOMPARE(endpoint->text(), u"https://api.wayscloud.services"_s);

        // An endpoint the user typed survives a change of provider.
        endpoint->setText(u"https://keys.example.com"_s);
        combo->setCurrentIndex(combo->count() > 1 ? (combo->currentIndex() + 1) % combo->count()
                                                  : 0);
        QCOMPARE(endpoint->text(), u"https://keys.example.com"_s);
    }

    void completeFormEnablesAdd()
    {
        kw::AddAccountDialog dialog;
        QVERIFY(!addButton(dialog)->isEnabled());
        fillIn(dialog);
        QVERIFY2(addButton(dialog)->isEnabled(), qPrintable(validation(dialog)));
        QVERIFY(validation(dialog).isEmpty());
    }

    void endpointRules_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("message");

        QTest::newRow("plain http elsewhere") << u"http://example.com"_s << false << u"http://"_s;
        QTest::newRow("plain http to a LAN address")
            << u"http://192.168.1.10:8080"_s << false << u"http://"_s;
        QTest::newRow("loopback v4") << u"http://127.0.0.1:8080"_s << true << QString();
        QTest::newRow("loopback v4 other") << u"http://127.0.0.2:8080"_s << true << QString();
        QTest::newRow("localhost") << u"http://localhost:8080"_s << true << QString();
        QTest::newRow("loopback v6") << u"http://[::1]:9000"_s << true << QString();
        QTest::newRow("https") << u"https://api.example.com"_s << true << QString();
        QTest::newRow("https with path") << u"https://api.example.com/v1"_s << true << QString();
        QTest::newRow("not a URL") << u"api example com"_s << false << u"api example com"_s;
        QTest::newRow("no scheme") << u"api.example.com"_s << false << u"api.example.com"_s;
        QTest::newRow("ftp") << u"ftp://files.example.com"_s << false << u"ftp://"_s;
        QTest::newRow("empty") << QString() << false << u"endpoint"_s;
    }

    void endpointRules()
    {
        QFETCH(QString, endpoint);
        QFETCH(bool, accepted);
        QFETCH(QString, message);

        kw::AddAccountDialog dialog;
        fillIn(dialog);
        edit(dialog, u"endpointEdit"_s)->clear();
        QTest::keyClicks(edit(dialog, u"endpointEdit"_s), endpoint);
        QCOMPARE(addButton(dialog)->isEnabled(), accepted);
        if (accepted) {
            QVERIFY(validation(dialog).isEmpty());
            QCOMPARE(dialog.account().endpoint, QUrl(endpoint));
        } else {
            QVERIFY2(validation(dialog).contains(message, Qt::CaseInsensitive),
                     qPrintable(validation(dialog)));
        }
    }

    void labelAndTokenAreRequired_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("label") << u"labelEdit"_s << u"label"_s;
        QTest::newRow("token") << u"tokenEdit"_s << u"token"_s;
    }

    void labelAndTokenAreRequired()
    {
        QFETCH(QString, field);
        QFETCH(QString, message);
        kw::AddAccountDialog dialog;
        fillIn(dialog);
        edit(dialog, field)->setText(u"   "_s);
        QVERIFY(!addButton(dialog)->isEnabled());
        QVERIFY2(validation(dialog).contains(message), qPrintable(validation(dialog)));
    }

    void caFileMustBeReadable()
    {
        kw::AddAccountDialog dialog;
        fillIn(dialog);
        edit(dialog, u"caFileEdit"_s)->setText(u"/nonexistent/keywarden-ca.pem"_s);
        QVERIFY(!addButton(dialog)->isEnabled());
        QVERIFY(validation(dialog).contains(u"/nonexistent/keywarden-ca.pem"_s));

        QTemporaryFile ca;
        QVERIFY(ca.open());
        edit(dialog, u"caFileEdit"_s)->setText(ca.fileName());
        QVERIFY(addButton(dialog)->isEnabled());
        QCOMPARE(dialog.account().caFile, ca.fileName());
    }

    // An account's own proxy: a malformed address and one with credentials (they would be saved in
    // the settings file) are refused where typed; a good one, with or without http://, is taken.
    void proxyIsCheckedWhereTyped()
    {
        kw::AddAccountDialog dialog;
        fillIn(dialog);
        QLineEdit* proxy = edit(dialog, u"proxyEdit"_s);
        QVERIFY(proxy);
        QVERIFY(dialog.account().proxy.isEmpty()); // empty: the environment's or the system's
        proxy->setText(u"ftp://proxy.corp:21"_s);
        QVERIFY(!addButton(dialog)->isEnabled());
        QVERIFY2(validation(dialog).contains(u"http://"_s), qPrintable(validation(dialog)));
        proxy->setText(u"http://ann:secret@proxy.corp:3128"_s);
        QVERIFY(!addButton(dialog)->isEnabled());
        QVERIFY2(validation(dialog).contains(u"credentials"_s), qPrintable(validation(dialog)));
        proxy->setText(u"proxy.corp:3129"_s);
        QVERIFY2(addButton(dialog)->isEnabled(), qPrintable(validation(dialog)));
        QCOMPARE(dialog.account().proxy, QUrl(u"http://proxy.corp:3129"_s));
        proxy->setText(u"socks5://10.0.0.1:1080"_s);
        QVERIFY(addButton(dialog)->isEnabled());
        QCOMPARE(dialog.account().proxy.scheme(), u"socks5"_s);
    }

    void tokenIsMaskedAndTakenOnce()
    {
        kw::AddAccountDialog dialog;
        fillIn(dialog);
        auto* token = edit(dialog, u"tokenEdit"_s);
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        kw::Secret taken = dialog.takeToken();
        QCOMPARE(taken.exposeString(), u"wayscloud_pat_EXAMPLE_0123456789"_s);
        QVERIFY(token->text().isEmpty());
        QVERIFY(dialog.takeToken().isEmpty());
        QVERIFY(!addButton(dialog)->isEnabled()); // the token is gone from the form
    }

    void tokenHintNamesTheKeychain()
    {
        kw::AddAccountDialog dialog;
        const QString hint = child<QLabel>(dialog, u"tokenHintLabel"_s)->text();
        QVERIFY(hint.contains(u"keychain"_s));
        QVERIFY(hint.contains(u"never in a file"_s));
    }

    void accountHasANewUuid()
    {
        kw::AddAccountDialog dialog;
        fillIn(dialog);
        const kw::Account account = dialog.account();
        const QUuid id = QUuid::fromString(account.id);
        QVERIFY(!id.isNull());
        QCOMPARE(id.version(), QUuid::Random);
        QCOMPARE(account.id, dialog.account().id); // stable while the dialog lives
        QCOMPARE(account.provider, u"wayscloud"_s);
        QCOMPARE(account.label, u"Production"_s);
        QCOMPARE(account.endpoint, QUrl(u"https://api.wayscloud.services"_s));
        QVERIFY(account.caFile.isEmpty());
        QVERIFY(!account.sandbox);
        QCOMPARE(account.vaultKey(), u"account/"_s + account.id);

        kw::AddAccountDialog other;
        QVERIFY(other.account().id != account.id);
    }

    void addAccepts()
    {
        kw::AddAccountDialog dialog;
        fillIn(dialog);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog, 5000));
        QTest::mouseClick(addButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.takeToken().isEmpty()); // the owner takes it after exec() returns
    }

    void everyControlHasAnAccessibleName_data()
    {
        QTest::addColumn<QString>("provider");
        for (const QString& id : kw::knownProviders())
            QTest::newRow(qPrintable(id)) << id;
    }

    void everyControlHasAnAccessibleName()
    {
        QFETCH(QString, provider);
        kw::AddAccountDialog dialog;
        selectProvider(dialog, provider);
        const QStringList missing = kw::test::controlsWithoutAccessibleName(&dialog);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }

    void tabOrder()
    {
        kw::AddAccountDialog dialog;
        fillIn(dialog);
        const QStringList expected{u"providerCombo"_s, u"labelEdit"_s,          u"endpointEdit"_s,
                                   u"caFileEdit"_s,    u"caFileBrowseButton"_s, u"proxyEdit"_s,
                                   u"tokenEdit"_s,     u"cancelButton"_s,       u"addButton"_s,
                                   u"providerCombo"_s};
        QCOMPARE(kw::test::tabChain(&dialog, child<QWidget>(dialog, u"providerCombo"_s),
                                    int(expected.size())),
                 expected);
    }

    void mnemonics_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("focused");
        QTest::newRow("Alt+P") << int(Qt::Key_P) << u"providerCombo"_s;
        QTest::newRow("Alt+L") << int(Qt::Key_L) << u"labelEdit"_s;
        QTest::newRow("Alt+E") << int(Qt::Key_E) << u"endpointEdit"_s;
        QTest::newRow("Alt+C") << int(Qt::Key_C) << u"caFileEdit"_s;
        QTest::newRow("Alt+T") << int(Qt::Key_T) << u"tokenEdit"_s;
        QTest::newRow("Alt+X") << int(Qt::Key_X) << u"proxyEdit"_s;
    }

    void mnemonics()
    {
        QFETCH(int, key);
        QFETCH(QString, focused);
        kw::AddAccountDialog dialog;
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog, 5000));
        child<QWidget>(dialog, u"cancelButton"_s)->setFocus();
        QTest::keyClick(&dialog, Qt::Key(key), Qt::AltModifier);
        QVERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->objectName(), focused);
    }

    // S3 key-pair providers (Capabilities::s3Verify) ask where Test key lists buckets.
    void s3FieldsOnlyForS3KeyPairProviders_data()
    {
        QTest::addColumn<QString>("provider");
        for (const QString& id : kw::knownProviders())
            QTest::newRow(qPrintable(id)) << id;
    }

    void s3FieldsOnlyForS3KeyPairProviders()
    {
        QFETCH(QString, provider);
        kw::AddAccountDialog dialog;
        selectProvider(dialog, provider);
        const bool s3 = kw::capabilitiesFor(provider)->s3Verify;
        QCOMPARE(edit(dialog, u"s3EndpointEdit"_s)->isVisibleTo(&dialog), s3);
        QCOMPARE(child<QComboBox>(dialog, u"s3RegionCombo"_s)->isVisibleTo(&dialog), s3);
        QCOMPARE(child<QLabel>(dialog, u"s3RegionLabel"_s)->isVisibleTo(&dialog), s3);
        QVERIFY(!child<QLabel>(dialog, u"s3EndpointProblemLabel"_s)->isVisibleTo(&dialog));
    }

    void coreWeaveAsksForAnAvailabilityZone()
    {
        kw::AddAccountDialog dialog;
        fillIn(dialog);
        selectProvider(dialog, u"coreweave"_s);
        const kw::Capabilities& caps = *kw::capabilitiesFor(u"coreweave"_s);
        auto* zone = child<QComboBox>(dialog, u"s3RegionCombo"_s);
        QCOMPARE(child<QLabel>(dialog, u"s3RegionLabel"_s)->text(), u"Availability &zone:"_s);
        QCOMPARE(zone->accessibleName(), u"Availability zone"_s);
        QVERIFY(zone->isEditable());
        QStringList items;
        for (int i = 0; i < zone->count(); ++i)
            items.append(zone->itemText(i));
        QCOMPARE(items, caps.knownS3Regions);
        QCOMPARE(zone->currentText(), u"US-EAST-04A"_s); // prefilled: there is no default
        QCOMPARE(edit(dialog, u"s3EndpointEdit"_s)->placeholderText(), u"https://cwobject.com"_s);

        QVERIFY2(addButton(dialog)->isEnabled(), qPrintable(validation(dialog)));
        kw::Account account = dialog.account();
        QCOMPARE(account.region, u"US-EAST-04A"_s);
        QVERIFY(account.s3Endpoint.isEmpty()); // empty: the provider's default

        // A zone that is not among the examples can be typed.
        zone->setCurrentText(u"US-EAST-08A"_s);
        QCOMPARE(dialog.account().region, u"US-EAST-08A"_s);
    }

    void scalewayRegionSetsTheDefaultS3Endpoint()
    {
        kw::AddAccountDialog dialog;
        selectProvider(dialog, u"scaleway"_s);
        auto* region = child<QComboBox>(dialog, u"s3RegionCombo"_s);
        QCOMPARE(child<QLabel>(dialog, u"s3RegionLabel"_s)->text(), u"&Region:"_s);
        QCOMPARE(region->currentText(), u"fr-par"_s);
        auto* s3 = edit(dialog, u"s3EndpointEdit"_s);
        QCOMPARE(s3->placeholderText(), u"https://s3.fr-par.scw.cloud"_s);
        region->setCurrentIndex(region->findText(u"nl-ams"_s));
        QCOMPARE(s3->placeholderText(), u"https://s3.nl-ams.scw.cloud"_s);
        QVERIFY(s3->accessibleDescription().contains(u"https://s3.nl-ams.scw.cloud"_s));
        QCOMPARE(dialog.account().region, u"nl-ams"_s);
    }

    void s3EndpointRules_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty: the default") << QString() << true << QString();
        QTest::newRow("https") << u"https://s3.us-east-2.wasabisys.com"_s << true << QString();
        QTest::newRow("loopback") << u"http://127.0.0.1:9000"_s << true << QString();
        QTest::newRow("plain http elsewhere")
            << u"http://s3.example.com"_s << false
            << u"S3 endpoint “http://s3.example.com” uses plain http://"_s;
        QTest::newRow("no scheme") << u"s3.example.com"_s << false
                                   << u"S3 endpoint “s3.example.com” is not a web address"_s;
        QTest::newRow("ftp") << u"ftp://s3.example.com"_s << false << u"S3 endpoint"_s;
    }

    void s3EndpointRules()
    {
        QFETCH(QString, endpoint);
        QFETCH(bool, accepted);
        QFETCH(QString, message);
        kw::AddAccountDialog dialog;
        fillIn(dialog);
        selectProvider(dialog, u"wasabi-iam"_s);
        auto* s3 = edit(dialog, u"s3EndpointEdit"_s);
        QTest::keyClicks(s3, endpoint);
        auto* problem = child<QLabel>(dialog, u"s3EndpointProblemLabel"_s);
        QCOMPARE(addButton(dialog)->isEnabled(), accepted);
        QCOMPARE(problem->isVisibleTo(&dialog), !accepted);
        if (accepted) {
            QCOMPARE(dialog.account().s3Endpoint, QUrl(endpoint));
            return;
        }
        // Said at the field, and not a second time in the summary below.
        QVERIFY2(problem->text().contains(message), qPrintable(problem->text()));
        QCOMPARE(s3->accessibleDescription(), problem->text());
        QVERIFY(validation(dialog).isEmpty());
        QCOMPARE(addButton(dialog)->accessibleDescription(), problem->text());
    }

    void otherProvidersKeepNoS3Settings()
    {
        kw::AddAccountDialog dialog;
        fillIn(dialog);
        selectProvider(dialog, u"coreweave"_s);
        edit(dialog, u"s3EndpointEdit"_s)->setText(u"ftp://not-used.example.com"_s);
        selectProvider(dialog, u"wayscloud"_s);
        QVERIFY2(addButton(dialog)->isEnabled(), qPrintable(validation(dialog)));
        const kw::Account account = dialog.account();
        QVERIFY(account.s3Endpoint.isEmpty());
        QVERIFY(account.region.isEmpty());
    }

    void coreWeaveTabOrderAndMnemonics()
    {
        kw::AddAccountDialog dialog;
        fillIn(dialog);
        selectProvider(dialog, u"coreweave"_s);
        const QStringList expected{u"providerCombo"_s,      u"labelEdit"_s,     u"endpointEdit"_s,
                                   u"s3EndpointEdit"_s,     u"s3RegionCombo"_s, u"caFileEdit"_s,
                                   u"caFileBrowseButton"_s, u"proxyEdit"_s,     u"tokenEdit"_s,
                                   u"cancelButton"_s,       u"addButton"_s,     u"providerCombo"_s};
        QCOMPARE(kw::test::tabChain(&dialog, child<QWidget>(dialog, u"providerCombo"_s),
                                    int(expected.size())),
                 expected);
        for (const auto& [key, focused] : {std::pair{Qt::Key_3, u"s3EndpointEdit"_s},
                                           std::pair{Qt::Key_Z, u"s3RegionCombo"_s}}) {
            child<QWidget>(dialog, u"cancelButton"_s)->setFocus();
            QTest::keyClick(&dialog, key, Qt::AltModifier);
            QVERIFY(QApplication::focusWidget());
            QCOMPARE(QApplication::focusWidget()->objectName(), focused);
        }
    }

    void coreWeaveLayoutFitsAndSnapshot()
    {
        kw::AddAccountDialog dialog;
        fillIn(dialog);
        selectProvider(dialog, u"coreweave"_s);
        edit(dialog, u"labelEdit"_s)->setText(u"Training cluster"_s);
        edit(dialog, u"endpointEdit"_s)->setText(u"https://api.coreweave.com"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog, 5000));
        kw::test::fitToContents(&dialog);
        QCOMPARE(kw::test::clippedWidgets(&dialog), QStringList{});
        kw::test::saveSnapshot(&dialog, u"add-account-coreweave"_s);
        edit(dialog, u"s3EndpointEdit"_s)->setText(u"http://s3.example.com"_s);
        kw::test::fitToContents(&dialog);
        QCOMPARE(kw::test::clippedWidgets(&dialog), QStringList{});
        kw::test::saveSnapshot(&dialog, u"add-account-coreweave-s3-error"_s);
    }

    // Edit Account: the account's fields filled in, its provider fixed, no token asked for,
    // the same rules as adding; what the form does not show stays as it was.
    void editModeKeepsIdProviderAndHiddenFields()
    {
        kw::Account original =
            savedAccount(u"wasabi-iam"_s, u"Backups"_s, u"https://iam.wasabisys.com"_s);
        original.s3Endpoint = QUrl(u"https://s3.eu-central-1.wasabisys.com"_s);
        original.region = u"eu-central-1"_s;
        original.organizationId = u"org-kept"_s;
        kw::AddAccountDialog dialog;
        dialog.editAccount(original);

        QVERIFY(dialog.isEditing());
        auto* combo = child<QComboBox>(dialog, u"providerCombo"_s);
        QCOMPARE(combo->currentData().toString(), u"wasabi-iam"_s);
        QVERIFY(!combo->isEnabled());
        QVERIFY(!edit(dialog, u"tokenEdit"_s)->isVisibleTo(&dialog));
        QVERIFY(!edit(dialog, u"tokenEdit"_s)->isEnabled());
        QCOMPARE(edit(dialog, u"labelEdit"_s)->text(), u"Backups"_s);
        QCOMPARE(dialog.windowTitle(), u"Edit account"_s);
        QVERIFY(addButton(dialog)->text().contains(u"&Save"_s));
        QVERIFY(addButton(dialog)->isEnabled()); // no token needed
        QCOMPARE(dialog.account(), original);

        edit(dialog, u"labelEdit"_s)->setText(u"   "_s);
        QVERIFY(!addButton(dialog)->isEnabled());
        QVERIFY(!validation(dialog).isEmpty());
        edit(dialog, u"labelEdit"_s)->setText(u"Backups (EU)"_s);
        edit(dialog, u"endpointEdit"_s)->setText(u"http://iam.example.com"_s);
        QVERIFY(!addButton(dialog)->isEnabled());
        QVERIFY(validation(dialog).contains(u"http://"_s));
        edit(dialog, u"endpointEdit"_s)->setText(u"https://iam.eu-central-1.wasabisys.com"_s);
        edit(dialog, u"caFileEdit"_s)->setText(u"/nonexistent/keywarden-ca.pem"_s);
        QVERIFY(!addButton(dialog)->isEnabled());
        QTemporaryFile ca;
        QVERIFY(ca.open());
        edit(dialog, u"caFileEdit"_s)->setText(ca.fileName());
        edit(dialog, u"s3EndpointEdit"_s)->clear();
        QVERIFY(addButton(dialog)->isEnabled());

        const kw::Account edited = dialog.account();
        QCOMPARE(edited.id, original.id);
        QCOMPARE(edited.provider, original.provider);
        QCOMPARE(edited.organizationId, u"org-kept"_s);
        QCOMPARE(edited.label, u"Backups (EU)"_s);
        QCOMPARE(edited.endpoint, QUrl(u"https://iam.eu-central-1.wasabisys.com"_s));
        QCOMPARE(edited.caFile, ca.fileName());
        QVERIFY(edited.s3Endpoint.isEmpty()); // cleared: the provider's default again
        QCOMPARE(edited.region, u"eu-central-1"_s);
    }

    // Through the window: File → Edit Account… saves the new label and endpoint, keeps the
    // token, lists the keys again and is audited.
    void editAccountThroughTheWindow()
    {
        kw::test::WindowHarness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, kw::test::Timeout);
        QSignalSpy opened(h.window.get(), &kw::MainWindow::dialogOpened);
        QVERIFY(h.action("actionEditAccount")->isEnabled());
        h.action("actionEditAccount")->trigger();
        auto* dialog = kw::test::nextDialog<kw::AddAccountDialog>(opened);
        QVERIFY(dialog);
        QVERIFY(dialog->isEditing());
        QCOMPARE(edit(*dialog, u"labelEdit"_s)->text(), u"Test sandbox"_s);
        edit(*dialog, u"labelEdit"_s)->setText(u"Renamed sandbox"_s);
        addButton(*dialog)->click();

        const QList<kw::Account> saved = kw::AccountStore(*h.settings).load();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().id, h.account.id);
        QCOMPARE(saved.first().label, u"Renamed sandbox"_s);
        QCOMPARE(saved.first().endpoint, h.account.endpoint);
        auto* list = h.find<QListView>("accountList");
        QTRY_VERIFY_WITH_TIMEOUT(
            list->model()->index(0, 0).data().toString().contains(u"Renamed sandbox"_s),
            kw::test::Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(h.controller->account(h.account.id)->state,
                                  kw::AppController::LoadState::Ok, kw::test::Timeout);
        QCOMPARE(h.rows(), 12);
        QVERIFY(h.auditText().contains(u"edit-account"_s));
    }

    void editModeLayoutFitsAndSnapshot()
    {
        const kw::Account original =
            savedAccount(u"wayscloud"_s, u"Production"_s, u"https://api.wayscloud.services"_s);
        kw::AddAccountDialog dialog;
        dialog.editAccount(original);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog, 5000));
        kw::test::fitToContents(&dialog);
        QCOMPARE(kw::test::clippedWidgets(&dialog), QStringList{});
        kw::test::saveSnapshot(&dialog, u"edit-account"_s);
    }

    void layoutFitsAndSnapshot()
    {
        kw::AddAccountDialog dialog;
        fillIn(dialog);
        edit(dialog, u"endpointEdit"_s)->setText(u"http://example.com"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog, 5000));
        kw::test::fitToContents(&dialog);
        QCOMPARE(kw::test::clippedWidgets(&dialog), QStringList{});
        kw::test::saveSnapshot(&dialog, u"add-account"_s);
    }
};

QTEST_MAIN(TestAddAccountDialog)
#include "test_addaccountdialog.moc"
