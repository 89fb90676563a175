// The fault matrix: every provider × every operation it has × every fault the sandbox injects,
// driven through AppController with the real provider clients over loopback. Each cell checks
// that nothing crashed, that a failure names its cause, that the provider's state (read back by
// a clean client) is what the user was told, and that no key was made without the user learning
// of it. The matrix is printed at the end, one line per cell.
#include "FaultMatrixBench.h"
#include "console/ProviderErrorText.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTest>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace kw {

using namespace matrix;

class TestFaultMatrix : public QObject
{
    Q_OBJECT

    struct Cell
    {
        Bench bench;
        Op op = Op::List;
        FaultCase fault{};
        QStringList problems;
        QString told;   // what the user was told besides ok / the error, for the matrix
        int unused = 0; // faults still pending once the operation answered
        bool settled = false;

        // Right after the operation: was its fault used? Then no fault may touch the checks.
        void settle()
        {
            if (settled)
                return;
            settled = true;
            unused = bench.pendingFaults();
            bench.clearFaults();
            bench.setClientTimeoutMs(ClientTimeoutMs);
        }

        void expect(bool condition, const QString& problem)
        {
            if (!condition)
                problems << problem;
        }

        // A failure must say what went wrong, in the words of the fault.
        void checkError(const ProviderError& error)
        {
            const QList<ProviderError::Kind> kinds = expectedKinds(fault.kind);
            QList<ProviderError::Kind> allowed = kinds;
            // A 404 on a revoke that a fresh list contradicts may be reported as such.
            if (fault.kind == Fault::Kind::NotFound && (op == Op::Revoke || op == Op::RotateRevoke))
                allowed << ProviderError::Kind::Other << ProviderError::Kind::Conflict;
            expect(allowed.contains(error.kind),
                   u"error kind %1 does not name the fault (%2)"_s.arg(int(error.kind))
                       .arg(error.toString()));
            expect(!ProviderErrorText::message(error).trimmed().isEmpty(),
                   u"the error has no message"_s);
            if (const int status = sandbox::FaultPlan::statusOf(fault.kind);
                status && allowed.contains(error.kind))
                expect(
                    error.toString().contains(QString::number(status)),
                    u"the error does not mention HTTP %1: %2"_s.arg(status).arg(error.toString()));
            // Retry-After (seconds or a date) is read: the error says when to try again.
            if (fault.kind == Fault::Kind::TooManyRequests)
                expect(ProviderErrorText::detail(error).contains(u"(in "_s) &&
                           (fault.asDate || ProviderErrorText::detail(error).contains(
                                                QString::number(fault.retryAfterSeconds))),
                       u"the 429 error does not say when to retry: %1"_s.arg(error.toString()));
        }

        // Runs one asynchronous controller call; false when it never answered.
        template <typename Start> bool run(Start start)
        {
            bool done = false;
            start([&done] { done = true; });
            const bool answered = waitUntil([&] { return done; });
            settle();
            return answered;
        }
    };

    struct Made
    {
        ApiKey key;
        Secret secret;
    };

    static std::optional<Made> create(Bench& b, const KeySpec& spec)
    {
        std::optional<Made> made;
        bool done = false;
        b.controller->createKey(b.account.id, spec, b.controller.get(),
                                [&](const ProviderError& e, CreatedKey* created) {
                                    done = true;
                                    if (!e && created)
                                        made = Made{created->key, created->secret.clone()};
                                });
        static_cast<void>(waitUntil([&] { return done; }));
        return made;
    }

    static bool setActive(Bench& b, const ApiKey& key, bool active)
    {
        std::optional<ProviderError> result;
        auto done = [&](const ProviderError& e) { result = e; };
        if (b.account.provider == u"coreweave"_s)
            b.controller->setPrincipalActive(b.account.id, key.principal, active,
                                             b.controller.get(), done);
        else
            b.controller->setKeyActive(b.account.id, key, active, b.controller.get(), done);
        static_cast<void>(waitUntil([&] { return result.has_value(); }));
        return result && result->ok();
    }

