// Runs one KeychainStore operation in a process of its own, so that a test can choose the
// D-Bus environment it sees (a session bus connection is made once per process), and prints the
// outcome as "name=value" lines. Usage: keychain_child <read|write|remove|probe> <timeout-ms>
#include "vault/KeychainStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>
#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fputs("usage: keychain_child <read|write|remove|probe> <timeout-ms>\n", stderr);
        return 2;
    }
    const QString operation = args.at(1);
    const int timeoutMs = args.at(2).toInt();

    kw::KeychainStore store;
    store.setTimeout(std::chrono::milliseconds(timeoutMs));
    QElapsedTimer elapsed;
    elapsed.start();
    const QString key = u"child/"_s + QString::number(QCoreApplication::applicationPid());
    auto report = [&](kw::SecretStore::Result result) {
        QTextStream out(stdout);
        out << "status=" << int(result.status) << '\n'
            << "message=" << result.message << '\n'
            << "help=" << QString(result.help).replace(u'\n', u' ') << '\n'
            << "elapsedMs=" << elapsed.elapsed() << '\n';
        out.flush();
        app.exit(0);
    };
    if (operation == "read"_L1)
        store.read(key, &app, report);
    else if (operation == "write"_L1)
        store.write(key, kw::Secret::fromUtf8("EXAMPLE-child-secret"), &app, report);
    else if (operation == "remove"_L1)
        store.remove(key, &app, report);
    else if (operation == "probe"_L1)
        store.probe(&app, report);
    else
        return 2;
    // The store's own timeout must answer first; this only keeps a broken build from hanging.
    QTimer::singleShot(timeoutMs * 3 + 5000, &app, [&app] { app.exit(3); });
    return app.exec();
}
