#include "AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kw {

namespace {

QString orUnknown(const QString& value)
{
    return value.isEmpty() ? AboutDialog::tr("unknown") : value;
}

} // namespace

AboutDialog::AboutDialog(const DataLocations& locations, QWidget* parent)
    : QDialog(parent), m_text(new QLabel(this))
{
    using namespace Qt::StringLiterals;
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About KeyWarden"));
    setAccessibleName(tr("About KeyWarden"));

    auto* heading = new QLabel(this);
    heading->setObjectName(u"aboutHeading"_s);
    heading->setTextFormat(Qt::PlainText);
    heading->setText(tr("KeyWarden %1").arg(QCoreApplication::applicationVersion()));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);

    QStringList lines;
    lines << tr("A desktop console for the API keys and access keys of your cloud accounts.")
          << tr("Licence: GNU General Public License, version 3 or later.") << QString()
          << tr("Where your data lives:")
          << tr("Settings and accounts (no secrets): %1").arg(orUnknown(locations.settingsFile))
          << tr("Audit log: %1").arg(orUnknown(locations.auditLog))
          << tr("Account tokens: %1, service “%2”")
                 .arg(orUnknown(locations.keychain), orUnknown(locations.keychainService));
    if (locations.keychainEntries.isEmpty())
        lines << tr("No keychain entries yet.");
    else
        for (const QString& entry : locations.keychainEntries)
            lines << u"    "_s + entry;
    m_text->setObjectName(u"aboutText"_s);
    m_text->setTextFormat(Qt::PlainText); // paths and labels, as they are
    m_text->setText(lines.join(u'\n'));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("About KeyWarden"));
    m_text->setAccessibleDescription(m_text->text());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const
{
    return m_text->text();
}

} // namespace kw