    // After a failed create: no new key, or the one the controller handed over as an orphan.
    static void checkNoUnknownKey(Cell& c, const QStringList& before, const QList<ApiKey>& now,
                                  const CreatedKey* orphan)
    {
        QStringList expected = before;
        if (orphan && orphan->orphan) {
            c.told += u"orphan "_s + orphan->key.id;
            c.expect(!before.contains(orphan->key.id) && findKey(now, orphan->key.id),
                     u"the orphan the user was told of is not a new key at the provider"_s);
            c.expect(orphan->secret.isEmpty(), u"an orphan carries a secret"_s);
            expected << orphan->key.id;
            expected.sort();
        }
        c.expect(idsOf(now) == expected, u"keys at the provider the user was not told of: %1"_s.arg(
                                             QStringList(idsOf(now)).join(u' ')));
    }

    void runCell(Cell& c)
    {
        Bench& b = c.bench;
        const bool onKey = c.op != Op::List && c.op != Op::Create && c.op != Op::RotateCreate;
        std::optional<Made> subject;
        if (onKey || c.op == Op::RotateCreate) {
            KeySpec spec = b.spec;
            spec.name = spec.name.isEmpty() ? QString() : spec.name + u" subject"_s;
            subject = create(b, spec);
            if (!subject) {
                c.problems << u"setup: the subject key could not be created"_s;
                return;
            }
            if (c.op == Op::Enable && !setActive(b, subject->key, false)) {
                c.problems << u"setup: the subject key could not be disabled"_s;
                return;
            }
            // The user acts on a listed key, as the window and keywarden-cli do.
            if (!b.load() || b.view()->state != AppController::LoadState::Ok) {
                c.problems << u"setup: the list after the subject's create failed"_s;
                return;
            }
            for (const ApiKey& key : b.view()->keys) {
                if (key.id == subject->key.id)
                    subject->key = key;
            }
        }
        QString recordId;
        if (c.op == Op::RotateRevoke) {
            bool started = false;
            b.controller->startRotation(
                b.account.id, subject->key, b.spec, b.controller.get(),
                [&](const ProviderError& e, CreatedKey* created, QString id) {
                    started = true;
                    if (!e && created)
                        recordId = id;
                });
            static_cast<void>(waitUntil([&] { return started; }));
            if (recordId.isEmpty()) {
                c.problems << u"setup: the rotation's new key could not be created"_s;
                return;
            }
        }
        // What the provider held before, where a check compares with it.
        const bool compares = c.op == Op::Create || c.op == Op::RotateCreate ||
                              c.op == Op::Revoke || c.op == Op::RotateRevoke || c.op == Op::Verify;
        const std::optional<QList<ApiKey>> before =
            compares ? b.realKeys() : std::optional<QList<ApiKey>>(QList<ApiKey>());
        if (!before) {
            c.problems << u"setup: the clean list failed"_s;
            return;
        }

        const Target target = providers().at(providerIndex(b.account.provider)).target(c.op);
        Fault fault;
        fault.kind = c.fault.kind;
        fault.method = target.method;
        fault.pathPrefix = target.path;
        fault.exactPath = target.exact;
        fault.contains = target.contains;
        fault.delayMs = LatencyMs;
        fault.retryAfterSeconds = c.fault.retryAfterSeconds;
        fault.retryAfterAsDate = c.fault.asDate;
        fault.hugeBytes = 2 * ClientMaxBody;
        if (c.fault.kind == Fault::Kind::Hang)
            b.setClientTimeoutMs(HangTimeoutMs);
        b.inject(fault);

        // A delay is no failure; a transient fault on a read is ridden out; a verify always
        // ends in a verdict.
        const bool mustSucceed = c.fault.kind == Fault::Kind::Delay || c.op == Op::Verify ||
                                 (absorbable(c.fault.kind) && c.op == Op::List);
        bool answered = true;
        ProviderError error;
        switch (c.op) {
        case Op::List: {
            const std::optional<ProviderError> loaded = b.load();
            c.settle();
            answered = loaded.has_value();
            if (loaded)
                error = *loaded;
            break;
        }
        case Op::Create:
        case Op::RotateCreate: {
            std::optional<CreatedKey> created;
            QString rotation;
            answered = c.run([&](auto finish) {
                auto done = [&, finish](const ProviderError& e, CreatedKey* k) {
                    error = e;
                    if (k)
                        created = CreatedKey{k->key, k->secret.clone(), k->accessKeyId, k->warning,
                                             k->orphan};
                    finish();
                };
                if (c.op == Op::Create)
                    b.controller->createKey(b.account.id, b.spec, b.controller.get(), done);
                else
                    b.controller->startRotation(
                        b.account.id, subject->key, b.spec, b.controller.get(),
                        [&, done](const ProviderError& e, CreatedKey* k, QString id) {
                            rotation = id;
                            done(e, k);
                        });
            });
            if (!answered)
                break;
            const auto now = b.realKeys();
            if (!now) {
                c.problems << u"the clean list after the create failed"_s;
                break;
            }
            if (!error) {
                c.expect(created && !created->orphan && !created->secret.isEmpty() &&
                             findKey(*now, created->key.id),
                         u"the reported new key is not at the provider, or has no secret"_s);
            } else {
                checkNoUnknownKey(c, idsOf(*before), *now, created ? &*created : nullptr);
            }
            if (c.op == Op::RotateCreate) {
                c.expect(findKey(*now, subject->key.id) != nullptr,
                         u"the rotation's old key is gone although the new one was not made"_s);
                for (const RotationRecord& record : b.controller->rotations().all())
                    c.expect(record.state != RotationRecord::State::Completed,
                             u"a rotation is recorded completed before its hand-over"_s);
            }
            break;
        }
        case Op::Edit: {
            KeyChange change;
            const QString edited = u"edited by the matrix"_s;
            if (b.account.provider == u"scaleway"_s)
                change.description = edited;
            else
                change.name = edited;
            answered = c.run([&](auto finish) {
                b.controller->updateKey(b.account.id, subject->key, change, b.controller.get(),
                                        [&, finish](const ProviderError& e) {
                                            error = e;
                                            finish();
                                        });
            });
            const auto now = answered ? b.realKeys() : std::nullopt;
            const ApiKey* key = now ? findKey(*now, subject->key.id) : nullptr;
            c.expect(key != nullptr, u"the edited key is gone"_s);
            if (key) {
                const bool changed = (change.description ? key->description : key->name) == edited;
                // A definite refusal leaves the key as it was; an answer that never came may or
                // may not have taken effect, and the error says so.
                if (!error)
                    c.expect(changed, u"reported edited, but unchanged at the provider"_s);
                else if (error.httpStatus > 0 && error.kind != ProviderError::Kind::BadResponse)
                    c.expect(!changed, u"reported refused, but changed at the provider"_s);
            }
            break;
        }
        case Op::Disable:
        case Op::Enable: {
            const bool active = c.op == Op::Enable;
            answered = c.run([&](auto finish) {
                auto done = [&, finish](const ProviderError& e) {
                    error = e;
                    finish();
                };
                if (b.account.provider == u"coreweave"_s)
                    b.controller->setPrincipalActive(b.account.id, subject->key.principal, active,
                                                     b.controller.get(), done);
                else
                    b.controller->setKeyActive(b.account.id, subject->key, active,
                                               b.controller.get(), done);
            });
            const auto now = answered ? b.realKeys() : std::nullopt;
            const ApiKey* key = now ? findKey(*now, subject->key.id) : nullptr;
            c.expect(key != nullptr, u"the key is gone"_s);
            if (key) {
                const bool isActive = key->status == KeyStatus::Active;
                if (!error)
                    c.expect(isActive == active, u"reported done, but not so at the provider"_s);
                else if (error.httpStatus > 0 && error.kind != ProviderError::Kind::BadResponse)
                    c.expect(isActive != active, u"reported refused, but done at the provider"_s);
            }
            break;
        }
        case Op::Revoke:
        case Op::RotateRevoke: {
            answered = c.run([&](auto finish) {
                auto done = [&, finish](const ProviderError& e) {
                    error = e;
                    finish();
                };
                if (c.op == Op::Revoke)
                    b.controller->revokeKey(b.account.id, subject->key, b.controller.get(), done);
                else
                    b.controller->finishHandover(recordId, true, 0, b.controller.get(), done);
            });
            const auto now = answered ? b.realKeys() : std::nullopt;
            if (!now) {
                c.problems << u"the clean list after the revoke failed"_s;
                break;
            }
            const bool gone = findKey(*now, subject->key.id) == nullptr;
            if (!error)
                c.expect(gone, u"reported revoked, but the key still works"_s);
            else
                c.expect(!gone, u"reported kept, but the key was revoked"_s);
            if (c.op == Op::RotateRevoke) {
                std::optional<RotationRecord> record;
                for (const RotationRecord& r : b.controller->rotations().all()) {
                    if (r.id == recordId)
                        record = r;
                }
                c.expect(record.has_value(), u"the rotation record is gone"_s);
                if (record)
                    c.expect((record->state == RotationRecord::State::Completed) == gone,
                             u"the rotation record does not match the old key's state"_s);
                c.expect(record && findKey(*now, record->newKeyId),
                         u"the rotation's new key is gone"_s);
            }
            c.expect(idsOf(*now).size() == idsOf(*before).size() - (gone ? 1 : 0),
                     u"other keys changed"_s);
            break;
        }
        case Op::Verify: {
            std::optional<Verification> result;
            answered = c.run([&](auto finish) {
                b.controller->verifyKey(
                    b.account.id, subject->key, subject->secret, b.controller.get(),
                    [&, finish](const ProviderError& e, const std::optional<Verification>& v) {
                        error = e;
                        result = v;
                        finish();
                    });
            });
            const auto now = answered ? b.realKeys() : std::nullopt;
            c.expect(!answered || (now && idsOf(*now) == idsOf(*before)),
                     u"a verify changed the keys"_s);
            if (!error) {
                c.expect(result.has_value(), u"a verify finished without a verdict"_s);
                if (!result)
                    break;
                using O = Verification::Outcome;
                c.told = u"verdict %1 (HTTP %2: %3)"_s.arg(int(result->outcome))
                             .arg(result->httpStatus)
                             .arg(result->reason.left(80));
                const int status = sandbox::FaultPlan::statusOf(c.fault.kind);
                if (c.fault.kind == Fault::Kind::Delay || absorbable(c.fault.kind))
                    c.expect(result->outcome == O::Works, u"the working key was not confirmed"_s);
                else if (c.fault.kind == Fault::Kind::Unauthorized)
                    c.expect(result->outcome == O::Unauthorized, u"401 not read as rejected"_s);
                else if (c.fault.kind == Fault::Kind::Forbidden)
                    c.expect(result->outcome == O::Forbidden, u"403 not read as forbidden"_s);
                else if (status)
                    c.expect(result->outcome != O::Works && result->httpStatus == status,
                             u"HTTP %1 read as a working key, or not named"_s.arg(status));
                else if (c.fault.kind != Fault::Kind::MalformedBody)
                    c.expect(result->outcome != O::Works, u"no answer read as a working key"_s);
            }
            break;
        }
        }
        finishCell(c, answered, error, mustSucceed);
    }

