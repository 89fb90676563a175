#pragma once

#include <QDialog>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace kw {

// Help → About KeyWarden: the version, the licence, and where the data lives, so that an
// administrator can back it up, audit it or wipe it.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    // Where the data lives, as the layers that keep it report it (the settings, the audit log,
    // the keychain); an empty field is said to be unknown.
    struct DataLocations
    {
        QString settingsFile;
        QString auditLog;
        QString keychain;        // the backend, e.g. "System keychain"
        QString keychainService; // the service its entries are filed under
        QStringList keychainEntries;
    };

    AboutDialog(const DataLocations& locations, QWidget* parent = nullptr);

    // The text shown, for tests and screen readers.
    QString text() const;

private:
    QLabel* m_text;
};

} // namespace kw
