#include "console/LeakResponder.h"

#include "console/AppController.h"
#include "console/AuditTrail.h"
#include "console/ProviderErrorText.h"
#include "core/Rotation.h"

#include <QPointer>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

bool isSettled(const ConsoleTypes::AccountView* view)
{
    return !view || view->state == ConsoleTypes::LoadState::Ok ||
           view->state == ConsoleTypes::LoadState::Error;
}

// A key is the one a finding names when the finding's public part is its id (access key ids,
// the AiR jti) or the prefix the provider lists it by (WAYSCloud's wayscloud_<svc>_<prefix>).
bool names(const ApiKey& key, const QString& publicId)
{
    return !publicId.isEmpty() && (key.id == publicId || key.prefix == publicId);
}

QString whereFound(const LeakResponder::Item& item)
{
    const QString place = u"line %1"_s.arg(item.line);
    return item.source.isEmpty() ? place : item.source + u' ' + place;
}

} // namespace

LeakResponder::LeakResponder(AppController* controller, AuditLog* audit, QObject* parent)
    : QObject(parent), m_controller(controller), m_audit(std::make_unique<AuditTrail>(audit))
{
    connect(m_controller, &AppController::accountChanged, this, [this](const QString& id) {
        if (!m_loading.contains(id) || !isSettled(m_controller->account(id)))
            return;
        m_loading.remove(id);
        if (m_loading.isEmpty())
            matchAndTest();
    });
    connect(m_controller, &AppController::accountRemoved, this, [this](const QString& id) {
        if (m_loading.remove(id) && m_loading.isEmpty())
            matchAndTest();
    });
}

LeakResponder::~LeakResponder() = default; // each Secret wipes itself

bool LeakResponder::check(std::vector<LeakFinding> findings, const QStringList& sources)
{
    if (m_running)
        return false;
    clear();
    m_running = true;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        LeakFinding& finding = findings[i];
        Item item;
        item.kind = finding.kind;
        item.publicId = finding.publicId;
        item.source = sources.value(qsizetype(i));
        item.line = finding.line;
        item.column = finding.column;
        item.secretPasted = finding.hasSecret();
        m_items.append(item);
        m_secrets.push_back(std::move(finding.secret));
    }
    loadAccounts();
    return true;
}

void LeakResponder::clear()
{
    ++m_generation;
    m_items.clear();
    m_secrets.clear();
    m_loading.clear();
    m_unloaded.clear();
    m_pendingTests = 0;
    m_running = false;
}

// Every account is searched: one not listed yet (the command line loads none up front) is
// listed now, and one still loading is waited for.
void LeakResponder::loadAccounts()
{
    QStringList idle;
    for (const QString& id : m_controller->accountIds()) {
        const AccountView* view = m_controller->account(id);
        if (isSettled(view))
            continue;
        m_loading.insert(id);
        if (view->state == LoadState::Idle)
            idle.append(id);
    }
    for (const QString& id : idle)
        m_controller->refresh(id);
    if (m_loading.isEmpty())
        QMetaObject::invokeMethod(this, &LeakResponder::matchAndTest, Qt::QueuedConnection);
}

void LeakResponder::matchAndTest()
{
    if (!m_running || !m_loading.isEmpty())
        return;
    for (const QString& id : m_controller->accountIds()) {
        const AccountView* view = m_controller->account(id);
        if (view && view->state == LoadState::Error)
            m_unloaded.append(view->account.label);
    }
    for (Item& item : m_items) {
        const QStringList providers = LeakPatterns::providerIds(item.kind);
        for (const QString& id : m_controller->accountIds()) {
            const AccountView* view = m_controller->account(id);
            if (!view || !view->capabilities || !providers.contains(view->capabilities->providerId))
                continue;
            for (const ApiKey& key : view->keys) {
                if (names(key, item.publicId))
                    item.matches.append({id, view->account.label, key});
            }
        }
        item.liveness = item.secretPasted ? Liveness::Checking : Liveness::NoSecret;
    }
    m_pendingTests = 1; // held until every test has started, in case one answers at once
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].liveness == Liveness::Checking)
            testSecret(i);
    }
    oneTestDone();
}

