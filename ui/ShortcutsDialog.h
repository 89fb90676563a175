#pragma once

#include <QDialog>
#include <QList>

QT_BEGIN_NAMESPACE
class QAction;
class QTreeWidget;
QT_END_NAMESPACE

namespace kw {

// Help → Keyboard Shortcuts: every action handed in that has a shortcut, with its keys, read
// from the actions themselves when the dialog opens, so the list never goes stale.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);

    // "Action: keys" per row, as shown.
    QStringList rows() const;

private:
    QTreeWidget* m_list;
};

} // namespace kw
