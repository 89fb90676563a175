#include "core/Secret.h"
#include "ui/ClipboardGuard.h"
#include "ui/Prompts.h"
#include "ui/RevealSecretDialog.h"
#include "ui/SecretField.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

QString generatedSecret()
{
    return u"kw_EXAMPLE_"_s +
           QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, u'0');
}

struct Question
{
    QString title;
    QString text;
};

// Answers every prompt with `answer` and records what was asked.
class PromptRecorder
{
public:
    explicit PromptRecorder(QMessageBox::StandardButton answer)
    {
        kw::Prompts::setAnswerer([this, answer](QMessageBox::Icon, const QString& title,
                                                const QString& text, QMessageBox::StandardButtons) {
            questions.append({title, text});
            return answer;
        });
    }
    ~PromptRecorder() { kw::Prompts::setAnswerer(nullptr); }
    PromptRecorder(const PromptRecorder&) = delete;
    PromptRecorder& operator=(const PromptRecorder&) = delete;

    QList<Question> questions;
};

// Every text the widget tree shows or exposes to accessibility clients.
QStringList visibleTexts(const QWidget* root)
{
    QStringList texts{root->windowTitle()};
    for (const auto* edit : root->findChildren<QLineEdit*>())
        texts << edit->text() << edit->displayText() << edit->accessibleName();
    for (const auto* label : root->findChildren<QLabel*>())
        texts << label->text() << label->accessibleName();
    for (const auto* button : root->findChildren<QAbstractButton*>())
        texts << button->text() << button->toolTip() << button->accessibleName();
    return texts;
}

// A provider's Capabilities for the Copy-as menu, built by hand: the dialog follows the form,
// never a provider's name.
kw::CredentialSnippetSource snippetSource(kw::Capabilities::CredentialForm form)
{
    kw::CredentialSnippetSource source;
    source.capabilities.providerId = u"example"_s;
    source.capabilities.credentialForm = form;
    source.capabilities.apiKeyEnvVar = u"WAYSCLOUD_API_KEY"_s;
    source.capabilities.s3Verify = form != kw::Capabilities::CredentialForm::ApiKey;
    source.capabilities.defaultS3Endpoint = QUrl(u"https://s3.example.test"_s);
    source.capabilities.defaultS3Region = u"eu-test-1"_s;
    source.account.id = u"acc-1"_s;
    return source;
}

bool anyContains(const QStringList& texts, const QString& needle)
{
    return std::any_of(texts.cbegin(), texts.cend(),
                       [&](const QString& text) { return text.contains(needle); });
}

} // namespace

class TestRevealSecretDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QGuiApplication::clipboard()->clear();
        m_guard = std::make_unique<kw::ClipboardGuard>(QGuiApplication::clipboard());
        m_secret = generatedSecret();
        m_dialog = std::make_unique<kw::RevealSecretDialog>(
            u"ci-deploy"_s, kw::Secret::fromString(m_secret), m_guard.get());
        m_dialog->setCredentialSnippets(
            kw::CredentialSnippets(snippetSource(kw::Capabilities::CredentialForm::ApiKey)));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_guard.reset();
        kw::Prompts::setAnswerer(nullptr);
    }

    void titleAndOnceWarning()
    {
        QCOMPARE(m_dialog->windowTitle(), u"New key: ci-deploy"_s);
        const auto* once = m_dialog->findChild<QLabel*>(u"onceLabel"_s);
        QVERIFY(once);
        QVERIFY(once->text().contains(u"only once"_s));
    }

    void maskedByDefault()
    {
        showAndActivate();
        auto* field = m_dialog->findChild<kw::SecretField*>(u"secretField"_s);
        QVERIFY(field);
        QVERIFY(!field->isRevealed());
        QVERIFY2(!anyContains(visibleTexts(m_dialog.get()), m_secret), "secret shown while masked");
    }

    void ctrlHReveals()
    {
        showAndActivate();
        auto* edit = m_dialog->findChild<QLineEdit*>(u"secretEdit"_s);
        QVERIFY(edit);
        QTest::keyClick(m_dialog.get(), Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(edit->text(), m_secret);
        QTest::keyClick(m_dialog.get(), Qt::Key_H, Qt::ControlModifier);
        QVERIFY(!edit->text().contains(m_secret));
    }

    void closeNeedsSavedConfirmation()
    {
        showAndActivate();
        auto* close = m_dialog->findChild<QPushButton*>(u"closeButton"_s);
        auto* saved = m_dialog->findChild<QCheckBox*>(u"savedCheck"_s);
        QVERIFY(close && saved);
        QVERIFY(!close->isEnabled());
        QTest::keyClick(m_dialog.get(), Qt::Key_S, Qt::AltModifier); // mnemonic of savedCheck
        QTRY_VERIFY_WITH_TIMEOUT(saved->isChecked(), 2000); // a mnemonic animates the click
        QVERIFY(close->isEnabled());

        PromptRecorder prompts(QMessageBox::No);
        close->click();
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(prompts.questions.isEmpty());
    }

    void escapeAsksAndNoKeepsItOpen()
    {
        showAndActivate();
        PromptRecorder prompts(QMessageBox::No);
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(prompts.questions.size(), 1);
        QCOMPARE(prompts.questions.at(0).title, u"Close without saving?"_s);
        QVERIFY(prompts.questions.at(0).text.contains(u"cannot be shown again"_s));
        // Still usable: the secret is still there.
        QCOMPARE(m_dialog->findChild<kw::SecretField*>(u"secretField"_s)->secret().exposeString(),
                 m_secret);
    }

    void escapeAsksAndYesCloses()
    {
        showAndActivate();
        PromptRecorder prompts(QMessageBox::Yes);
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QCOMPARE(prompts.questions.size(), 1);
    }

    void windowCloseAsksToo()
    {
        showAndActivate();
        PromptRecorder prompts(QMessageBox::No);
        QVERIFY(!m_dialog->close());
        QVERIFY(m_dialog->isVisible());
        m_dialog->reject();
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(prompts.questions.size(), 2);
    }

    void escapeAfterSavingClosesWithoutAsking()
    {
        showAndActivate();
        m_dialog->findChild<QCheckBox*>(u"savedCheck"_s)->setChecked(true);
        PromptRecorder prompts(QMessageBox::No);
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(prompts.questions.isEmpty());
    }

    void copyButtonUsesTheGuard()
    {
        showAndActivate();
        auto* copy = m_dialog->findChild<QPushButton*>(u"copyButton"_s);
        auto* countdown = m_dialog->findChild<QLabel*>(u"countdownLabel"_s);
        QVERIFY(copy && countdown);
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), m_secret);
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s),
                 "secret"_ba);
        QVERIFY(m_guard->isArmed());
        QCOMPARE(countdown->text(), u"Clipboard clears in 20 s"_s);
    }

    void countdownLabelFollowsTheGuard()
    {
        m_guard->setTimeout(1200ms);
        showAndActivate();
        auto* countdown = m_dialog->findChild<QLabel*>(u"countdownLabel"_s);
        QSignalSpy cleared(m_guard.get(), &kw::ClipboardGuard::cleared);
        m_dialog->findChild<QPushButton*>(u"copyButton"_s)->click();
        QCOMPARE(countdown->text(), u"Clipboard clears in 2 s"_s);
        QTRY_COMPARE_WITH_TIMEOUT(countdown->text(), u"Clipboard clears in 1 s"_s, 3000);
        QVERIFY(cleared.wait(5000));
        QCOMPARE(countdown->text(), u"Clipboard cleared."_s);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void copyShortcuts_data()
    {
        QTest::addColumn<QString>("focusObject");
        QTest::addColumn<QKeyCombination>("key");
        QTest::newRow("Ctrl+C on the checkbox") << u"savedCheck"_s << (Qt::CTRL | Qt::Key_C);
        QTest::newRow("Ctrl+C in the secret field") << u"secretEdit"_s << (Qt::CTRL | Qt::Key_C);
        QTest::newRow("Alt+C") << u"savedCheck"_s << (Qt::ALT | Qt::Key_C);
    }

    void copyShortcuts()
    {
        QFETCH(QString, focusObject);
        QFETCH(QKeyCombination, key);
        showAndActivate();
        auto* target = m_dialog->findChild<QWidget*>(focusObject);
        QVERIFY(target);
        target->setFocus();
        QSignalSpy countdown(m_guard.get(), &kw::ClipboardGuard::countdownChanged);
        QTest::keyClick(target, key.key(), key.keyboardModifiers());
        // A mnemonic animates the button's click, so it lands a little later.
        QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), m_secret, 2000);
        QTest::qWait(200);
        QCOMPARE(countdown.count(), 1); // copied once, not twice
    }

    void copyAsMenuFollowsTheCapabilities_data()
    {
        using Form = kw::Capabilities::CredentialForm;
        QTest::addColumn<int>("form");
        QTest::addColumn<QString>("accessKeyId");
        QTest::addColumn<bool>("stored");
        QTest::addColumn<QStringList>("actions");
        QTest::newRow("API key") << int(Form::ApiKey) << QString() << false
                                 << QStringList{u"copyAs-shell"_s, u"copyAs-dotenv"_s};
        QTest::newRow("S3 pair") << int(Form::S3Pair) << u"AKIAEXAMPLE0001"_s << false
                                 << QStringList{u"copyAs-shell"_s, u"copyAs-dotenv"_s,
                                                u"copyAs-aws-profile"_s};
        QTest::newRow("S3 pair, stored")
            << int(Form::S3Pair) << u"AKIAEXAMPLE0001"_s << true
            << QStringList{u"copyAs-shell"_s, u"copyAs-dotenv"_s, u"copyAs-aws-profile"_s,
                           u"copyAs-aws-credential-process"_s};
        QTest::newRow("Scaleway pair")
            << int(Form::ScalewayPair) << u"SCWEXAMPLE0001"_s << false
            << QStringList{u"copyAs-shell"_s, u"copyAs-dotenv"_s, u"copyAs-s3-shell"_s,
                           u"copyAs-aws-profile"_s};
        QTest::newRow("Bearer header")
            << int(Form::BearerHeader) << QString() << false << QStringList{u"copyAs-header"_s};
        QTest::newRow("pair without its id")
            << int(Form::S3Pair) << QString() << false << QStringList();
    }

    void copyAsMenuFollowsTheCapabilities()
    {
        QFETCH(int, form);
        QFETCH(QString, accessKeyId);
        QFETCH(bool, stored);
        QFETCH(QStringList, actions);
        kw::CredentialSnippetSource source = snippetSource(kw::Capabilities::CredentialForm(form));
        source.accessKeyId = accessKeyId;
        source.storedInKeychain = stored;
        m_dialog->setCredentialSnippets(kw::CredentialSnippets(source));
        showAndActivate();
        auto* menu = m_dialog->findChild<QMenu*>(u"copyAsMenu"_s);
        QVERIFY(menu);
        QStringList names;
        for (const QAction* action : menu->actions()) {
            names.append(action->objectName());
            QVERIFY2(action->text().contains(u'&'), qPrintable(action->text())); // keyboard path
        }
        QCOMPARE(names, actions);
        QCOMPARE(m_dialog->findChild<QPushButton*>(u"copyAsButton"_s)->isVisible(),
                 !actions.isEmpty());
    }

    void copyAsPutsTheSnippetOnTheGuardedClipboard_data()
    {
        using Form = kw::Capabilities::CredentialForm;
        QTest::addColumn<int>("form");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("expected");
        QTest::newRow("export quoted")
            << int(Form::ApiKey) << u"EXAMPLE $x'y"_s << u"copyAs-shell"_s
            << u"export WAYSCLOUD_API_KEY='EXAMPLE $x'\\''y'\n"_s;
        QTest::newRow(".env double-quoted")
            << int(Form::ApiKey) << u"EXAMPLE $x'y"_s << u"copyAs-dotenv"_s
            << u"WAYSCLOUD_API_KEY=\"EXAMPLE \\$x'y\"\n"_s;
        QTest::newRow("S3 pair") << int(Form::S3Pair) << u"pair/EXAMPLE+secret"_s
                                 << u"copyAs-shell"_s
                                 << u"export AWS_ACCESS_KEY_ID=AKIAEXAMPLE0001\n"
                                    "export AWS_SECRET_ACCESS_KEY=pair/EXAMPLE+secret\n"
                                    "# awscli before 2.13 ignores AWS_ENDPOINT_URL_S3: pass "
                                    "--endpoint-url https://s3.example.test\n"
                                    "export AWS_ENDPOINT_URL_S3=https://s3.example.test\n"
                                    "export AWS_DEFAULT_REGION=eu-test-1\n"
                                    "export AWS_REGION=eu-test-1\n"_s;
        QTest::newRow("AWS profile")
            << int(Form::S3Pair) << u"pair/EXAMPLE+secret"_s << u"copyAs-aws-profile"_s
            << u"[keywarden-akiaexample0001]\n"
               "aws_access_key_id = AKIAEXAMPLE0001\n"
               "aws_secret_access_key = pair/EXAMPLE+secret\n"
               "region = eu-test-1\n"
               "# awscli before 2.13 ignores endpoint_url here: pass --endpoint-url "
               "https://s3.example.test\n"
               "endpoint_url = https://s3.example.test\n"_s;
        QTest::newRow("Bearer") << int(Form::BearerHeader) << u"eyJ.e30.sig"_s << u"copyAs-header"_s
                                << u"Authorization: Bearer eyJ.e30.sig\n"_s;
    }

    void copyAsPutsTheSnippetOnTheGuardedClipboard()
    {
        QFETCH(int, form);
        QFETCH(QString, secret);
        QFETCH(QString, action);
        QFETCH(QString, expected);
        kw::RevealSecretDialog dialog(u"ci"_s, kw::Secret::fromString(secret), m_guard.get());
        kw::CredentialSnippetSource source = snippetSource(kw::Capabilities::CredentialForm(form));
        source.accessKeyId = u"AKIAEXAMPLE0001"_s;
        dialog.setCredentialSnippets(kw::CredentialSnippets(source));
        auto* copyAs = dialog.findChild<QAction*>(action);
        QVERIFY(copyAs);
        m_guard->setTimeout(1200ms);
        QSignalSpy cleared(m_guard.get(), &kw::ClipboardGuard::cleared);
        copyAs->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        QVERIFY(
            QGuiApplication::clipboard()->mimeData()->hasFormat(u"x-kde-passwordManagerHint"_s));
        QVERIFY(m_guard->isArmed());
        // Cleared after the countdown like the secret itself.
        QVERIFY(cleared.wait(5000));
        QCOMPARE(cleared.constFirst().constFirst().toBool(), true);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        dialog.done(QDialog::Accepted);
    }

    void copyAsLabelsFollowTheLanguage()
    {
        m_dialog->setCredentialSnippets(
            kw::CredentialSnippets(snippetSource(kw::Capabilities::CredentialForm::ApiKey)));
        auto* shell = m_dialog->findChild<QAction*>(u"copyAs-shell"_s);
        QVERIFY(shell);
        QVERIFY(shell->text().contains(u"WAYSCLOUD_API_KEY"_s));
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(m_dialog.get(), &change);
        QCOMPARE(m_dialog->findChildren<QAction*>(u"copyAs-shell"_s).size(), 1); // no duplicates
    }

    void publicValuesAreShownUnderTheSecret()
    {
        m_dialog->addPublicValue(u"Access key ID"_s, u"AKIAEXAMPLE0001"_s);
        auto* value = m_dialog->findChild<QLineEdit*>(u"publicValue1"_s);
        QVERIFY(value);
        QCOMPARE(value->text(), u"AKIAEXAMPLE0001"_s);
        QCOMPARE(value->accessibleName(), u"Access key ID"_s);
        QVERIFY(value->isReadOnly());
    }

    void noCopyOfTheSecretAfterClose()
    {
        showAndActivate();
        m_dialog->addPublicValue(u"Key ID"_s, u"0b5c7f1e-EXAMPLE"_s);
        auto* field = m_dialog->findChild<kw::SecretField*>(u"secretField"_s);
        field->setRevealed(true);
        QVERIFY(anyContains(visibleTexts(m_dialog.get()), m_secret)); // the search does work

        PromptRecorder prompts(QMessageBox::Yes);
        m_dialog->reject();
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(field->secret().isEmpty());
        QVERIFY(!field->isRevealed());
        QVERIFY2(!anyContains(visibleTexts(m_dialog.get()), m_secret), "secret left after close");
        QVERIFY(anyContains(visibleTexts(m_dialog.get()), u"0b5c7f1e-EXAMPLE"_s));
    }

    void ctrlCInAPublicValueCopiesThatValue()
    {
        m_dialog->addPublicValue(u"Access key ID"_s, u"AKIAEXAMPLE0001"_s);
        showAndActivate();
        auto* value = m_dialog->findChild<QLineEdit*>(u"publicValue1"_s);
        value->setFocus();
        value->selectAll();
        QTest::keySequence(value, QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"AKIAEXAMPLE0001"_s);
        QVERIFY(!m_guard->isArmed());
    }

    void everyControlHasAnAccessibleName()
    {
        m_dialog->addPublicValue(u"Access key ID"_s, u"AKIAEXAMPLE0001"_s);
        const auto widgets = m_dialog->findChildren<QWidget*>();
        for (const QWidget* widget : widgets) {
            if (widget->focusPolicy() == Qt::NoFocus || widget->inherits("kw::SecretField"))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }

    void tabOrderFollowsTheLayout()
    {
        m_dialog->addPublicValue(u"Access key ID"_s, u"AKIAEXAMPLE0001"_s);
        m_dialog->findChild<QCheckBox*>(u"savedCheck"_s)->setChecked(true); // enables Close
        showAndActivate();
        QWidget* start = m_dialog->findChild<QWidget*>(u"secretEdit"_s);
        start->setFocus();
        QStringList order{start->objectName()};
        for (int i = 0; i < 6; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order << QApplication::focusWidget()->objectName();
        }
        QCOMPARE(order, (QStringList{u"secretEdit"_s, u"revealButton"_s, u"publicValue1"_s,
                                     u"copyButton"_s, u"copyAsButton"_s, u"savedCheck"_s,
                                     u"closeButton"_s}));
    }

    void testKeyIsHiddenWithoutAHandler()
    {
        showAndActivate();
        auto* test = m_dialog->findChild<QPushButton*>(u"testKeyButton"_s);
        QVERIFY(test);
        QVERIFY(!test->isVisible());
        QVERIFY(!m_dialog->findChild<QLabel*>(u"testResultLabel"_s)->isVisible());
        QVERIFY(!m_dialog->canTest());
    }

    void testKeyHandsTheDialogsOwnSecretToTheOwner()
    {
        int calls = 0;
        bool sameSecret = false;
        const kw::Secret* handedOver = nullptr;
        m_dialog->setTestHandler(u"WAYSCloud"_s, [&](const kw::Secret& secret) {
            ++calls;
            handedOver = &secret;
            sameSecret = secret.exposeString() == m_secret;
        });
        showAndActivate();
        auto* test = m_dialog->findChild<QPushButton*>(u"testKeyButton"_s);
        QVERIFY(test->isVisible());
        QCOMPARE(test->accessibleName(), u"Test key"_s);
        QCOMPARE(test->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
        QTest::keyClick(m_dialog.get(), Qt::Key_T, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 2000);
        QVERIFY(sameSecret);
        // A reference to the field's own secret, not a copy made for the owner.
        QCOMPARE(handedOver, &m_dialog->findChild<kw::SecretField*>(u"secretField"_s)->secret());
        // While the owner tests, the button waits and the label says so.
        QVERIFY(!test->isEnabled());
        auto* result = m_dialog->findChild<QLabel*>(u"testResultLabel"_s);
        QVERIFY(result->isVisible());
        QVERIFY(result->text().contains(u"Testing"_s));
        test->click(); // ignored while busy
        QCOMPARE(calls, 1);
    }

    void testResultIsShownInPlace_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("verified");
        using O = kw::Verification::Outcome;
        QTest::newRow("works") << int(O::Works) << 200 << QString() << u"works"_s << true;
        QTest::newRow("401") << int(O::Unauthorized) << 401 << u"Invalid API key"_s << u"401"_s
                             << false;
        QTest::newRow("403 whitelist")
            << int(O::Forbidden) << 403 << u"IP address 127.0.0.1 is not whitelisted"_s
            << u"not whitelisted"_s << false;
        QTest::newRow("unreachable")
            << int(O::Unreachable) << 0 << QString() << u"could not be reached"_s << false;
        QTest::newRow("failed") << int(O::Failed) << 500 << QString() << u"500"_s << false;
    }

    void testResultIsShownInPlace()
    {
        QFETCH(int, outcome);
        QFETCH(int, status);
        QFETCH(QString, reason);
        QFETCH(QString, expected);
        QFETCH(bool, verified);
        m_dialog->setTestHandler(u"WAYSCloud"_s, [](const kw::Secret&) {});
        showAndActivate();
        auto* test = m_dialog->findChild<QPushButton*>(u"testKeyButton"_s);
        test->click();
        kw::Verification verification;
        verification.outcome = kw::Verification::Outcome(outcome);
        verification.httpStatus = status;
        verification.reason = reason;
        m_dialog->showTestResult(verification);

        auto* label = m_dialog->findChild<QLabel*>(u"testResultLabel"_s);
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(expected), qPrintable(label->text()));
        if (!reason.isEmpty())
            QVERIFY2(label->text().contains(reason), qPrintable(label->text())); // the provider's
        QCOMPARE(label->accessibleName(), u"Test result"_s);
        QCOMPARE(label->accessibleDescription(), label->text());
        const QColor colour = label->palette().color(QPalette::WindowText);
        QVERIFY(verified ? colour.green() > colour.red() : colour.red() > colour.green());
        QCOMPARE(m_dialog->isVerified(), verified);
        QVERIFY(m_dialog->lastVerification().has_value());
        QVERIFY(test->isEnabled()); // can test again
    }

    void aTestThatCouldNotRunIsNotAVerification()
    {
        m_dialog->setTestHandler(u"WAYSCloud"_s, [](const kw::Secret&) {});
        showAndActivate();
        m_dialog->findChild<QPushButton*>(u"testKeyButton"_s)->click();
        m_dialog->showTestError(u"The account is not loaded yet."_s);
        auto* label = m_dialog->findChild<QLabel*>(u"testResultLabel"_s);
        QVERIFY(label->text().contains(u"not loaded"_s));
        QVERIFY(!m_dialog->isVerified());
        QVERIFY(!m_dialog->lastVerification().has_value());
    }

    void noTestAfterClose()
    {
        int calls = 0;
        m_dialog->setTestHandler(u"WAYSCloud"_s, [&](const kw::Secret&) { ++calls; });
        showAndActivate();
        m_dialog->findChild<QCheckBox*>(u"savedCheck"_s)->setChecked(true);
        m_dialog->findChild<QPushButton*>(u"closeButton"_s)->click();
        m_dialog->findChild<QPushButton*>(u"testKeyButton"_s)->click();
        QCOMPARE(calls, 0); // the secret is gone with the dialog's close
    }

    void tabOrderIncludesTheTest()
    {
        m_dialog->setTestHandler(u"WAYSCloud"_s, [](const kw::Secret&) {});
        m_dialog->findChild<QCheckBox*>(u"savedCheck"_s)->setChecked(true);
        showAndActivate();
        QWidget* start = m_dialog->findChild<QWidget*>(u"copyAsButton"_s);
        start->setFocus();
        QStringList order{start->objectName()};
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order << QApplication::focusWidget()->objectName();
        }
        QCOMPARE(order, (QStringList{u"copyAsButton"_s, u"testKeyButton"_s, u"savedCheck"_s,
                                     u"closeButton"_s}));
    }

    void rendersWithoutClipping()
    {
        m_dialog->addPublicValue(u"Access key ID"_s, u"AKIAEXAMPLE0001"_s);
        showAndActivate();
        m_dialog->findChild<QPushButton*>(u"copyButton"_s)->click();
        const QPixmap shot = m_dialog->grab();
        QVERIFY(!shot.isNull());
        QVERIFY(m_dialog->width() >= m_dialog->minimumSizeHint().width());
        QVERIFY(m_dialog->height() >= m_dialog->minimumSizeHint().height());
        // Wrapped text needs more height than the minimum size hint says.
        QVERIFY(m_dialog->height() >= m_dialog->heightForWidth(m_dialog->width()));
        const auto* edit = m_dialog->findChild<QLineEdit*>(u"secretEdit"_s);
        const auto* reveal = m_dialog->findChild<QToolButton*>(u"revealButton"_s);
        QVERIFY(edit->geometry().right() < reveal->geometry().left()); // no overlap
        // Set KEYWARDEN_SCREENSHOT_DIR to look at the dialog.
        const QString dir = qEnvironmentVariable("KEYWARDEN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(shot.save(QDir(dir).filePath(u"reveal-secret-dialog.png"_s)));
    }

private:
    void showAndActivate()
    {
        m_dialog->show();
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }

    std::unique_ptr<kw::ClipboardGuard> m_guard;
    std::unique_ptr<kw::RevealSecretDialog> m_dialog;
    QString m_secret;
};

QTEST_MAIN(TestRevealSecretDialog)
#include "test_revealsecretdialog.moc"
