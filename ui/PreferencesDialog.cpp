#include "PreferencesDialog.h"

#include "Palette.h"
#include "console/Preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxNoticeDays = 365;

// "7, 1" → {7, 1}; nullopt when a part is no day count in 1–365. Empty: no expiry notice.
std::optional<QList<int>> parseDays(const QString& text)
{
    QList<int> days;
    if (text.trimmed().isEmpty())
        return days;
    for (const QString& part : text.split(u',')) {
        bool ok = false;
        const int day = part.trimmed().toInt(&ok);
        if (!ok || day < 1 || day > MaxNoticeDays)
            return std::nullopt;
        days << day;
    }
    return days;
}

QString daysText(const QList<int>& days)
{
    QStringList parts;
    for (int day : days)
        parts << QString::number(day);
    return parts.join(u", "_s);
}

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(QSettings& settings, const QList<AccountChoice>& accounts,
                                     const Autostart& autostart, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_autostart(autostart)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(u"preferencesTabs"_s);
    tabs->setAccessibleName(tr("Preference pages"));
    tabs->addTab(buildGeneralPage(), tr("&General"));
    tabs->addTab(buildRotationPage(accounts), tr("&Rotation"));
    tabs->addTab(buildNotificationsPage(), tr("&Notifications"));

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    Palette::paint(m_errorLabel, Palette::Role::Danger);
    m_errorLabel->hide();

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PreferencesDialog::apply);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    load();
    revalidate();
}

PreferencesDialog::~PreferencesDialog() = default;

QSpinBox* PreferencesDialog::newSpin(const QString& objectName, const QString& accessibleName,
                                     int low, int high)
{
    auto* spin = new QSpinBox(this);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setRange(low, high);
    // Typing is checked where it happens: a spin box takes no letters or minus sign; an emptied
    // one is caught by revalidate().
    spin->setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    // The editor's own signal: QSpinBox says nothing while its text is no number (emptied).
    if (auto* editor = spin->findChild<QLineEdit*>())
        connect(editor, &QLineEdit::textChanged, this, &PreferencesDialog::revalidate);
    return spin;
}

QWidget* PreferencesDialog::buildGeneralPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_clipboardSpin =
        newSpin(u"clipboardSpin"_s, tr("Clear the clipboard after (seconds)"), 5, 600);
    m_clipboardSpin->setSuffix(tr(" s"));
    m_clipboardSpin->setParent(page);
    form->addRow(buddyLabel(tr("Clear copied &secrets after:"), m_clipboardSpin), m_clipboardSpin);

    m_idleSpin = newSpin(u"idleLockSpin"_s, tr("Lock after minutes without input"), 0, 24 * 60);
    m_idleSpin->setSpecialValueText(tr("Never"));
    m_idleSpin->setSuffix(tr(" min"));
    m_idleSpin->setParent(page);
    m_idleSpin->setToolTip(tr("After this long without input the window hides every key and "
                              "forgets the account tokens until you unlock it. 0: never."));
    form->addRow(buddyLabel(tr("&Lock when idle for:"), m_idleSpin), m_idleSpin);

    m_languageCombo = new QComboBox(page);
    m_languageCombo->setObjectName(u"languageCombo"_s);
    m_languageCombo->setAccessibleName(tr("Language"));
    m_languageCombo->addItem(tr("System"), QString());
    // Each language in its own words, so that it can be found whatever the current one is.
    m_languageCombo->addItem(u"English"_s, u"en"_s);
    m_languageCombo->addItem(u"Deutsch"_s, u"de"_s);
    m_languageCombo->addItem(u"Norsk bokmål"_s, u"nb"_s);
    form->addRow(buddyLabel(tr("Lan&guage:"), m_languageCombo), m_languageCombo);
    auto* languageNote = new QLabel(tr("A new language applies the next time KeyWarden starts."));
    languageNote->setObjectName(u"languageNote"_s);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);

    m_autostartCheck = new QCheckBox(tr("Start at l&ogin, in the tray"), page);
    m_autostartCheck->setObjectName(u"autostartCheck"_s);
    m_autostartCheck->setToolTip(m_autostart.filePath());
    form->addRow(QString(), m_autostartCheck);
    m_trayCheck = new QCheckBox(tr("Show an icon in the &tray"), page);
    m_trayCheck->setObjectName(u"trayCheck"_s);
    form->addRow(QString(), m_trayCheck);

    m_closeCombo = new QComboBox(page);
    m_closeCombo->setObjectName(u"closeActionCombo"_s);
    m_closeCombo->setAccessibleName(tr("When the window is closed while revocations are due"));
    m_closeCombo->addItem(tr("Ask"), int(Preferences::CloseAction::Ask));
    m_closeCombo->addItem(tr("Keep running in the tray"),
                          int(Preferences::CloseAction::KeepInTray));
    m_closeCombo->addItem(tr("Quit"), int(Preferences::CloseAction::Quit));
    form->addRow(buddyLabel(tr("&Closing while revocations are scheduled:"), m_closeCombo),
                 m_closeCombo);
    connect(m_trayCheck, &QCheckBox::toggled, m_closeCombo, &QWidget::setEnabled);
    return page;
}

