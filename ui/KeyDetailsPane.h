#pragma once

#include "console/KeyDrift.h"
#include "core/ApiKey.h"
#include "core/Rotation.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>
#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QGridLayout;
class QToolButton;
class QLabel;
class QScrollArea;
QT_END_NAMESPACE

namespace kw {

// Every public field of the selected key as selectable text. It never shows a secret: an ApiKey
// holds none.
class KeyDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit KeyDetailsPane(QWidget* parent = nullptr);

    // Service id → display label, as in the table.
    void setServiceLabels(const QHash<QString, QString>& labels) { m_serviceLabels = labels; }
    void setRotationDueDays(int days) { m_rotationDueDays = days; }
    // The key's account as the next showKey() names it ("Scaleway prod (Scaleway)"): set in the
    // "All accounts" view, where keys of several accounts are listed; empty: no Account row.
    void setAccountText(const QString& text) { m_accountText = text; }
    // The next showKey()'s drift (console/KeyDrift): a line saying what it means, and a
    // "Mark as seen" button that emits driftAcknowledged with the key's id.
    void setDrift(DriftKind drift) { m_drift = drift; }
    // Rows for fields the provider has (from Capabilities); the others would only say "—".
    struct ProviderFields
    {
        bool services = true;
        bool ipAllowlist = true;
        bool lastUsed = true; // false: the provider never says, so "never" would be a guess
        bool expiry = true;
        bool created = true; // false: no creation time, so no age either
    };
    void setProviderFields(const ProviderFields& fields);
    void showKey(const ApiKey& key, const QDateTime& now,
                 const std::optional<RotationRecord>& rotation = std::nullopt);
    void showNothing(const QString& why);
    // What the key's owner may do (Capabilities::principalPolicies), under the row label title,
    // with a button for attach when given. Stays until hidden or another showNothing().
    void showOwnerAccess(const QString& title, const QString& text, QAction* attach = nullptr);
    void hideOwnerAccess();

    // The value label of a field, by its name ("id", "name", …), for tests.
    QLabel* valueLabel(const QString& field) const { return m_values.value(field); }
    QToolButton* driftSeenButton() const { return m_driftSeen; }

signals:
    void driftAcknowledged(const QString& keyId);

private:
    struct Shown
    {
        ApiKey key;
        QDateTime now;
        std::optional<RotationRecord> rotation;
    };
    static QString statusText(const ApiKey& key, const QDateTime& now);
    static QString rotationText(const std::optional<RotationRecord>& rotation);
    void showRowsFor(const ApiKey& key, bool rotating);
    void addField(const QString& field, const QString& label, int column);
    void addOwnerAccessRow();
    void setValue(const QString& field, const QString& value);
    void setRowVisible(const QString& field, bool visible);

    // Label and value side by side, a grid a column. Not QFormLayout: in Qt 6.4 a hidden row of
    // a form with word-wrapping labels makes QFormLayout::heightForWidth write past the end of
    // its row buffer (valgrind: invalid writes of 4 bytes under heightForWidth), which corrupted
    // the heap as the pane switched between keys with different rows. A grid skips hidden rows.
    void addRow(int column, QWidget* name, QWidget* value);
    QGridLayout* m_grids[2] = {};
    int m_rows[2] = {}; // rows added to each grid so far
    QLabel* m_ownerAccessName = nullptr;
    QWidget* m_ownerAccessRow = nullptr;
    QToolButton* m_attachButton = nullptr;
    QToolButton* m_driftSeen = nullptr;
    DriftKind m_drift = DriftKind::None;
    void addDriftRow();
    QLabel* m_placeholder;
    QScrollArea* m_scroll;
    QWidget* m_fields;
    QHash<QString, QLabel*> m_values;
    QHash<QString, QLabel*> m_names; // each field's label, hidden with its value
    QHash<QString, QString> m_serviceLabels;
    int m_rotationDueDays = 90;
    QString m_accountText;
    ProviderFields m_providerFields;
    std::optional<Shown> m_shown;
};

} // namespace kw
