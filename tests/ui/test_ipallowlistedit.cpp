#include "ui/IpAllowlistEdit.h"
#include "ui/Palette.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestIpAllowlistEdit : public QObject
{
    Q_OBJECT

private:
    static QPlainTextEdit* textEdit(const kw::IpAllowlistEdit& edit)
    {
        return edit.findChild<QPlainTextEdit*>(u"ipEdit"_s);
    }
    static QLabel* errorLabel(const kw::IpAllowlistEdit& edit)
    {
        return edit.findChild<QLabel*>(u"ipErrorLabel"_s);
    }

private slots:
    void emptyAllowsAll()
    {
        kw::IpAllowlistEdit edit;
        QVERIFY(textEdit(edit));
        QVERIFY(errorLabel(edit));
        QVERIFY(edit.isValid());
        QVERIFY(edit.allowlist().allowsAll());
        QVERIFY(!errorLabel(edit)->isVisibleTo(&edit));
        QVERIFY(!textEdit(edit)->accessibleName().isEmpty());
    }

    void namesFirstBadEntry_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("badEntry");
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("offset");

        QTest::newRow("host bits set")
            << u"203.0.113.42, 10.0.0.1/24, abc"_s << u"10.0.0.1/24"_s << 2 << 14;
        QTest::newRow("not an address") << u"10.0.0.300"_s << u"10.0.0.300"_s << 1 << 0;
        QTest::newRow("bad prefix, new lines")
            << u"198.51.100.10\n203.0.113.0/33"_s << u"203.0.113.0/33"_s << 2 << 14;
        QTest::newRow("garbage third")
            << u"203.0.113.42 198.51.100.10 abc"_s << u"abc"_s << 3 << 27;
        QTest::newRow("duplicate")
            << u"203.0.113.42, 203.0.113.42/32"_s << u"203.0.113.42/32"_s << 2 << 14;
    }

    void namesFirstBadEntry()
    {
        QFETCH(QString, typed);
        QFETCH(QString, badEntry);
        QFETCH(int, position);
        QFETCH(int, offset);

        kw::IpAllowlistEdit edit;
        QSignalSpy validity(&edit, &kw::IpAllowlistEdit::validityChanged);
        if (typed.contains(u'\n'))
            textEdit(edit)->setPlainText(typed);
        else
            QTest::keyClicks(textEdit(edit), typed);
        QCOMPARE(textEdit(edit)->toPlainText(), typed);

        QVERIFY(!edit.isValid());
        QLabel* label = errorLabel(edit);
        QVERIFY(label->isVisibleTo(&edit));
        QVERIFY2(label->text().contains(badEntry), qPrintable(label->text()));
        const QRegularExpression positionWord(u"\\b%1\\b"_s.arg(position));
        QVERIFY2(label->text().contains(positionWord), qPrintable(label->text()));
        QCOMPARE(edit.problem(), label->text());
        QCOMPARE(textEdit(edit)->accessibleDescription(), label->text());

        // The bad entry is highlighted where it was typed.
        const QList<QTextEdit::ExtraSelection> marks = textEdit(edit)->extraSelections();
        QVERIFY(!marks.isEmpty());
        QCOMPARE(marks.constFirst().cursor.selectionStart(), offset);
        QCOMPARE(marks.constFirst().cursor.selectedText(), badEntry);

        QVERIFY(!validity.isEmpty());
        QCOMPARE(validity.constLast().constFirst().toBool(), false);
    }

    void onlyFirstEntryIsNamedAndOthersCounted()
    {
        kw::IpAllowlistEdit edit;
        textEdit(edit)->setPlainText(u"203.0.113.42, 10.0.0.1/24, abc"_s);
        const QString text = errorLabel(edit)->text();
        QVERIFY2(!text.contains(u"abc"_s), qPrintable(text));
        QVERIFY2(text.contains(u"1 more"_s), qPrintable(text));
        QCOMPARE(textEdit(edit)->extraSelections().size(), 2);
    }

    void fixingTheEntryClearsTheMessage()
    {
        kw::IpAllowlistEdit edit;
        QSignalSpy validity(&edit, &kw::IpAllowlistEdit::validityChanged);
        textEdit(edit)->setPlainText(u"203.0.113.42, 10.0.0.1/24"_s);
        QVERIFY(!edit.isValid());
        textEdit(edit)->setPlainText(u"203.0.113.42, 10.0.0.0/24"_s);
        QVERIFY(edit.isValid());
        QVERIFY(!errorLabel(edit)->isVisibleTo(&edit));
        QVERIFY(edit.problem().isEmpty());
        QVERIFY(textEdit(edit)->extraSelections().isEmpty());
        QCOMPARE(validity.size(), 2);
        QCOMPARE(validity.at(0).at(0).toBool(), false);
        QCOMPARE(validity.at(1).at(0).toBool(), true);
        QCOMPARE(edit.allowlist().entries(), (QStringList{u"203.0.113.42"_s, u"10.0.0.0/24"_s}));
    }

    void validityChangedOnlyOnTransitions()
    {
        kw::IpAllowlistEdit edit;
        QSignalSpy validity(&edit, &kw::IpAllowlistEdit::validityChanged);
        QTest::keyClicks(textEdit(edit), u"203.0.113.42"_s);
        // "2", "20", … "203.0.113.42": some prefixes are not addresses, yet the end is valid.
        QVERIFY(edit.isValid());
        QVERIFY(validity.size() >= 2);
        QVERIFY(validity.size() % 2 == 0);
    }

    void entriesAreNormalised()
    {
        kw::IpAllowlistEdit edit;
        textEdit(edit)->setPlainText(u"203.0.113.42/32,\n2001:DB8::1\n198.51.100.0/24"_s);
        QVERIFY(edit.isValid());
        QCOMPARE(edit.allowlist().entries(),
                 (QStringList{u"203.0.113.42"_s, u"2001:db8::1"_s, u"198.51.100.0/24"_s}));
    }

    void setEntriesShowsThem()
    {
        kw::IpAllowlistEdit edit;
        edit.setEntries({u"203.0.113.42"_s, u"198.51.100.0/24"_s});
        QCOMPARE(textEdit(edit)->toPlainText(), u"203.0.113.42, 198.51.100.0/24"_s);
        QVERIFY(edit.isValid());
        QCOMPARE(edit.allowlist().entries(),
                 (QStringList{u"203.0.113.42"_s, u"198.51.100.0/24"_s}));
        edit.setEntries({});
        QVERIFY(edit.allowlist().allowsAll());
    }

    // Switching to dark mode repaints the mark of a bad entry at once, not at the next edit.
    void markFollowsAPaletteSwitch()
    {
        const QPalette light = QApplication::palette();
        QVERIFY(!kw::Palette::isDark(light));
        kw::IpAllowlistEdit edit;
        edit.show();
        textEdit(edit)->setPlainText(u"203.0.113.42, 10.0.0.1/24"_s);
        const auto mark = [&] {
            const QList<QTextEdit::ExtraSelection> marks = textEdit(edit)->extraSelections();
            return marks.isEmpty() ? QTextCharFormat() : marks.constFirst().format;
        };
        using kw::Palette::Role;
        QCOMPARE(mark().underlineColor(), kw::Palette::color(Role::Danger, light));
        QCOMPARE(mark().background().color(), kw::Palette::errorHighlight(light));

        const QPalette dark = kw::Palette::darkPalette();
        QApplication::setPalette(dark);
        const auto restore = qScopeGuard([&] { QApplication::setPalette(light); });
        QVERIFY(kw::Palette::color(Role::Danger, dark) != kw::Palette::color(Role::Danger, light));
        QTRY_COMPARE(mark().underlineColor(), kw::Palette::color(Role::Danger, dark));
        QCOMPARE(mark().background().color(), kw::Palette::errorHighlight(dark));
        QCOMPARE(errorLabel(edit)->palette().color(QPalette::WindowText),
                 kw::Palette::color(Role::Danger, dark));
        QCOMPARE(textEdit(edit)->extraSelections().constFirst().cursor.selectedText(),
                 u"10.0.0.1/24"_s); // the same entry, only repainted

        QApplication::setPalette(light);
        QTRY_COMPARE(mark().underlineColor(), kw::Palette::color(Role::Danger, light));
    }

    void tabLeavesTheField()
    {
        kw::IpAllowlistEdit edit;
        QVERIFY(textEdit(edit)->tabChangesFocus());
        QCOMPARE(edit.textEdit(), textEdit(edit));
    }
};

QTEST_MAIN(TestIpAllowlistEdit)
#include "test_ipallowlistedit.moc"
