#pragma once

#include "core/Secret.h"

#include <QDialog>
#include <QPointer>
#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
namespace Ui {
class RevealSecretDialog;
}
QT_END_NAMESPACE

namespace kw {

class ClipboardGuard;

// Shows the secret of a newly created key, the one time the provider hands it out. The secret
// is masked until revealed, copied only through the ClipboardGuard, and wiped from the dialog
// when it closes. Close stays disabled until the user confirms having saved the key; any other
// way of closing (Esc, the window's close button, reject()) asks first.
class RevealSecretDialog : public QDialog
{
    Q_OBJECT

public:
    RevealSecretDialog(const QString& keyName, Secret secret, ClipboardGuard* guard,
                       QWidget* parent = nullptr);
    ~RevealSecretDialog() override;

    // An extra line under the secret for a public value, e.g. "Access key ID".
    void addPublicValue(const QString& label, const QString& value);
    // The variable name used by the copy-as snippets, e.g. WAYSCLOUD_API_KEY.
    void setEnvVarName(const QString& name);
    [[nodiscard]] QString envVarName() const { return m_envVarName; }
    // For a key whose provider lists its secret again (Wasabi AiR): the same masking and
    // clipboard guard, but no "shown once" warning and no saved-confirmation to close.
    void setShownAgain(bool again);
    [[nodiscard]] bool isShownAgain() const { return m_shownAgain; }

public slots:
    void done(int result) override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void fitToContents();
    void copySecret();
    void copySnippet(bool exportLine);
    void showCountdown(int secondsLeft);
    void showCleared(bool wasOurs);
    void retranslate();

    const std::unique_ptr<Ui::RevealSecretDialog> m_ui;
    QPointer<ClipboardGuard> m_guard;
    QString m_keyName;
    QString m_envVarName;
    QAction* m_exportAction;
    QAction* m_dotenvAction;
    int m_publicValueCount = 0;
    bool m_shownAgain = false;
};

} // namespace kw
