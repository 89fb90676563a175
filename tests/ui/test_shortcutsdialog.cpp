// Help → Keyboard Shortcuts lists what the actions say, as they say it now.
#include "ui/ShortcutsDialog.h"

#include <QAction>
#include <QTest>

using namespace kw;
using namespace Qt::StringLiterals;

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private slots:
    void listsEachActionWithAShortcutOnce()
    {
        QAction create(u"&Create Key…"_s);
        create.setShortcut(QKeySequence(u"Ctrl+N"_s));
        QAction revoke(u"Re&voke Key…"_s);
        revoke.setShortcuts({QKeySequence(Qt::Key_Delete), QKeySequence(u"Ctrl+Shift+X"_s)});
        QAction none(u"Remove Account…"_s);
        QAction separator;
        separator.setSeparator(true);
        const ShortcutsDialog dialog({&create, &none, &separator, &revoke, &create});
        QCOMPARE(dialog.rows(),
                 (QStringList{u"Create Key: Ctrl+N"_s, u"Revoke Key: Del or Ctrl+Shift+X"_s}));
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "test_shortcutsdialog.moc"
