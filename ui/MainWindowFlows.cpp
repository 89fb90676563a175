// The main window's flows: each opens a dialog (or asks), calls the controller and says how it
// went, in the dialog, the banner or the status bar. Rotation is RotationFlow's.
#include "AddAccountDialog.h"
#include "AttachPolicyDialog.h"
#include "CreateKeyDialog.h"
#include "EditKeyDialog.h"
#include "KeyDisplayName.h"
#include "LeakResponseDialog.h"
#include "MainWindow.h"
#include "OwnerAccessCache.h"
#include "Prompts.h"
#include "ReplaceTokenDialog.h"
#include "RevealSecretDialog.h"
#include "RevokeKeyDialog.h"
#include "RotationFlow.h"
#include "console/AppController.h"
#include "console/ProviderErrorText.h"
#include "console/VerificationText.h"
#include "ui_MainWindow.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStatusBar>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

// The keywarden-cli a credential_process profile runs: the one beside this program (installed
// or built together), else the one on PATH.
QString cliProgram()
{
    const QString beside = QCoreApplication::applicationDirPath() + u"/keywarden-cli"_s;
    return QFileInfo(beside).isExecutable() ? beside : u"keywarden-cli"_s;
}

} // namespace

template <typename Dialog>
MainWindow::ProviderDone MainWindow::closeWhenDone(Dialog* dialog, const QString& done,
                                                   std::function<void()> then)
{
    return [this, dialog, done, then = std::move(then)](const ProviderError& error) {
        if (error) {
            dialog->showError(ProviderErrorText::full(error));
            return;
        }
        dialog->setBusy(false);
        dialog->accept();
        showStatus(done);
        if (then)
            then();
    };
}

MainWindow::ProviderDone MainWindow::reportTo(std::function<QString(const QString& error)> failed,
                                              const QString& done)
{
    return [this, failed = std::move(failed), done](const ProviderError& error) {
        if (error) {
            showNotice(failed(ProviderErrorText::full(error)));
            return;
        }
        showStatus(done);
    };
}

std::optional<MainWindow::Target> MainWindow::targetFor(const QAction* action) const
{
    const Capabilities* caps = currentCapabilities();
    const std::optional<ApiKey> key = selectedKey();
    if (!caps || !key || !action->isEnabled())
        return std::nullopt;
    return Target{keyAccountId(), *caps, *key};
}

void MainWindow::addAccount()
{
    auto* dialog = new AddAccountDialog(this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Account account = dialog->account();
        Secret token = dialog->takeToken();
        statusBar()->showMessage(tr("Storing the token of %1 in %2…")
                                     .arg(account.label, m_controller->vault()->backendName()));
        m_controller->addAccount(
            account, std::move(token), this, [this, account](const SecretStore::Result& result) {
                if (result.ok()) {
                    showStatus(tr("Added %1; its token is in %2.")
                                   .arg(account.label, m_controller->vault()->backendName()));
                    selectAccount(account.id);
                    return;
                }
                offerSessionOnly(account.id, account.label, result.message, result.help);
            });
    });
    openDialog(dialog);
}

void MainWindow::offerSessionOnly(const QString& accountId, const QString& label,
                                  const QString& message, const QString& help)
{
    statusBar()->clearMessage();
    const QString text =
        tr("The token of %1 could not be stored in %2: %3")
            .arg(label, m_controller->vault()->backendName(), message) +
        (help.isEmpty() ? QString() : u"\n\n"_s + help) + u"\n\n"_s +
        tr("You can use the token for this session only: KeyWarden keeps it in memory and "
           "forgets it when it quits. It is never written to a file.\n\n"
           "Use the token for this session only?");
    const bool sessionOnly =
        Prompts::choose(this, QMessageBox::Warning, tr("No keychain"), text,
                        tr("Use for this session only"), tr("Do not add the account"));
    if (!sessionOnly) {
        m_controller->discardPendingAccount(accountId);
        showNotice(tr("%1 was not added: its token could not be stored. %2").arg(label, help));
        return;
    }
    m_controller->useForThisSessionOnly(
        accountId, this, [this, accountId, label](const SecretStore::Result& result) {
            if (!result.ok()) {
                showNotice(tr("%1 was not added: %2").arg(label, result.message));
                return;
            }
            selectAccount(accountId);
            showStatus(tr("Added %1 for this session only; its token will be forgotten at exit.")
                           .arg(label));
        });
}

