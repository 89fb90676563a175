#include "ExpiryEdit.h"

#include "core/Clock.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLocale>
#include <QSpinBox>
#include <limits>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Hour = 60 * 60;
constexpr qint64 Day = 24 * Hour;

} // namespace

ExpiryEdit::ExpiryEdit(QWidget* parent)
    : QWidget(parent), m_combo(new QComboBox(this)), m_date(new QDateTimeEdit(this)),
      m_seconds(new QSpinBox(this)), m_unit(new QComboBox(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addWidget(m_date);
    layout->addWidget(m_seconds);
    layout->addWidget(m_unit);
    layout->addStretch(1);

    m_combo->setObjectName(u"expiryCombo"_s);
    m_combo->setAccessibleName(tr("Expiry"));
    m_combo->view()->setObjectName(u"expiryComboList"_s);
    m_combo->view()->setAccessibleName(tr("Expiry choices"));
    m_date->setObjectName(u"expiresEdit"_s);
    m_date->setAccessibleName(tr("Expiry date and time"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_seconds->setObjectName(u"durationSpin"_s);
    m_seconds->setAccessibleName(tr("Validity"));
    // Wider than any provider's limit, so that a value over it is explained, not silently cut.
    m_seconds->setRange(1, std::numeric_limits<int>::max());
    m_seconds->setGroupSeparatorShown(true);
    m_unit->setObjectName(u"durationUnitCombo"_s);
    m_unit->setAccessibleName(tr("Validity unit"));
    m_unit->view()->setObjectName(u"durationUnitList"_s);
    m_unit->view()->setAccessibleName(tr("Validity units"));
    m_unit->addItem(tr("seconds"), qint64(1));
    m_unit->addItem(tr("minutes"), qint64(60));
    m_unit->addItem(tr("hours"), Hour);
    setFocusProxy(m_combo);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        emit changed();
    });
    connect(m_date, &QDateTimeEdit::dateTimeChanged, this, &ExpiryEdit::changed);
    connect(m_seconds, &QSpinBox::valueChanged, this, &ExpiryEdit::changed);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ExpiryEdit::changed);
    updateVisibility();
}

void ExpiryEdit::setCapabilities(const Capabilities& caps)
{
    m_kind = caps.expiry;
    m_maxSeconds = caps.maxDurationSeconds;
    m_presets = caps.durationPresets;
    rebuild();
}

void ExpiryEdit::setKeepCurrentChoice(const QString& current)
{
    m_keepCurrent = current;
    rebuild();
}

QDateTime ExpiryEdit::now() const
{
    return Clock::app().nowUtc();
}

QString ExpiryEdit::durationText(qint64 seconds)
{
    const QString exact = tr("%1 s").arg(QLocale().toString(seconds));
    if (seconds % Day == 0)
        return (seconds == Day ? tr("1 day") : tr("%1 days").arg(seconds / Day)) + u" ("_s + exact +
               QLatin1Char(')');
    if (seconds % Hour == 0)
        return (seconds == Hour ? tr("1 hour") : tr("%1 hours").arg(seconds / Hour)) + u" ("_s +
               exact + QLatin1Char(')');
    if (seconds % 60 == 0)
        return tr("%1 min").arg(seconds / 60) + u" ("_s + exact + QLatin1Char(')');
    return exact;
}