void LeakResponder::oneTestDone()
{
    if (--m_pendingTests > 0)
        return;
    recordFindings();
    m_running = false;
    emit finished();
}

// A string that matched no listed key (one revoked since, or someone else's) is tested with the
// client of a loaded account of the provider it looks like, as a key of that id: the provider's
// answer says whether it works there. WAYSCloud checks a key at the service its string names.
std::optional<LeakResponder::Match> LeakResponder::standInFor(const Item& item) const
{
    const QStringList providers = LeakPatterns::providerIds(item.kind);
    for (const QString& id : m_controller->accountIds()) {
        const AccountView* view = m_controller->account(id);
        if (!view || view->state != LoadState::Ok || !view->capabilities ||
            !view->capabilities->verify || !providers.contains(view->capabilities->providerId))
            continue;
        Match stand{id, view->account.label, {}};
        stand.key.id = item.publicId;
        stand.key.prefix = item.publicId;
        const QString service = item.publicId.section(u'_', 1, 1);
        if (item.kind == LeakFinding::Kind::WaysCloud && service != u"pat"_s)
            stand.key.services = QStringList{service};
        return stand;
    }
    return std::nullopt;
}

// Only the pasted secret is tested, with the provider of the first account that lists the key
// (the same key in two accounts is one key at the provider).
void LeakResponder::testSecret(int index)
{
    const Item& item = m_items[index];
    const std::optional<Match> stand =
        item.matches.isEmpty() ? standInFor(item) : std::optional(item.matches.first());
    if (!stand) {
        settle(index, Liveness::Unknown, u"no account of this provider to test it with"_s);
        return;
    }
    const Match& match = *stand;
    const Capabilities* caps = capabilitiesOf(match);
    if (!caps || !caps->verify) {
        settle(index, Liveness::Unknown, u"the provider has no call that tests a key"_s);
        return;
    }
    ++m_pendingTests;
    m_controller->verifyKey(
        match.accountId, match.key, m_secrets[std::size_t(index)], this,
        [this, index, generation = m_generation](const ProviderError& error,
                                                 const std::optional<Verification>& result) {
            if (generation != m_generation)
                return;
            using Outcome = Verification::Outcome;
            // Only the provider's own refusal says "not live"; a transport failure or an answer
            // that proves nothing leaves it open.
            if (!error.ok() || !result)
                settle(index, Liveness::Unknown, ProviderErrorText::what(error));
            else if (result->outcome == Outcome::Works)
                settle(index, Liveness::Live, u"HTTP %1"_s.arg(result->httpStatus));
            else if (result->outcome == Outcome::Unauthorized ||
                     result->outcome == Outcome::Forbidden)
                settle(index, Liveness::NotLive,
                       u"HTTP %1 %2"_s.arg(result->httpStatus).arg(result->reason).trimmed());
            else
                settle(index, Liveness::Unknown,
                       result->error.ok() ? result->reason
                                          : ProviderErrorText::what(result->error));
            oneTestDone();
        });
}

void LeakResponder::settle(int index, Liveness liveness, const QString& detail)
{
    m_items[index].liveness = liveness;
    m_items[index].livenessDetail = detail;
    emit itemChanged(index);
}

void LeakResponder::recordFindings()
{
    for (const Item& item : m_items) {
        QString outcome = u"leak found at %1: "_s.arg(whereFound(item));
        outcome += item.secretPasted ? u"secret %1"_s.arg(livenessId(item.liveness))
                                     : u"id only, no secret"_s;
        if (item.matches.isEmpty()) {
            m_audit->record(u"incident"_s, QString(), QString(), item.publicId,
                            outcome + u"; not one of yours (looks like %1)"_s.arg(
                                          LeakPatterns::lookalikeName(item.kind)));
        }
        for (const Match& match : item.matches)
            m_audit->record(u"incident"_s, match.accountLabel, match.key.name, match.key.id,
                            outcome);
    }
}

