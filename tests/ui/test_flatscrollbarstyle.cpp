// The key table's scroll bars (ui/FlatScrollBarStyle): drawn in solid rectangles, so that a
// repaint while rows arrive never waits for QThreadPool::globalInstance(), which Qt's raster
// engine hands large span fills (a gradient) to.
#include "ui/FlatScrollBarStyle.h"

#include <QScrollBar>
#include <QSemaphore>
#include <QStandardItemModel>
#include <QStyleOptionSlider>
#include <QTableView>
#include <QTest>
#include <QThreadPool>
#include <atomic>

using namespace kw;
using namespace Qt::StringLiterals;

namespace {

// Long enough to tell a wait for the pool from a slow machine, short enough for ctest.
constexpr int PoolHeldMs = 15'000;

// A table of many rows with the window's focus frame (a style sheet, which puts Qt's style sheet
// style in front of the scroll bars' own), tall enough for a span fill the pool would get.
struct Table
{
    QStandardItemModel model{2000, 3};
    QTableView view;
    Table()
    {
        view.setModel(&model);
        view.setObjectName(u"keyTable"_s);
        view.setStyleSheet(u"QTableView#keyTable { border: 1px solid palette(mid); }"_s);
        FlatScrollBarStyle::applyTo(&view);
        view.resize(400, 700);
        view.show();
    }
};

QRect sliderRect(const QScrollBar* bar)
{
    QStyleOptionSlider option;
    option.initFrom(bar);
    option.orientation = bar->orientation();
    option.minimum = bar->minimum();
    option.maximum = bar->maximum();
    option.sliderPosition = bar->sliderPosition();
    option.sliderValue = bar->value();
    option.singleStep = bar->singleStep();
    option.pageStep = bar->pageStep();
    option.upsideDown = bar->invertedAppearance();
    option.subControls = QStyle::SC_All;
    return bar->style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider,
                                        bar);
}

} // namespace

class TestFlatScrollBarStyle : public QObject
{
    Q_OBJECT

private slots:
    // Every thread of the global pool held: the scroll bar still paints at once. Had it handed
    // a fill to the pool, the paint would wait until the threads gave up.
    void paintsWithoutTheGlobalThreadPool()
    {
        Table table;
        QVERIFY(QTest::qWaitForWindowExposed(&table.view));
        QScrollBar* bar = table.view.verticalScrollBar();
        QVERIFY(bar->isVisible() && bar->height() > 300);
        QThreadPool* pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        QSemaphore started;
        QSemaphore release;
        std::atomic<int> gaveUp{0};
        for (int i = 0; i < threads; ++i) {
            pool->start([&] {
                started.release();
                if (!release.tryAcquire(1, PoolHeldMs))
                    ++gaveUp;
            });
        }
        QVERIFY(started.tryAcquire(threads, PoolHeldMs));
        const QImage painted = bar->grab().toImage();
        release.release(threads);
        pool->waitForDone();
        QCOMPARE(gaveUp.load(), 0);
        QVERIFY(!painted.isNull());
    }

    // A handle on a track, in the palette's colours, where the style puts the handle.
    void drawsTheHandleWhereItIs()
    {
        Table table;
        QVERIFY(QTest::qWaitForWindowExposed(&table.view));
        QScrollBar* bar = table.view.verticalScrollBar();
        for (const int value : {bar->minimum(), bar->maximum() / 2, bar->maximum()}) {
            bar->setValue(value);
            const QImage painted = bar->grab().toImage();
            const QRect handle = sliderRect(bar);
            QVERIFY(handle.height() > 10);
            QCOMPARE(painted.pixelColor(handle.center()).rgb(),
                     bar->palette().color(QPalette::Mid).rgb());
            // The track beside it: above the handle, or below it at the top.
            const int trackY = handle.top() > 40 ? handle.top() - 5 : handle.bottom() + 5;
            QCOMPARE(painted.pixelColor(handle.center().x(), trackY).rgb(),
                     bar->palette().color(QPalette::Window).rgb());
        }
    }
};

QTEST_MAIN(TestFlatScrollBarStyle)
#include "test_flatscrollbarstyle.moc"
