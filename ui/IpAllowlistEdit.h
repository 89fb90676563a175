#pragma once

#include "core/IpAllowlist.h"

#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace kw {

// A text field for an IP allowlist (addresses and CIDR ranges separated by commas, spaces or new
// lines) that checks what is typed as it is typed: the first bad entry is named with its
// position under the field (objectName "ipErrorLabel") and highlighted in the text, in the
// colours of ui/Palette.h for the current palette (a switch to dark mode repaints the mark).
class IpAllowlistEdit : public QWidget
{
    Q_OBJECT
public:
    explicit IpAllowlistEdit(QWidget* parent = nullptr);
    // The control that takes focus, for tab chains and label buddies. (No focus proxy: a
    // container with one is visited again when the chain wraps around.)
    QPlainTextEdit* textEdit() const { return m_edit; }

    void setEntries(const QStringList& entries);
    // The message about the first bad entry, or an empty string when the list is valid.
    QString problem() const;
    bool isValid() const { return m_allowlist.isValid(); }
    IpAllowlist allowlist() const { return m_allowlist; }

signals:
    void validityChanged(bool valid);
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void revalidate();
    void highlight(const QList<IpAllowlistIssue>& issues);

    QPlainTextEdit* m_edit;
    QLabel* m_errorLabel;
    IpAllowlist m_allowlist;
};

} // namespace kw