    static void finishCell(Cell& c, bool answered, const ProviderError& error, bool mustSucceed)
    {
        if (!answered) {
            c.told = u"no answer"_s;
            c.problems << u"the controller never answered"_s;
            return;
        }
        const QString extra = c.told;
        c.told = error ? u"error "_s + error.toString().left(120) : u"ok"_s;
        if (!extra.isEmpty())
            c.told += u"; "_s + extra;
        if (error)
            c.checkError(error);
        if (mustSucceed)
            c.expect(!error, u"the fault was not ridden out"_s);
        if (c.unused > 0)
            c.problems << u"the fault was never triggered (its request did not go out)"_s;
    }

    static int providerIndex(const QString& id)
    {
        for (int i = 0; i < providers().size(); ++i) {
            if (providers().at(i).id == id)
                return i;
        }
        return -1;
    }

    struct Planned
    {
        QString provider;
        Op op;
        int fault;
        QString name() const
        {
            return u"%1 %2 %3"_s.arg(provider, QLatin1String(opName(op)),
                                     QLatin1String(faultCases().at(fault).name));
        }
    };
    struct Outcome
    {
        QString line; // for the printed matrix
        QStringList problems;
    };

    static QList<Planned> plan()
    {
        QList<Planned> cells;
        for (const ProviderInfo& provider : providers()) {
            for (Op op : provider.ops) {
                for (int f = 0; f < faultCases().size(); ++f)
                    cells.append({provider.id, op, f});
            }
        }
        return cells;
    }

