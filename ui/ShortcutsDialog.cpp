#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kw {

namespace {

// "&Create Key…" reads as "Create Key" in a list of commands.
QString plainText(const QAction* action)
{
    using namespace Qt::StringLiterals;
    QString text = action->text();
    text.remove(QRegularExpression(u"&(?!&)"_s));
    if (text.endsWith(u'…'))
        text.chop(1);
    return text.trimmed();
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent), m_list(new QTreeWidget(this))
{
    using namespace Qt::StringLiterals;
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* label = new QLabel(tr("&Shortcuts:"), this);
    label->setBuddy(m_list);
    m_list->setObjectName(u"shortcutList"_s);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    QSet<const QAction*> listed;
    for (const QAction* action : actions) {
        if (!action || action->isSeparator() || action->shortcuts().isEmpty() ||
            listed.contains(action))
            continue;
        listed.insert(action);
        QStringList keys;
        for (const QKeySequence& sequence : action->shortcuts())
            keys << sequence.toString(QKeySequence::NativeText);
        auto* item = new QTreeWidgetItem(m_list, {plainText(action), keys.join(tr(" or "))});
        item->setToolTip(0, action->toolTip());
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->setCurrentItem(m_list->topLevelItem(0));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(480, 520);
}

QStringList ShortcutsDialog::rows() const
{
    using namespace Qt::StringLiterals;
    QStringList out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_list->topLevelItem(i);
        out << item->text(0) + u": "_s + item->text(1);
    }
    return out;
}

} // namespace kw
