// End to end: keywarden-cli run as a script would run it, against a keywarden-sandbox process.
#include <QTest>

class TestCliCredentialProcess : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestCliCredentialProcess)
#include "test_cli_credential_process.moc"
