#pragma once

#include "SubmitDialog.h"
#include "core/ApiKey.h"
#include "core/Capabilities.h"
#include "core/KeySpec.h"
#include "core/Rotation.h"

#include <QDate>
#include <QScopedPointer>
#include <optional>

namespace Ui {
class RotateKeyDialog;
}

namespace kw {

// Explains a rotation and asks how it should go: the new key's name (the services, description
// and IP whitelist are copied from the old key) and whether the old key is revoked at once, after
// a grace period, once it has gone quiet (Capabilities::lastUsed), or disabled first and deleted
// after the grace period (Capabilities::disable); the last two only where the provider can.
// graceDays is the remembered default; the caller saves what was chosen. Rotate accept()s; the
// dates come from kw::Clock::app().
class RotateKeyDialog : public SubmitDialog
{
    Q_OBJECT
public:
    RotateKeyDialog(const ApiKey& oldKey, const Capabilities& caps, int graceDays,
                    QWidget* parent = nullptr);
    ~RotateKeyDialog() override;

    // Everything the provider lets a new key have that the old one had: services, description,
    // IP whitelist, owner, project, lifetime. The name is editable and defaults to the old name
    // with a "(rotated <date>)" suffix, so both keys can be told apart during the grace period.
    KeySpec newKeySpec() const;
    static QString rotatedName(const QString& oldName, const QDate& today);
    bool revokeImmediately() const;
    int graceDays() const;
    // The grace step chosen (days 0 with revokeImmediately()).
    GracePlan gracePlan() const;
    // What the user chose last time, when that rotation stopped before the new key existed.
    void restoreChoices(const QString& name, bool revokeNow, int graceDays);
    void restorePlan(const GracePlan& plan);

protected:
    bool canSubmit() const override;

private:
    QString summary() const;
    QString serviceLabel(const QString& id) const;
    void revalidate();
    void updateGraceSuffix(int days);
    void updateQuietSuffix(int hours);

    const QScopedPointer<Ui::RotateKeyDialog> m_ui;

    const ApiKey m_oldKey;
    const Capabilities m_caps;
};

} // namespace kw
