#include "KeyDetailsPane.h"

#include "KeyTableModel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kw {

namespace {

QString localDateTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace

KeyDetailsPane::KeyDetailsPane(QWidget* parent)
    : QWidget(parent), m_grid(nullptr), m_placeholder(new QLabel(this)),
      m_scroll(new QScrollArea(this)), m_fields(new QWidget)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    m_placeholder->setWordWrap(true);
    outer->addWidget(m_placeholder);

    auto* scroll = m_scroll;
    scroll->setObjectName(QStringLiteral("detailsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_grid = new QGridLayout(m_fields);
    m_grid->setContentsMargins(6, 6, 6, 6);
    m_grid->setHorizontalSpacing(12);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 1);
    scroll->setWidget(m_fields);
    outer->addWidget(scroll);

    // Two columns of label/value pairs: identity on the left, usage and state on the right.
    int row = 0;
    addField(QStringLiteral("name"), tr("Name:"), row++, 0);
    addField(QStringLiteral("id"), tr("ID:"), row++, 0);
    addField(QStringLiteral("prefix"), tr("Prefix:"), row++, 0);
    addField(QStringLiteral("kind"), tr("Type:"), row++, 0);
    addField(QStringLiteral("principal"), tr("Owner:"), row++, 0);
    addField(QStringLiteral("description"), tr("Description:"), row++, 0);
    addField(QStringLiteral("services"), tr("Services:"), row++, 0);
    row = 0;
    addField(QStringLiteral("ipAllowlist"), tr("IP whitelist:"), row++, 1);
    addField(QStringLiteral("created"), tr("Created:"), row++, 1);
    addField(QStringLiteral("age"), tr("Age:"), row++, 1);
    addField(QStringLiteral("lastUsed"), tr("Last used:"), row++, 1);
    addField(QStringLiteral("expires"), tr("Expires:"), row++, 1);
    addField(QStringLiteral("status"), tr("Status:"), row++, 1);
    addField(QStringLiteral("rotation"), tr("Rotation:"), row++, 1);
    m_grid->setRowStretch(row + 8, 1);

    showNothing(tr("Select a key to see its details."));
}

void KeyDetailsPane::addField(const QString& field, const QString& label, int row, int pairColumn)
{
    auto* name = new QLabel(label, m_fields);
    name->setAlignment(Qt::AlignRight | Qt::AlignTop);
    auto* value = new QLabel(m_fields);
    value->setObjectName(field + QStringLiteral("Value"));
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setFocusPolicy(Qt::StrongFocus);
    value->setAccessibleName(label.chopped(1)); // without the colon
    value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    value->setMinimumWidth(120);
    name->setBuddy(value);
    m_grid->addWidget(name, row, pairColumn * 2);
    m_grid->addWidget(value, row, pairColumn * 2 + 1);
    m_labels.insert(field, name);
    m_values.insert(field, value);
}

void KeyDetailsPane::setValue(const QString& field, const QString& value)
{
    QLabel* label = m_values.value(field);
    if (!label)
        return;
    label->setText(value.isEmpty() ? QStringLiteral("—") : value);
}

void KeyDetailsPane::showKey(const ApiKey& key, const QDateTime& now,
                             const std::optional<RotationRecord>& rotation)
{
    m_placeholder->hide();
    m_scroll->show();

    QStringList services;
    for (const QString& service : key.services)
        services.append(m_serviceLabels.value(service, service));

    setValue(QStringLiteral("name"), key.name);
    setValue(QStringLiteral("id"), key.id);
    setValue(QStringLiteral("prefix"), key.prefix);
    setValue(QStringLiteral("kind"), key.kind);
    setValue(QStringLiteral("principal"), key.principal);
    setValue(QStringLiteral("description"), key.description);
    setValue(QStringLiteral("services"), services.join(QStringLiteral(", ")));
    setValue(QStringLiteral("ipAllowlist"), KeyTableModel::ipAllowlistText(key.ipAllowlist));
    setValue(QStringLiteral("created"), localDateTime(key.created));

    const qint64 days = KeyTableModel::ageInDays(key.created, now);
    QString age = KeyTableModel::ageText(days);
    if (m_rotationDueDays > 0 && days >= m_rotationDueDays && key.status != KeyStatus::Revoked)
        age += QStringLiteral(" — ") +
               tr("rotation due (policy: every %n days)", nullptr, m_rotationDueDays);
    setValue(QStringLiteral("age"), age);

    QString lastUsed = KeyTableModel::lastUsedText(key.lastUsed, now);
    if (key.lastUsed && key.lastUsed->isValid())
        lastUsed += QStringLiteral(" (") + localDateTime(*key.lastUsed) + QLatin1Char(')');
    setValue(QStringLiteral("lastUsed"), lastUsed);
    setValue(QStringLiteral("expires"), key.expires ? localDateTime(*key.expires) : tr("never"));

    QString status = keyStatusText(key.status);
    if (!key.readOnlyReason.isEmpty())
        status += QStringLiteral(" — ") + key.readOnlyReason;
    setValue(QStringLiteral("status"), status);

    QString rotationText;
    if (rotation) {
        if (rotation->state == RotationRecord::State::GracePeriod)
            rotationText = tr("Replaced by “%1”; revoked after %2")
                               .arg(rotation->newKeyName, localDateTime(rotation->revokeAfter));
        else
            rotationText = tr("Being replaced by “%1”").arg(rotation->newKeyName);
        if (!rotation->note.isEmpty())
            rotationText += QStringLiteral(" — ") + rotation->note;
    }
    setValue(QStringLiteral("rotation"), rotationText);
    m_labels.value(QStringLiteral("rotation"))->setVisible(rotation.has_value());
    m_values.value(QStringLiteral("rotation"))->setVisible(rotation.has_value());
}

void KeyDetailsPane::showNothing(const QString& why)
{
    m_scroll->hide();
    for (QLabel* value : std::as_const(m_values))
        value->clear();
    m_placeholder->setText(why);
    m_placeholder->show();
}

} // namespace kw
