// The window's drift: keys created and deleted behind KeyWarden's back (through the WAYSCloud
// sandbox's own API) show with a badge on the name, the deleted one as a greyed row, the
// "Drifted" filter keeps exactly them, and the details pane says what the drift means until
// "Mark as seen".
#include "support/WindowHarness.h"

#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkReply>
#include <QPixmap>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace kw {

using namespace test;

class TestMainWindowDrift : public QObject
{
    Q_OBJECT

    // The provider's own API, beside KeyWarden; the reply's status once it is back.
    static int behindTheBack(WindowHarness& h, const QByteArray& method, const QString& path,
                             const QJsonObject& body = {}, QJsonObject* answer = nullptr)
    {
        QUrl url = h.sandbox.url();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + h.sandbox.adminToken().toLatin1());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        std::unique_ptr<QNetworkReply> reply(h.network.sendCustomRequest(
            request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson()));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, Timeout))
            return 0;
        if (answer)
            *answer = QJsonDocument::fromJson(reply->readAll()).object();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    static QModelIndex nameIndex(const WindowHarness& h, const QString& name)
    {
        const int row = h.rowOfName(name);
        return row < 0 ? QModelIndex()
                       : h.window->keyProxy()->index(row, KeyTableModel::NameColumn);
    }
    static DriftKind driftOf(const WindowHarness& h, const QString& name)
    {
        const QModelIndex index = nameIndex(h, name);
        return index.isValid() ? DriftKind(index.data(KeyTableModel::DriftRole).toInt())
                               : DriftKind::None;
    }

private slots:
    void keysChangedBehindItsBackDriftInTheWindow()
    {
        WindowHarness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        for (int row = 0; row < h.rows(); ++row) // the first look is the baseline
            QCOMPARE(h.window->keyProxy()->index(row, 0).data(KeyTableModel::DriftRole).toInt(),
                     int(DriftKind::None));
        const QModelIndex first = h.window->keyProxy()->index(0, KeyTableModel::NameColumn);
        const QString goneName = first.data().toString();
        const QString goneId = first.data(KeyTableModel::KeyIdRole).toString();
        QVERIFY(!goneName.isEmpty());

        QJsonObject made;
        QCOMPARE(behindTheBack(h, "POST", u"/v1/account/api-keys/service"_s,
                               {{u"service"_s, u"storage"_s}, {u"name"_s, u"made-elsewhere"_s}},
                               &made) /
                     100,
                 2);
        QCOMPARE(behindTheBack(h, "DELETE", u"/v1/account/api-keys/"_s + goneId) / 100, 2);
        h.action("actionRefresh")->trigger();
        // 12 - 1 + 1 listed, and the vanished key's row.
        QTRY_COMPARE_WITH_TIMEOUT(driftOf(h, u"made-elsewhere"_s), DriftKind::New, Timeout);
        QCOMPARE(h.rows(), 13);
        QCOMPARE(driftOf(h, goneName), DriftKind::Vanished);
        // The count is of the account's keys: the vanished key's row is not one of them.
        auto* count = h.window->findChild<QLabel*>(u"countLabel"_s);
        QVERIFY(count);
        QTRY_COMPARE_WITH_TIMEOUT(count->text(), u"12 keys"_s, Timeout);

        // The badge: a picture of the word, and the meaning for a screen reader.
        const QModelIndex fresh = nameIndex(h, u"made-elsewhere"_s);
        QVERIFY(!fresh.data(Qt::DecorationRole).value<QPixmap>().isNull());
        QCOMPARE(fresh.data(Qt::AccessibleDescriptionRole).toString(),
                 driftMeaning(DriftKind::New));
        QCOMPARE(fresh.data().toString(), u"made-elsewhere"_s); // the name itself is unchanged
        QVERIFY(!nameIndex(h, goneName).data(Qt::DecorationRole).value<QPixmap>().isNull());
        QCOMPARE(nameIndex(h, goneName).data(KeyTableModel::StatusRole).toInt(),
                 int(KeyStatus::Revoked)); // greyed as inactive, and no action offered on it
        QVERIFY(nameIndex(h, goneName).data(Qt::ForegroundRole).isValid());
        int withBadge = 0;
        for (int row = 0; row < h.rows(); ++row) {
            const QModelIndex name = h.window->keyProxy()->index(row, KeyTableModel::NameColumn);
            withBadge += name.data(Qt::DecorationRole).isNull() ? 0 : 1;
        }
        QCOMPARE(withBadge, 2);

        // The filter keeps exactly the drifting keys.
        auto* drifted = h.find<QCheckBox>("driftCheck");
        QVERIFY(drifted);
        QVERIFY(!drifted->accessibleName().isEmpty());
        QVERIFY(drifted->text().contains(u'&'));
        drifted->setChecked(true);
        QCOMPARE(h.rows(), 2);
        QCOMPARE(count->text(), u"1 of 12 keys"_s);
        drifted->setChecked(false);
        QCOMPARE(h.rows(), 13);

        // The details pane says what it means; "Mark as seen" clears it.
        QVERIFY(h.selectName(u"made-elsewhere"_s));
        QLabel* line = h.window->findChild<KeyDetailsPane*>()->valueLabel(u"drift"_s);
        QTRY_VERIFY_WITH_TIMEOUT(line->isVisible(), Timeout);
        QCOMPARE(line->text(), driftMeaning(DriftKind::New));
        auto* seen = h.find<QToolButton>("driftSeenButton");
        QVERIFY(seen && seen->isVisible());
        QVERIFY(!seen->accessibleName().isEmpty());
        seen->click();
        QTRY_COMPARE_WITH_TIMEOUT(driftOf(h, u"made-elsewhere"_s), DriftKind::None, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!line->isVisible(), Timeout);

        // The vanished row goes once it is seen, and a later look does not bring it back.
        QVERIFY(h.selectName(goneName));
        QTRY_VERIFY_WITH_TIMEOUT(seen->isVisible(), Timeout);
        QCOMPARE(line->text(), driftMeaning(DriftKind::Vanished));
        // Nothing is known of its use since it went: no "never".
        QVERIFY(!h.window->findChild<KeyDetailsPane*>()->valueLabel(u"lastUsed"_s)->isVisible());
        seen->click();
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        QCOMPARE(h.rowOfName(goneName), -1);
        h.action("actionRefresh")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            h.controller->account(h.account.id)->state == AppController::LoadState::Ok, Timeout);
        QCOMPARE(h.rows(), 12);
        QVERIFY(h.controller->keyDrift(h.account.id).isEmpty());
    }
};

} // namespace kw

QTEST_MAIN(kw::TestMainWindowDrift)
#include "test_mainwindow_drift.moc"
