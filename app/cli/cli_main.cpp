#include "Cli.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the window: the same settings file, keychain entries and audit log.
    QCoreApplication::setOrganizationName(QStringLiteral("KeyWarden"));
    QCoreApplication::setApplicationName(QStringLiteral("keywarden"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYWARDEN_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    // Standard error is for the one-line error a script reads; the HTTP trace (which never
    // holds a secret) only with --verbose.
    if (arguments.removeAll(QStringLiteral("--verbose")) == 0)
        QLoggingCategory::setFilterRules(QStringLiteral("kw.*.debug=false\nkw.*.info=false"));
    kw::cli::Cli cli(arguments);
    return cli.exec();
}
