#include "FormChecks.h"
#include "core/Clock.h"
#include "ui/CreateKeyDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Built by hand so the test does not depend on the provider factory.
kw::Capabilities waysCloudLike()
{
    kw::Capabilities caps;
    caps.providerId = u"wayscloud"_s;
    caps.providerName = u"WAYSCloud"_s;
    caps.name = kw::Capabilities::NameField::Required;
    caps.nameShouldBeDescriptive = true;
    caps.description = true;
    caps.services = {
        {u"storage"_s, u"Storage"_s, u"S3-compatible object storage"_s},
        {u"llm"_s, u"LLM"_s, u"Large language models"_s},
        {u"database"_s, u"Database"_s, u"PostgreSQL/MariaDB management"_s},
        {u"dns"_s, u"DNS"_s, u"Domain management"_s},
        {u"gpu"_s, u"GPU"_s, u"GPU-accelerated services"_s},
    };
    caps.minServices = 1;
    caps.ipAllowlist = true;
    return caps;
}

kw::Capabilities minimal()
{
    kw::Capabilities caps;
    caps.providerId = u"minimal"_s;
    caps.providerName = u"Minimal"_s;
    return caps;
}

const QStringList allServices{u"storage"_s, u"llm"_s, u"database"_s, u"dns"_s, u"gpu"_s};

} // namespace

class TestCreateKeyDialog : public QObject
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
    static QLineEdit* nameEdit(const QWidget& d) { return child<QLineEdit>(d, u"nameEdit"_s); }
    static QPlainTextEdit* ipEdit(const QWidget& d)
    {
        return child<QPlainTextEdit>(d, u"ipEdit"_s);
    }
    static QPushButton* createButton(const QWidget& d)
    {
        return child<QPushButton>(d, u"createButton"_s);
    }
    static QLabel* label(const QWidget& d, const QString& name) { return child<QLabel>(d, name); }
    static QCheckBox* service(const QWidget& d, const QString& id)
    {
        return child<QCheckBox>(d, u"service_"_s + id);
    }