QWidget* PreferencesDialog::buildRotationPage(const QList<AccountChoice>& accounts)
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_policySpin = newSpin(u"policySpin"_s, tr("Default rotation policy (days)"), 1, 3650);
    m_policySpin->setSuffix(tr(" days"));
    m_policySpin->setParent(page);
    form->addRow(buddyLabel(tr("Rotate keys older than (&default):"), m_policySpin), m_policySpin);

    m_accountTable = new QTableWidget(int(accounts.size()), 2, page);
    m_accountTable->setObjectName(u"accountPolicyTable"_s);
    m_accountTable->setAccessibleName(tr("Rotation policy per account"));
    m_accountTable->setHorizontalHeaderLabels({tr("Account"), tr("Rotation policy")});
    m_accountTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_accountTable->verticalHeader()->hide();
    m_accountTable->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < accounts.size(); ++row) {
        const AccountChoice& account = accounts.at(row);
        auto* label = new QTableWidgetItem(account.label);
        label->setFlags(Qt::ItemIsEnabled);
        m_accountTable->setItem(row, 0, label);
        QSpinBox* spin = newSpin(
            u"accountPolicySpin_%1"_s.arg(row),
            tr("Rotation policy for %1 (days, 0: the default)").arg(account.label), 0, 3650);
        spin->setSpecialValueText(tr("Default"));
        spin->setSuffix(tr(" days"));
        m_accountTable->setCellWidget(row, 1, spin);
        m_accountSpins << spin;
        m_accountIds << account.id;
    }
    // Room for "3650 days" in the policy column and for about six accounts without scrolling.
    const int spinWidth = m_accountSpins.isEmpty() ? 0 : m_accountSpins.first()->sizeHint().width();
    m_accountTable->setColumnWidth(
        1, std::max(spinWidth, m_accountTable->horizontalHeader()->sectionSizeHint(1)) + 8);
    m_accountTable->setMinimumWidth(360);
    const int rowHeight =
        std::max(m_accountTable->verticalHeader()->defaultSectionSize(),
                 m_accountSpins.isEmpty() ? 0 : m_accountSpins.first()->sizeHint().height());
    m_accountTable->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_accountTable->setMinimumHeight(m_accountTable->horizontalHeader()->sizeHint().height() +
                                     rowHeight * int(std::min<qsizetype>(accounts.size(), 6)) + 4);
    auto* tableLabel = buddyLabel(tr("Per &account:"), m_accountTable);
    tableLabel->setParent(page);
    form->addRow(tableLabel, m_accountTable);

    m_graceSpin = newSpin(u"graceSpin"_s, tr("Default grace period (days)"), 0, 365);
    m_graceSpin->setSuffix(tr(" days"));
    m_graceSpin->setParent(page);
    m_graceSpin->setToolTip(tr("How long a rotation keeps the old key before revoking it; "
                               "the Rotate dialog starts with this."));
    form->addRow(buddyLabel(tr("Default &grace period:"), m_graceSpin), m_graceSpin);
    return page;
}

QWidget* PreferencesDialog::buildNotificationsPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_expiryEdit = new QLineEdit(page);
    m_expiryEdit->setObjectName(u"expiryNoticeEdit"_s);
    m_expiryEdit->setAccessibleName(tr("Notify this many days before a key expires"));
    m_expiryEdit->setPlaceholderText(tr("e.g. 7, 1"));
    // Digits and commas only; the day counts themselves are checked by problem().
    m_expiryEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"(\\s*\\d{1,3}(\\s*,\\s*\\d{1,3})*\\s*)?"_s), m_expiryEdit));
    connect(m_expiryEdit, &QLineEdit::textChanged, this, &PreferencesDialog::revalidate);
    form->addRow(buddyLabel(tr("Notify days before &expiry:"), m_expiryEdit), m_expiryEdit);
    m_rotationDueCheck = new QCheckBox(tr("When a key's &rotation falls due"), page);
    m_rotationDueCheck->setObjectName(u"notifyRotationCheck"_s);
    form->addRow(QString(), m_rotationDueCheck);
    m_revocationsCheck =
        new QCheckBox(tr("When a scheduled re&vocation is done, fails or waits for me"), page);
    m_revocationsCheck->setObjectName(u"notifyRevocationsCheck"_s);
    form->addRow(QString(), m_revocationsCheck);
    return page;
}