void MainWindow::removeAccount()
{
    const AppController::AccountView* view = m_controller->account(m_currentAccountId);
    if (!view)
        return;
    const QString id = m_currentAccountId;
    if (!Prompts::choose(this, QMessageBox::Warning, tr("Remove account"),
                         tr("Remove %1 from KeyWarden and delete its token from %2?\n\n"
                            "The keys at the provider are not touched.")
                             .arg(view->account.label, m_controller->vault()->backendName()),
                         tr("Remove account"), tr("Keep account")))
        return;
    m_controller->removeAccount(id);
}

RevealSecretDialog* MainWindow::revealSecret(CreatedKey& created, const Capabilities& caps,
                                             bool shownAgain, const QString& accountId)
{
    const ApiKey key = created.key;
    // A provider may answer a create with the secret but no id: the secret is shown all the
    // same, since it cannot be fetched again.
    QString name = keyDisplayName(created.key);
    if (name.isEmpty())
        name = tr("the new key");
    auto* dialog = new RevealSecretDialog(name, std::move(created.secret), m_clipboardGuard, this);
    dialog->setObjectName(u"revealSecretDialog"_s);
    dialog->setShownAgain(shownAgain);
    m_reveals.removeAll(nullptr);
    m_reveals.append(dialog);
    if (!created.accessKeyId.isEmpty() && created.accessKeyId != created.key.id)
        dialog->addPublicValue(tr("Access key ID"), created.accessKeyId);
    dialog->addPublicValue(tr("Key ID"), created.key.id.isEmpty()
                                             ? tr("(not given by %1)").arg(caps.providerName)
                                             : created.key.id);
    if (!created.key.prefix.isEmpty() && created.key.prefix != created.key.id)
        dialog->addPublicValue(tr("Prefix"), created.key.prefix);
    if (!created.warning.isEmpty())
        dialog->addPublicValue(tr("Note from %1").arg(caps.providerName), created.warning);
    CredentialSnippetSource snippets;
    snippets.capabilities = caps;
    snippets.accessKeyId = created.accessKeyId.isEmpty() ? created.key.id : created.accessKeyId;
    snippets.projectId = created.key.projectId;
    if (const AppController::AccountView* view = m_controller->account(accountId))
        snippets.account = view->account;
    snippets.storedInKeychain =
        !accountId.isEmpty() && m_controller->storedSecrets().contains(accountId, created.key.id);
    snippets.cliProgram = cliProgram();
    dialog->setCredentialSnippets(CredentialSnippets(std::move(snippets)));
    if (caps.verify && !accountId.isEmpty()) {
        dialog->setTestHandler(caps.providerName, [this, dialog, accountId,
                                                   key](const Secret& secret) {
            m_controller->verifyKey(
                accountId, key, secret, dialog,
                [dialog](const ProviderError& error, const std::optional<Verification>& result) {
                    if (error || !result)
                        dialog->showTestError(ProviderErrorText::full(error));
                    else
                        dialog->showTestResult(*result);
                });
        });
    }
    openDialog(dialog);
    return dialog;
}

void MainWindow::createKey()
{
    const Capabilities* caps = currentCapabilities();
    if (!caps || !m_ui->actionCreateKey->isEnabled())
        return;
    const QString accountId = keyAccountId();
    if (m_allAccounts && !confirmFleetCreate(accountId))
        return;
    const Capabilities capabilities = *caps;
    auto* dialog = new CreateKeyDialog(capabilities, this);
    if (capabilities.bearer) {
        dialog->setBearersLoading();
        m_controller->listBearers(
            accountId, dialog, [dialog](const ProviderError& error, const QList<Bearer>& bearers) {
                if (error)
                    dialog->setBearersError(ProviderErrorText::what(error));
                else
                    dialog->setBearers(bearers);
            });
    }
    connect(dialog, &CreateKeyDialog::submitted, this,
            [this, dialog, accountId, capabilities](const KeySpec& spec) {
                dialog->setBusy(true);
                auto flight = beginInFlight();
                m_controller->createKey(accountId, spec, dialog,
                                        [this, dialog, accountId, capabilities,
                                         flight](const ProviderError& error, CreatedKey* created) {
                                            flight->finish();
                                            if (error || !created) {
                                                // The dialog stays open with what was typed.
                                                dialog->showError(ProviderErrorText::full(error));
                                                if (created && created->orphan)
                                                    offerOrphanRevoke(accountId, created->key);
                                                return;
                                            }
                                            dialog->setBusy(false);
                                            dialog->accept();
                                            keyCreated(*created, capabilities, accountId);
                                        });
            });
    openDialog(dialog);
}

