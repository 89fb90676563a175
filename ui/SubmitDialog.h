#pragma once

#include <QDialog>
#include <QList>
#include <initializer_list>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace kw {

// What the dialogs that send something share, so that each one holds only its form:
// - Busy: while the owner's request runs (setBusy(true) … showError() or accept()), the widgets
//   named in Parts::lockedWhileBusy are disabled, the busy indicator shows, an old error hides
//   and the submit button is off.
// - The error banner: showError() ends busy, keeps what was typed, shows the text, puts it in the
//   banner's accessible description and raises a QAccessible::Alert so that a screen reader says
//   it at once.
// - The reject guard: reject() (Cancel, Esc, the window's close button) is ignored while a
//   request is in flight, and asks mayClose() otherwise (a dialog holding something that would
//   be lost confirms first).
// - The submit button: enabled while not busy and canSubmit(); its click runs onSubmit() (which
//   emits the dialog's own signal, or accept()s when the dialog sends nothing itself).
// A dialog without a request (RevealSecretDialog) uses only the guard, the fitting and the
// language hook.
class SubmitDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SubmitDialog(QWidget* parent = nullptr);
    ~SubmitDialog() override;

    [[nodiscard]] bool isBusy() const { return m_busy; }

public slots:
    void setBusy(bool busy);
    void showError(const QString& text); // ends busy, keeps what was typed
    void reject() override;              // ignored while busy; asks mayClose() otherwise

protected:
    // The dialog's own widgets the base drives; any may be null.
    struct Parts
    {
        QPushButton* submitButton = nullptr;
        QPushButton* cancelButton = nullptr; // rejects
        QLabel* errorLabel = nullptr;
        QWidget* busyIndicator = nullptr;
        QList<QWidget*> lockedWhileBusy;
    };
    // Once, after the form is built: hides the banner and the indicator and connects the buttons.
    void setParts(Parts parts);
    // With fit set, the window grows (never shrinks) to its contents when shown and when an
    // error or another late line appears: wrapped labels give Qt no minimum height.
    void setFitsContents(bool fit) { m_fitsContents = fit; }
    void fitContents();

    // Whether what is in the form can be sent, busy aside.
    [[nodiscard]] virtual bool canSubmit() const { return true; }
    // Sends what is in the form: emits the dialog's signal. The default accept()s.
    virtual void onSubmit();
    // After the busy state changed, for inputs that are not simply locked.
    virtual void busyChanged(bool busy);
    // Asked before closing by Cancel or Esc when nothing is in flight; false keeps it open.
    virtual bool mayClose() { return true; }
    // After the language changed: retranslate the form and what the dialog wrote into it.
    virtual void languageChanged() {}

    // The submit button's state, after anything canSubmit() reads changed.
    void updateSubmitButton();
    // Says why the form cannot be sent yet: `shown` under the form in `label` (hidden when
    // empty; label may be null) and `described` as the submit button's accessible description.
    void showProblem(QLabel* label, const QString& shown, const QString& described);
    void showProblem(QLabel* label, const QString& problem)
    {
        showProblem(label, problem, problem);
    }
    void hideError();

    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void submit();

    Parts m_parts;
    bool m_busy = false;
    bool m_fitsContents = false;
};

// Form helpers the key dialogs share.
namespace form {

// Hidden and disabled, so that no path (keyboard, mnemonic, accessibility) reaches a field the
// provider does not have.
void showFields(std::initializer_list<QWidget*> widgets, bool visible);
// "12/200" under a field with a length limit; nothing when there is no limit.
void showLength(QLabel* counter, const QLineEdit* edit, int maxLength);
// The red of an error text on the window's background.
void paintAsError(QWidget* widget);
// A warning dialog's top: the style's warning icon beside a bold heading.
void showWarningHeading(QLabel* iconLabel, QLabel* heading);

} // namespace form

} // namespace kw
