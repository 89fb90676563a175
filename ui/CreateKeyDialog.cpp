#include "CreateKeyDialog.h"

#include "Palette.h"
#include "core/KeyNamePolicy.h"
#include "ui_CreateKeyDialog.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardItemModel>
#include <algorithm>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

using form::showFields;

QString minServicesText(int count)
{
    // English says "one service" through its plural forms (translations/keywarden_en.ts).
    return CreateKeyDialog::tr("Choose at least %n service(s).", nullptr, count);
}

} // namespace

CreateKeyDialog::CreateKeyDialog(const Capabilities& caps, QWidget* parent)
    : SubmitDialog(parent), m_ui(new Ui::CreateKeyDialog), m_caps(caps)
{
    m_ui->setupUi(this);
    setWindowTitle(caps.providerName.isEmpty() ? tr("Create key")
                                               : tr("Create %1 key").arg(caps.providerName));
    m_ui->servicesChecklist->setServices(caps.services);

    if (caps.name == Capabilities::NameField::Required) {
        m_ui->nameLabel->setText(tr("&Name (required):"));
        m_ui->nameEdit->setAccessibleDescription(tr("Required"));
    } else if (caps.name == Capabilities::NameField::Optional) {
        m_ui->nameEdit->setPlaceholderText(
            tr("Optional: %1 picks a name when empty")
                .arg(caps.providerName.isEmpty() ? tr("the provider") : caps.providerName));
    }
    Palette::paint(m_ui->nameWarningLabel, Palette::Role::Warning);
    m_ui->nameWarningLabel->hide();
    if (caps.descriptionMaxLength > 0)
        m_ui->descriptionEdit->setMaxLength(caps.descriptionMaxLength);
    if (caps.minServices > 0)
        m_ui->servicesChecklist->setAccessibleDescription(minServicesText(caps.minServices));
    if (caps.services.isEmpty()) {
        m_ui->introLabel->setText(m_ui->introLabel->text() + QLatin1Char(' ') +
                                  tr("The key has the rights of the user it belongs to."));
    }
    m_ui->ipHintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->bearerCombo->view()->setObjectName(u"bearerComboList"_s);
    m_ui->bearerCombo->view()->setAccessibleName(tr("Users and applications"));
    // The owner is chosen, never assumed: a key meant for a service must not land on the root
    // user because it was the first entry.
    m_ui->bearerCombo->setPlaceholderText(tr("Choose the key's owner…"));
    m_ui->projectCombo->view()->setObjectName(u"projectComboList"_s);
    m_ui->projectCombo->view()->setAccessibleName(tr("Projects"));
    m_ui->projectCombo->lineEdit()->setPlaceholderText(tr("A project name or ID"));
    setProjects({});
    // While the provider is creating the key, cancelling would lose a secret shown only once.
    setParts({m_ui->createButton,
              m_ui->cancelButton,
              m_ui->errorLabel,
              m_ui->busyIndicator,
              {m_ui->formWidget, m_ui->cancelButton}});
    setFitsContents(true);
    hideAbsentFields();
    setupExpiry();
    setTabChain();

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &CreateKeyDialog::updateNameWarning);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &CreateKeyDialog::revalidate);
    connect(m_ui->servicesChecklist, &ServiceChecklist::changed, this,
            &CreateKeyDialog::revalidate);
    connect(m_ui->descriptionEdit, &QLineEdit::textChanged, this,
            &CreateKeyDialog::updateDescriptionCounter);
    connect(m_ui->ipAllowlistEdit, &IpAllowlistEdit::changed, this, &CreateKeyDialog::revalidate);
    connect(m_ui->expiryEdit, &ExpiryEdit::changed, this, &CreateKeyDialog::revalidate);
    connect(m_ui->bearerCombo, &QComboBox::currentIndexChanged, this,
            &CreateKeyDialog::bearerChanged);
    connect(m_ui->projectCombo, &QComboBox::currentTextChanged, this,
            &CreateKeyDialog::projectChanged);

    updateDescriptionCounter();
    revalidate();
    // The form's height was drawn for every field; a provider with fewer fields (Scaleway,
    // CoreWeave) would otherwise get a tall dialog with a gap above its buttons.
    resize(width(), sizeHint().height());
}

CreateKeyDialog::~CreateKeyDialog() = default;

