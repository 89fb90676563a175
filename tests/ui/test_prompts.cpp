// The one seam for questions: a real message box whose buttons say what they do, where Enter
// and Escape give the safe answer, and an answerer that lets tests reply instead.
#include "PromptChecks.h"
#include "ui/Prompts.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace kw;
using namespace Qt::StringLiterals;

namespace {

// Runs `act` on the first visible message box, from the event loop the box runs.
class BoxDriver
{
public:
    explicit BoxDriver(std::function<void(QMessageBox*)> act) : m_act(std::move(act))
    {
        m_poll.setInterval(10);
        QObject::connect(&m_poll, &QTimer::timeout, [this] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                auto* box = qobject_cast<QMessageBox*>(widget);
                if (box && box->isVisible() && !seen) {
                    seen = true;
                    texts << box->button(QMessageBox::Yes)->text()
                          << box->button(QMessageBox::No)->text();
                    m_act(box);
                }
            }
        });
        m_poll.start();
    }
    bool seen = false;
    QStringList texts;

private:
    std::function<void(QMessageBox*)> m_act;
    QTimer m_poll;
};

bool askRevoke(QWidget* parent = nullptr)
{
    return Prompts::choose(parent, QMessageBox::Warning, u"New key not verified"_s,
                           u"Revoke the old key anyway?"_s, u"Revoke old key anyway"_s,
                           u"Keep both keys"_s);
}

} // namespace

class TestPrompts : public QObject
{
    Q_OBJECT

private slots:
    void init() { Prompts::setAnswerer(nullptr); }
    void cleanup() { Prompts::setAnswerer(nullptr); }

    void escapeKeepsWhatIs()
    {
        BoxDriver driver([](QMessageBox* box) { QTest::keyClick(box, Qt::Key_Escape); });
        QVERIFY(!askRevoke());
        QVERIFY(driver.seen);
        QCOMPARE(driver.texts, (QStringList{u"Revoke old key anyway"_s, u"Keep both keys"_s}));
    }

    void enterKeepsWhatIs()
    {
        BoxDriver driver([](QMessageBox* box) { QTest::keyClick(box, Qt::Key_Return); });
        QVERIFY(!askRevoke());
        QVERIFY(driver.seen);
    }

    void theButtonThatSaysSoDoesIt()
    {
        BoxDriver driver([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
        QVERIFY(askRevoke());
        QVERIFY(driver.seen);
    }

    // Where the question says so, Enter takes the other answer; Escape never does.
    void acceptCanBeTheDefaultButEscapeStillRejects()
    {
        Prompts::Question question;
        question.buttons = QMessageBox::Yes | QMessageBox::No;
        question.defaultButton = QMessageBox::Yes;
        question.buttonTexts.insert(QMessageBox::Yes, u"Revoke key"_s);
        question.buttonTexts.insert(QMessageBox::No, u"Keep key"_s);
        QCOMPARE(test::decisionProblem(question, u"Revoke key"_s, u"Keep key"_s, true), QString());
        QVERIFY(!test::decisionProblem(question, u"Revoke key"_s, u"Keep key"_s).isEmpty());
    }

    // A bare Yes/No box is what the check exists to catch.
    void bareButtonsAreCaught()
    {
        Prompts::Question question;
        question.title = u"Remove account"_s;
        question.buttons = QMessageBox::Yes | QMessageBox::No;
        question.defaultButton = QMessageBox::No;
        const QString problem = test::decisionProblem(question, u"Remove"_s, u"Keep"_s);
        QVERIFY2(problem.contains(u"bare"_s), qPrintable(problem));
    }

    // Tests answer through the seam and read what was asked, buttons' words included.
    void answererRepliesAndSeesTheQuestion()
    {
        QStringList titles;
        Prompts::setAnswerer([&titles](QMessageBox::Icon, const QString& title, const QString&,
                                       QMessageBox::StandardButtons) {
            titles << title;
            return QMessageBox::Yes;
        });
        QVERIFY(askRevoke());
        QCOMPARE(titles, QStringList{u"New key not verified"_s});
        QCOMPARE(Prompts::lastQuestion().buttonTexts.value(QMessageBox::Yes),
                 u"Revoke old key anyway"_s);
        QCOMPARE(Prompts::lastQuestion().defaultButton, QMessageBox::No);
    }
};

QTEST_MAIN(TestPrompts)
#include "test_prompts.moc"
