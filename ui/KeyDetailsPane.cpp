#include "KeyDetailsPane.h"

#include "KeyTableModel.h"
#include "Palette.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

QString localDateTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace

KeyDetailsPane::KeyDetailsPane(QWidget* parent)
    : QWidget(parent), m_placeholder(new QLabel(this)), m_scroll(new QScrollArea(this)),
      m_fields(new QWidget)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_placeholder->setObjectName(u"detailsPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    outer->addWidget(m_placeholder);

    auto* scroll = m_scroll;
    scroll->setObjectName(u"detailsScroll"_s);
    scroll->setAccessibleName(tr("Key details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* rows = new QVBoxLayout(m_fields);
    rows->setContentsMargins(6, 6, 6, 6);
    auto* columns = new QHBoxLayout;
    rows->addLayout(columns);
    rows->addStretch(1); // spare height goes below the fields, not between them
    columns->setSpacing(24);
    for (QGridLayout*& grid : m_grids) {
        grid = new QGridLayout;
        grid->setVerticalSpacing(4);
        grid->setColumnStretch(1, 1);
        columns->addLayout(grid, 1);
    }
    scroll->setWidget(m_fields);
    outer->addWidget(scroll);

    // Two columns: identity on the left, usage and state on the right.
    addField(u"account"_s, tr("Account:"), 0);
    addField(u"name"_s, tr("Name:"), 0);
    addField(u"id"_s, tr("ID:"), 0);
    addField(u"prefix"_s, tr("Prefix:"), 0);
    addField(u"kind"_s, tr("Type:"), 0);
    addField(u"principal"_s, tr("Owner:"), 0);
    addOwnerAccessRow();
    addField(u"description"_s, tr("Description:"), 0);
    addField(u"project"_s, tr("Project:"), 0);
    addField(u"services"_s, tr("Services:"), 0);
    addField(u"ipAllowlist"_s, tr("IP whitelist:"), 1);
    addField(u"created"_s, tr("Created:"), 1);
    addField(u"age"_s, tr("Age:"), 1);
    addField(u"lastUsed"_s, tr("Last used:"), 1);
    addField(u"expires"_s, tr("Expires:"), 1);
    addField(u"status"_s, tr("Status:"), 1);
    addField(u"rotation"_s, tr("Rotation:"), 1);
    addDriftRow();
    for (QGridLayout* grid : m_grids)
        grid->setRowStretch(grid->rowCount(), 1); // the shorter column keeps its rows together

    showNothing(tr("Select a key to see its details."));
}

void KeyDetailsPane::addField(const QString& field, const QString& label, int column)
{
    auto* name = new QLabel(label, m_fields);
    auto* value = new QLabel(m_fields);
    value->setObjectName(field + u"Value"_s);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setFocusPolicy(Qt::StrongFocus);
    value->setAccessibleName(label.chopped(1)); // without the colon
    value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    name->setBuddy(value);
    addRow(column, name, value);
    m_names.insert(field, name);
    m_values.insert(field, value);
}

void KeyDetailsPane::addDriftRow()
{
    addField(u"drift"_s, tr("Drift:"), 1);
    m_driftSeen = new QToolButton(m_fields);
    m_driftSeen->setObjectName(u"driftSeenButton"_s);
    m_driftSeen->setText(tr("&Mark as seen"));
    m_driftSeen->setAccessibleName(tr("Mark the key's drift as seen"));
    m_driftSeen->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_driftSeen, &QToolButton::clicked, this, [this] {
        if (m_shown)
            emit driftAcknowledged(m_shown->key.id);
    });
    addRow(1, new QWidget(m_fields), m_driftSeen);
}

void KeyDetailsPane::addRow(int column, QWidget* name, QWidget* value)
{
    const int row = m_rows[column]++;
    m_grids[column]->addWidget(name, row, 0, Qt::AlignRight | Qt::AlignTop);
    m_grids[column]->addWidget(value, row, 1);
}

void KeyDetailsPane::addOwnerAccessRow()
{
    // Like a field, plus a button beside the value: the owner's access and what to change it.
    m_ownerAccessName = new QLabel(m_fields);
    m_ownerAccessName->setTextFormat(Qt::PlainText);
    m_ownerAccessName->setObjectName(u"ownerAccessLabel"_s);
    m_ownerAccessRow = new QWidget(m_fields);
    auto* row = new QHBoxLayout(m_ownerAccessRow);
    row->setContentsMargins(0, 0, 0, 0);
    auto* value = new QLabel(m_ownerAccessRow);
    value->setObjectName(u"ownerAccessValue"_s);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setFocusPolicy(Qt::StrongFocus);
    row->addWidget(value);
    m_attachButton = new QToolButton(m_ownerAccessRow);
    m_attachButton->setObjectName(u"attachPolicyButton"_s);
    m_attachButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_attachButton->hide();
    row->addWidget(m_attachButton, 0, Qt::AlignTop);
    row->addStretch(1);
    m_ownerAccessName->setBuddy(value);
    addRow(0, m_ownerAccessName, m_ownerAccessRow);
    m_values.insert(u"ownerAccess"_s, value);
    hideOwnerAccess();
}

void KeyDetailsPane::showOwnerAccess(const QString& title, const QString& text, QAction* attach)
{
    m_ownerAccessName->setText(tr("%1:").arg(title));
    QLabel* value = m_values.value(u"ownerAccess"_s);
    value->setAccessibleName(title);
    setValue(u"ownerAccess"_s, text);
    if (attach && m_attachButton->defaultAction() != attach)
        m_attachButton->setDefaultAction(attach);
    m_attachButton->setVisible(attach != nullptr);
    if (attach)
        m_attachButton->setAccessibleName(attach->property("accessibleName").toString());
    m_ownerAccessName->show();
    m_ownerAccessRow->show();
}

void KeyDetailsPane::hideOwnerAccess()
{
    m_ownerAccessName->hide();
    m_ownerAccessRow->hide();
}

void KeyDetailsPane::setRowVisible(const QString& field, bool visible)
{
    m_names.value(field)->setVisible(visible);
    m_values.value(field)->setVisible(visible);
}

void KeyDetailsPane::setValue(const QString& field, const QString& value)
{
    QLabel* label = m_values.value(field);
    if (!label)
        return;
    label->setText(value.isEmpty() ? u"—"_s : value);
}

void KeyDetailsPane::showKey(const ApiKey& key, const QDateTime& now,
                             const std::optional<RotationRecord>& rotation)
{
    m_placeholder->hide();
    m_scroll->show();

    QStringList services;
    for (const QString& service : key.services)
        services.append(m_serviceLabels.value(service, service));

    setValue(u"account"_s, m_accountText);
    setValue(u"name"_s, key.name);
    setValue(u"id"_s, key.id);
    setValue(u"prefix"_s, key.prefix);
    setValue(u"kind"_s, key.kind);
    setValue(u"principal"_s,
             (key.principalName.isEmpty() ? QString() : key.principalName + u" — "_s) +
                 (key.bearerType.isEmpty() ? key.principal
                                           : tr("%1 (%2)").arg(key.principal, key.bearerType)));
    setValue(u"description"_s, key.description);
    setValue(u"project"_s, key.projectName.isEmpty() ? key.projectId
                                                     : key.projectName + u" — "_s + key.projectId);
    setValue(u"services"_s, services.join(u", "_s));
    setValue(u"ipAllowlist"_s, KeyTableModel::ipAllowlistText(key.ipAllowlist));
    setValue(u"created"_s, localDateTime(key.created));

    const qint64 days = KeyTableModel::ageInDays(key.created, now);
    QString age = key.created.isValid() ? KeyTableModel::ageText(days) : QString();
    // A key being rotated (handed over, or its revocation planned) is not due again.
    const bool scheduled = rotation && rotation->state == RotationRecord::State::GracePeriod;
    const bool due = !rotation && isRotationDue(key, m_rotationDueDays, now);
    if (due)
        age += u" — "_s + tr("rotation due (policy: every %n days)", nullptr, m_rotationDueDays);
    setValue(u"age"_s, age);
    // the same warning colour as the table's age column
    if (due)
        Palette::paint(m_values.value(u"age"_s), Palette::Role::Warning, true);
    else
        Palette::unpaint(m_values.value(u"age"_s));

    QString lastUsed = KeyTableModel::lastUsedText(key.lastUsed, now);
    if (key.lastUsed && key.lastUsed->isValid())
        lastUsed += u" ("_s + localDateTime(*key.lastUsed) + QLatin1Char(')');
    setValue(u"lastUsed"_s, lastUsed);
    QString expires = KeyTableModel::expiresText(key.expires, now);
    if (key.expires && key.expires->isValid())
        expires += u" ("_s + localDateTime(*key.expires) + QLatin1Char(')');
    setValue(u"expires"_s, expires);

    setValue(u"status"_s, statusText(key, now));
    const QString plan = rotationText(rotation);
    setValue(u"rotation"_s, plan);
    if (scheduled)
        Palette::paint(m_values.value(u"rotation"_s), Palette::Role::ScheduledRevoke);
    else
        Palette::unpaint(m_values.value(u"rotation"_s));
    setValue(u"drift"_s, driftMeaning(m_drift));
    m_shown = Shown{key, now, rotation};
    showRowsFor(key, rotation.has_value());
}

QString KeyDetailsPane::statusText(const ApiKey& key, const QDateTime& now)
{
    QString status = keyStatusText(KeyTableModel::shownStatus(key, now));
    if (!key.readOnlyReason.isEmpty())
        status += u" — "_s + key.readOnlyReason;
    else if (!key.editable || !key.deletable)
        status += u" — "_s + (!key.editable && !key.deletable ? tr("cannot be edited or deleted")
                              : !key.editable                 ? tr("cannot be edited")
                                                              : tr("cannot be deleted"));
    return status;
}

QString KeyDetailsPane::rotationText(const std::optional<RotationRecord>& rotation)
{
    if (!rotation)
        return {};
    // Worded as a plan: nothing is revoked until the date has passed.
    QString text = rotation->state == RotationRecord::State::GracePeriod
                       ? tr("Will be revoked on %1 (rotation to “%2”)")
                             .arg(localDateTime(rotation->revokeAfter), rotation->newKeyName)
                       : tr("Being replaced by “%1”").arg(rotation->newKeyName);
    if (!rotation->note.isEmpty())
        text += u" — "_s + rotation->note;
    return text;
}

void KeyDetailsPane::setProviderFields(const ProviderFields& fields)
{
    m_providerFields = fields;
    // The rows of the key on show follow at once, whichever comes first: the key or the fields.
    if (m_shown && m_scroll->isVisibleTo(this))
        showRowsFor(m_shown->key, m_shown->rotation.has_value());
}

void KeyDetailsPane::showRowsFor(const ApiKey& key, bool rotating)
{
    // Each row is shown exactly when this key has the value; nothing of an earlier key stays.
    // Rows of what a provider has (a whitelist, a last use) stay where "All addresses" or
    // "never" is an answer.
    setRowVisible(u"account"_s, !m_accountText.isEmpty());
    setRowVisible(u"name"_s, !key.name.isEmpty());
    // An S3-style key's prefix is its id (Wasabi IAM): one row says it.
    setRowVisible(u"prefix"_s, !key.prefix.isEmpty() && key.prefix != key.id);
    setRowVisible(u"kind"_s, !key.kind.isEmpty());
    setRowVisible(u"principal"_s, !key.principal.isEmpty());
    setRowVisible(u"description"_s, !key.description.isEmpty());
    setRowVisible(u"project"_s, !key.projectId.isEmpty());
    setRowVisible(u"rotation"_s, rotating);
    setRowVisible(u"services"_s, m_providerFields.services || !key.services.isEmpty());
    setRowVisible(u"ipAllowlist"_s, m_providerFields.ipAllowlist || !key.ipAllowlist.isEmpty());
    // A vanished key's use since it went is unknown: no "never".
    setRowVisible(u"lastUsed"_s, key.lastUsed.has_value() ||
                                     (m_providerFields.lastUsed && m_drift != DriftKind::Vanished));
    setRowVisible(u"expires"_s, m_providerFields.expiry || key.expires.has_value());
    const bool created = m_providerFields.created || key.created.isValid();
    setRowVisible(u"created"_s, created);
    setRowVisible(u"age"_s, created);
    setRowVisible(u"drift"_s, m_drift != DriftKind::None);
    m_driftSeen->setVisible(m_drift != DriftKind::None);
}

void KeyDetailsPane::showNothing(const QString& why)
{
    m_shown.reset();
    m_scroll->hide();
    hideOwnerAccess();
    for (QLabel* value : std::as_const(m_values))
        value->clear();
    m_placeholder->setText(why);
    m_placeholder->show();
}

} // namespace kw
