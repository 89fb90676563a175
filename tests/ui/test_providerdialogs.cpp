// The create and edit dialogs as each registered provider's Capabilities build them: exactly
// the fields the provider supports, its limits enforced before anything is sent.

#include "FormChecks.h"
#include "core/Clock.h"
#include "providers/KeyProvider.h"
#include "ui/CreateKeyDialog.h"
#include "ui/EditKeyDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString ProjectId = u"1f5b2c3d-0000-4e6f-8a9b-0123456789ab"_s;
const QDateTime Now(QDate(2026, 11, 22), QTime(15, 0), Qt::UTC);

const kw::Capabilities& caps(const QString& providerId)
{
    const kw::Capabilities* found = kw::capabilitiesFor(providerId);
    if (!found)
        qFatal("provider %s is not registered", qPrintable(providerId));
    return *found;
}

bool shown(const QWidget& dialog, const QString& name)
{
    const QWidget* widget = dialog.findChild<QWidget*>(name);
    return widget && widget->isVisibleTo(&dialog);
}

template <typename T> T* child(const QWidget& dialog, const QString& name)
{
    T* widget = dialog.findChild<T*>(name);
    if (!widget)
        qWarning("no child %s", qPrintable(name));
    return widget;
}

QPushButton* button(const QWidget& dialog, const QString& name)
{
    return child<QPushButton>(dialog, name);
}

QList<kw::Bearer> someBearers()
{
    return {
        {u"application"_s, u"7d1e0a52-0000-4c3b-9d5e-00000000a001"_s, u"backup-job"_s},
        {u"user"_s, u"7d1e0a52-0000-4c3b-9d5e-00000000b001"_s, u"ops@example.com"_s},
        {u"user"_s, u"7d1e0a52-0000-4c3b-9d5e-00000000b002"_s, u"admin@example.com"_s},
    };
}

QList<kw::Bearer> wasabiOwners()
{
    return {
        {u"user"_s, QString(), u"Root user"_s, 1},
        {u"user"_s, u"alice"_s, u"alice"_s, 2},
        {u"user"_s, u"build-bot"_s, u"build-bot"_s, 0},
    };
}

} // namespace

class TestProviderDialogs : public QObject
{
    Q_OBJECT

private slots:
    void everyProviderIsRegistered()
    {
        for (const QString& id :
             {u"wayscloud"_s, u"scaleway"_s, u"coreweave"_s, u"wasabi-air"_s, u"wasabi-iam"_s})
            QVERIFY2(kw::capabilitiesFor(id), qPrintable(id));
    }