void CreateKeyDialog::hideAbsentFields()
{
    // A grid rather than a QFormLayout: a form row keeps the height a wrapped label has at its
    // preferred width, which left gaps around the warning and the hints.
    const bool hasName = m_caps.name != Capabilities::NameField::None;
    const bool hasServices = !m_caps.services.isEmpty();
    showFields({m_ui->nameLabel, m_ui->nameEdit}, hasName);
    m_ui->nameWarningLabel->hide();
    showFields({m_ui->servicesLabel, m_ui->servicesChecklist}, hasServices);
    showFields({m_ui->descriptionLabel, m_ui->descriptionEdit}, m_caps.description);
    m_ui->descriptionCounterLabel->setVisible(m_caps.description &&
                                              m_caps.descriptionMaxLength > 0);
    showFields({m_ui->ipLabel, m_ui->ipAllowlistEdit, m_ui->ipHintLabel}, m_caps.ipAllowlist);
    showFields({m_ui->bearerLabel, m_ui->bearerCombo, m_ui->bearerStatusLabel}, m_caps.bearer);
    showFields({m_ui->projectLabel, m_ui->projectCombo}, m_caps.project);
    if (m_caps.bearer)
        setBearersLoading();
}

void CreateKeyDialog::setupExpiry()
{
    const bool hasExpiry = m_caps.expiry != Capabilities::Expiry::None;
    showFields({m_ui->expiryLabel, m_ui->expiryEdit}, hasExpiry);
    if (m_caps.expiry == Capabilities::Expiry::Duration)
        m_ui->expiryLabel->setText(tr("Valid &for:"));
    // Without expiry is what the providers do when asked nothing: the first choice.
    m_ui->expiryEdit->setCapabilities(m_caps);
}

void CreateKeyDialog::setBearersLoading()
{
    m_bearersLoaded = false;
    m_ui->bearerCombo->clear();
    m_ui->bearerCombo->setEnabled(false);
    m_ui->bearerStatusLabel->setText(tr("Loading users and applications…"));
    m_ui->bearerStatusLabel->show();
    revalidate();
}

void CreateKeyDialog::setBearersError(const QString& text)
{
    m_bearersLoaded = false;
    m_ui->bearerCombo->clear();
    m_ui->bearerCombo->setEnabled(false);
    m_ui->bearerStatusLabel->setText(tr("Could not load users and applications: %1").arg(text));
    m_ui->bearerStatusLabel->show();
    revalidate();
}

void CreateKeyDialog::setBearers(const QList<Bearer>& bearers, const QString& selfId)
{
    // Users, then applications, each under a heading that cannot be chosen; the caller's own user
    // first, since a user can only create keys for themselves unless they manage applications.
    // Projects go to the project picker.
    QComboBox* combo = m_ui->bearerCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    QList<Bearer> users;
    QList<Bearer> applications;
    QList<Bearer> projects;
    for (const Bearer& bearer : bearers) {
        if (bearer.type == u"application")
            applications.append(bearer);
        else if (bearer.type == u"project")
            projects.append(bearer);
        else
            users.append(bearer);
    }
    std::stable_partition(users.begin(), users.end(),
                          [&selfId](const Bearer& user) { return user.id == selfId; });
    if (!users.isEmpty()) {
        addHeading(tr("Users"));
        for (const Bearer& user : std::as_const(users))
            addBearer(user, user.id == selfId && !selfId.isEmpty());
    }
    if (!applications.isEmpty()) {
        addHeading(tr("Applications"));
        for (const Bearer& application : std::as_const(applications))
            addBearer(application, false);
    }
    m_bearers = users + applications;
    m_bearersLoaded = true;
    combo->setEnabled(!m_bearers.isEmpty() && !isBusy());
    m_ui->bearerStatusLabel->setText(
        m_bearers.isEmpty() ? tr("No users or applications were found in this organization.")
                            : QString());
    m_ui->bearerStatusLabel->setVisible(m_bearers.isEmpty());
    combo->setCurrentIndex(-1); // no owner until one is chosen
    if (!m_wantedBearerId.isEmpty() || !m_wantedBearerType.isEmpty())
        selectBearer(m_wantedBearerType, m_wantedBearerId);
    if (m_caps.project)
        setProjects(projects);
    revalidate();
    // The loading notice is gone: the dialog sized for it would keep a gap above its buttons.
    if (isVisible() && layout()) {
        layout()->activate();
        resize(width(),
               heightForWidth(width()) > 0 ? heightForWidth(width()) : sizeHint().height());
        fitContents();
    }
}

