#include "KeyFilterBar.h"

#include "KeyFilterProxy.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSpinBox>

namespace kw {

namespace {

constexpr int MaxDays = 3650;

QSpinBox* daysSpin(int value, const QString& accessibleName, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(0, MaxDays);
    spin->setValue(value);
    spin->setSuffix(KeyFilterBar::tr(" days"));
    spin->setAccessibleName(accessibleName);
    return spin;
}

} // namespace

KeyFilterBar::KeyFilterBar(KeyFilterProxy* proxy, QWidget* parent)
    : QWidget(parent), m_proxy(proxy), m_expires(new QCheckBox(tr("E&xpires within"), this)),
      m_expiresDays(daysSpin(DefaultExpiresWithinDays, tr("Expires within days"), this)),
      m_unused(new QCheckBox(tr("U&nused for"), this)),
      m_unusedDays(daysSpin(DefaultUnusedForDays, tr("Unused for days"), this)),
      m_inactive(new QCheckBox(tr("&Inactive"), this)),
      m_neverUsed(new QCheckBox(tr("Never use&d"), this)),
      m_drift(new QCheckBox(tr("Drift&ed"), this))
{
    using namespace Qt::StringLiterals;
    setObjectName(u"keyFilterBar"_s);
    m_expires->setObjectName(u"expiresWithinCheck"_s);
    m_expiresDays->setObjectName(u"expiresWithinSpin"_s);
    m_unused->setObjectName(u"unusedForCheck"_s);
    m_unusedDays->setObjectName(u"unusedForSpin"_s);
    m_inactive->setObjectName(u"inactiveCheck"_s);
    m_neverUsed->setObjectName(u"neverUsedCheck"_s);
    m_drift->setObjectName(u"driftCheck"_s);
    m_drift->setAccessibleName(tr("Show only keys that drifted"));
    m_drift->setToolTip(tr("Keys created or deleted outside KeyWarden since the last look, and "
                           "keys whose create answer was lost"));

    m_expires->setAccessibleName(tr("Show only keys that expire within the given days"));
    m_expires->setToolTip(tr("Keys not yet expired whose expiry is this many days away or less"));
    m_unused->setAccessibleName(tr("Show only keys unused for the given days"));
    m_unused->setToolTip(tr("Keys not used for this many days; only where the provider reports "
                            "when a key was last used"));
    m_inactive->setAccessibleName(tr("Show only inactive keys"));
    m_inactive->setToolTip(tr("Disabled, suspended, expired or revoked keys"));
    m_neverUsed->setAccessibleName(tr("Show only keys never used"));
    m_neverUsed->setToolTip(
        tr("Keys the provider reports as never used; only where it reports last use"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_expires);
    layout->addWidget(m_expiresDays);
    layout->addSpacing(12);
    layout->addWidget(m_unused);
    layout->addWidget(m_unusedDays);
    layout->addSpacing(12);
    layout->addWidget(m_inactive);
    layout->addWidget(m_neverUsed);
    layout->addWidget(m_drift);
    layout->addStretch(1);
    setTabOrder(m_expires, m_expiresDays);
    setTabOrder(m_expiresDays, m_unused);
    setTabOrder(m_unused, m_unusedDays);
    setTabOrder(m_unusedDays, m_inactive);
    setTabOrder(m_inactive, m_neverUsed);
    setTabOrder(m_neverUsed, m_drift);

    for (QCheckBox* box : {m_expires, m_unused, m_inactive, m_neverUsed, m_drift})
        connect(box, &QCheckBox::toggled, this, &KeyFilterBar::apply);
    for (QSpinBox* spin : {m_expiresDays, m_unusedDays})
        connect(spin, &QSpinBox::valueChanged, this, &KeyFilterBar::apply);
}

void KeyFilterBar::clear()
{
    {
        const QSignalBlocker blockExpires(m_expires);
        const QSignalBlocker blockUnused(m_unused);
        const QSignalBlocker blockInactive(m_inactive);
        const QSignalBlocker blockNever(m_neverUsed);
        const QSignalBlocker blockDrift(m_drift);
        for (QCheckBox* box : {m_expires, m_unused, m_inactive, m_neverUsed, m_drift})
            box->setChecked(false);
    }
    apply();
}

void KeyFilterBar::apply()
{
    m_proxy->setExpiresWithinDays(
        m_expires->isChecked() ? std::optional<int>(m_expiresDays->value()) : std::nullopt);
    m_proxy->setUnusedForDays(m_unused->isChecked() ? std::optional<int>(m_unusedDays->value())
                                                    : std::nullopt);
    m_proxy->setInactiveOnly(m_inactive->isChecked());
    m_proxy->setNeverUsedOnly(m_neverUsed->isChecked());
    m_proxy->setDriftFilter(m_drift->isChecked() ? std::optional(DriftKind::None) : std::nullopt);
    emit changed();
}

} // namespace kw