    // Which fields each provider's create dialog shows.
    void createShowsExactlyTheProvidersFields_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("wayscloud")
            << u"wayscloud"_s
            << QStringList{u"nameEdit"_s, u"service_storage"_s, u"descriptionEdit"_s, u"ipEdit"_s}
            << QStringList{u"bearerCombo"_s, u"projectCombo"_s, u"expiryCombo"_s};
        QTest::newRow("scaleway") << u"scaleway"_s
                                  << QStringList{u"bearerCombo"_s, u"descriptionEdit"_s,
                                                 u"descriptionCounterLabel"_s, u"projectCombo"_s,
                                                 u"expiryCombo"_s}
                                  << QStringList{u"nameEdit"_s, u"ipEdit"_s,
                                                 u"servicesChecklist"_s};
        QTest::newRow("coreweave")
            << u"coreweave"_s << QStringList{u"nameEdit"_s, u"expiryCombo"_s}
            << QStringList{u"bearerCombo"_s, u"projectCombo"_s, u"descriptionEdit"_s, u"ipEdit"_s,
                           u"servicesChecklist"_s};
        QTest::newRow("wasabi-air")
            << u"wasabi-air"_s << QStringList{u"nameEdit"_s}
            << QStringList{u"bearerCombo"_s, u"projectCombo"_s, u"descriptionEdit"_s,
                           u"ipEdit"_s,      u"expiryCombo"_s,  u"servicesChecklist"_s};
    }

    void createShowsExactlyTheProvidersFields()
    {
        QFETCH(QString, provider);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        kw::CreateKeyDialog dialog(caps(provider));
        for (const QString& name : std::as_const(present))
            QVERIFY2(shown(dialog, name), qPrintable(name));
        for (const QString& name : std::as_const(absent))
            QVERIFY2(!shown(dialog, name), qPrintable(name));
        const QStringList unnamed = kw::test::controlsWithoutAccessibleName(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog, 5000));
        kw::test::fitToContents(&dialog);
        QCOMPARE(kw::test::clippedWidgets(&dialog), QStringList{});
        kw::test::saveSnapshot(&dialog, u"create-"_s + provider);
    }

    void scalewayBearerPickerFillsLaterAndGroups()
    {
        kw::CreateKeyDialog dialog(caps(u"scaleway"_s));
        auto* combo = child<QComboBox>(dialog, u"bearerCombo"_s);
        auto* create = button(dialog, u"createButton"_s);
        // The list comes from the provider; until it does, the form says so and cannot submit.
        QVERIFY(!combo->isEnabled());
        QVERIFY(!create->isEnabled());
        QVERIFY(child<QLabel>(dialog, u"bearerStatusLabel"_s)->text().contains(u"Loading"_s));

        dialog.setBearers(someBearers(), u"7d1e0a52-0000-4c3b-9d5e-00000000b002"_s);
        QVERIFY(combo->isEnabled());
        // Nobody is chosen for the user: the key's owner is an explicit choice.
        QCOMPARE(combo->currentIndex(), -1);
        QVERIFY(!create->isEnabled());
        QVERIFY(child<QLabel>(dialog, u"validationLabel"_s)->text().contains(u"owner"_s));
        // Users (you first), then applications, under headings that cannot be chosen.
        QStringList texts;
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i).trimmed();
        QCOMPARE(texts, (QStringList{u"Users"_s, u"You (admin@example.com)"_s, u"ops@example.com"_s,
                                     u"Applications"_s, u"backup-job"_s}));
        combo->setCurrentIndex(1);
        QVERIFY(create->isEnabled());
        kw::KeySpec spec = dialog.spec();
        QCOMPARE(spec.bearerType, u"user"_s);
        QCOMPARE(spec.bearerId, u"7d1e0a52-0000-4c3b-9d5e-00000000b002"_s);

        combo->setCurrentIndex(4);
        spec = dialog.spec();
        QCOMPARE(spec.bearerType, u"application"_s);
        QCOMPARE(spec.bearerId, u"7d1e0a52-0000-4c3b-9d5e-00000000a001"_s);
        QVERIFY(spec.name.isEmpty());
        QVERIFY(!spec.durationSeconds);
    }

    void scalewayBearerListErrorBlocksCreate()
    {
        kw::CreateKeyDialog dialog(caps(u"scaleway"_s));
        dialog.setBearersError(u"permissions denied (IAMManager needed). HTTP 403."_s);
        QVERIFY(!button(dialog, u"createButton"_s)->isEnabled());
        QVERIFY(child<QLabel>(dialog, u"bearerStatusLabel"_s)->text().contains(u"HTTP 403"_s));
    }

    void scalewayPrefilledBearerIsSelectedWhenTheListArrives()
    {
        kw::CreateKeyDialog dialog(caps(u"scaleway"_s));
        kw::KeySpec spec;
        spec.bearerType = u"application"_s;
        spec.bearerId = u"7d1e0a52-0000-4c3b-9d5e-00000000a001"_s;
        spec.description = u"rotated key"_s;
        spec.projectId = ProjectId;
        dialog.setSpec(spec);
        dialog.setBearers(someBearers());
        QCOMPARE(dialog.spec(), spec);
    }

    void scalewayProjectMustBeAUuidAndDescriptionIsCapped()
    {
        kw::CreateKeyDialog dialog(caps(u"scaleway"_s));
        dialog.setBearers(someBearers());
        auto* owner = child<QComboBox>(dialog, u"bearerCombo"_s);
        owner->setCurrentIndex(owner->findData(QStringList{u"user"_s, someBearers()[1].id}));
        auto* project = child<QComboBox>(dialog, u"projectCombo"_s);
        auto* create = button(dialog, u"createButton"_s);
        QVERIFY(create->isEnabled()); // the organization's default project
        QVERIFY(dialog.spec().projectId.isEmpty());
        project->setEditText(u"not-a-project"_s);
        QVERIFY(!create->isEnabled());
        QVERIFY(child<QLabel>(dialog, u"validationLabel"_s)->text().contains(u"UUID"_s));
        project->setEditText(ProjectId);
        QVERIFY(create->isEnabled());
        QCOMPARE(dialog.spec().projectId, ProjectId);

        auto* description = child<QLineEdit>(dialog, u"descriptionEdit"_s);
        description->setText(QString(250, u'd'));
        QCOMPARE(description->text().size(), 200);
        QCOMPARE(child<QLabel>(dialog, u"descriptionCounterLabel"_s)->text(), u"200/200"_s);
    }

    // Projects are chosen by name; the id goes to the provider and shows as the tooltip.
    void scalewayProjectPickerShowsNames()
    {
        const QString web = u"7d1e0a52-0000-4c3b-9d5e-00000000c001"_s;
        const QString lake = u"7d1e0a52-0000-4c3b-9d5e-00000000c002"_s;
        QList<kw::Bearer> bearers = someBearers();
        bearers << kw::Bearer{u"project"_s, web, u"web-production"_s}
                << kw::Bearer{u"project"_s, lake, u"data-lake"_s};
        kw::CreateKeyDialog dialog(caps(u"scaleway"_s));
        auto* project = child<QComboBox>(dialog, u"projectCombo"_s);
        QVERIFY(!project->accessibleName().isEmpty());
        QCOMPARE(child<QLabel>(dialog, u"projectLabel"_s)->buddy(), project);
        kw::KeySpec prefill;
        prefill.projectId = lake;
        dialog.setSpec(prefill); // a rotation keeps the old key's project
        dialog.setBearers(bearers);
        QStringList texts;
        for (int i = 0; i < project->count(); ++i)
            texts << project->itemText(i);
        QCOMPARE(texts,
                 (QStringList{u"Organization default"_s, u"web-production"_s, u"data-lake"_s}));
        // Owners and projects are apart: no project is offered as an owner.
        auto* owner = child<QComboBox>(dialog, u"bearerCombo"_s);
        QCOMPARE(owner->findText(u"web-production"_s, Qt::MatchContains), -1);
        QCOMPARE(project->currentText(), u"data-lake"_s);
        QCOMPARE(dialog.spec().projectId, lake);

        project->setCurrentIndex(1);
        QCOMPARE(dialog.spec().projectId, web);
        QCOMPARE(project->itemData(1, Qt::ToolTipRole).toString(), web);
        QCOMPARE(project->toolTip(), web);
        project->setEditText(u"Data-Lake"_s); // typed by name
        QCOMPARE(dialog.spec().projectId, lake);
        project->setCurrentIndex(0);
        QVERIFY(dialog.spec().projectId.isEmpty());
    }

    // Wasabi IAM: each owner with its key count, nobody chosen until the user chooses, and an
    // owner at the 2-key limit explained before anything is sent.
    void wasabiOwnerPickerCountsKeysAndIsExplicit()
    {
        const kw::Capabilities& iam = caps(u"wasabi-iam"_s);
        QCOMPARE(iam.keyLimit, 2);
        QVERIFY(iam.keyLimitPerUser);
        kw::CreateKeyDialog dialog(iam);
        dialog.setBearers(wasabiOwners());
        auto* owner = child<QComboBox>(dialog, u"bearerCombo"_s);
        auto* create = button(dialog, u"createButton"_s);
        QCOMPARE(owner->currentIndex(), -1);
        QCOMPARE(owner->placeholderText(), u"Choose the key's owner…"_s);
        QVERIFY(!create->isEnabled());
        QStringList texts;
        for (int i = 0; i < owner->count(); ++i)
            texts << owner->itemText(i).trimmed();
        QCOMPARE(texts, (QStringList{u"Users"_s, u"Root user — 1 key"_s,
                                     u"alice — 2 keys (limit)"_s, u"build-bot — no keys"_s}));
        QVERIFY(!shown(dialog, u"projectCombo"_s));
    }

    void wasabiOwnerAtTheLimitIsOneMessageClearedOnChange()
    {
        kw::CreateKeyDialog dialog(caps(u"wasabi-iam"_s));
        dialog.setBearers(wasabiOwners());
        dialog.show();
        auto* owner = child<QComboBox>(dialog, u"bearerCombo"_s);
        auto* create = button(dialog, u"createButton"_s);
        auto* validation = child<QLabel>(dialog, u"validationLabel"_s);
        auto* error = child<QLabel>(dialog, u"errorLabel"_s);

        owner->setCurrentIndex(owner->findData(QStringList{u"user"_s, u"alice"_s}));
        QVERIFY(!create->isEnabled());
        QVERIFY(validation->isVisible());
        const QString why = validation->text();
        QVERIFY2(why.contains(u"alice"_s) && why.contains(u"2 keys"_s), qPrintable(why));
        QVERIFY2(why.contains(u"Revoke"_s), qPrintable(why));
        QVERIFY2(!why.contains(u"delete"_s, Qt::CaseInsensitive), qPrintable(why));
        QCOMPARE(why.count(u"alice"_s), 1); // said once
        QVERIFY(!error->isVisible());
        QSignalSpy submitted(&dialog, &kw::CreateKeyDialog::submitted);
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(submitted.size(), 0);

        // Another owner: the message goes.
        owner->setCurrentIndex(owner->findData(QStringList{u"user"_s, u"build-bot"_s}));
        QVERIFY(create->isEnabled());
        QVERIFY(!validation->isVisible());
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(submitted.constFirst().constFirst().value<kw::KeySpec>().bearerId, u"build-bot"_s);
        // A failure the provider reports is about that owner: choosing another clears it.
        dialog.showError(u"The user “build-bot” could not be found."_s);
        QVERIFY(error->isVisible());
        owner->setCurrentIndex(owner->findData(QStringList{u"user"_s, QString()}));
        QVERIFY(!error->isVisible());
        QVERIFY(!validation->isVisible());
        QVERIFY(create->isEnabled());
        QCOMPARE(dialog.spec().bearerId, QString()); // the root user, chosen
    }

    void ownersWithoutCountsShowJustTheirNames()
    {
        kw::CreateKeyDialog dialog(caps(u"wasabi-iam"_s));
        QList<kw::Bearer> owners = wasabiOwners();
        for (kw::Bearer& owner : owners)
            owner.keyCount = -1;
        dialog.setBearers(owners);
        auto* owner = child<QComboBox>(dialog, u"bearerCombo"_s);
        QCOMPARE(owner->itemText(owner->findData(QStringList{u"user"_s, u"alice"_s})).trimmed(),
                 u"alice"_s);
        owner->setCurrentIndex(owner->findData(QStringList{u"user"_s, u"alice"_s}));
        QVERIFY(button(dialog, u"createButton"_s)->isEnabled());
    }

    void scalewayExpiryPresets()
    {
        const kw::ScopedClock clock([] { return Now; });
        kw::CreateKeyDialog dialog(caps(u"scaleway"_s));
        dialog.setBearers(someBearers());
        auto* choice = child<QComboBox>(dialog, u"expiryCombo"_s);
        QStringList texts;
        for (int i = 0; i < choice->count(); ++i)
            texts << choice->itemText(i);
        QCOMPARE(texts, (QStringList{u"Never"_s, u"In 1 hour"_s, u"In 1 week"_s, u"In 1 month"_s,
                                     u"In 1 year"_s, u"On a date…"_s}));
        QVERIFY(!dialog.spec().expires);
        choice->setCurrentIndex(2);
        QCOMPARE(dialog.spec().expires, std::optional<QDateTime>(Now.addDays(7)));
        choice->setCurrentIndex(5);
        auto* date = child<QDateTimeEdit>(dialog, u"expiresEdit"_s);
        QVERIFY(date->isVisibleTo(&dialog));
        date->setDateTime(Now.addDays(-1));
        QVERIFY(!button(dialog, u"createButton"_s)->isEnabled());
    }

    void coreWeaveDurationPresetsAndLimit()
    {
        kw::CreateKeyDialog dialog(caps(u"coreweave"_s));
        auto* choice = child<QComboBox>(dialog, u"expiryCombo"_s);
        QCOMPARE(choice->itemText(0), u"Permanent"_s);
        QVERIFY2(choice->itemText(1).startsWith(u"1 hour"_s), qPrintable(choice->itemText(1)));
        QVERIFY2(choice->itemText(2).startsWith(u"12 hours"_s), qPrintable(choice->itemText(2)));
        QCOMPARE(dialog.spec().durationSeconds, std::optional<qint64>(0));
        choice->setCurrentIndex(2);
        QCOMPARE(dialog.spec().durationSeconds, std::optional<qint64>(43200));

        choice->setCurrentIndex(choice->count() - 1);
        auto* seconds = child<QSpinBox>(dialog, u"durationSpin"_s);
        auto* unit = child<QComboBox>(dialog, u"durationUnitCombo"_s);
        // A custom duration starts at one hour, in hours; minutes and hours can be chosen.
        QCOMPARE(seconds->value(), 1);
        QCOMPARE(unit->currentText(), u"hours"_s);
        QCOMPARE(dialog.spec().durationSeconds, std::optional<qint64>(3600));
        unit->setCurrentIndex(unit->findText(u"seconds"_s));
        seconds->setValue(50000);
        auto* create = button(dialog, u"createButton"_s);
        QVERIFY(!create->isEnabled());
        const QString why = child<QLabel>(dialog, u"validationLabel"_s)->text();
        QVERIFY2(why.contains(u"at most 12 hours"_s), qPrintable(why));
        QSignalSpy submitted(&dialog, &kw::CreateKeyDialog::submitted);
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(submitted.size(), 0); // refused before anything is sent
        unit->setCurrentIndex(unit->findText(u"minutes"_s));
        seconds->setValue(10);
        QVERIFY(create->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, u"nameEdit"_s), u"Training data loader"_s);
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
        const auto spec = submitted.constFirst().constFirst().value<kw::KeySpec>();
        QCOMPARE(spec.durationSeconds, std::optional<qint64>(600));
        QCOMPARE(spec.name, u"Training data loader"_s);
    }

    void wasabiAirNameIsOptional()
    {
        kw::CreateKeyDialog dialog(caps(u"wasabi-air"_s));
        QVERIFY(button(dialog, u"createButton"_s)->isEnabled());
        QVERIFY(!child<QLabel>(dialog, u"nameLabel"_s)->text().contains(u"required"_s));
        QVERIFY(child<QLineEdit>(dialog, u"nameEdit"_s)->placeholderText().contains(u"Optional"_s));
        QCOMPARE(dialog.spec(), kw::KeySpec{});
    }

    // Edit: which providers offer it at all.
    void editIsOfferedOnlyWhereTheProviderEdits_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<bool>("edits");
        QTest::newRow("wayscloud") << u"wayscloud"_s << false;
        QTest::newRow("scaleway") << u"scaleway"_s << true;
        QTest::newRow("coreweave") << u"coreweave"_s << false;
        QTest::newRow("wasabi-air") << u"wasabi-air"_s << true;
    }

    void editIsOfferedOnlyWhereTheProviderEdits()
    {
        QFETCH(QString, provider);
        QFETCH(bool, edits);
        QCOMPARE(kw::EditKeyDialog::canEdit(caps(provider)), edits);
        if (!edits)
            QVERIFY2(!caps(provider).cannotEditHint.isEmpty(), "a hint says what to do instead");
    }

    void scalewayEditSendsOnlyWhatChanged()
    {
        kw::ApiKey key;
        key.id = u"SCWEXAMPLE0000000001"_s;
        key.description = u"Backups"_s;
        key.projectId = ProjectId;
        key.expires = Now.addDays(30);
        const kw::ScopedClock clock([] { return Now; });
        kw::EditKeyDialog dialog(key, caps(u"scaleway"_s));
        QVERIFY(shown(dialog, u"descriptionEdit"_s));
        QVERIFY(shown(dialog, u"projectEdit"_s));
        QVERIFY(shown(dialog, u"expiryCombo"_s));
        QVERIFY(!shown(dialog, u"nameEdit"_s));
        QVERIFY(child<QLabel>(dialog, u"fixedFieldsLabel"_s)->text().contains(u"owner"_s));
        const QStringList unnamed = kw::test::controlsWithoutAccessibleName(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));

        auto* save = button(dialog, u"saveButton"_s);
        QVERIFY(!save->isEnabled()); // nothing changed yet
        QVERIFY(dialog.change().isEmpty());

        child<QLineEdit>(dialog, u"descriptionEdit"_s)->setText(u"Nightly backups"_s);
        QVERIFY(save->isEnabled());
        kw::KeyChange change = dialog.change();
        QCOMPARE(change.description, std::optional<QString>(u"Nightly backups"_s));
        QVERIFY(!change.projectId);
        QVERIFY(!change.expires);
        QVERIFY(!change.name);

        auto* expiry = child<QComboBox>(dialog, u"expiryCombo"_s);
        QVERIFY(expiry->itemText(0).startsWith(u"Keep"_s));
        expiry->setCurrentIndex(1); // never
        change = dialog.change();
        QVERIFY(change.expires.has_value());
        QVERIFY(!change.expires->has_value());

        child<QLineEdit>(dialog, u"projectEdit"_s)->setText(u"bad"_s);
        QVERIFY(!save->isEnabled());
        child<QLineEdit>(dialog, u"projectEdit"_s)->setText(ProjectId);
        QVERIFY(save->isEnabled());

        QSignalSpy submitted(&dialog, &kw::EditKeyDialog::submitted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog, 5000));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
        dialog.setBusy(true);
        dialog.reject();
        QVERIFY(dialog.isVisible());
        dialog.showError(u"invalid argument(s): description must be at most 200 characters"_s);
        QVERIFY(child<QLabel>(dialog, u"errorLabel"_s)->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, u"descriptionEdit"_s)->text(), u"Nightly backups"_s);
        QVERIFY(save->isEnabled());
        kw::test::fitToContents(&dialog);
        QCOMPARE(kw::test::clippedWidgets(&dialog), QStringList{});
        kw::test::saveSnapshot(&dialog, u"edit-scaleway"_s);
    }

    void wasabiAirEditRenamesOnly()
    {
        kw::ApiKey key;
        key.id = u"c7e7f6ff0000000000000000000000000000000000000000000000000001522b"_s;
        key.name = u"render-farm"_s;
        kw::EditKeyDialog dialog(key, caps(u"wasabi-air"_s));
        QVERIFY(shown(dialog, u"nameEdit"_s));
        QVERIFY(!shown(dialog, u"descriptionEdit"_s));
        QVERIFY(!shown(dialog, u"projectEdit"_s));
        QVERIFY(!shown(dialog, u"expiryCombo"_s));
        QCOMPARE(child<QLineEdit>(dialog, u"nameEdit"_s)->text(), u"render-farm"_s);
        child<QLineEdit>(dialog, u"nameEdit"_s)->setText(u"  render-farm-eu "_s);
        const kw::KeyChange change = dialog.change();
        QCOMPARE(change.name, std::optional<QString>(u"render-farm-eu"_s));
        QVERIFY(!change.description && !change.projectId && !change.expires && !change.active);
        kw::test::saveSnapshot(&dialog, u"edit-wasabi-air"_s);
    }
};

QTEST_MAIN(TestProviderDialogs)
#include "test_providerdialogs.moc"
