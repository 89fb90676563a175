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

    // The other filters that hide the keys are named, beside what was typed, and the button
    // then clears them all.
    void noMatchNamesTheActiveFilters()
    {
        QWidget cover;
        EmptyState empty(&cover);
        cover.show();
        empty.showNoMatch(u"prod"_s, 4, {u"inactive"_s, u"never used"_s});
        QCOMPARE(empty.title(), u"No key matches “prod”"_s);
        QVERIFY2(empty.text().contains(u"Filters on: inactive, never used."_s),
                 qPrintable(empty.text()));
        QVERIFY2(empty.accessibleDescription().contains(u"inactive"_s),
                 qPrintable(empty.accessibleDescription()));
        auto* clearButton = empty.findChild<QPushButton*>(u"clearFilterButton"_s);
        QCOMPARE(clearButton->text().remove(u'&'), u"Clear filters"_s);
        empty.showNoMatch(u"prod"_s, 4);
        QVERIFY2(!empty.text().contains(u"Filters on"_s), qPrintable(empty.text()));
        QCOMPARE(clearButton->text().remove(u'&'), u"Clear filter"_s);
    }

    // One plural message, read in English through translations/keywarden_en.ts, which the
    // widgets install as the application starts: never "1 key(s)".
    void theCountReadsAsEnglishInOneAndMany()
    {
        QWidget cover;
        EmptyState empty(&cover);
        empty.showNoMatch(u"prod"_s, 1);
        QVERIFY2(empty.text().startsWith(u"This account has 1 key; the filters hide it."_s),
                 qPrintable(empty.text()));
        empty.showNoMatch(u"prod"_s, 12);
        QVERIFY2(empty.text().startsWith(u"This account has 12 keys; the filters hide them all."_s),
                 qPrintable(empty.text()));
    }
};

QTEST_MAIN(TestEmptyState)
#include "test_emptystate.moc"