    Outcome runPlanned(const Planned& planned, int serial)
    {
        Cell c;
        c.op = planned.op;
        c.fault = faultCases().at(planned.fault);
        QElapsedTimer clock;
        clock.start();
        if (c.bench.start(planned.provider, serial))
            runCell(c);
        else
            c.problems << u"setup: the sandbox did not start or its first list failed"_s;
        const QString line =
            u"%1 | %2 | %3 | %4 | %5 | %6 ms"_s.arg(planned.provider, -10)
                .arg(QLatin1String(opName(c.op)), -13)
                .arg(QLatin1String(c.fault.name), -20)
                .arg(c.problems.isEmpty() ? u"PASS"_s : u"FAIL"_s)
                .arg(c.told +
                     (c.problems.isEmpty() ? QString() : u" -- "_s + c.problems.join(u"; "_s)))
                .arg(clock.elapsed());
        return {line, c.problems};
    }

    QList<Planned> m_cells;
    QHash<QString, Outcome> m_outcomes;
    QElapsedTimer m_clock;

private slots:
    void initTestCase()
    {
        // Thousands of requests: their log lines would bury the matrix (and ctest cuts a long
        // output short).
        QLoggingCategory::setFilterRules(u"kw.*.info=false"_s);
        m_clock.start();
    }

