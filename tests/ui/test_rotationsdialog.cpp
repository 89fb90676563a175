#include "FormChecks.h"
#include "support/WindowHarness.h"
#include "ui/KeyDetailsPane.h"
#include "ui/RotationsDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace kw;
using namespace kw::test;
using namespace Qt::StringLiterals;

namespace {

// A rotation of `old` whose old key is revoked after graceDays: the new key created, handed
// over and the revocation planned, as the rotate dialog leaves it. Its record id, or empty.
QString rotateWithGrace(WindowHarness& h, const ApiKey& old, int graceDays)
{
    KeySpec spec;
    spec.name = old.name + u" new"_s;
    spec.services = old.services;
    QString recordId;
    bool started = false;
    h.controller->startRotation(h.account.id, old, spec, nullptr,
                                [&](const ProviderError& error, CreatedKey*, const QString& id) {
                                    started = true;
                                    if (error.ok())
                                        recordId = id;
                                });
    if (!QTest::qWaitFor([&] { return started; }, Timeout) || recordId.isEmpty())
        return {};
    bool planned = false;
    h.controller->finishHandover(recordId, false, graceDays, nullptr,
                                 [&](const ProviderError& error) { planned = error.ok(); });
    if (!QTest::qWaitFor([&] { return planned; }, Timeout))
        return {};
    return recordId;
}

QString statusOf(const WindowHarness& h, const QString& name)
{
    const int row = h.rowOfName(name);
    return row < 0
               ? QString()
               : h.window->keyProxy()->index(row, KeyTableModel::StatusColumn).data().toString();
}

QString dayMonth(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime().date(), u"d MMM"_s);
}

} // namespace

