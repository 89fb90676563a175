#include "FormChecks.h"
#include "ui/RotateKeyDialog.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

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

kw::ApiKey oldKey()
{
    kw::ApiKey key;
    key.id = u"a8b9c0d1-e2f3-4567-89ab-cdef01234567"_s;
    key.name = u"Production Storage API"_s;
    key.prefix = u"wayscloud_storage_EXAMPLE"_s;
    key.description = u"Used by production web app for image storage"_s;
    key.services = {u"storage"_s, u"llm"_s};
    key.ipAllowlist = {u"203.0.113.42"_s, u"198.51.100.0/24"_s};
    key.created = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    return key;
}

} // namespace

class TestRotateKeyDialog : public QObject
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

private slots:
    void prefilledFromTheOldKey()
    {
        kw::RotateKeyDialog dialog(oldKey(), waysCloudLike(), 7);
        // The suffix tells old and new apart while both exist during the grace period.
        QCOMPARE(child<QLineEdit>(dialog, u"nameEdit"_s)->text(),
                 u"Production Storage API (rotated "_s +
                     QDate::currentDate().toString(Qt::ISODate) + u")"_s);
        QVERIFY(dialog.windowTitle().contains(u"Production Storage API"_s));

        const QString plan = child<QLabel>(dialog, u"planLabel"_s)->text();
        for (const QString& word :
             {u"services"_s, u"description"_s, u"IP whitelist"_s, u"revoked"_s, u"grace period"_s})
            QVERIFY2(plan.contains(word), qPrintable(word));

        const QString summary = child<QLabel>(dialog, u"summaryLabel"_s)->text();
        for (const QString& part :
             {u"Storage"_s, u"LLM"_s, u"Used by production web app for image storage"_s,
              u"203.0.113.42, 198.51.100.0/24"_s})
            QVERIFY2(summary.contains(part), qPrintable(summary));
    }

    void summarySaysAllAddressesWithoutAWhitelist()
    {
        kw::ApiKey key = oldKey();
        key.ipAllowlist.clear();
        key.services = {u"storage"_s, u"vps"_s};
        kw::RotateKeyDialog dialog(key, waysCloudLike(), 7);
        const QString summary = child<QLabel>(dialog, u"summaryLabel"_s)->text();
        QVERIFY2(summary.contains(u"all addresses"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"Storage, vps"_s), qPrintable(summary)); // unknown id as is
    }

    void graceDefaultComesFromTheArgument_data()
    {
        QTest::addColumn<int>("argument");
        QTest::addColumn<int>("shown");
        QTest::newRow("default 7") << 7 << 7;
        QTest::newRow("remembered 14") << 14 << 14;
        QTest::newRow("lowest") << 1 << 1;
        QTest::newRow("highest") << 90 << 90;
        QTest::newRow("below range") << 0 << 1;
        QTest::newRow("above range") << 365 << 90;
    }

    void graceDefaultComesFromTheArgument()
    {
        QFETCH(int, argument);
        QFETCH(int, shown);
        kw::RotateKeyDialog dialog(oldKey(), waysCloudLike(), argument);
        auto* spin = child<QSpinBox>(dialog, u"graceSpin"_s);
        QCOMPARE(spin->minimum(), 1);
        QCOMPARE(spin->maximum(), 90);
        QCOMPARE(spin->value(), shown);
        QCOMPARE(dialog.graceDays(), shown);
        QVERIFY(child<QRadioButton>(dialog, u"graceRadio"_s)->isChecked());
        QVERIFY(!child<QRadioButton>(dialog, u"revokeNowRadio"_s)->isChecked());
        QVERIFY(!dialog.revokeImmediately());
        QVERIFY(spin->isEnabled());
        QVERIFY(spin->suffix().contains(shown == 1 ? u"day"_s : u"days"_s));
    }

    void revokeNowRadio()
    {
        kw::RotateKeyDialog dialog(oldKey(), waysCloudLike(), 7);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog, 5000));
        auto* now = child<QRadioButton>(dialog, u"revokeNowRadio"_s);
        QTest::mouseClick(now, Qt::LeftButton);
        QVERIFY(now->isChecked());
        QVERIFY(dialog.revokeImmediately());
        QVERIFY(!child<QSpinBox>(dialog, u"graceSpin"_s)->isEnabled());

        QTest::mouseClick(child<QRadioButton>(dialog, u"graceRadio"_s), Qt::LeftButton);
        QVERIFY(!dialog.revokeImmediately());
        auto* spin = child<QSpinBox>(dialog, u"graceSpin"_s);
        QVERIFY(spin->isEnabled());
        spin->setValue(30);
        QCOMPARE(dialog.graceDays(), 30);
    }

    void newKeySpecCopiesTheOldKey()
    {
        kw::RotateKeyDialog dialog(oldKey(), waysCloudLike(), 7);
        kw::KeySpec spec = dialog.newKeySpec();
        QCOMPARE(spec.name, kw::RotateKeyDialog::rotatedName(u"Production Storage API"_s,
                                                             QDate::currentDate()));
        QCOMPARE(spec.services, (QStringList{u"storage"_s, u"llm"_s}));
        QCOMPARE(spec.description, u"Used by production web app for image storage"_s);
        QCOMPARE(spec.ipAllowlist, (QStringList{u"203.0.113.42"_s, u"198.51.100.0/24"_s}));

        auto* name = child<QLineEdit>(dialog, u"nameEdit"_s);
        name->clear();
        QTest::keyClicks(name, u"Production Storage API 2026-Q2"_s);
        spec = dialog.newKeySpec();
        QCOMPARE(spec.name, u"Production Storage API 2026-Q2"_s);
        QCOMPARE(spec.services, (QStringList{u"storage"_s, u"llm"_s}));
    }

    void rotateNeedsARequiredName()
    {
        kw::RotateKeyDialog dialog(oldKey(), waysCloudLike(), 7);
        auto* rotate = child<QPushButton>(dialog, u"rotateButton"_s);
        QVERIFY(rotate->isEnabled());
        child<QLineEdit>(dialog, u"nameEdit"_s)->setText(u"  "_s);
        QVERIFY(!rotate->isEnabled());
        child<QLineEdit>(dialog, u"nameEdit"_s)->setText(u"Production Storage API v2"_s);
        QVERIFY(rotate->isEnabled());
    }

    void rotateAccepts()
    {
        kw::RotateKeyDialog dialog(oldKey(), waysCloudLike(), 7);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog, 5000));
        QTest::mouseClick(child<QPushButton>(dialog, u"rotateButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void cancelRejects()
    {
        kw::RotateKeyDialog dialog(oldKey(), waysCloudLike(), 7);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog, 5000));
        QTest::mouseClick(child<QPushButton>(dialog, u"cancelButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void minimalCapabilitiesCopyNothing()
    {
        kw::ApiKey key = oldKey();
        key.name.clear();
        kw::RotateKeyDialog dialog(key, minimal(), 7);
        const QWidget* name = dialog.findChild<QWidget*>(u"nameEdit"_s);
        QVERIFY(!name || !name->isVisibleTo(&dialog));
        QVERIFY(!child<QGroupBox>(dialog, u"summaryGroup"_s)->isVisibleTo(&dialog));
        QCOMPARE(dialog.newKeySpec(), kw::KeySpec{});
        QVERIFY(child<QPushButton>(dialog, u"rotateButton"_s)->isEnabled());
        QVERIFY(dialog.windowTitle().contains(key.id)); // named by id when it has no name
    }

    void everyControlHasAnAccessibleName()
    {
        kw::RotateKeyDialog dialog(oldKey(), waysCloudLike(), 7);
        QCOMPARE(kw::test::controlsWithoutAccessibleName(&dialog), QStringList{});
    }

    void tabOrder()
    {
        kw::RotateKeyDialog dialog(oldKey(), waysCloudLike(), 7);
        const QStringList expected{u"nameEdit"_s,     u"graceRadio"_s,   u"graceSpin"_s,
                                   u"cancelButton"_s, u"rotateButton"_s, u"nameEdit"_s};
        QCOMPARE(kw::test::tabChain(&dialog, child<QWidget>(dialog, u"nameEdit"_s),
                                    int(expected.size())),
                 expected);
    }

    void mnemonics_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("focused");
        QTest::newRow("Alt+M") << int(Qt::Key_M) << u"nameEdit"_s;
        QTest::newRow("Alt+N") << int(Qt::Key_N) << u"revokeNowRadio"_s;
        QTest::newRow("Alt+K") << int(Qt::Key_K) << u"graceRadio"_s;
    }

    void mnemonics()
    {
        QFETCH(int, key);
        QFETCH(QString, focused);
        kw::RotateKeyDialog dialog(oldKey(), waysCloudLike(), 7);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog, 5000));
        child<QWidget>(dialog, u"cancelButton"_s)->setFocus();
        QTest::keyClick(&dialog, Qt::Key(key), Qt::AltModifier);
        QVERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->objectName(), focused);
    }

    void layoutFitsAndSnapshot()
    {
        kw::RotateKeyDialog dialog(oldKey(), waysCloudLike(), 7);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog, 5000));
        kw::test::fitToContents(&dialog);
        QCOMPARE(kw::test::clippedWidgets(&dialog), QStringList{});
        kw::test::saveSnapshot(&dialog, u"rotate-key"_s);
    }
    // The quiet and disable-first steps are offered only where the capabilities allow, and
    // say what was chosen.
    void graceModesFollowTheCapabilities()
    {
        kw::RotateKeyDialog plain(oldKey(), minimal(), 7);
        QVERIFY(!child<QRadioButton>(plain, u"quietRadio"_s)->isVisibleTo(&plain));
        QVERIFY(!child<QRadioButton>(plain, u"disableRadio"_s)->isVisibleTo(&plain));
        QCOMPARE(plain.gracePlan().mode, kw::RotationRecord::GraceMode::Fixed);
        QCOMPARE(plain.gracePlan().days, 7);

        kw::Capabilities caps = waysCloudLike();
        caps.lastUsed = true;
        caps.disable = true;
        kw::RotateKeyDialog dialog(oldKey(), caps, 5);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog, 5000));
        auto* quiet = child<QRadioButton>(dialog, u"quietRadio"_s);
        auto* hours = child<QSpinBox>(dialog, u"quietSpin"_s);
        QVERIFY(quiet->isVisible() && child<QRadioButton>(dialog, u"disableRadio"_s)->isVisible());
        QVERIFY(!hours->isEnabled());
        QTest::mouseClick(quiet, Qt::LeftButton);
        QVERIFY(hours->isEnabled());
        QCOMPARE(hours->value(), 24);
        QVERIFY(hours->suffix().contains(u"hours"_s));
        hours->setValue(48);
        kw::GracePlan plan = dialog.gracePlan();
        QCOMPARE(plan.mode, kw::RotationRecord::GraceMode::Quiet);
        QCOMPARE(plan.quietHours, 48);
        QCOMPARE(plan.days, 5); // the deadline
        QTest::mouseClick(child<QRadioButton>(dialog, u"disableRadio"_s), Qt::LeftButton);
        QVERIFY(!hours->isEnabled());
        QVERIFY(child<QSpinBox>(dialog, u"graceSpin"_s)->isEnabled());
        plan = dialog.gracePlan();
        QCOMPARE(plan.mode, kw::RotationRecord::GraceMode::DisableFirst);
        QCOMPARE(plan.days, 5);
        QCOMPARE(kw::test::controlsWithoutAccessibleName(&dialog), QStringList{});
        // Keyboard paths: Alt+Q and Alt+D.
        child<QWidget>(dialog, u"cancelButton"_s)->setFocus();
        QTest::keyClick(&dialog, Qt::Key_Q, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), quiet);
        QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"disableRadio"_s);
        kw::test::fitToContents(&dialog);
        QCOMPARE(kw::test::clippedWidgets(&dialog), QStringList{});
        kw::test::saveSnapshot(&dialog, u"rotate-key-modes"_s);
    }
};

QTEST_MAIN(TestRotateKeyDialog)
#include "test_rotatekeydialog.moc"