void MainWindow::keyCreated(CreatedKey& created, const Capabilities& caps, const QString& accountId)
{
    const QString keyId = created.key.id;
    const QString name = keyDisplayName(created.key);
    revealSecret(created, caps, false, accountId);
    showStatus(name.isEmpty() ? tr("Created the key.") : tr("Created “%1”.").arg(name));
    // The list is refreshing; the new key is selected once it shows.
    if (!keyId.isEmpty() && (m_allAccounts || accountId == m_currentAccountId) &&
        !selectKey(accountId, keyId)) {
        m_keyToSelect = keyId;
        m_keyToSelectAccount = accountId;
    }
}

void MainWindow::revokeKey()
{
    if (requestBulk(u"revoke"_s))
        return;
    const std::optional<Target> t = targetFor(m_ui->actionRevokeKey);
    if (!t)
        return;
    auto* dialog = new RevokeKeyDialog(t->key, t->caps.providerName, this);
    connect(dialog, &RevokeKeyDialog::submitted, this, [this, dialog, t] {
        dialog->setBusy(true);
        m_controller->revokeKey(
            t->accountId, t->key, dialog,
            closeWhenDone(dialog, tr("Revoked “%1”.").arg(keyDisplayName(t->key))));
    });
    openDialog(dialog);
}

void MainWindow::editKey()
{
    const std::optional<Target> t = targetFor(m_ui->actionEditKey);
    if (!t)
        return;
    auto* dialog = new EditKeyDialog(t->key, t->caps, this);
    connect(dialog, &EditKeyDialog::submitted, this, [this, dialog, t] {
        dialog->setBusy(true);
        m_controller->updateKey(
            t->accountId, t->key, dialog->change(), dialog,
            closeWhenDone(dialog, tr("Saved the changes to “%1”.").arg(keyDisplayName(t->key))));
    });
    openDialog(dialog);
}

int MainWindow::countKeysOf(const QString& accountId, const QString& principal,
                            KeyStatus status) const
{
    const AppController::AccountView* view = m_controller->account(accountId);
    if (!view)
        return 0;
    int count = 0;
    for (const ApiKey& key : view->keys) {
        if (key.principal == principal && key.status == status)
            ++count;
    }
    return count;
}

void MainWindow::toggleKeyActive()
{
    if (requestBulk(u"toggle"_s))
        return;
    const std::optional<Target> t = targetFor(m_ui->actionToggleKeyActive);
    if (!t)
        return;
    const ApiKey& key = t->key;
    const bool enable = key.status == KeyStatus::Disabled;
    const QString name = keyDisplayName(key);
    if (!enable &&
        !Prompts::choose(this, QMessageBox::Warning, tr("Disable key"),
                         tr("Disable “%1”?\n\nApplications that use it stop working until it "
                            "is enabled again.")
                             .arg(name),
                         tr("Disable key"), tr("Keep it enabled")))
        return;
    m_controller->setKeyActive(
        t->accountId, key, enable, this,
        reportTo(
            [enable, name](const QString& error) {
                return (enable ? tr("Could not enable “%1”: %2") : tr("Could not disable “%1”: %2"))
                    .arg(name, error);
            },
            (enable ? tr("Enabled “%1”.") : tr("Disabled “%1”.")).arg(name)));
}