// View → Rotations over a WAYSCloud sandbox: open rotations listed, and Revoke now, Postpone
// and Keep both doing what their buttons say; the table and the details pane read the plan.
class TestRotationsDialog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Prompts::setAnswerer(nullptr); }

    void aPlannedRevocationIsShownAndCanBeAnswered()
    {
        WindowHarness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_VERIFY_WITH_TIMEOUT(h.rows() == 12, Timeout);
        QList<ApiKey> active;
        for (const ApiKey& key : h.controller->account(h.account.id)->keys) {
            if (shownStatus(key, h.now) == KeyStatus::Active && !key.name.isEmpty())
                active.append(key);
        }
        QVERIFY(active.size() >= 2);
        const ApiKey first = active.at(0);
        const ApiKey second = active.at(1);

        const QString firstRecord = rotateWithGrace(h, first, 7);
        QVERIFY(!firstRecord.isEmpty());
        const QDateTime planned = h.now.addDays(7);
        // The table says it where people look, in the status, and not as "rotation due".
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(h, first.name),
                                  u"Active — revoked on "_s + dayMonth(planned), Timeout);
        const int row = h.rowOfName(first.name);
        QVERIFY(!h.window->keyProxy()
                     ->index(row, KeyTableModel::AgeColumn)
                     .data(KeyTableModel::RotationDueRole)
                     .toBool());
        QVERIFY(h.window->keyProxy()
                    ->index(row, KeyTableModel::StatusColumn)
                    .data(Qt::ForegroundRole)
                    .isValid());
        // The pane words it as a plan.
        QVERIFY(h.selectName(first.name));
        auto* plan = h.window->findChild<KeyDetailsPane*>()->valueLabel(u"rotation"_s);
        QVERIFY(plan->text().startsWith(u"Will be revoked on "_s));
        QVERIFY2(plan->text().contains(first.name + u" new"_s), qPrintable(plan->text()));
        QVERIFY(!plan->text().contains(u"Revoked"_s));
        kw::test::saveSnapshot(h.window.get(), u"table-scheduled-revocation"_s);

        // The view lists it.
        QVERIFY(h.action("actionRotations"));
        QVERIFY(!h.action("actionRotations")->shortcut().isEmpty());
        h.action("actionRotations")->trigger();
        auto* view = h.window->findChild<RotationsDialog*>();
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->isVisible(), Timeout);
        auto* table = child<QTableWidget>(view, "rotationsTable");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, RotationsDialog::AccountColumn)->text(), h.account.label);
        QCOMPARE(table->item(0, RotationsDialog::OldKeyColumn)->text(), first.name);
        QCOMPARE(table->item(0, RotationsDialog::NewKeyColumn)->text(), first.name + u" new"_s);
        QVERIFY(!table->item(0, RotationsDialog::RevokeOnColumn)->text().isEmpty());
        QVERIFY(!table->item(0, RotationsDialog::StateColumn)->text().isEmpty());
        for (const char* name :
             {"revokeNowButton", "postponeButton", "keepBothButton", "postponeDaysSpin"}) {
            auto* widget = child<QWidget>(view, name);
            QVERIFY2(widget && widget->isEnabled(), name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }

        kw::test::saveSnapshot(view, u"rotations-view"_s);

        // Postpone by 3 days: the plan moves, in the record and in the table.
        child<QSpinBox>(view, "postponeDaysSpin")->setValue(3);
        QTest::mouseClick(child<QPushButton>(view, "postponeButton"), Qt::LeftButton);
        const QDateTime later = planned.addDays(3);
        QCOMPARE(h.controller->openRotationFor(h.account.id, first.id)->revokeAfter, later);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(h, first.name),
                                  u"Active — revoked on "_s + dayMonth(later), Timeout);
        QVERIFY(h.auditText().contains(u"rotate-postpone"_s));

        // Revoke now asks first, with buttons that say what they do; declining keeps the key.
        PromptRecorder prompts;
        prompts.answer = QMessageBox::No;
        QTest::mouseClick(child<QPushButton>(view, "revokeNowButton"), Qt::LeftButton);
        QCOMPARE(prompts.texts.size(), 1);
        QVERIFY(prompts.texts.first().contains(first.name));
        QCOMPARE(Prompts::lastQuestion().buttonTexts.value(QMessageBox::Yes),
                 u"Revoke Old Key Now"_s);
        QVERIFY(Prompts::lastQuestion().buttonTexts.value(QMessageBox::No).startsWith(u"Keep"_s));
        QVERIFY(h.controller->openRotationFor(h.account.id, first.id).has_value());
        QCOMPARE(table->rowCount(), 1);

        prompts.answer = QMessageBox::Yes;
        QTest::mouseClick(child<QPushButton>(view, "revokeNowButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!h.controller->openRotationFor(h.account.id, first.id), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(h.rowOfName(first.name), -1, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 0, Timeout);
        QVERIFY(child<QLabel>(view, "rotationsEmptyLabel")->isVisible());
        QVERIFY(h.rowOfName(first.name + u" new"_s) >= 0);
        QVERIFY(h.auditText().contains(u"rotate-revoke-now"_s));

        // Keep both: the rotation closes, nothing is revoked, the status is plain again.
        const QString secondRecord = rotateWithGrace(h, second, 7);
        QVERIFY(!secondRecord.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(h, second.name).contains(u"revoked on"_s), Timeout);
        QVERIFY(child<QPushButton>(view, "keepBothButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(view, "keepBothButton"), Qt::LeftButton);
        QVERIFY(!h.controller->openRotationFor(h.account.id, second.id));
        QCOMPARE(table->rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(h, second.name), u"Active"_s, Timeout);
        QVERIFY(h.rowOfName(second.name) >= 0);
        QVERIFY(h.auditText().contains(u"rotate-keep-both"_s));
        QCOMPARE(prompts.texts.size(), 2); // keep both revokes nothing, so asks nothing
    }
    // A rotation waiting for quiet whose old key was still used at its deadline: listed first,
    // with its last use and a prompt; a disabled old key offers Re-enable and not Keep both.
    void aDecisionAndADisabledKeyAreShownWithTheirAnswers()
    {
        WindowHarness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_VERIFY_WITH_TIMEOUT(h.rows() == 12, Timeout);
        QList<ApiKey> active;
        for (const ApiKey& key : h.controller->account(h.account.id)->keys) {
            if (shownStatus(key, h.now) == KeyStatus::Active && !key.name.isEmpty())
                active.append(key);
        }
        QVERIFY(active.size() >= 2);
        const QString asked = rotateWithGrace(h, active.at(0), 7);
        const QString disabled = rotateWithGrace(h, active.at(1), 7);
        QVERIFY(!asked.isEmpty() && !disabled.isEmpty());
        // As the orchestrator leaves them (its own test drives the provider).
        for (RotationRecord record : h.controller->rotations().open()) {
            if (record.id == asked) {
                record.mode = RotationRecord::GraceMode::Quiet;
                record.quietHours = 24;
                record.state = RotationRecord::State::AwaitingDecision;
                record.oldKeyLastUsed = h.now.addSecs(-3 * 3600);
                record.oldKeyLastUsedWhere = u"s3, us-east-1"_s;
                record.note = u"Still in use at its deadline."_s;
            } else if (record.id == disabled) {
                record.mode = RotationRecord::GraceMode::DisableFirst;
                record.state = RotationRecord::State::OldKeyDisabled;
            }
            h.controller->rotations().save(record);
        }
        auto* view = new RotationsDialog(h.controller.get(), h.window.get());
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view, Timeout));
        auto* table = child<QTableWidget>(view, "rotationsTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(view->rotations().first().id, asked); // the decision first
        QCOMPARE(table->item(0, RotationsDialog::LastUseColumn)->text(),
                 u"old key last used 3 hours ago (s3, us-east-1)"_s);
        QVERIFY(
            table->item(0, RotationsDialog::StateColumn)->toolTip().contains(u"Still in use"_s));
        auto* prompt = child<QLabel>(view, "rotationsPromptLabel");
        QVERIFY(view->selectRotation(asked));
        QVERIFY(prompt->isVisible());
        QVERIFY(prompt->text().contains(active.at(0).name));
        auto* reenable = child<QPushButton>(view, "reenableButton");
        QVERIFY(reenable->isVisible() && !reenable->isEnabled());
        QVERIFY(child<QPushButton>(view, "keepBothButton")->isEnabled());
        QVERIFY(reenable->text().contains(u'&'));
        QVERIFY(!reenable->accessibleName().isEmpty());
        kw::test::saveSnapshot(view, u"rotations-decision"_s);

        QVERIFY(view->selectRotation(disabled));
        QVERIFY(!prompt->isVisible());
        QVERIFY(reenable->isEnabled());
        QVERIFY(!child<QPushButton>(view, "keepBothButton")->isEnabled());
        QVERIFY(child<QPushButton>(view, "revokeNowButton")->isEnabled());
    }
};

QTEST_MAIN(TestRotationsDialog)
#include "test_rotationsdialog.moc"