void CreateKeyDialog::addHeading(const QString& text)
{
    QComboBox* combo = m_ui->bearerCombo;
    combo->addItem(text);
    if (auto* model = qobject_cast<QStandardItemModel*>(combo->model())) {
        QStandardItem* item = model->item(combo->count() - 1);
        item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
}

void CreateKeyDialog::addBearer(const Bearer& bearer, bool isSelf)
{
    const QString name = bearer.label.isEmpty() ? bearer.id : bearer.label;
    QString text = isSelf ? tr("You (%1)").arg(name) : name;
    if (bearer.keyCount >= 0) {
        const QString count =
            bearer.keyCount == 0 ? tr("no keys") : tr("%n key(s)", nullptr, bearer.keyCount);
        text = isAtLimit(bearer) ? tr("%1 — %2 (limit)").arg(text, count)
                                 : tr("%1 — %2").arg(text, count);
    }
    m_ui->bearerCombo->addItem(u"    "_s + text, QStringList{bearer.type, bearer.id});
    if (!bearer.id.isEmpty() && bearer.id != name)
        m_ui->bearerCombo->setItemData(m_ui->bearerCombo->count() - 1, bearer.id, Qt::ToolTipRole);
}

bool CreateKeyDialog::isAtLimit(const Bearer& bearer) const
{
    return m_caps.keyLimitPerUser && m_caps.keyLimit > 0 && bearer.keyCount >= m_caps.keyLimit;
}

QString CreateKeyDialog::ownerAtLimit() const
{
    const QStringList chosen = m_ui->bearerCombo->currentData().toStringList();
    if (chosen.size() != 2)
        return {};
    for (const Bearer& bearer : m_bearers) {
        if (bearer.type == chosen.at(0) && bearer.id == chosen.at(1) && isAtLimit(bearer)) {
            const QString name = bearer.label.isEmpty() ? bearer.id : bearer.label;
            return tr("%1 already has %2 keys, the most one owner can have. Revoke one of them "
                      "first, or choose another owner.")
                .arg(name)
                .arg(bearer.keyCount);
        }
    }
    return {};
}

void CreateKeyDialog::bearerChanged()
{
    // An error from the last attempt was about the owner chosen then.
    if (!isBusy())
        hideError();
    revalidate();
}

void CreateKeyDialog::setProjects(const QList<Bearer>& projects)
{
    // The organization's default first (nothing sent), then the projects by name, each with its
    // id as the tooltip. A project the list lacks can still be typed as an id.
    QComboBox* combo = m_ui->projectCombo;
    const QString typed = combo->currentText() != combo->itemText(combo->currentIndex())
                              ? combo->currentText().trimmed()
                              : QString();
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("Organization default"), QString());
        for (const Bearer& project : projects) {
            combo->addItem(project.label.isEmpty() ? project.id : project.label, project.id);
            combo->setItemData(combo->count() - 1, project.id, Qt::ToolTipRole);
        }
        combo->setCurrentIndex(0);
    }
    const QString wanted = !m_wantedProjectId.isEmpty() ? m_wantedProjectId : typed;
    if (!wanted.isEmpty())
        selectProject(wanted);
    projectChanged();
}

void CreateKeyDialog::selectProject(const QString& idOrName)
{
    QComboBox* combo = m_ui->projectCombo;
    int index = idOrName.isEmpty() ? 0 : -1;
    for (int i = 0; i < combo->count() && index < 0; ++i) {
        if (combo->itemData(i).toString().compare(idOrName, Qt::CaseInsensitive) == 0)
            index = i;
    }
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(idOrName);
}

QString CreateKeyDialog::projectId() const
{
    const QComboBox* combo = m_ui->projectCombo;
    const QString text = combo->currentText().trimmed();
    // A listed project, chosen or typed by its name.
    const int index = combo->findText(text, Qt::MatchFixedString);
    if (index >= 0)
        return combo->itemData(index).toString();
    return text; // an id typed in
}

void CreateKeyDialog::projectChanged()
{
    const QString id = projectId();
    m_ui->projectCombo->setToolTip(id.isEmpty() ? tr("The organization's default project") : id);
    revalidate();
}

void CreateKeyDialog::selectBearer(const QString& type, const QString& id)
{
    const int index = m_ui->bearerCombo->findData(QStringList{type, id});
    if (index >= 0)
        m_ui->bearerCombo->setCurrentIndex(index);
}

QString CreateKeyDialog::projectProblem(const QString& project)
{
    if (project.isEmpty() || isUuid(project))
        return {};
    return tr("Choose a project from the list, or type its ID, a UUID such as "
              "“1f5b2c3d-0000-4e6f-8a9b-0123456789ab”.");
}

bool CreateKeyDialog::isUuid(const QString& text)
{
    static const QRegularExpression uuid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return uuid.match(text).hasMatch();
}

