// Installs the English plural forms (translations/keywarden_en.ts) as the application object is
// made: the sources say "%n key(s)", and English reads "1 key", "2 keys" only through them. Put
// first, it is searched last: a language's own catalogue, installed later, answers before it.
#include <QCoreApplication>
#include <QTranslator>

namespace {

void installEnglishPlurals()
{
    using namespace Qt::StringLiterals;
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(u":/i18n/keywarden_en.qm"_s))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishPlurals)