private slots:
    void everyServiceHasACheckBoxWithItsHelp()
    {
        kw::CreateKeyDialog dialog(waysCloudLike());
        for (const kw::ServiceInfo& info : waysCloudLike().services) {
            QCheckBox* box = service(dialog, info.id);
            QVERIFY(box);
            QCOMPARE(box->text(), info.label);
            QCOMPARE(box->toolTip(), info.help);
            QVERIFY(!box->isChecked());
        }
    }

    void createNeedsACompleteForm_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("services");
        QTest::addColumn<QString>("ips");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("missing");

        QTest::newRow("empty name")
            << QString() << QStringList{u"storage"_s} << QString() << false << u"name"_s;
        QTest::newRow("blank name")
            << u"   "_s << QStringList{u"storage"_s} << QString() << false << u"name"_s;
        QTest::newRow("no service")
            << u"Production Storage API"_s << QStringList{} << QString() << false << u"service"_s;
        QTest::newRow("bad IP") << u"Production Storage API"_s << QStringList{u"storage"_s}
                                << u"10.0.0.300"_s << false << u"10.0.0.300"_s;
        QTest::newRow("complete") << u"Production Storage API"_s << QStringList{u"storage"_s}
                                  << QString() << true << QString();
        QTest::newRow("complete with IPs")
            << u"Backup Script Database Access"_s << QStringList{u"database"_s, u"storage"_s}
            << u"203.0.113.42, 198.51.100.0/24"_s << true << QString();
    }

    void createNeedsACompleteForm()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, services);
        QFETCH(QString, ips);
        QFETCH(bool, enabled);
        QFETCH(QString, missing);

        kw::CreateKeyDialog dialog(waysCloudLike());
        QVERIFY(!createButton(dialog)->isEnabled()); // an empty form is never complete
        QTest::keyClicks(nameEdit(dialog), name);
        for (const QString& id : services)
            QTest::keyClick(service(dialog, id), Qt::Key_Space);
        QTest::keyClicks(ipEdit(dialog), ips);

        QCOMPARE(createButton(dialog)->isEnabled(), enabled);
        QLabel* validation = label(dialog, u"validationLabel"_s);
        QCOMPARE(validation->isVisibleTo(&dialog), !enabled);
        if (!enabled) {
            QVERIFY2(validation->text().contains(missing, Qt::CaseInsensitive),
                     qPrintable(validation->text()));
        }
    }

    void badIpListNamesTheFirstBadEntry()
    {
        kw::CreateKeyDialog dialog(waysCloudLike());
        QTest::keyClicks(nameEdit(dialog), u"Production Storage API"_s);
        QTest::keyClick(service(dialog, u"storage"_s), Qt::Key_Space);
        QVERIFY(createButton(dialog)->isEnabled());

        QTest::keyClicks(ipEdit(dialog), u"203.0.113.42, 10.0.0.1/24, abc"_s);
        QVERIFY(!createButton(dialog)->isEnabled());
        for (const QString& name : {u"ipErrorLabel"_s, u"validationLabel"_s}) {
            QLabel* message = label(dialog, name);
            QVERIFY(message->isVisibleTo(&dialog));
            QVERIFY2(message->text().contains(u"10.0.0.1/24"_s), qPrintable(message->text()));
            QVERIFY2(message->text().contains(u"Entry 2"_s), qPrintable(message->text()));
            QVERIFY2(!message->text().contains(u"abc"_s), qPrintable(message->text()));
        }

        // Clicking a disabled Create does nothing.
        QSignalSpy submitted(&dialog, &kw::CreateKeyDialog::submitted);
        QTest::mouseClick(createButton(dialog), Qt::LeftButton);
        QCOMPARE(submitted.size(), 0);

        ipEdit(dialog)->setPlainText(u"203.0.113.42, 10.0.0.0/24"_s);
        QVERIFY(createButton(dialog)->isEnabled());
        QVERIFY(!label(dialog, u"ipErrorLabel"_s)->isVisibleTo(&dialog));
        QVERIFY(!label(dialog, u"validationLabel"_s)->isVisibleTo(&dialog));
    }

    void nonDescriptiveNameWarnsButDoesNotBlock_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("warned");
        QTest::newRow("key1") << u"key1"_s << true;
        QTest::newRow("test") << u"test"_s << true;
        QTest::newRow("asdf") << u"asdf"_s << true;
        QTest::newRow("descriptive") << u"Production Storage API"_s << false;
        QTest::newRow("descriptive 2") << u"Development LLM Testing"_s << false;
    }

    void nonDescriptiveNameWarnsButDoesNotBlock()
    {
        QFETCH(QString, name);
        QFETCH(bool, warned);

        kw::CreateKeyDialog dialog(waysCloudLike());
        QTest::keyClick(service(dialog, u"llm"_s), Qt::Key_Space);
        QTest::keyClicks(nameEdit(dialog), name);
        QLabel* warning = label(dialog, u"nameWarningLabel"_s);
        QCOMPARE(warning->isVisibleTo(&dialog), warned);
        QCOMPARE(warning->text().isEmpty(), !warned);
        QVERIFY(createButton(dialog)->isEnabled());
    }

    void noWarningWhenTheProviderDoesNotAskForDescriptiveNames()
    {
        kw::Capabilities caps = waysCloudLike();
        caps.nameShouldBeDescriptive = false;
        kw::CreateKeyDialog dialog(caps);
        QTest::keyClicks(nameEdit(dialog), u"key1"_s);
        QVERIFY(!label(dialog, u"nameWarningLabel"_s)->isVisibleTo(&dialog));
    }

    void specHasNormalisedIpsAndChosenServices()
    {
        kw::CreateKeyDialog dialog(waysCloudLike());
        QTest::keyClicks(nameEdit(dialog), u"  Production Storage API "_s);
        QTest::keyClick(service(dialog, u"dns"_s), Qt::Key_Space);
        QTest::keyClick(service(dialog, u"storage"_s), Qt::Key_Space);
        QTest::keyClicks(child<QLineEdit>(dialog, u"descriptionEdit"_s),
                         u"Used by production web app for image storage"_s);
        ipEdit(dialog)->setPlainText(u"203.0.113.42/32,\n2001:DB8::1  198.51.100.0/24"_s);

        const kw::KeySpec spec = dialog.spec();
        QCOMPARE(spec.name, u"Production Storage API"_s);
        QCOMPARE(spec.services, (QStringList{u"storage"_s, u"dns"_s}));
        QCOMPARE(spec.description, u"Used by production web app for image storage"_s);
        QCOMPARE(spec.ipAllowlist,
                 (QStringList{u"203.0.113.42"_s, u"2001:db8::1"_s, u"198.51.100.0/24"_s}));
        QVERIFY(!spec.expires);
        QVERIFY(spec.bearerType.isEmpty());
    }

    void setSpecPrefills()
    {
        kw::KeySpec spec;
        spec.name = u"Backup Script Database Access"_s;
        spec.description = u"CI/CD pipeline database provisioning"_s;
        spec.services = {u"database"_s, u"gpu"_s};
        spec.ipAllowlist = {u"203.0.113.42"_s, u"198.51.100.0/24"_s};

        kw::CreateKeyDialog dialog(waysCloudLike());
        dialog.setSpec(spec);
        QCOMPARE(nameEdit(dialog)->text(), spec.name);
        QCOMPARE(child<QLineEdit>(dialog, u"descriptionEdit"_s)->text(), spec.description);
        for (const QString& id : allServices)
            QCOMPARE(service(dialog, id)->isChecked(), spec.services.contains(id));
        QCOMPARE(ipEdit(dialog)->toPlainText(), u"203.0.113.42, 198.51.100.0/24"_s);
        QVERIFY(createButton(dialog)->isEnabled());
        QCOMPARE(dialog.spec(), spec);
    }

    void clickingCreateSubmitsTheSpecAndStaysOpen()
    {
        kw::CreateKeyDialog dialog(waysCloudLike());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog, 5000));
        QTest::keyClicks(nameEdit(dialog), u"Production Storage API"_s);
        QTest::keyClick(service(dialog, u"storage"_s), Qt::Key_Space);
        QTest::keyClicks(ipEdit(dialog), u"203.0.113.42"_s);

        QSignalSpy submitted(&dialog, &kw::CreateKeyDialog::submitted);
        QTest::mouseClick(createButton(dialog), Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
        const auto spec = submitted.constFirst().constFirst().value<kw::KeySpec>();
        QCOMPARE(spec, dialog.spec());
        QCOMPARE(spec.name, u"Production Storage API"_s);
        QCOMPARE(spec.services, QStringList{u"storage"_s});
        QCOMPARE(spec.ipAllowlist, QStringList{u"203.0.113.42"_s});
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not decided yet
    }

    void busyThenErrorKeepsWhatWasTyped()
    {
        kw::CreateKeyDialog dialog(waysCloudLike());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog, 5000));
        QTest::keyClicks(nameEdit(dialog), u"Production Storage API"_s);
        QTest::keyClick(service(dialog, u"storage"_s), Qt::Key_Space);
        QTest::keyClicks(ipEdit(dialog), u"203.0.113.42"_s);
        const kw::KeySpec typed = dialog.spec();
        QLabel* error = label(dialog, u"errorLabel"_s);
        QVERIFY(!error->isVisible());

        dialog.setBusy(true);
        QVERIFY(!createButton(dialog)->isEnabled());
        QVERIFY(!nameEdit(dialog)->isEnabled());
        QVERIFY(!ipEdit(dialog)->isEnabled());
        QVERIFY(child<QProgressBar>(dialog, u"busyIndicator"_s)->isVisible());
        dialog.reject(); // Esc while the provider works would lose a secret shown once
        QVERIFY(dialog.isVisible());

        const QString message = u"Could not create the key: quota reached (max 50 keys per "
                                u"account). HTTP 409."_s;
        dialog.showError(message);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), message);
        QVERIFY(error->wordWrap());
        QVERIFY(!error->accessibleName().isEmpty());
        QVERIFY(!child<QProgressBar>(dialog, u"busyIndicator"_s)->isVisible());
        QVERIFY(createButton(dialog)->isEnabled());
        QVERIFY(nameEdit(dialog)->isEnabled());
        QCOMPARE(dialog.spec(), typed);
        QCOMPARE(nameEdit(dialog)->text(), u"Production Storage API"_s);
        QVERIFY(service(dialog, u"storage"_s)->isChecked());
        QCOMPARE(ipEdit(dialog)->toPlainText(), u"203.0.113.42"_s);

        // A new attempt hides the old error.
        QSignalSpy submitted(&dialog, &kw::CreateKeyDialog::submitted);
        QTest::mouseClick(createButton(dialog), Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
        QVERIFY(!error->isVisible());
    }

    void minimalCapabilitiesShowNoFields()
    {
        kw::CreateKeyDialog dialog(minimal());
        for (const QString& name :
             {u"nameEdit"_s, u"nameLabel"_s, u"servicesChecklist"_s, u"servicesLabel"_s,
              u"descriptionEdit"_s, u"ipEdit"_s, u"ipLabel"_s, u"ipHintLabel"_s}) {
            const QWidget* widget = dialog.findChild<QWidget*>(name);
            QVERIFY2(!widget || !widget->isVisibleTo(&dialog), qPrintable(name));
        }
        const QList<QCheckBox*> boxes = dialog.findChildren<QCheckBox*>();
        for (const QCheckBox* box : boxes)
            QVERIFY2(!box->objectName().startsWith(u"service_"_s), qPrintable(box->objectName()));
        QVERIFY(createButton(dialog)->isEnabled());
        QCOMPARE(dialog.spec(), kw::KeySpec{});

        // Values prefilled for another provider are not sent to this one.
        kw::KeySpec other;
        other.name = u"Production Storage API"_s;
        other.services = {u"storage"_s};
        other.ipAllowlist = {u"203.0.113.42"_s};
        dialog.setSpec(other);
        QCOMPARE(dialog.spec(), kw::KeySpec{});
    }

    void optionalNameDoesNotBlock()
    {
        kw::Capabilities caps = minimal();
        caps.name = kw::Capabilities::NameField::Optional;
        kw::CreateKeyDialog dialog(caps);
        QVERIFY(nameEdit(dialog)->isVisibleTo(&dialog));
        QVERIFY(createButton(dialog)->isEnabled());
        QVERIFY(!label(dialog, u"nameLabel"_s)->text().contains(u"required"_s));
    }

    void requiredNameIsMarked()
    {
        kw::CreateKeyDialog dialog(waysCloudLike());
        QVERIFY(label(dialog, u"nameLabel"_s)->text().contains(u"required"_s));
        QCOMPARE(label(dialog, u"nameLabel"_s)->buddy(), nameEdit(dialog));
    }

    void descriptionCounterWhenLimited()
    {
        kw::Capabilities caps = waysCloudLike();
        caps.descriptionMaxLength = 200;
        kw::CreateKeyDialog dialog(caps);
        QLabel* counter = label(dialog, u"descriptionCounterLabel"_s);
        QVERIFY(counter->isVisibleTo(&dialog));
        QCOMPARE(counter->text(), u"0/200"_s);
        auto* description = child<QLineEdit>(dialog, u"descriptionEdit"_s);
        QTest::keyClicks(description, u"Used by web app"_s);
        QCOMPARE(counter->text(), u"15/200"_s);
        description->setText(QString(250, u'x'));
        QCOMPARE(description->text().size(), 200);
        QCOMPARE(counter->text(), u"200/200"_s);

        kw::CreateKeyDialog unlimited(waysCloudLike());
        QVERIFY(!label(unlimited, u"descriptionCounterLabel"_s)->isVisibleTo(&unlimited));
    }

    void durationExpiry()
    {
        kw::Capabilities caps = minimal();
        caps.expiry = kw::Capabilities::Expiry::Duration;
        caps.maxDurationSeconds = 43200;
        caps.durationPresets = {0, 3600, 43200};
        kw::CreateKeyDialog dialog(caps);
        auto* choice = child<QComboBox>(dialog, u"expiryCombo"_s);
        auto* seconds = child<QSpinBox>(dialog, u"durationSpin"_s);
        QVERIFY(choice->isVisibleTo(&dialog));
        QVERIFY(!seconds->isVisibleTo(&dialog)); // only for a custom duration
        QVERIFY(!child<QWidget>(dialog, u"expiresEdit"_s)->isVisibleTo(&dialog));
        QCOMPARE(choice->count(), 4); // Permanent, 1 hour, 12 hours, custom
        QCOMPARE(choice->currentText(), u"Permanent"_s);
        QVERIFY(choice->itemText(2).startsWith(u"12 hours"_s));
        QCOMPARE(dialog.spec().durationSeconds, std::optional<qint64>(0));

        choice->setCurrentIndex(1);
        QCOMPARE(dialog.spec().durationSeconds, std::optional<qint64>(3600));
        QVERIFY(!dialog.spec().expires);

        choice->setCurrentIndex(3);
        QVERIFY(seconds->isVisibleTo(&dialog));
        auto* unit = child<QComboBox>(dialog, u"durationUnitCombo"_s);
        QVERIFY(unit->isVisibleTo(&dialog));
        unit->setCurrentIndex(unit->findText(u"seconds"_s));
        seconds->setValue(900);
        QCOMPARE(dialog.spec().durationSeconds, std::optional<qint64>(900));
        QVERIFY(createButton(dialog)->isEnabled());

        // Over the provider's limit: refused in the dialog, before anything is sent.
        seconds->setValue(43201);
        QVERIFY(!createButton(dialog)->isEnabled());
        const QString why = label(dialog, u"validationLabel"_s)->text();
        QVERIFY2(why.contains(u"12 hours"_s), qPrintable(why));
        QVERIFY2(why.contains(u"43"_s) && why.contains(u"200 s"_s), qPrintable(why));
        QSignalSpy submitted(&dialog, &kw::CreateKeyDialog::submitted);
        QTest::mouseClick(createButton(dialog), Qt::LeftButton);
        QCOMPARE(submitted.size(), 0);
        seconds->setValue(43200);
        QVERIFY(createButton(dialog)->isEnabled());

        // Minutes and hours, still bounded by the limit.
        unit->setCurrentIndex(unit->findText(u"minutes"_s));
        seconds->setValue(90);
        QCOMPARE(dialog.spec().durationSeconds, std::optional<qint64>(90 * 60));
        QVERIFY(createButton(dialog)->isEnabled());
        unit->setCurrentIndex(unit->findText(u"hours"_s));
        seconds->setValue(12);
        QCOMPARE(dialog.spec().durationSeconds, std::optional<qint64>(43200));
        QVERIFY(createButton(dialog)->isEnabled());
        seconds->setValue(13);
        QVERIFY(!createButton(dialog)->isEnabled());
        QVERIFY(label(dialog, u"validationLabel"_s)->text().contains(u"12 hours"_s));
        seconds->setValue(2);

        kw::KeySpec spec;
        spec.durationSeconds = 0;
        dialog.setSpec(spec);
        QCOMPARE(choice->currentText(), u"Permanent"_s);
        spec.durationSeconds = 7200; // not a preset: custom
        dialog.setSpec(spec);
        QCOMPARE(choice->currentIndex(), 3);
        QCOMPARE(seconds->value(), 2); // shown in the largest unit that holds it
        QCOMPARE(unit->currentText(), u"hours"_s);
        spec.durationSeconds = 5400;
        dialog.setSpec(spec);
        QCOMPARE(seconds->value(), 90);
        QCOMPARE(unit->currentText(), u"minutes"_s);
        QCOMPARE(dialog.spec().durationSeconds, std::optional<qint64>(5400));
        spec.durationSeconds = 3600;
        dialog.setSpec(spec);
        QCOMPARE(choice->currentIndex(), 1);
    }

    void dateExpiryPresets_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QDateTime>("expected"); // invalid: never
        const QDateTime now(QDate(2026, 11, 22), QTime(15, 0), Qt::UTC);
        QTest::newRow("never") << 0 << QDateTime();
        QTest::newRow("1 hour") << 1 << now.addSecs(3600);
        QTest::newRow("1 week") << 2 << now.addDays(7);
        QTest::newRow("1 month") << 3 << now.addMonths(1);
        QTest::newRow("1 year") << 4 << now.addYears(1);
    }

    void dateExpiryPresets()
    {
        QFETCH(int, index);
        QFETCH(QDateTime, expected);
        kw::Capabilities caps = minimal();
        caps.expiry = kw::Capabilities::Expiry::Date;
        const kw::ScopedClock clock(
            [] { return QDateTime(QDate(2026, 11, 22), QTime(15, 0), Qt::UTC); });
        kw::CreateKeyDialog dialog(caps);
        auto* choice = child<QComboBox>(dialog, u"expiryCombo"_s);
        QCOMPARE(choice->count(), 6);
        choice->setCurrentIndex(index);
        QCOMPARE(dialog.spec().expires,
                 expected.isValid() ? std::optional<QDateTime>(expected) : std::nullopt);
        QVERIFY(!dialog.spec().durationSeconds);
        QVERIFY(createButton(dialog)->isEnabled());
    }

    void dateExpiryOnADate()
    {
        kw::Capabilities caps = minimal();
        caps.expiry = kw::Capabilities::Expiry::Date;
        kw::CreateKeyDialog dialog(caps);
        auto* choice = child<QComboBox>(dialog, u"expiryCombo"_s);
        auto* date = child<QDateTimeEdit>(dialog, u"expiresEdit"_s);
        QVERIFY(!date->isVisibleTo(&dialog));
        QVERIFY(!child<QWidget>(dialog, u"durationSpin"_s)->isVisibleTo(&dialog));
        QCOMPARE(choice->currentText(), u"Never"_s);
        QVERIFY(!dialog.spec().expires);

        const QDateTime inAMonth =
            QDateTime(QDate::currentDate().addDays(30), QTime(12, 0), Qt::UTC);
        kw::KeySpec spec;
        spec.expires = inAMonth;
        dialog.setSpec(spec);
        QVERIFY(date->isVisibleTo(&dialog));
        QVERIFY(date->isEnabled());
        QCOMPARE(dialog.spec().expires, std::optional<QDateTime>(inAMonth));
        QVERIFY(createButton(dialog)->isEnabled());

        date->setDateTime(QDateTime::currentDateTime().addDays(-1));
        QVERIFY(!createButton(dialog)->isEnabled());
        QVERIFY(label(dialog, u"validationLabel"_s)->text().contains(u"future"_s));
        choice->setCurrentIndex(0);
        QVERIFY(createButton(dialog)->isEnabled());
        QVERIFY(!dialog.spec().expires);
    }

    void everyControlHasAnAccessibleName()
    {
        kw::CreateKeyDialog dialog(waysCloudLike());
        const QStringList missing = kw::test::controlsWithoutAccessibleName(&dialog);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }

    void tabVisitsEveryFieldInOrder()
    {
        kw::CreateKeyDialog dialog(waysCloudLike());
        kw::KeySpec spec;
        spec.name = u"Production Storage API"_s;
        spec.services = {u"storage"_s};
        dialog.setSpec(spec);
        const QStringList expected{u"nameEdit"_s,         u"service_storage"_s, u"service_llm"_s,
                                   u"service_database"_s, u"service_dns"_s,     u"service_gpu"_s,
                                   u"descriptionEdit"_s,  u"ipEdit"_s,          u"cancelButton"_s,
                                   u"createButton"_s,     u"nameEdit"_s};
        QCOMPARE(kw::test::tabChain(&dialog, nameEdit(dialog), int(expected.size())), expected);
    }

    void mnemonicsReachTheFields_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("focused");
        QTest::newRow("Alt+N") << int(Qt::Key_N) << u"nameEdit"_s;
        QTest::newRow("Alt+E") << int(Qt::Key_E) << u"service_storage"_s;
        QTest::newRow("Alt+D") << int(Qt::Key_D) << u"descriptionEdit"_s;
        QTest::newRow("Alt+I") << int(Qt::Key_I) << u"ipEdit"_s;
    }

    void mnemonicsReachTheFields()
    {
        QFETCH(int, key);
        QFETCH(QString, focused);
        kw::CreateKeyDialog dialog(waysCloudLike());
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog, 5000));
        createButton(dialog)->setFocus();
        QTest::keyClick(&dialog, Qt::Key(key), Qt::AltModifier);
        QVERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->objectName(), focused);
    }

    void layoutFitsAndSnapshot_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("wayscloud") << u"wayscloud"_s;
        QTest::newRow("minimal") << u"minimal"_s;
        QTest::newRow("expiry date") << u"expiry-date"_s;
        QTest::newRow("duration") << u"duration"_s;
    }

    void layoutFitsAndSnapshot()
    {
        QFETCH(QString, kind);
        kw::Capabilities caps = kind == u"wayscloud"_s ? waysCloudLike() : minimal();
        if (kind == u"expiry-date"_s) {
            caps.name = kw::Capabilities::NameField::Optional;
            caps.description = true;
            caps.descriptionMaxLength = 200;
            caps.expiry = kw::Capabilities::Expiry::Date;
        } else if (kind == u"duration"_s) {
            caps.name = kw::Capabilities::NameField::Optional;
            caps.expiry = kw::Capabilities::Expiry::Duration;
            caps.maxDurationSeconds = 43200;
        }
        kw::CreateKeyDialog dialog(caps);
        if (kind == u"wayscloud"_s) {
            QTest::keyClicks(nameEdit(dialog), u"key1"_s);
            QTest::keyClick(service(dialog, u"storage"_s), Qt::Key_Space);
            ipEdit(dialog)->setPlainText(u"203.0.113.42, 10.0.0.1/24, abc"_s);
        } else if (kind != u"minimal"_s) {
            auto* choice = child<QComboBox>(dialog, u"expiryCombo"_s);
            choice->setCurrentIndex(choice->count() - 1); // a date / custom seconds
        }
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog, 5000));
        kw::test::fitToContents(&dialog);
        QCOMPARE(kw::test::clippedWidgets(&dialog), QStringList{});
        kw::test::saveSnapshot(&dialog, u"create-key-"_s + kind);
        if (kind == u"wayscloud"_s) {
            dialog.showError(u"Could not create the key: quota reached (max 50 keys per account). "
                             u"HTTP 409."_s);
            ipEdit(dialog)->setPlainText(u"203.0.113.42, 10.0.0.0/24"_s);
            kw::test::fitToContents(&dialog);
            QCOMPARE(kw::test::clippedWidgets(&dialog), QStringList{});
            kw::test::saveSnapshot(&dialog, u"create-key-error"_s);
        }
    }
};

QTEST_MAIN(TestCreateKeyDialog)
#include "test_createkeydialog.moc"