void ExpiryEdit::rebuild()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    if (!m_keepCurrent.isEmpty())
        m_combo->addItem(tr("Keep: %1").arg(m_keepCurrent), KeepCurrent);
    if (m_kind == Capabilities::Expiry::Date) {
        m_combo->addItem(tr("Never"), qint64(0));
        m_combo->addItem(tr("In 1 hour"), Hour);
        m_combo->addItem(tr("In 1 week"), 7 * Day);
        m_combo->addItem(tr("In 1 month"), OneMonth);
        m_combo->addItem(tr("In 1 year"), OneYear);
        m_combo->addItem(tr("On a date…"), OnDate);
        const QDateTime inNinetyDays = now().toLocalTime().addDays(90);
        m_date->setDateTime(QDateTime(inNinetyDays.date(), QTime(inNinetyDays.time().hour(), 0)));
    } else if (m_kind == Capabilities::Expiry::Duration) {
        QList<qint64> presets = m_presets;
        if (presets.isEmpty())
            presets = {0};
        for (qint64 seconds : std::as_const(presets)) {
            if (seconds == 0)
                m_combo->addItem(tr("Permanent"), qint64(0));
            else if (m_maxSeconds <= 0 || seconds <= m_maxSeconds)
                m_combo->addItem(durationText(seconds), seconds);
        }
        m_combo->addItem(tr("Custom…"), CustomSeconds);
        setCustom(qMin<qint64>(m_maxSeconds > 0 ? m_maxSeconds : Hour, Hour));
    }
    m_combo->setCurrentIndex(0);
    updateVisibility();
}

qint64 ExpiryEdit::currentChoice() const
{
    return m_combo->currentIndex() < 0 ? KeepCurrent : m_combo->currentData().toLongLong();
}

void ExpiryEdit::updateVisibility()
{
    const qint64 choice = currentChoice();
    m_date->setVisible(choice == OnDate);
    m_date->setEnabled(choice == OnDate);
    m_seconds->setVisible(choice == CustomSeconds);
    m_seconds->setEnabled(choice == CustomSeconds);
    m_unit->setVisible(choice == CustomSeconds);
    m_unit->setEnabled(choice == CustomSeconds);
    m_combo->setEnabled(m_kind != Capabilities::Expiry::None);
}

bool ExpiryEdit::keepsCurrent() const
{
    return currentChoice() == KeepCurrent;
}

std::optional<QDateTime> ExpiryEdit::expires() const
{
    const qint64 choice = currentChoice();
    const QDateTime from = now().toUTC();
    switch (choice) {
    case KeepCurrent:
    case CustomSeconds:
    case 0:
        return std::nullopt;
    case OnDate:
        return m_date->dateTime().toUTC();
    case OneMonth:
        return from.addMonths(1);
    case OneYear:
        return from.addYears(1);
    default:
        return from.addSecs(choice);
    }
}

void ExpiryEdit::setExpires(const std::optional<QDateTime>& expires)
{
    if (!expires) {
        m_combo->setCurrentIndex(m_combo->findData(qint64(0)));
        return;
    }
    m_date->setDateTime(expires->toLocalTime());
    m_combo->setCurrentIndex(m_combo->findData(OnDate));
}

qint64 ExpiryEdit::durationSeconds() const
{
    const qint64 choice = currentChoice();
    if (choice == CustomSeconds)
        return customSeconds();
    return choice > 0 ? choice : 0;
}

void ExpiryEdit::setDurationSeconds(qint64 seconds)
{
    const int preset = m_combo->findData(seconds);
    if (preset >= 0 && seconds >= 0) {
        m_combo->setCurrentIndex(preset);
        return;
    }
    setCustom(seconds);
    m_combo->setCurrentIndex(m_combo->findData(CustomSeconds));
}

qint64 ExpiryEdit::customSeconds() const
{
    return qint64(m_seconds->value()) * qMax<qint64>(1, m_unit->currentData().toLongLong());
}

void ExpiryEdit::setCustom(qint64 seconds)
{
    seconds = qMax<qint64>(1, seconds);
    const qint64 unit = seconds % Hour == 0 ? Hour : (seconds % 60 == 0 ? 60 : 1);
    m_unit->setCurrentIndex(m_unit->findData(unit));
    m_seconds->setValue(int(qMin<qint64>(seconds / unit, std::numeric_limits<int>::max())));
}

QString ExpiryEdit::problem() const
{
    const qint64 choice = currentChoice();
    if (choice == OnDate && m_date->dateTime().toUTC() <= now())
        return tr("Choose an expiry date in the future.");
    if (choice == CustomSeconds && m_maxSeconds > 0 && customSeconds() > m_maxSeconds)
        return tr("A temporary key lasts at most %1.").arg(durationText(m_maxSeconds));
    return {};
}

} // namespace kw
