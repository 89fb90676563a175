#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QSpinBox;
QT_END_NAMESPACE

namespace kw {

class KeyFilterProxy;

// The second filter row under the filter box: "Expires within [N] days", "Unused for [N] days",
// "Inactive", "Never used" (console/KeyFilters, as keywarden-cli keys list --expires-within …).
// Each is switched on by its check box; the day counts apply while their box is checked. It sets
// the filters on the proxy it is given and says so with changed().
class KeyFilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DefaultExpiresWithinDays = 14;
    static constexpr int DefaultUnusedForDays = 90;

    KeyFilterBar(KeyFilterProxy* proxy, QWidget* parent = nullptr);

    QCheckBox* expiresCheck() const { return m_expires; }
    QSpinBox* expiresDays() const { return m_expiresDays; }
    QCheckBox* unusedCheck() const { return m_unused; }
    QSpinBox* unusedDays() const { return m_unusedDays; }
    QCheckBox* inactiveCheck() const { return m_inactive; }
    QCheckBox* neverUsedCheck() const { return m_neverUsed; }
    QCheckBox* driftCheck() const { return m_drift; }

public slots:
    // Switches every filter of the row off (the day counts stay as typed).
    void clear();

signals:
    void changed();

private:
    void apply();

    KeyFilterProxy* m_proxy;
    QCheckBox* m_expires;
    QSpinBox* m_expiresDays;
    QCheckBox* m_unused;
    QSpinBox* m_unusedDays;
    QCheckBox* m_inactive;
    QCheckBox* m_neverUsed;
    QCheckBox* m_drift; // keys with any drift (console/KeyDrift): new, vanished or orphan
};

} // namespace kw
