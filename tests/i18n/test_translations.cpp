// The translation machinery works end to end: lupdate's .ts files are compiled by the build into
// .qm files, which QTranslator loads and which translate the app's own strings; and no finished
// translation drops or adds a placeholder (a "%1" lost in translation loses the key's name).
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void compiledCatalogsTranslate_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nb header") << "nb"
                                   << "kw::KeyTableModel"
                                   << "Expires"
                                   << "Utløper";
        QTest::newRow("nb status") << "nb"
                                   << "kw::KeyStatus"
                                   << "Revoked"
                                   << "Tilbakekalt";
        QTest::newRow("nb menu") << "nb"
                                 << "MainWindow"
                                 << "&Keys"
                                 << "&Nøkler";
        QTest::newRow("de header") << "de"
                                   << "kw::KeyTableModel"
                                   << "Expires"
                                   << "Läuft ab";
        QTest::newRow("de status") << "de"
                                   << "kw::KeyStatus"
                                   << "Revoked"
                                   << "Widerrufen";
        QTest::newRow("de placeholder") << "de"
                                        << "kw::MainWindow"
                                        << "Created “%1”."
                                        << "„%1“ erstellt.";
    }

    void compiledCatalogsTranslate()
    {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        const QString qm = qEnvironmentVariable("KEYWARDEN_BUILD_DIR") +
                           QStringLiteral("/app/keywarden_%1.qm").arg(language);
        QTranslator translator;
        QVERIFY2(translator.load(qm), qPrintable(QStringLiteral("cannot load ") + qm));
        QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData()),
                 expected);
    }

    // Plural forms are chosen by the number, in English too (keywarden_en.ts holds only them):
    // "%n key(s)" never shows its "(s)".
    void pluralFormsFollowTheNumber_data()
    {
        QTest::addColumn<QString>("qm");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        const QString en = QStringLiteral("ui/keywarden_en.qm");
        const QString de = QStringLiteral("app/keywarden_de.qm");
        const QString nb = QStringLiteral("app/keywarden_nb.qm");
        const QString window = QStringLiteral("kw::MainWindow");
        const QString keys = QStringLiteral("%n key(s)");
        QTest::newRow("en one") << en << window << keys << 1 << QStringLiteral("1 key");
        QTest::newRow("en other") << en << window << keys << 12 << QStringLiteral("12 keys");
        QTest::newRow("en none") << en << window << keys << 0 << QStringLiteral("0 keys");
        QTest::newRow("en services") << en << QStringLiteral("kw::CreateKeyDialog")
                                     << QStringLiteral("Choose at least %n service(s).") << 1
                                     << QStringLiteral("Choose at least one service.");
        QTest::newRow("en suffix") << en << QStringLiteral("kw::RotateKeyDialog")
                                   << QStringLiteral(" day(s)") << 1 << QStringLiteral(" day");
        QTest::newRow("en tray") << en << QStringLiteral("kw::TrayIcon")
                                 << QStringLiteral("%n keys need attention") << 1
                                 << QStringLiteral("1 key needs attention");
        const QString bulk = QStringLiteral("kw::BulkActionFlow");
        const QString skipped = QStringLiteral("%n selected keys are skipped:");
        QTest::newRow("en bulk one")
            << en << bulk << skipped << 1 << QStringLiteral("1 selected key is skipped:");
        QTest::newRow("en age one") << en << QStringLiteral("kw::KeyTableModel")
                                    << QStringLiteral("%n days") << 1 << QStringLiteral("1 day");
        QTest::newRow("de bulk one")
            << de << bulk << skipped << 1
            << QStringLiteral("1 ausgewählter Schlüssel wird übersprungen:");
        QTest::newRow("nb bulk other") << nb << bulk << QStringLiteral("%n listed keys") << 4
                                       << QStringLiteral("4 nøkler i listen");
        QTest::newRow("de one") << de << window << keys << 1 << QStringLiteral("1 Schlüssel");
        QTest::newRow("de suffix") << de << QStringLiteral("kw::RotateKeyDialog")
                                   << QStringLiteral(" day(s)") << 7 << QStringLiteral(" Tage");
        QTest::newRow("nb one") << nb << window << keys << 1 << QStringLiteral("1 nøkkel");
        QTest::newRow("nb other") << nb << window << keys << 3 << QStringLiteral("3 nøkler");
    }

    void pluralFormsFollowTheNumber()
    {
        QFETCH(QString, qm);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        const QString path = qEnvironmentVariable("KEYWARDEN_BUILD_DIR") + u'/' + qm;
        QTranslator translator;
        QVERIFY2(translator.load(path), qPrintable(QStringLiteral("cannot load ") + path));
        QString text = translator.translate(context.toUtf8().constData(),
                                            source.toUtf8().constData(), nullptr, n);
        QCOMPARE(text.replace(QStringLiteral("%n"), QString::number(n)), expected);
    }

    void translationsKeepTheirPlaceholders_data()
    {
        QTest::addColumn<QString>("tsFile");
        const QDir dir(QStringLiteral(KEYWARDEN_TRANSLATIONS_DIR));
        for (const QString& name : dir.entryList({QStringLiteral("*.ts")}))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void translationsKeepTheirPlaceholders()
    {
        QFETCH(QString, tsFile);
        QFile file(tsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
        auto placeholders = [](const QString& text) {
            QSet<QString> found;
            for (auto it = placeholder.globalMatch(text); it.hasNext();)
                found.insert(it.next().captured(0));
            return found;
        };
        QXmlStreamReader xml(&file);
        QString source;
        int finished = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const bool unfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString translation =
                    xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (unfinished || translation.isEmpty())
                    continue;
                ++finished;
                QVERIFY2(placeholders(source) == placeholders(translation),
                         qPrintable(source + QStringLiteral(" → ") + translation));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        // English holds only the plural forms; a language, the whole UI.
        const int expected = tsFile.endsWith(QStringLiteral("_en.ts")) ? 30 : 50;
        QVERIFY2(finished > expected, "the catalogue should carry the translated core of the UI");
    }

    // Every message of the UI is translated (a new string left unfinished shows in English in
    // the middle of a German window), and a mnemonic stays one mnemonic.
    void everyMessageIsTranslated_data() { translationsKeepTheirPlaceholders_data(); }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, tsFile);
        QFile file(tsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto mnemonics = [](QString text) { return text.remove(QStringLiteral("&&")).count(u'&'); };
        QXmlStreamReader xml(&file);
        QString source;
        QStringList unfinished;
        QStringList lostMnemonics;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    continue; // no longer in the sources
                const QString translation =
                    xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || translation.isEmpty())
                    unfinished << source;
                else if (mnemonics(source) == 1 && mnemonics(translation) != 1)
                    lostMnemonics << source + QStringLiteral(" → ") + translation;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1 unfinished, e.g. %2")
                                                      .arg(unfinished.size())
                                                      .arg(unfinished.mid(0, 5).join(u" | "))));
        QVERIFY2(lostMnemonics.isEmpty(), qPrintable(lostMnemonics.mid(0, 5).join(u" | ")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
