#pragma once

#include "core/Capabilities.h"

#include <QDateTime>
#include <QWidget>
#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateTimeEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace kw {

// How long a key lives, in the form its provider takes it: a date (never, 1 hour … 1 year, a
// chosen date) or a duration (the provider's presets, 0 = permanent, or a custom number of
// seconds, minutes or hours, still bounded by maxDurationSeconds). Built from
// Capabilities::expiry, maxDurationSeconds and durationPresets. Controls: expiryCombo,
// expiresEdit (a chosen date), durationSpin and durationUnitCombo (a custom duration). Presets
// count from kw::Clock::app().
class ExpiryEdit : public QWidget
{
    Q_OBJECT
public:
    explicit ExpiryEdit(QWidget* parent = nullptr);

    void setCapabilities(const Capabilities& caps);
    // Edit dialogs: a first choice that leaves the expiry as it is, described by `current`.
    void setKeepCurrentChoice(const QString& current);
    bool keepsCurrent() const;

    // Date kind: nullopt = never.
    std::optional<QDateTime> expires() const;
    void setExpires(const std::optional<QDateTime>& expires);
    // Duration kind: 0 = permanent.
    qint64 durationSeconds() const;
    void setDurationSeconds(qint64 seconds);

    // Why the choice cannot be sent, or empty.
    QString problem() const;

    QComboBox* combo() const { return m_combo; }
    QDateTimeEdit* dateEdit() const { return m_date; }
    QSpinBox* secondsSpin() const { return m_seconds; } // the custom duration's number
    QComboBox* unitCombo() const { return m_unit; }     // … and its unit

    static QString durationText(qint64 seconds); // "12 hours (43 200 s)"

signals:
    void changed();

private:
    // The combo's item data: >= 0 a preset in seconds (0 = never / permanent), or one of these.
    static constexpr qint64 KeepCurrent = -1;
    static constexpr qint64 OnDate = -2;
    static constexpr qint64 CustomSeconds = -3;
    static constexpr qint64 OneMonth = -4; // calendar months and years, not fixed seconds
    static constexpr qint64 OneYear = -5;

    void rebuild();
    void updateVisibility();
    QDateTime now() const;
    qint64 currentChoice() const;
    qint64 customSeconds() const;
    void setCustom(qint64 seconds); // in the largest unit that holds it exactly

    QComboBox* m_combo;
    QDateTimeEdit* m_date;
    QSpinBox* m_seconds;
    QComboBox* m_unit;
    Capabilities::Expiry m_kind = Capabilities::Expiry::None;
    qint64 m_maxSeconds = 0;
    QList<qint64> m_presets;
    QString m_keepCurrent;
};

} // namespace kw
