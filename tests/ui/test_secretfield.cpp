#include "core/Secret.h"
#include "ui/SecretField.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

QString generatedSecret(int extraLength = 0)
{
    return u"kw_EXAMPLE_"_s +
           QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, u'0') +
           QString(extraLength, u'x');
}

} // namespace

class TestSecretField : public QObject
{
    Q_OBJECT

private slots:
    void maskedByDefault()
    {
        kw::SecretField field;
        const QString secret = generatedSecret();
        field.setSecret(kw::Secret::fromString(secret));

        QVERIFY(!field.isRevealed());
        QVERIFY(field.lineEdit()->isReadOnly());
        QVERIFY(!field.lineEdit()->text().isEmpty());
        QVERIFY(!field.lineEdit()->text().contains(u"EXAMPLE"_s));
        QVERIFY(!field.lineEdit()->displayText().contains(u"EXAMPLE"_s));
        QCOMPARE(field.revealButton()->accessibleName(), u"Reveal secret"_s);
        QCOMPARE(field.secret().exposeString(), secret);
    }

    // Issue 15: hiding overwrites the text where the line edit held it, so a reference that
    // outlives the edit's (here the test's own, as QLineEdit's undo or layout could) sees zeros.
    void hidingWipesTheShownTextInPlace()
    {
        kw::SecretField field;
        const QString secret = generatedSecret();
        field.setSecret(kw::Secret::fromString(secret));
        field.setRevealed(true);
        const QString held = field.lineEdit()->text(); // shares the edit's buffer
        QCOMPARE(held, secret);
        field.setRevealed(false);
        QCOMPARE(held.size(), secret.size());
        QCOMPARE(held, QString(secret.size(), QChar(0)));
        QVERIFY(!field.lineEdit()->text().contains(u"EXAMPLE"_s));
    }

    void clearWhileRevealedWipesTheShownText()
    {
        kw::SecretField field;
        const QString secret = generatedSecret();
        field.setSecret(kw::Secret::fromString(secret));
        field.setRevealed(true);
        const QString held = field.lineEdit()->text();
        field.clear();
        QCOMPARE(held, QString(secret.size(), QChar(0)));
        QVERIFY(field.lineEdit()->text().isEmpty());
    }

    void maskDoesNotGiveTheLengthAway()
    {
        kw::SecretField shortField;
        shortField.setSecret(kw::Secret::fromString(generatedSecret()));
        kw::SecretField longField;
        longField.setSecret(kw::Secret::fromString(generatedSecret(40)));
        QCOMPARE(shortField.lineEdit()->text(), longField.lineEdit()->text());
    }

    void revealButtonTogglesTheText()
    {
        kw::SecretField field;
        const QString secret = generatedSecret();
        field.setSecret(kw::Secret::fromString(secret));
        QSignalSpy revealed(&field, &kw::SecretField::revealedChanged);

        QVERIFY(field.revealButton()->isCheckable());
        field.revealButton()->click();
        QVERIFY(field.isRevealed());
        QCOMPARE(field.lineEdit()->text(), secret);
        QCOMPARE(field.revealButton()->accessibleName(), u"Hide secret"_s);

        field.revealButton()->click();
        QVERIFY(!field.isRevealed());
        QVERIFY(!field.lineEdit()->text().contains(secret));
        QCOMPARE(field.revealButton()->accessibleName(), u"Reveal secret"_s);
        QCOMPARE(revealed.count(), 2);
        QCOMPARE(revealed.at(0).at(0).toBool(), true);
        QCOMPARE(revealed.at(1).at(0).toBool(), false);
    }

    void ctrlHToggles()
    {
        QWidget window;
        auto* field = new kw::SecretField(&window);
        const QString secret = generatedSecret();
        field->setSecret(kw::Secret::fromString(secret));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier);
        QVERIFY(field->isRevealed());
        QCOMPARE(field->lineEdit()->text(), secret);
        QTest::keyClick(field->lineEdit(), Qt::Key_H, Qt::ControlModifier);
        QVERIFY(!field->isRevealed());
        QVERIFY(!field->lineEdit()->text().contains(secret));
    }

    void clearWipesAndMasks()
    {
        kw::SecretField field;
        field.setSecret(kw::Secret::fromString(generatedSecret()));
        field.setRevealed(true);
        field.clear();
        QVERIFY(field.secret().isEmpty());
        QVERIFY(!field.isRevealed());
        QVERIFY(field.lineEdit()->text().isEmpty());
        QCOMPARE(field.revealButton()->accessibleName(), u"Reveal secret"_s);
    }

    void copyKeysAskForAGuardedCopyInstead()
    {
        QWidget window;
        auto* field = new kw::SecretField(&window);
        field->setSecret(kw::Secret::fromString(generatedSecret()));
        field->setRevealed(true);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QGuiApplication::clipboard()->setText(u"sentinel"_s);
        QSignalSpy copyRequested(field, &kw::SecretField::copyRequested);

        field->lineEdit()->setFocus();
        field->lineEdit()->selectAll();
        QTest::keySequence(field->lineEdit(), QKeySequence::Copy);
        QCOMPARE(copyRequested.count(), 1);
        // The line edit did not copy its selection on its own.
        QCOMPARE(QGuiApplication::clipboard()->text(), u"sentinel"_s);
        QCOMPARE(field->lineEdit()->contextMenuPolicy(), Qt::NoContextMenu);
    }

    void keyboardPathAndAccessibleNames()
    {
        kw::SecretField field;
        QCOMPARE(field.focusProxy(), field.lineEdit());
        QCOMPARE(field.revealButton()->focusPolicy(), Qt::StrongFocus);
        QVERIFY(!field.lineEdit()->accessibleName().isEmpty());
        QVERIFY(!field.revealButton()->accessibleName().isEmpty());
        QVERIFY(field.revealButton()->toolTip().contains(u"Ctrl+H"_s));
    }
};

QTEST_MAIN(TestSecretField)
#include "test_secretfield.moc"