void CreateKeyDialog::setTabChain()
{
    // The service check boxes are made at run time, so the chain and the mnemonics that lead into
    // the composite fields are completed here, with the controls inside them.
    const QList<QCheckBox*> boxes = m_ui->servicesChecklist->checkBoxes();
    if (!boxes.isEmpty())
        m_ui->servicesLabel->setBuddy(boxes.constFirst());
    m_ui->ipLabel->setBuddy(m_ui->ipAllowlistEdit->textEdit());
    m_ui->expiryLabel->setBuddy(m_ui->expiryEdit->combo());

    QList<QWidget*> chain{m_ui->nameEdit};
    for (QCheckBox* box : boxes)
        chain.append(box);
    chain.insert(1, m_ui->bearerCombo);
    chain << m_ui->descriptionEdit << m_ui->projectCombo << m_ui->ipAllowlistEdit->textEdit()
          << m_ui->expiryEdit->combo() << m_ui->expiryEdit->dateEdit()
          << m_ui->expiryEdit->secondsSpin() << m_ui->expiryEdit->unitCombo() << m_ui->cancelButton
          << m_ui->createButton;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

KeySpec CreateKeyDialog::spec() const
{
    KeySpec spec;
    if (m_caps.name != Capabilities::NameField::None)
        spec.name = m_ui->nameEdit->text().trimmed();
    if (m_caps.description)
        spec.description = m_ui->descriptionEdit->text().trimmed();
    if (!m_caps.services.isEmpty())
        spec.services = m_ui->servicesChecklist->selected();
    if (m_caps.ipAllowlist)
        spec.ipAllowlist = m_ui->ipAllowlistEdit->allowlist().entries();
    if (m_caps.expiry == Capabilities::Expiry::Duration)
        spec.durationSeconds = m_ui->expiryEdit->durationSeconds();
    if (m_caps.expiry == Capabilities::Expiry::Date)
        spec.expires = m_ui->expiryEdit->expires();
    if (m_caps.bearer) {
        const QStringList bearer = m_ui->bearerCombo->currentData().toStringList();
        if (bearer.size() == 2) {
            spec.bearerType = bearer.at(0);
            spec.bearerId = bearer.at(1);
        }
    }
    if (m_caps.project)
        spec.projectId = projectId();
    return spec;
}

void CreateKeyDialog::setSpec(const KeySpec& spec)
{
    m_ui->nameEdit->setText(spec.name);
    m_ui->descriptionEdit->setText(spec.description);
    m_ui->servicesChecklist->setSelected(spec.services);
    m_ui->ipAllowlistEdit->setEntries(spec.ipAllowlist);
    m_wantedProjectId = spec.projectId.trimmed();
    selectProject(m_wantedProjectId);
    if (m_caps.expiry == Capabilities::Expiry::Duration && spec.durationSeconds)
        m_ui->expiryEdit->setDurationSeconds(*spec.durationSeconds);
    if (m_caps.expiry == Capabilities::Expiry::Date)
        m_ui->expiryEdit->setExpires(spec.expires);
    m_wantedBearerType = spec.bearerType;
    m_wantedBearerId = spec.bearerId;
    if (m_bearersLoaded)
        selectBearer(spec.bearerType, spec.bearerId);
    revalidate();
}

QString CreateKeyDialog::problem() const
{
    if (m_caps.name == Capabilities::NameField::Required &&
        m_ui->nameEdit->text().trimmed().isEmpty())
        return tr("Enter a name for the key.");
    if (!m_caps.services.isEmpty() &&
        m_ui->servicesChecklist->selected().size() < qMax(m_caps.minServices, 0)) {
        return minServicesText(m_caps.minServices);
    }
    if (m_caps.ipAllowlist && !m_ui->ipAllowlistEdit->isValid())
        return m_ui->ipAllowlistEdit->problem();
    if (m_caps.bearer && !m_bearersLoaded)
        return tr("Waiting for the list of users and applications.");
    if (m_caps.bearer && m_ui->bearerCombo->currentData().toStringList().size() != 2)
        return tr("Choose the key's owner.");
    if (const QString full = ownerAtLimit(); !full.isEmpty())
        return full;
    if (m_caps.project) {
        const QString project = projectProblem(projectId());
        if (!project.isEmpty())
            return project;
    }
    if (m_caps.expiry != Capabilities::Expiry::None)
        return m_ui->expiryEdit->problem();
    return {};
}

void CreateKeyDialog::revalidate()
{
    showProblem(m_ui->validationLabel, problem());
    fitContents(); // a longer reason wraps onto more lines
}

void CreateKeyDialog::updateNameWarning()
{
    const QString warning = m_caps.nameShouldBeDescriptive
                                ? nonDescriptiveNameWarning(m_ui->nameEdit->text().trimmed())
                                : QString();
    m_ui->nameWarningLabel->setText(warning);
    m_ui->nameWarningLabel->setVisible(!warning.isEmpty());
}

void CreateKeyDialog::updateDescriptionCounter()
{
    form::showLength(m_ui->descriptionCounterLabel, m_ui->descriptionEdit,
                     m_caps.descriptionMaxLength);
}

void CreateKeyDialog::onSubmit()
{
    emit submitted(spec());
}

} // namespace kw
