// What the key table says when it shows nothing.
#include "ui/EmptyState.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace kw;
using namespace Qt::StringLiterals;

class TestEmptyState : public QObject
{
    Q_OBJECT

private slots:
    void coversItsWidgetAndFollowsItsSize()
    {
        QWidget cover;
        cover.resize(400, 300);
        EmptyState empty(&cover);
        cover.show();
        QVERIFY(!empty.isVisible());
        empty.showNoAccounts();
        QVERIFY(empty.isVisible());
        QCOMPARE(empty.geometry(), cover.rect());
        cover.resize(640, 480);
        QTRY_COMPARE(empty.geometry(), cover.rect());
    }

    void noAccountsOffersBothWaysToStart()
    {
        QWidget cover;
        EmptyState empty(&cover);
        cover.show();
        empty.showNoAccounts();
        QSignalSpy add(&empty, &EmptyState::addAccountRequested);
        QSignalSpy sandbox(&empty, &EmptyState::trySandboxRequested);
        auto* addButton = empty.findChild<QPushButton*>(u"emptyAddAccountButton"_s);
        auto* sandboxButton = empty.findChild<QPushButton*>(u"trySandboxButton"_s);
        QVERIFY(addButton->isVisible() && sandboxButton->isVisible());
        QVERIFY(!empty.findChild<QPushButton*>(u"clearFilterButton"_s)->isVisible());
        QTest::mouseClick(addButton, Qt::LeftButton);
        QTest::mouseClick(sandboxButton, Qt::LeftButton);
        QCOMPARE(add.count(), 1);
        QCOMPARE(sandbox.count(), 1);
        QCOMPARE(empty.accessibleName(), empty.title());
    }

    // A filter is shown as typed, never as markup.
    void noMatchNamesTheFilterAsTyped()
    {
        QWidget cover;
        EmptyState empty(&cover);
        cover.show();
        empty.showNoMatch(u"<b>x</b>"_s, 1);
        QCOMPARE(empty.title(), u"No key matches “<b>x</b>”"_s);
        QCOMPARE(empty.findChild<QLabel*>(u"emptyStateTitle"_s)->textFormat(), Qt::PlainText);
        QVERIFY2(empty.text().contains(u"1 key"_s), qPrintable(empty.text()));
        QSignalSpy clear(&empty, &EmptyState::clearFilterRequested);
        auto* clearButton = empty.findChild<QPushButton*>(u"clearFilterButton"_s);
        QVERIFY(clearButton->isVisible());
        QVERIFY(!empty.findChild<QPushButton*>(u"trySandboxButton"_s)->isVisible());
        QTest::mouseClick(clearButton, Qt::LeftButton);
        QCOMPARE(clear.count(), 1);
    }
};

QTEST_MAIN(TestEmptyState)
#include "test_emptystate.moc"