void PreferencesDialog::load()
{
    const Preferences prefs(m_settings);
    m_clipboardSpin->setValue(prefs.clipboardClearSeconds());
    m_idleSpin->setValue(prefs.idleLockMinutes());
    const int language = m_languageCombo->findData(prefs.language());
    m_languageCombo->setCurrentIndex(language < 0 ? 0 : language);
    m_autostartCheck->setChecked(m_autostart.isEnabled());
    m_trayCheck->setChecked(prefs.trayEnabled());
    m_closeCombo->setCurrentIndex(m_closeCombo->findData(int(prefs.closeAction())));
    m_closeCombo->setEnabled(prefs.trayEnabled());
    m_policySpin->setValue(prefs.defaultRotationPolicyDays());
    for (int row = 0; row < m_accountSpins.size(); ++row) {
        const QString& id = m_accountIds.at(row);
        m_accountSpins.at(row)->setValue(
            prefs.hasAccountRotationPolicy(id) ? prefs.rotationPolicyDays(id) : 0);
    }
    m_graceSpin->setValue(prefs.defaultGraceDays());
    m_expiryEdit->setText(daysText(prefs.expiryNoticeDays()));
    m_rotationDueCheck->setChecked(prefs.notifyRotationDue());
    m_revocationsCheck->setChecked(prefs.notifyRevocations());
}

QString PreferencesDialog::problem() const
{
    const QList<std::pair<QSpinBox*, QString>> numbers{
        {m_clipboardSpin, tr("Enter the seconds after which the clipboard is cleared (5–600).")},
        {m_idleSpin, tr("Enter the idle minutes before the window locks (0: never).")},
        {m_policySpin, tr("Enter the default rotation policy in days (1–3650).")},
        {m_graceSpin, tr("Enter the default grace period in days (0–365).")},
    };
    for (const auto& [spin, text] : numbers) {
        if (!spin->hasAcceptableInput())
            return text;
    }
    for (int row = 0; row < m_accountSpins.size(); ++row) {
        if (!m_accountSpins.at(row)->hasAcceptableInput())
            return tr("Enter a rotation policy in days for %1, or 0 for the default.")
                .arg(m_accountTable->item(row, 0)->text());
    }
    if (!parseDays(m_expiryEdit->text()))
        return tr("Enter the days before expiry as numbers from 1 to 365, separated by commas "
                  "(e.g. 7, 1).");
    return {};
}

void PreferencesDialog::revalidate()
{
    const QString text = problem();
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(text.isEmpty());
}

bool PreferencesDialog::apply()
{
    revalidate();
    if (!problem().isEmpty())
        return false;
    Preferences prefs(m_settings);
    prefs.setClipboardClearSeconds(m_clipboardSpin->value());
    prefs.setIdleLockMinutes(m_idleSpin->value());
    prefs.setLanguage(m_languageCombo->currentData().toString());
    prefs.setTrayEnabled(m_trayCheck->isChecked());
    prefs.setCloseAction(Preferences::CloseAction(m_closeCombo->currentData().toInt()));
    prefs.setDefaultRotationPolicyDays(m_policySpin->value());
    for (int row = 0; row < m_accountSpins.size(); ++row)
        prefs.setAccountRotationPolicyDays(m_accountIds.at(row), m_accountSpins.at(row)->value());
    prefs.setDefaultGraceDays(m_graceSpin->value());
    prefs.setExpiryNoticeDays(parseDays(m_expiryEdit->text()).value_or(QList<int>()));
    prefs.setNotifyRotationDue(m_rotationDueCheck->isChecked());
    prefs.setNotifyRevocations(m_revocationsCheck->isChecked());
    emit applied();
    if (m_autostartCheck->isChecked() != m_autostart.isEnabled()) {
        const QString error = m_autostart.setEnabled(m_autostartCheck->isChecked());
        if (!error.isEmpty()) {
            m_errorLabel->setText(error);
            m_errorLabel->show();
            return false;
        }
    }
    return true;
}

void PreferencesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace kw