    void cell_data()
    {
        QTest::addColumn<int>("index");
        m_cells = plan();
        for (int i = 0; i < m_cells.size(); ++i)
            QTest::newRow(qPrintable(m_cells.at(i).name())) << i;
    }

    void cell()
    {
        QFETCH(int, index);
        const Planned& planned = m_cells.at(index);
        const Outcome outcome = runPlanned(planned, index + 1);
        m_outcomes.insert(planned.name(), outcome);
        QVERIFY2(outcome.problems.isEmpty(), qPrintable(outcome.problems.join(u"; "_s)));
    }

    void cleanupTestCase()
    {
        int failed = 0;
        std::fputs("\nFault matrix (provider | operation | fault | verdict | what the user was "
                   "told | time):\n",
                   stdout);
        int ran = 0;
        for (const Planned& planned : std::as_const(m_cells)) {
            const auto outcome = m_outcomes.constFind(planned.name());
            if (outcome == m_outcomes.cend())
                continue; // not selected on the command line
            ++ran;
            failed += outcome->problems.isEmpty() ? 0 : 1;
            std::fputs(qPrintable(outcome->line + u'\n'), stdout);
        }
        std::fprintf(stdout, "%d cells, %d failed, %lld s\n", ran, failed,
                     m_clock.elapsed() / 1000);
        std::fflush(stdout);
    }
};

} // namespace kw

QTEST_GUILESS_MAIN(kw::TestFaultMatrix)
#include "test_fault_matrix.moc"
