#include "Preferences.h"

#include <QSettings>
#include <algorithm>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

const QString ClipboardKey = u"preferences/clipboardClearSeconds"_s;
const QString PolicyKey = u"rotationPolicyDays"_s; // RotationOrchestrator's key
const QString AccountPolicyGroup = u"accountRotationPolicyDays/"_s;
const QString GraceKey = u"rotationGraceDays"_s; // RotationStore's key
const QString ExpiryNoticeKey = u"preferences/expiryNoticeDays"_s;
const QString RotationDueKey = u"preferences/notifyRotationDue"_s;
const QString RevocationsKey = u"preferences/notifyRevocations"_s;
const QString TrayKey = u"preferences/trayEnabled"_s;
const QString CloseKey = u"preferences/closeAction"_s;
const QString IdleLockKey = u"preferences/idleLockMinutes"_s;
const QString LanguageKey = u"preferences/language"_s;

constexpr int MinClipboardSeconds = 5;
constexpr int MaxClipboardSeconds = 600;
constexpr int MaxPolicyDays = 3650;
constexpr int MaxGraceDays = 365;
constexpr int MaxIdleMinutes = 24 * 60;

int readInt(const QSettings& settings, const QString& key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

} // namespace

Preferences::Preferences(QSettings& settings) : m_settings(settings) {}

int Preferences::clipboardClearSeconds() const
{
    return readInt(m_settings, ClipboardKey, DefaultClipboardClearSeconds, MinClipboardSeconds,
                   MaxClipboardSeconds);
}

void Preferences::setClipboardClearSeconds(int seconds)
{
    m_settings.setValue(ClipboardKey,
                        std::clamp(seconds, MinClipboardSeconds, MaxClipboardSeconds));
}

std::chrono::milliseconds Preferences::clipboardClearTimeout() const
{
    return std::chrono::seconds(clipboardClearSeconds());
}

int Preferences::defaultRotationPolicyDays() const
{
    return readInt(m_settings, PolicyKey, DefaultRotationPolicyDays, 1, MaxPolicyDays);
}

void Preferences::setDefaultRotationPolicyDays(int days)
{
    m_settings.setValue(PolicyKey, std::clamp(days, 1, MaxPolicyDays));
}

int Preferences::rotationPolicyDays(const QString& accountId) const
{
    if (!hasAccountRotationPolicy(accountId))
        return defaultRotationPolicyDays();
    return readInt(m_settings, AccountPolicyGroup + accountId, defaultRotationPolicyDays(), 1,
                   MaxPolicyDays);
}

bool Preferences::hasAccountRotationPolicy(const QString& accountId) const
{
    return !accountId.isEmpty() && m_settings.contains(AccountPolicyGroup + accountId);
}

void Preferences::setAccountRotationPolicyDays(const QString& accountId, int days)
{
    if (accountId.isEmpty())
        return;
    if (days <= 0)
        m_settings.remove(AccountPolicyGroup + accountId);
    else
        m_settings.setValue(AccountPolicyGroup + accountId, std::min(days, MaxPolicyDays));
}

int Preferences::defaultGraceDays() const
{
    return readInt(m_settings, GraceKey, DefaultGraceDays, 0, MaxGraceDays);
}

void Preferences::setDefaultGraceDays(int days)
{
    m_settings.setValue(GraceKey, std::clamp(days, 0, MaxGraceDays));
}

QList<int> Preferences::expiryNoticeDays() const
{
    if (!m_settings.contains(ExpiryNoticeKey))
        return {7, 1};
    QList<int> days;
    const QStringList parts = m_settings.value(ExpiryNoticeKey).toString().split(u',');
    for (const QString& part : parts) {
        bool ok = false;
        const int day = part.trimmed().toInt(&ok);
        if (ok && day > 0 && day <= MaxGraceDays && !days.contains(day))
            days << day;
    }
    std::sort(days.begin(), days.end(), std::greater<>());
    return days;
}

void Preferences::setExpiryNoticeDays(QList<int> days)
{
    std::sort(days.begin(), days.end(), std::greater<>());
    QStringList parts;
    for (int day : days) {
        if (day > 0 && day <= MaxGraceDays && !parts.contains(QString::number(day)))
            parts << QString::number(day);
    }
    m_settings.setValue(ExpiryNoticeKey, parts.join(u','));
}

bool Preferences::notifyRotationDue() const
{
    return m_settings.value(RotationDueKey, true).toBool();
}

void Preferences::setNotifyRotationDue(bool notify)
{
    m_settings.setValue(RotationDueKey, notify);
}

bool Preferences::notifyRevocations() const
{
    return m_settings.value(RevocationsKey, true).toBool();
}

void Preferences::setNotifyRevocations(bool notify)
{
    m_settings.setValue(RevocationsKey, notify);
}

bool Preferences::trayEnabled() const
{
    return m_settings.value(TrayKey, true).toBool();
}

void Preferences::setTrayEnabled(bool enabled)
{
    m_settings.setValue(TrayKey, enabled);
}

Preferences::CloseAction Preferences::closeAction() const
{
    const QString text = m_settings.value(CloseKey).toString();
    if (text == u"keepInTray")
        return CloseAction::KeepInTray;
    if (text == u"quit")
        return CloseAction::Quit;
    return CloseAction::Ask;
}

void Preferences::setCloseAction(CloseAction action)
{
    switch (action) {
    case CloseAction::Ask:
        m_settings.setValue(CloseKey, u"ask"_s);
        break;
    case CloseAction::KeepInTray:
        m_settings.setValue(CloseKey, u"keepInTray"_s);
        break;
    case CloseAction::Quit:
        m_settings.setValue(CloseKey, u"quit"_s);
        break;
    }
}

int Preferences::idleLockMinutes() const
{
    return readInt(m_settings, IdleLockKey, DefaultIdleLockMinutes, 0, MaxIdleMinutes);
}

void Preferences::setIdleLockMinutes(int minutes)
{
    m_settings.setValue(IdleLockKey, std::clamp(minutes, 0, MaxIdleMinutes));
}

QString Preferences::language() const
{
    return m_settings.value(LanguageKey).toString();
}

void Preferences::setLanguage(const QString& language)
{
    m_settings.setValue(LanguageKey, language);
}

QLocale Preferences::uiLocale() const
{
    const QString chosen = language();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

} // namespace kw