void MainWindow::togglePrincipal()
{
    const std::optional<Target> t = targetFor(m_ui->actionTogglePrincipal);
    if (!t || t->key.principal.isEmpty())
        return;
    const bool reactivate = t->key.status == KeyStatus::Suspended;
    const QString principal = t->key.principal;
    const int affected =
        countKeysOf(t->accountId, principal, reactivate ? KeyStatus::Suspended : KeyStatus::Active);
    // The count is spelled out: suspending one key's owner stops every other key it has.
    const QString keys = tr("%n listed key(s)", nullptr, affected);
    const QString question =
        reactivate
            ? tr("Reactivate every key of %1?\n\nThis affects %2 of this owner.")
                  .arg(principal, keys)
            : tr("Suspend every key of %1?\n\nThis affects %2 of this owner, not only “%3”: "
                 "applications using any of them stop working until the owner is reactivated.")
                  .arg(principal, keys, keyDisplayName(t->key));
    const QString title = reactivate ? tr("Reactivate keys") : tr("Suspend keys");
    if (!Prompts::choose(this, QMessageBox::Warning, title, question,
                         reactivate ? tr("Reactivate %1").arg(keys) : tr("Suspend %1").arg(keys),
                         reactivate ? tr("Keep them suspended") : tr("Keep them active")))
        return;
    m_controller->setPrincipalActive(
        t->accountId, principal, reactivate, this,
        reportTo(
            [reactivate, principal](const QString& error) {
                return (reactivate ? tr("Could not reactivate the keys of %1: %2")
                                   : tr("Could not suspend the keys of %1: %2"))
                    .arg(principal, error);
            },
            (reactivate ? tr("Reactivated %1 of %2.") : tr("Suspended %1 of %2."))
                .arg(keys, principal)));
}

void MainWindow::attachPolicy()
{
    const std::optional<Target> t = targetFor(m_ui->actionAttachPolicy);
    if (!t)
        return;
    const QString accountId = t->accountId;
    const QString principal = t->key.principal;
    const PrincipalPolicies policies = t->caps.principalPolicies;
    QStringList attached;
    if (const OwnerAccessCache::Entry* entry = m_ownerAccess->entry(accountId, principal)) {
        for (const AttachedPolicy& policy : entry->policies)
            attached << policy.arn;
    }
    auto* dialog = new AttachPolicyDialog(principal, policies, attached, this);
    connect(dialog, &AttachPolicyDialog::submitted, this,
            [this, dialog, accountId, principal, policies](const QString& arn) {
                QString name = arn;
                for (const PolicyInfo& offered : policies.offered) {
                    if (offered.arn == arn)
                        name = offered.name;
                }
                m_controller->attachPrincipalPolicy(
                    accountId, principal, arn, dialog,
                    closeWhenDone(dialog, tr("Attached %1 to %2.").arg(name, principal),
                                  [this, accountId, principal] {
                                      m_ownerAccess->refetch(accountId, principal);
                                  }));
            });
    openDialog(dialog);
}

void MainWindow::showSecret()
{
    const std::optional<Target> t = targetFor(m_ui->actionShowSecret);
    if (!t)
        return;
    statusBar()->showMessage(tr("Fetching the secret of “%1”…").arg(keyDisplayName(t->key)));
    // Fetched on each request and handed straight to the dialog, which wipes it on close.
    m_controller->revealSecret(
        t->accountId, t->key, this, [this, t](const ProviderError& error, CreatedKey* revealed) {
            statusBar()->clearMessage();
            if (error || !revealed) {
                showNotice(tr("Could not fetch the secret of “%1”: %2")
                               .arg(keyDisplayName(t->key), ProviderErrorText::full(error)));
                return;
            }
            if (revealed->key.id.isEmpty())
                revealed->key = t->key;
            revealSecret(*revealed, t->caps, true, t->accountId);
        });
}