QString LeakResponder::livenessId(Liveness liveness)
{
    switch (liveness) {
    case Liveness::NoSecret:
        return u"no-secret"_s;
    case Liveness::Checking:
        return u"checking"_s;
    case Liveness::Live:
        return u"live"_s;
    case Liveness::NotLive:
        return u"not-live"_s;
    case Liveness::Unknown:
        break;
    }
    return u"unknown"_s;
}

int LeakResponder::ageDays(const ApiKey& key, const QDateTime& now)
{
    return key.created.isValid() ? int(key.created.daysTo(now)) : -1;
}

const Capabilities* LeakResponder::capabilitiesOf(const Match& match) const
{
    const AccountView* view = m_controller->account(match.accountId);
    return view ? view->capabilities : nullptr;
}

bool LeakResponder::canDisable(const Match& match) const
{
    const Capabilities* caps = capabilitiesOf(match);
    return caps && (caps->disable || (caps->disablePrincipal && !match.key.principal.isEmpty()));
}

bool LeakResponder::disableStopsOwner(const Match& match) const
{
    const Capabilities* caps = capabilitiesOf(match);
    return caps && !caps->disable && caps->disablePrincipal;
}

int LeakResponder::keysStoppedByDisable(const Match& match) const
{
    if (!canDisable(match))
        return 0;
    if (!disableStopsOwner(match))
        return 1;
    const AccountView* view = m_controller->account(match.accountId);
    if (!view)
        return 0;
    int stopped = 0;
    for (const ApiKey& key : view->keys)
        stopped += key.principal == match.key.principal && key.status == KeyStatus::Active;
    return std::max(stopped, 1);
}

void LeakResponder::recordAction(const Match& match, const QString& action,
                                 const ProviderError& error)
{
    m_audit->record(u"incident"_s, match.accountLabel, match.key.name, match.key.id,
                    action + u": "_s + AuditTrail::outcomeOf(error));
}

LeakResponder::Done LeakResponder::audited(const Match& match, const QString& action, Done done)
{
    return [this, guard = QPointer(this), match, action,
            done = std::move(done)](const ProviderError& error) {
        if (guard)
            recordAction(match, action, error);
        done(error);
    };
}

void LeakResponder::disable(const Match& match, const QObject* context, Done done)
{
    if (!canDisable(match)) {
        done({ProviderError::Kind::Validation,
              0,
              u"%1 cannot disable this key; revoke it instead"_s.arg(
                  capabilitiesOf(match) ? capabilitiesOf(match)->providerName : QString()),
              {}});
        return;
    }
    if (disableStopsOwner(match)) {
        const QString action = u"disable now (suspends owner %1, %2 keys)"_s.arg(
            match.key.principal, QString::number(keysStoppedByDisable(match)));
        m_controller->setPrincipalActive(match.accountId, match.key.principal, false, context,
                                         audited(match, action, std::move(done)));
        return;
    }
    m_controller->setKeyActive(match.accountId, match.key, false, context,
                               audited(match, u"disable now"_s, std::move(done)));
}

void LeakResponder::revoke(const Match& match, const QObject* context, Done done)
{
    m_controller->revokeKey(match.accountId, match.key, context,
                            audited(match, u"revoke now"_s, std::move(done)));
}

void LeakResponder::rotate(const Match& match, const QObject* context, RotationStarted done)
{
    const Capabilities* caps = capabilitiesOf(match);
    if (!caps) {
        done({ProviderError::Kind::Other, 0, u"this build has no client for the account"_s, {}},
             nullptr, QString());
        return;
    }
    const KeySpec spec = rotationSpecFor(match.key, *caps, m_controller->now());
    m_controller->startRotation(match.accountId, match.key, spec, context,
                                [this, guard = QPointer(this), match,
                                 done = std::move(done)](const ProviderError& error,
                                                         CreatedKey* created, QString recordId) {
                                    if (guard)
                                        recordAction(match, u"rotate (new key created)"_s, error);
                                    done(error, created, std::move(recordId));
                                });
}

void LeakResponder::finishRotation(const Match& match, const QString& recordId,
                                   const QObject* context, Done done)
{
    m_controller->finishHandover(recordId, true, 0, context,
                                 audited(match, u"rotate (old key revoked)"_s, std::move(done)),
                                 u"leak response"_s);
}

} // namespace kw
