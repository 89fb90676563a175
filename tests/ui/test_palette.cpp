#include "ui/BulkOutcomeDialog.h"
#include "ui/Palette.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTest>
#include <memory>

using namespace kw;
using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 5000;

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion->standardPalette();
}

// A theme of its own, tinted and darker than Fusion's grey: the plain variants fall short on it.
QPalette tintedPalette()
{
    QPalette palette = lightPalette();
    palette.setColor(QPalette::Window, QColor::fromRgb(0xb8, 0xb0, 0xa0));
    palette.setColor(QPalette::Base, QColor::fromRgb(0xc8, 0xc0, 0xb0));
    return palette;
}

const QList<Palette::Role> roles = {Palette::Role::Warning,         Palette::Role::Danger,
                                    Palette::Role::Success,         Palette::Role::Inactive,
                                    Palette::Role::ScheduledRevoke, Palette::Role::Link};

// A colour written in source: a QColor from numbers or a name, a hex code in a style sheet or
// form, a "color:" rule, a named Qt colour.
QRegularExpression colourLiteral()
{
    // Plain literals, not raw ones: moc does not read a u-prefixed raw string.
    return QRegularExpression(
        u"QColor\\s*\\(\\s*[0-9]|QColor::from(Rgb|Hsv|Hsl|String)|QColor\\s*\\(\\s*u?\""
        u"|#[0-9a-fA-F]{6}\\b|#[0-9a-fA-F]{3}\\b|\\bcolor\\s*:"
        u"|Qt::(white|black|red|green|blue|cyan|magenta|yellow|gray|darkGray|lightGray"
        u"|darkRed|darkGreen|darkBlue|darkCyan|darkMagenta|darkYellow)\\b"_s);
}

QColor sheetColour(const QString& sheet, const QString& property)
{
    const QRegularExpression pattern(property + u":\\s*(#[0-9a-f]{6})"_s);
    const QRegularExpressionMatch match = pattern.match(sheet);
    return match.hasMatch() ? QColor::fromString(match.captured(1)) : QColor();
}

} // namespace

