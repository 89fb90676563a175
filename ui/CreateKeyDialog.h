#pragma once

#include "SubmitDialog.h"
#include "core/Capabilities.h"
#include "core/KeySpec.h"

#include <QList>
#include <QScopedPointer>

namespace Ui {
class CreateKeyDialog;
}

namespace kw {

// Asks for what a new key needs, built from the provider's Capabilities: only the fields the
// provider has are shown. The Create button emits submitted() and the dialog stays open until
// the owner accept()s it or reports a failure with showError(), which keeps what was typed.
// Presets ("in 1 week") are counted from kw::Clock::app().
class CreateKeyDialog : public SubmitDialog
{
    Q_OBJECT
public:
    explicit CreateKeyDialog(const Capabilities& caps, QWidget* parent = nullptr);
    ~CreateKeyDialog() override;

    KeySpec spec() const;
    void setSpec(const KeySpec& spec); // prefill (rotation, retry)
    // What stops the form from being submitted, or an empty string when it is complete.
    QString problem() const;

    // Who can own the key (Capabilities::bearer): the owner fetches the list from the provider
    // and hands it in; until then the picker says it is loading. selfId names the caller's own
    // user, offered first as "You". No owner is chosen until the user picks one (or setSpec()
    // named one). An owner's keyCount, when known, shows beside it; one at the provider's
    // per-owner limit (Capabilities::keyLimit, keyLimitPerUser) cannot be submitted and the form
    // says why. Bearers of type "project" fill the project picker (Capabilities::project),
    // which shows names and sends ids; an id can also be typed.
    void setBearersLoading();
    void setBearers(const QList<Bearer>& bearers, const QString& selfId = {});
    void setBearersError(const QString& text);

    static bool isUuid(const QString& text);
    // Why a project ID typed in a key form cannot be sent (not a UUID), or empty.
    static QString projectProblem(const QString& project);

signals:
    void submitted(const kw::KeySpec& spec);

protected:
    bool canSubmit() const override { return problem().isEmpty(); }
    void onSubmit() override;

private:
    void hideAbsentFields();
    void setupExpiry();
    void selectBearer(const QString& type, const QString& id);
    void addHeading(const QString& text);
    void addBearer(const Bearer& bearer, bool isSelf);
    bool isAtLimit(const Bearer& bearer) const;
    QString ownerAtLimit() const; // why the chosen owner can have no more keys, or empty
    void bearerChanged();
    void setProjects(const QList<Bearer>& projects);
    void selectProject(const QString& idOrName);
    QString projectId() const; // the chosen project's id, or what was typed
    void projectChanged();
    void setTabChain();
    void revalidate();
    void updateNameWarning();
    void updateDescriptionCounter();

    const QScopedPointer<Ui::CreateKeyDialog> m_ui;
    const Capabilities m_caps;
    bool m_bearersLoaded = false;
    QString m_wantedBearerType; // from setSpec() before the list arrived
    QString m_wantedBearerId;
    QString m_wantedProjectId;
    QList<Bearer> m_bearers; // owners offered (no projects)
};

} // namespace kw
