#include "console/Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Autostart", text);
}

} // namespace

Autostart::Autostart(QString configHome) : m_configHome(std::move(configHome))
{
    // QStandardPaths follows $XDG_CONFIG_HOME and falls back to ~/.config, as the autostart
    // spec does.
    if (m_configHome.isEmpty())
        m_configHome = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
}

QString Autostart::filePath() const
{
    return QDir(m_configHome).filePath(u"autostart/keywarden.desktop"_s);
}

bool Autostart::isEnabled() const
{
    return QFileInfo::exists(filePath());
}

QString Autostart::setEnabled(bool enabled) const
{
    const QString path = filePath();
    if (!enabled) {
        QFile file(path);
        if (file.exists() && !file.remove())
            return tr("Cannot remove %1: %2").arg(path, file.errorString());
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return tr("Cannot create the folder %1.").arg(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const QByteArray entry = desktopEntry();
    if (!file.open(QIODevice::WriteOnly) || file.write(entry) != entry.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QByteArray Autostart::desktopEntry()
{
    // Fixed English text: the entry is read by the session, which shows Name in its list of
    // startup programs.
    return QByteArrayLiteral("[Desktop Entry]\n"
                             "Type=Application\n"
                             "Name=KeyWarden\n"
                             "Comment=Reminders about your API keys, from the tray\n"
                             "Exec=keywarden --background\n"
                             "Icon=keywarden\n"
                             "Terminal=false\n"
                             "X-GNOME-Autostart-enabled=true\n");
}

} // namespace kw
