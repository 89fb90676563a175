#pragma once

#include "core/Secret.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QToolButton;
QT_END_NAMESPACE

namespace kw {

// Shows a secret read-only, masked by default, with a checkable reveal button (Ctrl+H).
// While masked the line edit holds only bullets, never the secret, so neither the widget tree
// nor accessibility clients see it. Copy shortcuts in the field are turned into copyRequested()
// so that every copy of the secret goes through the ClipboardGuard.
class SecretField : public QWidget
{
    Q_OBJECT

public:
    explicit SecretField(QWidget* parent = nullptr);
    ~SecretField() override;

    void setSecret(Secret secret);
    [[nodiscard]] const Secret& secret() const { return m_secret; }
    void clear(); // wipes the secret and masks the field

    [[nodiscard]] bool isRevealed() const;
    void setRevealed(bool revealed);

    [[nodiscard]] QLineEdit* lineEdit() const { return m_edit; }
    [[nodiscard]] QToolButton* revealButton() const { return m_revealButton; }

signals:
    void revealedChanged(bool revealed);
    void copyRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateDisplay();
    void wipeShownText();
    void retranslate();

    Secret m_secret;
    bool m_shownInClear = false; // the line edit holds the secret, not the mask
    QLineEdit* m_edit;
    QToolButton* m_revealButton;
};

} // namespace kw
