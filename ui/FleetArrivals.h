#pragma once

#include "core/ApiKey.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace kw {

class KeyTableModel;

// Puts the keys of each account that arrives in the fleet view into the key model a slice at a
// time. Two thousand new rows added at once held the window while the proxy placed them among
// the others and the view was laid out and repainted, all in one turn of the event loop; now the
// first slice is added at once and the rest a few milliseconds' worth a turn, so that a
// repaint, a keystroke or another account's answer gets its turn in between. A list with no
// more than a slice of new keys (every list of a small account, every refresh that adds a few)
// is added at once, as before.
class FleetArrivals : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype SliceRows = 256;

    explicit FleetArrivals(KeyTableModel* model, QObject* parent = nullptr);

    // KeyTableModel::setAccountKeys, the new keys past the first slice added in later turns.
    // A newer list of the account replaces whatever of the older one was not added yet.
    void setAccountKeys(const QString& accountId, const QList<ApiKey>& keys);
    // The account is gone (or its rows were replaced otherwise): nothing more is added for it.
    void forget(const QString& accountId);
    bool isPending(const QString& accountId) const { return m_pending.contains(accountId); }
    bool isEmpty() const { return m_pending.isEmpty(); }

signals:
    void sliceAdded(const QString& accountId);
    void accountComplete(const QString& accountId); // its last slice is in

private:
    void addSlices();

    KeyTableModel* m_model;
    QHash<QString, QList<ApiKey>> m_pending; // by account: the keys still to add, in order
    QStringList m_order;                     // the accounts with keys to add, first come first
    QTimer m_timer;
};

} // namespace kw
