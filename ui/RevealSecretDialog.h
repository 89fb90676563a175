#pragma once

#include "Palette.h"
#include "SubmitDialog.h"
#include "console/CredentialSnippets.h"
#include "core/Secret.h"
#include "providers/ProviderReply.h"

#include <QPointer>
#include <QScopedPointer>
#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QColor;
class QMenu;
namespace Ui {
class RevealSecretDialog;
}
QT_END_NAMESPACE

namespace kw {

class ClipboardGuard;

// Shows the secret of a newly created key, the one time the provider hands it out. The secret
// is masked until revealed, copied only through the ClipboardGuard, and wiped from the dialog
// when it closes. Close stays disabled until the user confirms having saved the key; any other
// way of closing (Esc, the window's close button, reject()) asks first (SubmitDialog's guard).
class RevealSecretDialog : public SubmitDialog
{
    Q_OBJECT

public:
    RevealSecretDialog(const QString& keyName, Secret secret, ClipboardGuard* guard,
                       QWidget* parent = nullptr);
    ~RevealSecretDialog() override;

    // An extra line under the secret for a public value, e.g. "Access key ID".
    void addPublicValue(const QString& label, const QString& value);
    // The Copy as… menu: one entry per snippet the key's provider supports, each copied through
    // the clipboard guard like the secret. Without any (the default) the button is hidden.
    void setCredentialSnippets(CredentialSnippets snippets);
    [[nodiscard]] const CredentialSnippets& credentialSnippets() const { return m_snippets; }
    // For a key whose provider lists its secret again (Wasabi AiR): the same masking and
    // clipboard guard, but no "shown once" warning and no saved-confirmation to close.
    void setShownAgain(bool again);
    [[nodiscard]] bool isShownAgain() const { return m_shownAgain; }
    // The user confirmed having saved the secret (always true when it is shown again): closing
    // now loses nothing.
    [[nodiscard]] bool isSaveConfirmed() const;

    // "Test key" (providers whose Capabilities::verify is set). The handler gets the dialog's own
    // secret by reference, for the duration of the call only, and starts the provider's check;
    // its answer comes back through showTestResult() or showTestError().
    using TestHandler = std::function<void(const Secret& secret)>;
    void setTestHandler(const QString& providerName, TestHandler handler);
    [[nodiscard]] bool canTest() const { return bool(m_testHandler); }
    void showTestResult(const Verification& verification);
    void showTestError(const QString& text);
    // The last test's result; nullopt while untested, testing, or when the test itself failed.
    [[nodiscard]] const std::optional<Verification>& lastVerification() const
    {
        return m_verification;
    }
    [[nodiscard]] bool isVerified() const;

public slots:
    void done(int result) override;

protected:
    bool mayClose() override;
    void languageChanged() override;

private:
    void copySecret();
    void copySnippet(const QString& id);
    void rebuildCopyAsMenu();
    void showCountdown(int secondsLeft);
    void showCleared(bool wasOurs);
    void retranslate();
    void testKey();
    void showTestText(const QString& text, std::optional<Palette::Role> role);

    const QScopedPointer<Ui::RevealSecretDialog> m_ui;
    QPointer<ClipboardGuard> m_guard;
    QString m_keyName;
    CredentialSnippets m_snippets;
    QMenu* m_copyAsMenu;
    int m_publicValueCount = 0;
    bool m_shownAgain = false;
    TestHandler m_testHandler;
    QString m_providerName;
    std::optional<Verification> m_verification;
};

} // namespace kw
