#include "ui/SubmitDialog.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The smallest dialog on the base: a field that must not be empty, Send and Cancel.
class NameDialog : public kw::SubmitDialog
{
public:
    explicit NameDialog(bool fit = false)
    {
        auto* layout = new QVBoxLayout(this);
        edit = new QLineEdit(this);
        edit->setObjectName(u"nameEdit"_s);
        validation = new QLabel(this);
        error = new QLabel(this);
        error->setWordWrap(true);
        busy = new QProgressBar(this);
        send = new QPushButton(u"&Send"_s, this);
        cancel = new QPushButton(u"Cancel"_s, this);
        for (QWidget* widget : {static_cast<QWidget*>(edit), static_cast<QWidget*>(validation),
                                static_cast<QWidget*>(error), static_cast<QWidget*>(busy),
                                static_cast<QWidget*>(send), static_cast<QWidget*>(cancel)})
            layout->addWidget(widget);
        setParts({send, cancel, error, busy, {edit, cancel}});
        setFitsContents(fit);
        connect(edit, &QLineEdit::textChanged, this, &NameDialog::revalidate);
        revalidate();
    }

    bool canSubmit() const override { return !edit->text().isEmpty(); }
    void onSubmit() override { ++sent; }
    bool mayClose() override
    {
        ++closeAsked;
        return allowClose;
    }
    void busyChanged(bool isBusy) override { busyChanges.append(isBusy); }
    void languageChanged() override { ++languageChanges; }
    void revalidate()
    {
        showProblem(validation, edit->text().isEmpty() ? u"Enter a name."_s : QString());
    }

    QLineEdit* edit;
    QLabel* validation;
    QLabel* error;
    QProgressBar* busy;
    QPushButton* send;
    QPushButton* cancel;
    int sent = 0;
    int closeAsked = 0;
    bool allowClose = true;
    QList<bool> busyChanges;
    int languageChanges = 0;
};

struct Announcement
{
    QObject* object;
    QAccessible::Event type;
};
QList<Announcement> g_announcements;

void recordAnnouncement(QAccessibleEvent* event)
{
    g_announcements.append({event->object(), event->type()});
}

} // namespace

class TestSubmitDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QAccessible::installUpdateHandler(recordAnnouncement);
        QAccessible::setActive(true);
    }

    void init() { g_announcements.clear(); }

    void startsWithoutBannerOrIndicator()
    {
        NameDialog dialog;
        dialog.show();
        QVERIFY(!dialog.error->isVisible());
        QVERIFY(!dialog.busy->isVisible());
        QVERIFY(!dialog.error->accessibleName().isEmpty());
        QVERIFY(!dialog.isBusy());
    }

    void submitButtonFollowsTheProblem()
    {
        NameDialog dialog;
        dialog.show();
        QVERIFY(!dialog.send->isEnabled());
        QCOMPARE(dialog.send->accessibleDescription(), u"Enter a name."_s);
        QVERIFY(dialog.validation->isVisible());
        QCOMPARE(dialog.validation->text(), u"Enter a name."_s);

        QTest::keyClicks(dialog.edit, u"ci"_s);
        QVERIFY(dialog.send->isEnabled());
        QVERIFY(dialog.send->accessibleDescription().isEmpty());
        QVERIFY(!dialog.validation->isVisible());
    }

    void submitRunsOnlyWhenItCan()
    {
        NameDialog dialog;
        dialog.show();
        dialog.send->click(); // disabled: nothing happens
        QCOMPARE(dialog.sent, 0);
        dialog.edit->setText(u"ci"_s);
        QTest::mouseClick(dialog.send, Qt::LeftButton);
        QCOMPARE(dialog.sent, 1);
        dialog.setBusy(true);
        QTest::mouseClick(dialog.send, Qt::LeftButton);
        QCOMPARE(dialog.sent, 1);
    }

    void busyLocksTheFormAndShowsTheIndicator()
    {
        NameDialog dialog;
        dialog.show();
        dialog.edit->setText(u"ci"_s);
        dialog.setBusy(true);
        QVERIFY(dialog.isBusy());
        QVERIFY(!dialog.edit->isEnabled());
        QVERIFY(!dialog.cancel->isEnabled());
        QVERIFY(!dialog.send->isEnabled());
        QVERIFY(dialog.busy->isVisible());
        QCOMPARE(dialog.busyChanges, QList<bool>{true});

        dialog.setBusy(false);
        QVERIFY(dialog.edit->isEnabled());
        QVERIFY(dialog.cancel->isEnabled());
        QVERIFY(dialog.send->isEnabled());
        QVERIFY(!dialog.busy->isVisible());
        QCOMPARE(dialog.busyChanges, (QList<bool>{true, false}));
    }

    void rejectIsIgnoredWhileBusy()
    {
        NameDialog dialog;
        dialog.show();
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        dialog.setBusy(true);
        dialog.reject();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QCOMPARE(rejected.size(), 0);
        QCOMPARE(dialog.closeAsked, 0); // nothing to ask while the request runs

        dialog.setBusy(false);
        QTest::mouseClick(dialog.cancel, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(dialog.closeAsked, 1);
    }

    void mayCloseCanKeepTheDialogOpen()
    {
        NameDialog dialog;
        dialog.allowClose = false;
        dialog.show();
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.closeAsked, 1);
        QCOMPARE(rejected.size(), 0);
        dialog.allowClose = true;
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(rejected.size(), 1);
    }

    void showErrorEndsBusyKeepsInputAndAnnounces()
    {
        NameDialog dialog;
        dialog.show();
        dialog.edit->setText(u"ci-deploy"_s);
        dialog.setBusy(true);
        const QString message = u"HTTP 503 from the provider. Try again later."_s;
        dialog.showError(message);
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.edit->isEnabled());
        QVERIFY(dialog.send->isEnabled());
        QCOMPARE(dialog.edit->text(), u"ci-deploy"_s);
        QVERIFY(dialog.error->isVisible());
        QCOMPARE(dialog.error->text(), message);
        QCOMPARE(dialog.error->accessibleDescription(), message);
        // What a screen reader reads from the banner.
        QAccessibleInterface* banner = QAccessible::queryAccessibleInterface(dialog.error);
        QVERIFY(banner);
        QVERIFY(!banner->text(QAccessible::Name).isEmpty());
        QCOMPARE(banner->text(QAccessible::Description), message);
        QVERIFY(!banner->state().invisible);
        // The Alert itself reaches the handler only where a platform accessibility bridge is
        // active (not on the offscreen platform the suite runs on).
        if (QAccessible::isActive()) {
            bool alerted = false;
            for (const Announcement& announcement : std::as_const(g_announcements))
                alerted |=
                    announcement.object == dialog.error && announcement.type == QAccessible::Alert;
            QVERIFY2(alerted, "the error banner was not announced");
        }
    }

    void busyAndSubmitHideAnOldError()
    {
        NameDialog dialog;
        dialog.show();
        dialog.edit->setText(u"ci"_s);
        dialog.showError(u"Refused."_s);
        QVERIFY(dialog.error->isVisible());
        QTest::mouseClick(dialog.send, Qt::LeftButton);
        QVERIFY(!dialog.error->isVisible());

        dialog.showError(u"Refused again."_s);
        dialog.setBusy(true);
        QVERIFY(!dialog.error->isVisible());
    }

    void fittingGrowsForAnError()
    {
        NameDialog dialog(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog, 5000));
        dialog.resize(dialog.minimumSizeHint().width(), 10);
        dialog.showError(QString(400, u'x').replace(u"xxxxxxxxxx"_s, u"word word "_s));
        QVERIFY(dialog.height() >= dialog.heightForWidth(dialog.width()));
        QVERIFY(dialog.height() > 10);
    }

    void languageChangeReachesTheDialog()
    {
        NameDialog dialog;
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&dialog, &change);
        QCOMPARE(dialog.languageChanges, 1);
    }

    void showFieldsHidesAndDisables()
    {
        QWidget window;
        auto* a = new QLineEdit(&window);
        auto* b = new QLabel(&window);
        window.show();
        kw::form::showFields({a, b}, false);
        QVERIFY(!a->isVisible() && !a->isEnabled());
        QVERIFY(!b->isVisible() && !b->isEnabled());
        kw::form::showFields({a, b}, true);
        QVERIFY(a->isVisible() && a->isEnabled());
        QVERIFY(b->isVisible() && b->isEnabled());
    }

    void warningHeadingHasIconAndBoldText()
    {
        QLabel icon;
        QLabel heading(u"Revoke the key?"_s);
        QVERIFY(!heading.font().bold());
        kw::form::showWarningHeading(&icon, &heading);
        QVERIFY(!icon.pixmap().isNull());
        QVERIFY(heading.font().bold());
        QCOMPARE(heading.text(), u"Revoke the key?"_s);
    }

    void showLengthCountsOnlyWithALimit()
    {
        QLineEdit edit(u"abc"_s);
        QLabel counter(u"unchanged"_s);
        kw::form::showLength(&counter, &edit, 0);
        QCOMPARE(counter.text(), u"unchanged"_s);
        kw::form::showLength(&counter, &edit, 200);
        QCOMPARE(counter.text(), u"3/200"_s);
    }
};

QTEST_MAIN(TestSubmitDialog)
#include "test_submitdialog.moc"