void MainWindow::testKey()
{
    const std::optional<Target> t = targetFor(m_ui->actionTestKey);
    if (!t)
        return;
    const QString accountId = t->accountId;
    const ApiKey key = t->key;
    const QString providerName = t->caps.providerName;
    const QString name = keyDisplayName(key);
    statusBar()->showMessage(tr("Testing “%1”…").arg(name));
    // The secret is fetched for this test only and wiped when the fetch's answer goes.
    m_controller->revealSecret(
        accountId, key, this,
        [this, accountId, key, name, providerName](const ProviderError& error,
                                                   CreatedKey* revealed) {
            if (error || !revealed) {
                statusBar()->clearMessage();
                showNotice(tr("Could not test “%1”: %2").arg(name, ProviderErrorText::full(error)));
                return;
            }
            m_controller->verifyKey(
                accountId, key, revealed->secret, this,
                [this, name, providerName](const ProviderError& verifyError,
                                           const std::optional<Verification>& result) {
                    statusBar()->clearMessage();
                    if (verifyError || !result) {
                        showNotice(tr("Could not test “%1”: %2")
                                       .arg(name, ProviderErrorText::full(verifyError)));
                        return;
                    }
                    const QString text =
                        tr("“%1”: %2").arg(name, VerificationText::text(*result, providerName));
                    if (result->outcome == Verification::Outcome::Works)
                        showStatus(text);
                    else
                        showNotice(text);
                });
        });
}

void MainWindow::rotateKey()
{
    if (requestBulk(u"rotate"_s))
        return;
    if (const std::optional<Target> t = targetFor(m_ui->actionRotateKey))
        m_rotation->rotate(t->accountId, t->key, t->caps);
}

void MainWindow::respondToLeak()
{
    auto* dialog = findChild<LeakResponseDialog*>();
    if (!dialog) {
        dialog = new LeakResponseDialog(m_controller, m_dataLocations.auditLog, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &LeakResponseDialog::rotateRequested, this,
                [this](const QString& accountId, const ApiKey& key) {
                    if (const auto* view = m_controller->account(accountId);
                        view && view->capabilities)
                        m_rotation->rotateLeaked(accountId, key, *view->capabilities);
                });
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::setUpAccountEditing()
{
    for (QAction* action : {m_ui->actionEditAccount, m_ui->actionReplaceToken}) {
        // Whenever an account may be removed (one is selected), it may be edited too.
        action->setEnabled(m_ui->actionRemoveAccount->isEnabled());
        connect(m_ui->actionRemoveAccount, &QAction::enabledChanged, action, &QAction::setEnabled);
        m_ui->accountList->addAction(action);
    }
    connect(m_ui->actionEditAccount, &QAction::triggered, this, &MainWindow::editAccount);
    connect(m_ui->actionReplaceToken, &QAction::triggered, this, &MainWindow::replaceToken);
    m_ui->actionEditAccount->setProperty("accessibleName", tr("Edit account"));
    m_ui->actionReplaceToken->setProperty("accessibleName", tr("Replace token"));
}

void MainWindow::editAccount()
{
    const AppController::AccountView* view = m_controller->account(m_currentAccountId);
    if (!view)
        return;
    auto* dialog = new AddAccountDialog(this);
    dialog->editAccount(view->account);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Account edited = dialog->account();
        if (const ProviderError error = m_controller->editAccount(edited)) {
            showNotice(
                tr("Could not change %1: %2").arg(edited.label, ProviderErrorText::full(error)));
            return;
        }
        showStatus(tr("Saved the changes to %1; its keys are loaded again.").arg(edited.label));
    });
    openDialog(dialog);
}

void MainWindow::replaceToken()
{
    const AppController::AccountView* view = m_controller->account(m_currentAccountId);
    if (!view)
        return;
    const QString id = m_currentAccountId;
    const QString label = view->account.label;
    auto* dialog = new ReplaceTokenDialog(
        label, view->capabilities ? view->capabilities->providerName : QString(), this);
    connect(dialog, &ReplaceTokenDialog::submitted, this, [this, dialog, id, label] {
        dialog->setBusy(true);
        m_controller->replaceToken(
            id, dialog->token(), dialog, [this, dialog, label](const ProviderError& error) {
                if (error) {
                    dialog->showError(tr("The new token was not taken, and the old one is still "
                                         "in use: %1")
                                          .arg(ProviderErrorText::what(error)));
                    return;
                }
                dialog->accept();
                showStatus(tr("%1 now uses its new token.").arg(label));
            });
    });
    openDialog(dialog);
}

} // namespace kw
