#pragma once

#include <QByteArray>
#include <QString>

namespace kw {

// "Start at login" (Preferences): the XDG autostart entry
// $XDG_CONFIG_HOME/autostart/keywarden.desktop (~/.config when unset), which starts the app
// minimised to the tray (keywarden --background). Removing the file turns it off. The entry
// holds no secret and no path of the user's: Exec names the installed program.
class Autostart
{
public:
    // configHome: the folder that holds "autostart"; empty: $XDG_CONFIG_HOME or ~/.config.
    explicit Autostart(QString configHome = {});

    QString filePath() const;
    bool isEnabled() const;
    // Writes the entry (through a temporary file renamed over it) or removes it. Returns the
    // error for the user, empty on success.
    QString setEnabled(bool enabled) const;

    // The entry's content (desktop-entry-spec 1.5, valid for desktop-file-validate).
    static QByteArray desktopEntry();

private:
    QString m_configHome;
};

} // namespace kw