// The state colours of ui/Palette.h: readable (WCAG AA) on the light and the dark palette,
// following a palette change, and the only colours named in ui/ and app/.
class TestPalette : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QApplication::setPalette(lightPalette()); }

    void tellsALightFromADarkPalette()
    {
        QVERIFY(!Palette::isDark(lightPalette()));
        QVERIFY(Palette::isDark(Palette::darkPalette()));
        QVERIFY(!Palette::isDark(tintedPalette()));
    }

    void everyRoleReadableOnBaseAndWindow_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light Fusion") << lightPalette();
        QTest::newRow("dark Fusion") << Palette::darkPalette();
        QTest::newRow("tinted theme") << tintedPalette();
    }
    void everyRoleReadableOnBaseAndWindow()
    {
        QFETCH(QPalette, palette);
        for (const Palette::Role role : roles) {
            const QColor colour = Palette::color(role, palette);
            const double onBase = Palette::contrast(colour, palette.color(QPalette::Base));
            const double onWindow = Palette::contrast(colour, palette.color(QPalette::Window));
            const QByteArray what = QByteArray::number(int(role)) + ' ' + colour.name().toLatin1() +
                                    " base " + QByteArray::number(onBase) + " window " +
                                    QByteArray::number(onWindow);
            QVERIFY2(onBase >= Palette::MinimumContrast, what.constData());
            QVERIFY2(onWindow >= Palette::MinimumContrast, what.constData());
        }
    }

    void lightAndDarkVariantsDiffer()
    {
        for (const Palette::Role role : roles) {
            const QColor light = Palette::color(role, lightPalette());
            const QColor dark = Palette::color(role, Palette::darkPalette());
            QVERIFY(Palette::luminance(dark) > Palette::luminance(light));
        }
    }

    void contrastFollowsWcag()
    {
        QCOMPARE(qRound(Palette::contrast(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(Palette::contrast(Qt::white, Qt::white), 1.0);
        // #767676 is the lightest grey that passes AA on white.
        QVERIFY(Palette::contrast(QColor::fromRgb(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(Palette::contrast(QColor::fromRgb(0x80, 0x80, 0x80), Qt::white) < 4.5);
    }

    void bannerTextReadableOnItsGround_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<int>("banner");
        for (const auto banner : {Palette::Banner::Error, Palette::Banner::Warning}) {
            const QByteArray name = banner == Palette::Banner::Error ? "error" : "warning";
            QTest::newRow(QByteArray("light " + name).constData()) << lightPalette() << int(banner);
            QTest::newRow(QByteArray("dark " + name).constData())
                << Palette::darkPalette() << int(banner);
        }
    }
    void bannerTextReadableOnItsGround()
    {
        QFETCH(QPalette, palette);
        QFETCH(int, banner);
        const QString sheet = Palette::bannerStyleSheet(Palette::Banner(banner), u"QFrame#b"_s,
                                                        u"QLabel#l"_s, palette);
        const QColor ground = sheetColour(sheet, u"background"_s);
        const QColor text = sheetColour(sheet, u"color"_s);
        QVERIFY2(ground.isValid() && text.isValid(), qPrintable(sheet));
        QVERIFY2(Palette::contrast(text, ground) >= Palette::MinimumContrast, qPrintable(sheet));
        // The banner's ground belongs to the palette: dark on dark, light on light.
        QCOMPARE(Palette::isDark(palette), Palette::luminance(ground) < 0.18);
    }

    void paintedLabelFollowsAPaletteChange()
    {
        QApplication::setPalette(lightPalette());
        QLabel label(u"Expired"_s);
        Palette::paint(&label, Palette::Role::Danger, true);
        QCOMPARE(label.palette().color(QPalette::WindowText),
                 Palette::color(Palette::Role::Danger, lightPalette()));
        QVERIFY(label.font().bold());

        QApplication::setPalette(Palette::darkPalette());
        QTRY_COMPARE_WITH_TIMEOUT(label.palette().color(QPalette::WindowText),
                                  Palette::color(Palette::Role::Danger, Palette::darkPalette()),
                                  Timeout);
        // Only the text colour is the label's own: its ground follows the new palette.
        QCOMPARE(label.palette().color(QPalette::Window),
                 Palette::darkPalette().color(QPalette::Window));

        Palette::unpaint(&label);
        QCOMPARE(label.palette().color(QPalette::WindowText),
                 Palette::darkPalette().color(QPalette::WindowText));
        QVERIFY(!label.font().bold());
    }

    void bannerFollowsAPaletteChange()
    {
        QApplication::setPalette(lightPalette());
        QFrame frame;
        Palette::paintBanner(&frame, Palette::Banner::Error, u"QFrame#b"_s, u"QLabel#l"_s);
        const QString light = frame.styleSheet();
        QCOMPARE(light, Palette::bannerStyleSheet(Palette::Banner::Error, u"QFrame#b"_s,
                                                  u"QLabel#l"_s, lightPalette()));
        QApplication::setPalette(Palette::darkPalette());
        QTRY_COMPARE_WITH_TIMEOUT(frame.styleSheet(),
                                  Palette::bannerStyleSheet(Palette::Banner::Error, u"QFrame#b"_s,
                                                            u"QLabel#l"_s, Palette::darkPalette()),
                                  Timeout);
        QVERIFY(frame.styleSheet() != light);
    }

    // A colour kept in a table item (a failed outcome of several keys) takes the new palette's.
    void bulkOutcomeFollowsAPaletteChange()
    {
        QApplication::setPalette(lightPalette());
        BulkKeyActions::Item item;
        item.ref.accountId = u"account"_s;
        item.ref.key.id = u"key-1"_s;
        item.outcome = BulkKeyActions::Outcome::Failed;
        item.message = u"Refused"_s;
        BulkOutcomeDialog dialog(u"Revoked keys"_s, {item});
        auto* table = dialog.findChild<QTableWidget*>(u"outcomeTable"_s);
        QVERIFY(table);
        const auto shown = [table] {
            return table->item(0, BulkOutcomeDialog::OutcomeColumn)->foreground().color();
        };
        QCOMPARE(shown(), Palette::color(Palette::Role::Danger, lightPalette()));
        QApplication::setPalette(Palette::darkPalette());
        QTRY_COMPARE_WITH_TIMEOUT(
            shown(), Palette::color(Palette::Role::Danger, Palette::darkPalette()), Timeout);
    }

    // Every colour of the window comes from ui/Palette.h: a colour written anywhere else in
    // ui/ or app/ (a QColor from numbers, a hex code in a style sheet or form, a named Qt colour)
    // would stay the same on a dark palette.
    void noColourLiteralOutsideThePalette()
    {
        const QRegularExpression literal = colourLiteral();
        QStringList hits;
        int files = 0;
        for (const QString& folder : {u"ui"_s, u"app"_s}) {
            QDirIterator it(QStringLiteral(KEYWARDEN_SOURCE_DIR) + u'/' + folder,
                            {u"*.cpp"_s, u"*.h"_s, u"*.ui"_s}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.endsWith(u"/ui/Palette.h"_s))
                    continue;
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                ++files;
                const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
                for (qsizetype i = 0; i < lines.size(); ++i) {
                    if (literal.match(lines.at(i)).hasMatch())
                        hits.append(path + u':' + QString::number(i + 1) + u": "_s +
                                    lines.at(i).trimmed());
                }
            }
        }
        QVERIFY(files > 50); // the folders were found
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    }

    void theCheckFindsALiteral()
    {
        const QRegularExpression literal = colourLiteral();
        QVERIFY(literal.match(u"label->setStyleSheet(u\"color: #c0392b;\"_s);"_s).hasMatch());
        QVERIFY(literal.match(u"painter.setBrush(QColor(0xc6, 0x28, 0x28));"_s).hasMatch());
        QVERIFY(literal.match(u"painter.setPen(Qt::white);"_s).hasMatch());
        QVERIFY(literal.match(u"QColor::fromHsv(90, 150, 170)"_s).hasMatch());
        QVERIFY(!literal.match(u"#include \"Palette.h\""_s).hasMatch());
        QVERIFY(!literal.match(u"painter.setPen(Palette::onAccent());"_s).hasMatch());
    }
};

QTEST_MAIN(TestPalette)
#include "test_palette.moc"
