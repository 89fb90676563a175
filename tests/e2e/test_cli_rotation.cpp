// End to end: keywarden-cli run as a script would run it, against a keywarden-sandbox process.
#include <QTest>

class TestCliRotation : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestCliRotation)
#include "test_cli_rotation.moc"
