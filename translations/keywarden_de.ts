<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="20"/>
        <location filename="../ui/AddAccountDialog.ui" line="23"/>
        <location filename="../ui/AddAccountDialog.ui" line="309"/>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="34"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="44"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="51"/>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="61"/>
        <source>Account label</source>
        <translation>Kontobezeichnung</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="68"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="78"/>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="81"/>
        <source>API endpoint</source>
        <translation>API-Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="88"/>
        <source>S&amp;3 endpoint:</source>
        <translation>S&amp;3-Endpunkt:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="98"/>
        <source>S3 endpoint</source>
        <translation>S3-Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="114"/>
        <source>S3 endpoint problem</source>
        <translation>Problem mit dem S3-Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="121"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="137"/>
        <source>S3 region</source>
        <translation>S3-Region</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="144"/>
        <source>Test key checks a new key by listing the buckets on this S3 endpoint.</source>
        <translation>„Schlüssel testen“ prüft einen neuen Schlüssel, indem es die Buckets an diesem S3-Endpunkt auflistet.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="150"/>
        <source>What the S3 endpoint is for</source>
        <translation>Wozu der S3-Endpunkt dient</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="157"/>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="169"/>
        <source>Optional: PEM file of an extra CA to trust</source>
        <translation>Optional: PEM-Datei einer zusätzlichen vertrauenswürdigen CA</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="172"/>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="179"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="185"/>
        <source>Choose a CA file</source>
        <translation>CA-Datei auswählen</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="194"/>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="204"/>
        <source>Optional: http://proxy.example.com:3128 (empty: https_proxy or the system&apos;s)</source>
        <translation>Optional: http://proxy.example.com:3128 (leer: https_proxy oder die Einstellung des Systems)</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="207"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="214"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="227"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="234"/>
        <source>The token is stored in your system keychain, never in a file.</source>
        <translation>Das Token wird im Schlüsselbund Ihres Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="240"/>
        <source>Where the token is stored</source>
        <translation>Wo das Token gespeichert wird</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="268"/>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="290"/>
        <location filename="../ui/AddAccountDialog.ui" line="296"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="303"/>
        <source>&amp;Add account</source>
        <translation>Konto &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="20"/>
        <location filename="../ui/CreateKeyDialog.ui" line="23"/>
        <location filename="../ui/CreateKeyDialog.ui" line="363"/>
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="29"/>
        <source>The new key&apos;s secret is shown only once, right after it is created.</source>
        <translation>Das Geheimnis des neuen Schlüssels wird nur einmal angezeigt, direkt nach dem Erstellen.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="38"/>
        <source>About this dialog</source>
        <translation>Über diesen Dialog</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="60"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="70"/>
        <source>e.g. Production Storage API</source>
        <translation>z. B. Produktiv-Storage-API</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="73"/>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="89"/>
        <source>Name warning</source>
        <translation>Warnung zum Namen</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="96"/>
        <source>Belongs &amp;to:</source>
        <translation>&amp;Gehört zu:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="106"/>
        <source>Key owner</source>
        <translation>Schlüsselbesitzer</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="122"/>
        <source>Key owner status</source>
        <translation>Status des Schlüsselbesitzers</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="129"/>
        <source>S&amp;ervices:</source>
        <translation>&amp;Dienste:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="142"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="149"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="161"/>
        <source>Optional: where the key is used</source>
        <translation>Optional: wo der Schlüssel verwendet wird</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="164"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="171"/>
        <source>Description length</source>
        <translation>Länge der Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="180"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="196"/>
        <source>Default project</source>
        <translation>Standardprojekt</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="206"/>
        <source>&amp;IP whitelist:</source>
        <translation>&amp;IP-Freigabeliste:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="219"/>
        <source>IP whitelist</source>
        <translation>IP-Freigabeliste</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="226"/>
        <source>Empty = all addresses. Single IPs or CIDR ranges, separated by commas or new lines.</source>
        <translation>Leer = alle Adressen. Einzelne IPs oder CIDR-Bereiche, getrennt durch Kommas oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="235"/>
        <source>IP whitelist hint</source>
        <translation>Hinweis zur IP-Freigabeliste</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="242"/>
        <source>E&amp;xpires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="252"/>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="284"/>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="303"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="324"/>
        <source>Creating the key</source>
        <translation>Schlüssel wird erstellt</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="344"/>
        <location filename="../ui/CreateKeyDialog.ui" line="350"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="357"/>
        <source>&amp;Create key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
</context>
<context>
    <name>EditKeyDialog</name>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="20"/>
        <location filename="../ui/EditKeyDialog.ui" line="23"/>
        <source>Edit key</source>
        <translation>Schlüssel bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="35"/>
        <source>About this dialog</source>
        <translation>Über diesen Dialog</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="57"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="67"/>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="74"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="86"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="93"/>
        <source>Description length</source>
        <translation>Länge der Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="102"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="112"/>
        <source>Default project ID (UUID)</source>
        <translation>Standardprojekt-ID (UUID)</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="115"/>
        <source>Default project ID</source>
        <translation>Standardprojekt-ID</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="122"/>
        <source>E&amp;xpires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="129"/>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="145"/>
        <source>What cannot be changed</source>
        <translation>Was sich nicht ändern lässt</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="171"/>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="187"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="208"/>
        <source>Saving the changes</source>
        <translation>Änderungen werden gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="228"/>
        <location filename="../ui/EditKeyDialog.ui" line="234"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="241"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="247"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="9"/>
        <source>KeyWarden</source>
        <translation>KeyWarden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="29"/>
        <source>A&amp;ccounts</source>
        <translation>K&amp;onten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="35"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="36"/>
        <source>Cloud accounts with their load status</source>
        <translation>Cloud-Konten mit ihrem Ladestatus</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="45"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Konto hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="46"/>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="59"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="64"/>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="75"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="76"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="81"/>
        <source>D&amp;ismiss</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="82"/>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="92"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="98"/>
        <source>Filter keys</source>
        <translation>Schlüssel filtern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="99"/>
        <source>Name, prefix, service, IP, status… (Ctrl+F)</source>
        <translation>Name, Präfix, Dienst, IP, Status … (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="105"/>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="111"/>
        <source>Show keys with status</source>
        <translation>Schlüssel mit Status anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="116"/>
        <source>Rotation d&amp;ue</source>
        <translation>Rotation fälli&amp;g</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="117"/>
        <source>Show only keys due for rotation</source>
        <translation>Nur Schlüssel anzeigen, deren Rotation fällig ist</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="118"/>
        <source>Show only keys older than the rotation policy</source>
        <translation>Nur Schlüssel anzeigen, die älter als die Rotationsrichtlinie sind</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="123"/>
        <source>Rotate af&amp;ter:</source>
        <translation>Rotieren &amp;nach:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="129"/>
        <source>Rotation policy in days</source>
        <translation>Rotationsrichtlinie in Tagen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="130"/>
        <source>Keys older than this are due for rotation; their age is shown in orange</source>
        <translation>Bei älteren Schlüsseln ist die Rotation fällig; ihr Alter wird orange angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="138"/>
        <source>Number of keys shown</source>
        <translation>Anzahl der angezeigten Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="148"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="149"/>
        <source>Keys of the selected account</source>
        <translation>Schlüssel des ausgewählten Kontos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="163"/>
        <source>Key details</source>
        <translation>Schlüsseldetails</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="175"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="186"/>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="203"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="210"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="221"/>
        <location filename="../ui/MainWindow.ui" line="222"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="241"/>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="242"/>
        <source>Add a cloud account (Ctrl+Shift+A)</source>
        <translation>Ein Cloud-Konto hinzufügen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="246"/>
        <source>&amp;Edit Account…</source>
        <translation>Konto be&amp;arbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="247"/>
        <source>Change the selected account&apos;s label, endpoint or CA file</source>
        <translation>Bezeichnung, Endpunkt oder CA-Datei des ausgewählten Kontos ändern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="250"/>
        <source>Replace &amp;Token…</source>
        <translation>&amp;Token ersetzen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="251"/>
        <source>Give the selected account a new admin token, tested before the old one is dropped</source>
        <translation>Dem ausgewählten Konto ein neues Admin-Token geben; es wird getestet, bevor das alte verworfen wird</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="254"/>
        <source>Re&amp;move Account…</source>
        <translation>Konto &amp;entfernen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="255"/>
        <source>Remove the selected account and its stored token</source>
        <translation>Das ausgewählte Konto und sein gespeichertes Token entfernen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="258"/>
        <source>Export &amp;Report…</source>
        <translation>Be&amp;richt exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="259"/>
        <source>Write every loaded key with its policy checks to a CSV, JSON or Markdown file (never a secret)</source>
        <translation>Jeden geladenen Schlüssel mit seinen Richtlinienprüfungen in eine CSV-, JSON- oder Markdown-Datei schreiben (nie ein Geheimnis)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="262"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="267"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="268"/>
        <source>Load the keys of the selected account again (F5)</source>
        <translation>Die Schlüssel des ausgewählten Kontos neu laden (F5)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="272"/>
        <source>&amp;Create Key…</source>
        <translation>Schlüssel &amp;erstellen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="273"/>
        <source>Create a key in the selected account (Ctrl+N)</source>
        <translation>Einen Schlüssel im ausgewählten Konto erstellen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="277"/>
        <source>R&amp;otate Key…</source>
        <translation>Schlüssel &amp;rotieren …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="278"/>
        <source>Replace the selected key by a new one and revoke the old one (Ctrl+R)</source>
        <translation>Den ausgewählten Schlüssel durch einen neuen ersetzen und den alten widerrufen (Strg+R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="282"/>
        <source>Re&amp;voke Key…</source>
        <translation>Schlüssel &amp;widerrufen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="283"/>
        <source>Revoke the selected key (Delete)</source>
        <translation>Den ausgewählten Schlüssel widerrufen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="287"/>
        <source>Copy Key &amp;ID</source>
        <translation>Schlüssel-&amp;ID kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="288"/>
        <source>Copy the selected key&apos;s id, not its secret (Ctrl+Shift+C)</source>
        <translation>Die ID des ausgewählten Schlüssels kopieren, nicht sein Geheimnis (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="292"/>
        <source>&amp;Edit Key…</source>
        <translation>Schlüssel &amp;bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="293"/>
        <source>Change what the provider lets change in the selected key (Ctrl+E)</source>
        <translation>Am ausgewählten Schlüssel ändern, was der Anbieter ändern lässt (Strg+E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="297"/>
        <source>&amp;Disable Key…</source>
        <translation>Schlüssel &amp;deaktivieren …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="298"/>
        <source>Disable the selected key; it can be enabled again (Ctrl+D)</source>
        <translation>Den ausgewählten Schlüssel deaktivieren; er kann wieder aktiviert werden (Strg+D)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="302"/>
        <source>&amp;Suspend Owner&apos;s Keys…</source>
        <translation>Schlüssel des Besitzers &amp;sperren …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="303"/>
        <source>Suspend every key of the selected key&apos;s owner</source>
        <translation>Alle Schlüssel des Besitzers des ausgewählten Schlüssels sperren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="306"/>
        <source>Attach &amp;Policy…</source>
        <translation>Richtlinie &amp;zuweisen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="307"/>
        <source>Attach a policy to the selected key&apos;s owner (Ctrl+Shift+P)</source>
        <translation>Dem Besitzer des ausgewählten Schlüssels eine Richtlinie zuweisen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="311"/>
        <source>Show Secre&amp;t…</source>
        <translation>&amp;Geheimnis anzeigen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="312"/>
        <source>Fetch and show the selected key&apos;s secret (Ctrl+Shift+T)</source>
        <translation>Das Geheimnis des ausgewählten Schlüssels abrufen und anzeigen (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="316"/>
        <source>Test &amp;Key</source>
        <translation>Schlüssel &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="317"/>
        <source>Check that the selected key works with a read-only call (Ctrl+Shift+K)</source>
        <translation>Mit einem nur lesenden Aufruf prüfen, ob der ausgewählte Schlüssel funktioniert (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="321"/>
        <source>&amp;Rotation Due Only</source>
        <translation>Nur &amp;Rotation fällig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="322"/>
        <source>Show only keys older than the rotation policy (Ctrl+Shift+R)</source>
        <translation>Nur Schlüssel anzeigen, die älter als die Rotationsrichtlinie sind (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="327"/>
        <source>R&amp;otations…</source>
        <translation>R&amp;otationen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="328"/>
        <source>Open rotations: revoke an old key now, postpone its revocation or keep both keys (Ctrl+Shift+O)</source>
        <translation>Offene Rotationen: einen alten Schlüssel jetzt widerrufen, seinen Widerruf verschieben oder beide Schlüssel behalten (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="337"/>
        <source>Audit &amp;Log…</source>
        <translation>Prüf&amp;protokoll …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="338"/>
        <source>Read what KeyWarden did, in the window and on the command line (Ctrl+Shift+L)</source>
        <translation>Nachlesen, was KeyWarden im Fenster und auf der Kommandozeile getan hat (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="342"/>
        <source>&amp;Filter Keys</source>
        <translation>Schlüssel &amp;filtern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="343"/>
        <source>Move the focus to the filter box (Ctrl+F)</source>
        <translation>Den Fokus in das Filterfeld setzen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="347"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="348"/>
        <source>List every keyboard shortcut of this window (F1)</source>
        <translation>Alle Tastenkürzel dieses Fensters auflisten (F1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="352"/>
        <source>&amp;About KeyWarden</source>
        <translation>Über &amp;KeyWarden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="353"/>
        <source>Version, licence and where KeyWarden keeps its data</source>
        <translation>Version, Lizenz und wo KeyWarden seine Daten ablegt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="332"/>
        <source>Respond to a &amp;Leak…</source>
        <translation>Auf ein &amp;Leck reagieren …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="333"/>
        <source>Paste leaked text: find whose keys it holds, whether they work, and switch them off (Ctrl+Shift+X)</source>
        <translation>Durchgesickerten Text einfügen: finden, wessen Schlüssel er enthält, ob sie funktionieren, und sie abschalten (Strg+Umschalt+X)</translation>
    </message>
</context>
<context>
    <name>ReplaceTokenDialog</name>
    <message>
        <location filename="../ui/ReplaceTokenDialog.ui" line="14"/>
        <location filename="../ui/ReplaceTokenDialog.ui" line="17"/>
        <location filename="../ui/ReplaceTokenDialog.ui" line="174"/>
        <source>Replace token</source>
        <translation>Token ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceTokenDialog.ui" line="28"/>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceTokenDialog.ui" line="35"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceTokenDialog.ui" line="48"/>
        <source>New &amp;token:</source>
        <translation>Neues &amp;Token:</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceTokenDialog.ui" line="61"/>
        <source>New API token</source>
        <translation>Neues API-Token</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceTokenDialog.ui" line="68"/>
        <source>The new token is tested with the provider first. Only a token that works replaces the stored one; otherwise the old token stays in use.</source>
        <translation>Das neue Token wird zuerst beim Anbieter getestet. Nur ein funktionierendes Token ersetzt das gespeicherte; sonst bleibt das alte Token in Gebrauch.</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceTokenDialog.ui" line="74"/>
        <source>What happens to the old token</source>
        <translation>Was mit dem alten Token geschieht</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceTokenDialog.ui" line="86"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceTokenDialog.ui" line="129"/>
        <source>Testing the new token</source>
        <translation>Neues Token wird getestet</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceTokenDialog.ui" line="155"/>
        <location filename="../ui/ReplaceTokenDialog.ui" line="161"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceTokenDialog.ui" line="168"/>
        <source>&amp;Replace token</source>
        <translation>Token &amp;ersetzen</translation>
    </message>
</context>
<context>
    <name>RevealSecretDialog</name>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="20"/>
        <source>New key secret</source>
        <translation>Geheimnis des neuen Schlüssels</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="34"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="46"/>
        <source>Key created</source>
        <translation>Schlüssel erstellt</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="59"/>
        <source>Shown only once</source>
        <translation>Wird nur einmal angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="62"/>
        <source>This secret is shown only once. Store it now in your password manager or secret store: KeyWarden cannot show it again.</source>
        <translation>Dieses Geheimnis wird nur einmal angezeigt. Speichern Sie es jetzt in Ihrem Passwortmanager oder Geheimnisspeicher: KeyWarden kann es nicht noch einmal anzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="84"/>
        <source>S&amp;ecret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="94"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="105"/>
        <source>Copy the secret to the clipboard (Ctrl+C). It is cleared from the clipboard after a while.</source>
        <translation>Das Geheimnis in die Zwischenablage kopieren (Strg+C). Es wird nach einer Weile aus der Zwischenablage gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="108"/>
        <source>Copy secret</source>
        <translation>Geheimnis kopieren</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="111"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="118"/>
        <source>Copy the whole credential in the form its tools read: shell or .env lines, an AWS profile, an HTTP header</source>
        <translation>Die ganzen Zugangsdaten in der Form kopieren, die ihre Werkzeuge lesen: Shell- oder .env-Zeilen, ein AWS-Profil, ein HTTP-Header</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="121"/>
        <source>Copy secret as</source>
        <translation>Geheimnis kopieren als</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="124"/>
        <source>Copy &amp;as</source>
        <translation>Kopieren a&amp;ls</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="131"/>
        <source>Clipboard status</source>
        <translation>Status der Zwischenablage</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="158"/>
        <source>Make a read-only call with the new key to see whether it works (Ctrl+T)</source>
        <translation>Mit dem neuen Schlüssel einen nur lesenden Aufruf machen, um zu sehen, ob er funktioniert (Strg+T)</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="161"/>
        <source>Test key</source>
        <translation>Schlüssel testen</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="164"/>
        <source>&amp;Test key</source>
        <translation>Schlüssel &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="171"/>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="207"/>
        <source>I have saved this key</source>
        <translation>Ich habe diesen Schlüssel gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="210"/>
        <source>I have &amp;saved this key</source>
        <translation>Ich habe diesen Schlüssel ge&amp;speichert</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="233"/>
        <source>Tick “I have saved this key” first</source>
        <translation>Kreuzen Sie zuerst „Ich habe diesen Schlüssel gespeichert“ an</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="236"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="239"/>
        <source>C&amp;lose</source>
        <translation>S&amp;chließen</translation>
    </message>
</context>
<context>
    <name>RevokeKeyDialog</name>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="20"/>
        <location filename="../ui/RevokeKeyDialog.ui" line="46"/>
        <location filename="../ui/RevokeKeyDialog.ui" line="248"/>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="34"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="59"/>
        <source>What revoking does</source>
        <translation>Was Widerrufen bewirkt</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="78"/>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="85"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="95"/>
        <source>Key ID:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="102"/>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="115"/>
        <source>Prefix:</source>
        <translation>Präfix:</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="122"/>
        <source>Key prefix</source>
        <translation>Schlüsselpräfix</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="150"/>
        <source>Key name to confirm</source>
        <translation>Schlüsselname zur Bestätigung</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="163"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="206"/>
        <source>Revoking</source>
        <translation>Wird widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="232"/>
        <location filename="../ui/RevokeKeyDialog.ui" line="235"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="251"/>
        <source>&amp;Revoke key</source>
        <translation>Schlüssel &amp;widerrufen</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="20"/>
        <location filename="../ui/RotateKeyDialog.ui" line="23"/>
        <location filename="../ui/RotateKeyDialog.ui" line="282"/>
        <source>Rotate key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="35"/>
        <source>Rotation plan</source>
        <translation>Rotationsplan</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="47"/>
        <source>New key na&amp;me:</source>
        <translation>&amp;Name des neuen Schlüssels:</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="57"/>
        <source>New key name</source>
        <translation>Name des neuen Schlüssels</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="66"/>
        <location filename="../ui/RotateKeyDialog.ui" line="69"/>
        <source>Copied from the old key</source>
        <translation>Vom alten Schlüssel übernommen</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="84"/>
        <source>Settings copied to the new key</source>
        <translation>In den neuen Schlüssel übernommene Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="94"/>
        <location filename="../ui/RotateKeyDialog.ui" line="97"/>
        <source>When to revoke the old key</source>
        <translation>Wann der alte Schlüssel widerrufen wird</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="105"/>
        <source>&amp;Keep it for a grace period of</source>
        <translation>Für eine Übergangsfrist &amp;behalten von</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="111"/>
        <source>Keep the old key for a grace period</source>
        <translation>Den alten Schlüssel für eine Übergangsfrist behalten</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="127"/>
        <source>Grace period in days</source>
        <translation>Übergangsfrist in Tagen</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="134"/>
        <source>then revoke it</source>
        <translation>danach widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="158"/>
        <source>Revoke it once &amp;quiet: unused for</source>
        <translation>Widerrufen, sobald &amp;still: unbenutzt seit</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="161"/>
        <source>Revoke the old key once it is no longer used</source>
        <translation>Den alten Schlüssel widerrufen, sobald er nicht mehr verwendet wird</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="180"/>
        <source>Hours without use before the old key is revoked</source>
        <translation>Stunden ohne Verwendung, bevor der alte Schlüssel widerrufen wird</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="187"/>
        <source>(you are asked if it is still used when the grace period ends)</source>
        <translation>(Sie werden gefragt, falls er am Ende der Übergangsfrist noch verwendet wird)</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="212"/>
        <source>&amp;Disable it now, delete it when the grace period ends</source>
        <translation>Jetzt &amp;deaktivieren, am Ende der Übergangsfrist löschen</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="215"/>
        <source>Disable the old key now and delete it after the grace period</source>
        <translation>Den alten Schlüssel jetzt deaktivieren und nach der Übergangsfrist löschen</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="222"/>
        <source>Revoke it &amp;now, once the new key&apos;s secret is saved</source>
        <translation>&amp;Jetzt widerrufen, sobald das Geheimnis des neuen Schlüssels gespeichert ist</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="225"/>
        <source>Revoke the old key now</source>
        <translation>Den alten Schlüssel jetzt widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="263"/>
        <location filename="../ui/RotateKeyDialog.ui" line="269"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="276"/>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotieren</translation>
    </message>
</context>
<context>
    <name>SandboxMain</name>
    <message>
        <location filename="../app/sandbox_main.cpp" line="57"/>
        <source>Port to listen on (0: pick a free one).</source>
        <translation>Port, auf dem gelauscht wird (0: einen freien wählen).</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="58"/>
        <location filename="../app/sandbox_main.cpp" line="73"/>
        <location filename="../app/sandbox_main.cpp" line="86"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="61"/>
        <source>Serve HTTPS with a self-signed certificate made at start-up.</source>
        <translation>HTTPS mit einem beim Start erzeugten selbstsignierten Zertifikat anbieten.</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="65"/>
        <source>With --tls: write the WAYSCloud certificate (PEM) to FILE, for clients to trust; --ca-all-out FILE writes every emulator&apos;s.</source>
        <translation>Mit --tls: das WAYSCloud-Zertifikat (PEM) nach FILE schreiben, damit Clients ihm vertrauen; --ca-all-out FILE schreibt das jedes Emulators.</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="69"/>
        <location filename="../app/sandbox_main.cpp" line="97"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="72"/>
        <source>Number of WAYSCloud sample keys to create.</source>
        <translation>Anzahl der zu erstellenden WAYSCloud-Beispielschlüssel.</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="76"/>
        <source>Hand out the key pair of the IAM user iam-admin (IAMFullAccess) as the Wasabi IAM token instead of the root user&apos;s.</source>
        <translation>Das Schlüsselpaar des IAM-Benutzers iam-admin (IAMFullAccess) statt dem des Root-Benutzers als Wasabi-IAM-Token ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="81"/>
        <source>Seed every emulator with N keys instead of the samples (for load tests): each list shows exactly N, paged as the provider pages it, beyond the per-account limits a real create would hit (Wasabi IAM: two keys to a user, so N/2 users).</source>
        <translation>Jeden Emulator mit N Schlüsseln statt der Beispiele füllen (für Lasttests): Jede Liste zeigt genau N, seitenweise wie beim Anbieter, auch über die Limits pro Konto hinaus, an die ein echtes Erstellen stoßen würde (Wasabi IAM: zwei Schlüssel pro Benutzer, also N/2 Benutzer).</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="88"/>
        <source>With --keys-per-account: the seed of the key mix (the same seed, the same ages and states).</source>
        <translation>Mit --keys-per-account: der Startwert der Schlüsselmischung (gleicher Startwert, gleiche Alter und Zustände).</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="92"/>
        <source>SEED</source>
        <translation>SEED</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="95"/>
        <source>With --tls: write the certificates of every emulator (PEM) to FILE.</source>
        <translation>Mit --tls: die Zertifikate aller Emulatoren (PEM) nach FILE schreiben.</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="102"/>
        <source>Runs the WAYSCloud, Scaleway, CoreWeave, Wasabi AiR and Wasabi IAM API emulators on 127.0.0.1 with sample keys; the Scaleway, CoreWeave and Wasabi IAM ones also answer S3 ListBuckets, to verify their key pairs.

Unlike keywarden and keywarden-cli, it leaves core dumps and debugger attach on: it holds only throwaway sample secrets.

On start it prints to stdout:
  KEYWARDEN_SANDBOX_URL=&lt;WAYSCloud base URL&gt;
  KEYWARDEN_SANDBOX_TOKEN=&lt;WAYSCloud admin personal access token&gt;
and for each provider P (WAYSCLOUD, SCALEWAY, COREWEAVE, WASABI_AIR, WASABI_IAM):
  KEYWARDEN_SANDBOX_&lt;P&gt;_URL=&lt;base URL&gt;
  KEYWARDEN_SANDBOX_&lt;P&gt;_TOKEN=&lt;admin token&gt;
  KEYWARDEN_SANDBOX_SCALEWAY_ORGANIZATION_ID=&lt;organization id&gt;
  KEYWARDEN_SANDBOX_&lt;P&gt;_S3_URL=&lt;S3 endpoint&gt;, KEYWARDEN_SANDBOX_&lt;P&gt;_REGION=&lt;region&gt; (SCALEWAY, COREWEAVE, WASABI_IAM)
The Wasabi IAM token is the root key pair as ACCESSKEYID:SECRET (with --wasabi-iam-user-admin, the pair of the IAM user iam-admin).
The token is a throwaway credential made up at start-up: it is valid only for this sandbox process and only until it exits, so printing it is intended.
Control endpoints (with the token): POST/DELETE /_sandbox/faults, GET /_sandbox/stats.</source>
        <translation>Startet die API-Emulatoren von WAYSCloud, Scaleway, CoreWeave, Wasabi AiR und Wasabi IAM auf 127.0.0.1 mit Beispielschlüsseln; die von Scaleway, CoreWeave und Wasabi IAM beantworten auch S3 ListBuckets, um ihre Schlüsselpaare zu prüfen.

Anders als keywarden und keywarden-cli lässt er Core-Dumps und das Anhängen eines Debuggers zu: Er enthält nur wegwerfbare Beispielgeheimnisse.

Beim Start gibt es auf stdout aus:
  KEYWARDEN_SANDBOX_URL=&lt;WAYSCloud-Basis-URL&gt;
  KEYWARDEN_SANDBOX_TOKEN=&lt;persönliches Admin-Zugriffstoken für WAYSCloud&gt;
und für jeden Anbieter P (WAYSCLOUD, SCALEWAY, COREWEAVE, WASABI_AIR, WASABI_IAM):
  KEYWARDEN_SANDBOX_&lt;P&gt;_URL=&lt;Basis-URL&gt;
  KEYWARDEN_SANDBOX_&lt;P&gt;_TOKEN=&lt;Admin-Token&gt;
  KEYWARDEN_SANDBOX_SCALEWAY_ORGANIZATION_ID=&lt;Organisations-ID&gt;
  KEYWARDEN_SANDBOX_&lt;P&gt;_S3_URL=&lt;S3-Endpunkt&gt;, KEYWARDEN_SANDBOX_&lt;P&gt;_REGION=&lt;Region&gt; (SCALEWAY, COREWEAVE, WASABI_IAM)
Das Wasabi-IAM-Token ist das Root-Schlüsselpaar als ACCESSKEYID:SECRET (mit --wasabi-iam-user-admin das Paar des IAM-Benutzers iam-admin).
Das Token ist ein beim Start erfundener Wegwerf-Zugang: Es gilt nur für diesen Sandbox-Prozess und nur bis zu seinem Ende, daher ist seine Ausgabe beabsichtigt.
Steuer-Endpunkte (mit dem Token): POST/DELETE /_sandbox/faults, GET /_sandbox/stats.</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="141"/>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="144"/>
        <source>--samples must be a number of 0 or more</source>
        <translation>--samples muss eine Zahl ab 0 sein</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="147"/>
        <source>--keys-per-account must be a number from 1 to 1000000</source>
        <translation>--keys-per-account muss eine Zahl von 1 bis 1000000 sein</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="150"/>
        <source>--seed must be a number of 0 or more</source>
        <translation>--seed muss eine Zahl ab 0 sein</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="152"/>
        <source>--ca-out and --ca-all-out need --tls</source>
        <translation>--ca-out und --ca-all-out benötigen --tls</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="241"/>
        <source>cannot install the signal handlers</source>
        <translation>die Signal-Handler können nicht installiert werden</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="172"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="255"/>
        <source>%1 provider sandboxes listening on 127.0.0.1 (WAYSCloud on %2 with %3 sample keys); the tokens above are throwaways. Stop with Ctrl+C or SIGTERM.</source>
        <translation>%1 Anbieter-Sandboxes lauschen auf 127.0.0.1 (WAYSCloud auf %2 mit %3 Beispielschlüsseln); die Tokens oben sind Wegwerf-Tokens. Beenden mit Strg+C oder SIGTERM.</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="267"/>
        <source>Sandboxes stopped.</source>
        <translation>Sandboxes beendet.</translation>
    </message>
</context>
<context>
    <name>kw</name>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="52"/>
        <source>Scaleway keys cannot be disabled; delete the key or shorten its expiry</source>
        <translation>Scaleway-Schlüssel lassen sich nicht deaktivieren; löschen Sie den Schlüssel oder verkürzen Sie seine Laufzeit</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="62"/>
        <source>description: %1 characters; Scaleway allows at most %2.</source>
        <translation>description: %1 Zeichen; Scaleway erlaubt höchstens %2.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="65"/>
        <source>Shorten the description.</source>
        <translation>Kürzen Sie die Beschreibung.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="74"/>
        <source>default_project_id: “%1” is not a project id.</source>
        <translation>default_project_id: „%1“ ist keine Projekt-ID.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="75"/>
        <source>A Scaleway project id is a UUID, e.g. a1b2c3d4-0000-4000-8000-000000000000.</source>
        <translation>Eine Scaleway-Projekt-ID ist eine UUID, z. B. a1b2c3d4-0000-4000-8000-000000000000.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="85"/>
        <source>expires_at: the date is not valid.</source>
        <translation>expires_at: Das Datum ist ungültig.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="88"/>
        <source>expires_at: the date must be in the future.</source>
        <translation>expires_at: Das Datum muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="98"/>
        <source>Choose who the key belongs to: exactly one user or one application (user_id or application_id).</source>
        <translation>Wählen Sie, wem der Schlüssel gehört: genau einem Benutzer oder einer Anwendung (user_id oder application_id).</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="100"/>
        <source>You can create keys for yourself and for IAM applications.</source>
        <translation>Sie können Schlüssel für sich selbst und für IAM-Anwendungen erstellen.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="104"/>
        <source>%1: “%2” is not a Scaleway id.</source>
        <translation>%1: „%2“ ist keine Scaleway-ID.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="56"/>
        <source>No Secret Service is running. Install and start gnome-keyring (apt install gnome-keyring libsecret-1-0) or KeePassXC with its Secret Service integration, then log in again.</source>
        <translation>Es läuft kein Secret Service. Installieren und starten Sie gnome-keyring (apt install gnome-keyring libsecret-1-0) oder KeePassXC mit seiner Secret-Service-Integration und melden Sie sich dann neu an.</translation>
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="42"/>
        <source>availability zone</source>
        <translation>Verfügbarkeitszone</translation>
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="42"/>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="44"/>
        <source>The account names no S3 %1 to test the key in.</source>
        <translation>Das Konto nennt keine S3-%1, in der der Schlüssel getestet werden kann.</translation>
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="45"/>
        <source>Give the account its %1 (for example %2): add it again with the %1 in Add account, or with keywarden-cli accounts add --region. Then test the key again.</source>
        <translation>Geben Sie dem Konto seine %1 (zum Beispiel %2): Fügen Sie es mit der %1 unter „Konto hinzufügen“ erneut hinzu oder mit keywarden-cli accounts add --region. Testen Sie den Schlüssel dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="62"/>
        <source>The account names no S3 endpoint to test the key on.</source>
        <translation>Das Konto nennt keinen S3-Endpunkt, an dem der Schlüssel getestet werden kann.</translation>
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="63"/>
        <source>Set the account&apos;s S3 endpoint, then test the key again.</source>
        <translation>Legen Sie den S3-Endpunkt des Kontos fest und testen Sie den Schlüssel dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="90"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="98"/>
        <source>There is no secret to test.</source>
        <translation>Es gibt kein Geheimnis zum Testen.</translation>
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="100"/>
        <source>The key has no access key id.</source>
        <translation>Der Schlüssel hat keine Zugriffsschlüssel-ID.</translation>
    </message>
</context>
<context>
    <name>kw::AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="15"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="25"/>
        <location filename="../ui/AboutDialog.cpp" line="26"/>
        <location filename="../ui/AboutDialog.cpp" line="54"/>
        <source>About KeyWarden</source>
        <translation>Über KeyWarden</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="31"/>
        <source>KeyWarden %1</source>
        <translation>KeyWarden %1</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="38"/>
        <source>A desktop console for the API keys and access keys of your cloud accounts.</source>
        <translation>Eine Desktop-Konsole für die API-Schlüssel und Zugriffsschlüssel Ihrer Cloud-Konten.</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="39"/>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>Lizenz: GNU General Public License, Version 3 oder neuer.</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="40"/>
        <source>Where your data lives:</source>
        <translation>Wo Ihre Daten liegen:</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="41"/>
        <source>Settings and accounts (no secrets): %1</source>
        <translation>Einstellungen und Konten (keine Geheimnisse): %1</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="42"/>
        <source>Audit log: %1</source>
        <translation>Prüfprotokoll: %1</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="43"/>
        <source>Account tokens: %1, service “%2”</source>
        <translation>Konto-Tokens: %1, Dienst „%2“</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="46"/>
        <source>No keychain entries yet.</source>
        <translation>Noch keine Einträge im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="58"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>kw::AccountListModel</name>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="197"/>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="199"/>
        <source>reading token…</source>
        <translation>Token wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="201"/>
        <source>loading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountListModel.cpp" line="148"/>
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln Schlüssel</numerusform>
            <numerusform>%Ln Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountListModel.cpp" line="150"/>
        <source>%Ln loading</source>
        <translation>
            <numerusform>%Ln wird geladen</numerusform>
            <numerusform>%Ln werden geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountListModel.cpp" line="152"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="161"/>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="163"/>
        <source>All accounts, %1</source>
        <translation>Alle Konten, %1</translation>
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="165"/>
        <source>Every key of every account in one table</source>
        <translation>Alle Schlüssel aller Konten in einer Tabelle</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountListModel.cpp" line="204"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="207"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="230"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="234"/>
        <source>Token held for this session only</source>
        <translation>Token nur für diese Sitzung gehalten</translation>
    </message>
</context>
<context>
    <name>kw::AccountService</name>
    <message>
        <location filename="../src/console/AccountService.cpp" line="65"/>
        <source>The account is not loaded yet. Retry once its keys show.</source>
        <translation>Das Konto ist noch nicht geladen. Versuchen Sie es erneut, sobald seine Schlüssel angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="107"/>
        <source>The token was already discarded; add the account again.</source>
        <translation>Das Token wurde bereits verworfen; fügen Sie das Konto erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="146"/>
        <source>Could not keep the token in memory: %1</source>
        <translation>Das Token konnte nicht im Speicher gehalten werden: %1</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="175"/>
        <location filename="../src/console/AccountService.cpp" line="210"/>
        <location filename="../src/console/AccountService.cpp" line="247"/>
        <location filename="../src/console/AccountService.cpp" line="265"/>
        <source>The account is not there any more.</source>
        <translation>Das Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="180"/>
        <source>An account&apos;s provider cannot be changed; add a new account instead.</source>
        <translation>Der Anbieter eines Kontos kann nicht geändert werden; fügen Sie stattdessen ein neues Konto hinzu.</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="210"/>
        <source>Enter the new token.</source>
        <translation>Geben Sie das neue Token ein.</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="221"/>
        <location filename="../src/console/AccountService.cpp" line="365"/>
        <source>This version of KeyWarden has no client for the provider “%1”.</source>
        <translation>Diese Version von KeyWarden hat keinen Client für den Anbieter „%1“.</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="259"/>
        <source>The new token works, but could not be stored in %1: %2. The old token is still in use.</source>
        <translation>Das neue Token funktioniert, konnte aber nicht in %1 gespeichert werden: %2. Das alte Token ist weiterhin in Gebrauch.</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="351"/>
        <source>No token is stored for this account in %1.</source>
        <translation>Für dieses Konto ist in %1 kein Token gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="352"/>
        <source>Remove the account and add it again with its token.</source>
        <translation>Entfernen Sie das Konto und fügen Sie es mit seinem Token erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="356"/>
        <source>Could not read the account&apos;s token from %1: %2</source>
        <translation>Das Token des Kontos konnte nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="357"/>
        <source>Unlock or start your keychain, then retry.</source>
        <translation>Entsperren oder starten Sie Ihren Schlüsselbund und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="367"/>
        <source>Update KeyWarden, or remove the account.</source>
        <translation>Aktualisieren Sie KeyWarden oder entfernen Sie das Konto.</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="405"/>
        <source>Could not load the keys: %1</source>
        <translation>Die Schlüssel konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>kw::AddAccountDialog</name>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="195"/>
        <source>Enter the API endpoint, e.g. https://api.example.com.</source>
        <translation>Geben Sie den API-Endpunkt ein, z. B. https://api.example.com.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="45"/>
        <source>The endpoint “%1” is not a web address such as https://api.example.com.</source>
        <translation>Der Endpunkt „%1“ ist keine Webadresse wie https://api.example.com.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="42"/>
        <source>The S3 endpoint “%1” is not a web address such as https://s3.example.com.</source>
        <translation>Der S3-Endpunkt „%1“ ist keine Webadresse wie https://s3.example.com.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="50"/>
        <source>The S3 endpoint “%1” uses plain http://, which is allowed only for this computer (localhost, 127.0.0.1, ::1). Use https://.</source>
        <translation>Der S3-Endpunkt „%1“ verwendet unverschlüsseltes http://, das nur für diesen Computer erlaubt ist (localhost, 127.0.0.1, ::1). Verwenden Sie https://.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="54"/>
        <source>The endpoint “%1” uses plain http://, which is allowed only for this computer (localhost, 127.0.0.1, ::1). Use https://.</source>
        <translation>Der Endpunkt „%1“ verwendet unverschlüsseltes http://, das nur für diesen Computer erlaubt ist (localhost, 127.0.0.1, ::1). Verwenden Sie https://.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="80"/>
        <location filename="../ui/AddAccountDialog.cpp" line="238"/>
        <source>Known regions</source>
        <translation>Bekannte Regionen</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="112"/>
        <source>An account&apos;s provider cannot be changed; add a new account instead.</source>
        <translation>Der Anbieter eines Kontos kann nicht geändert werden; fügen Sie stattdessen ein neues Konto hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="127"/>
        <location filename="../ui/AddAccountDialog.cpp" line="128"/>
        <source>Edit account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="129"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="130"/>
        <source>Save account</source>
        <translation>Konto speichern</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="190"/>
        <source>No provider is available.</source>
        <translation>Es ist kein Anbieter verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="192"/>
        <source>Enter a label for the account.</source>
        <translation>Geben Sie eine Bezeichnung für das Konto ein.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="204"/>
        <source>The CA file “%1” cannot be read.</source>
        <translation>Die CA-Datei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="210"/>
        <source>Enter the account&apos;s API token.</source>
        <translation>Geben Sie das API-Token des Kontos ein.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="223"/>
        <source>e.g. Production (%1)</source>
        <translation>z. B. Produktion (%1)</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="234"/>
        <source>Availability &amp;zone:</source>
        <translation>Verfügbarkeits&amp;zone:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="234"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="235"/>
        <source>Availability zone</source>
        <translation>Verfügbarkeitszone</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="235"/>
        <source>S3 region</source>
        <translation>S3-Region</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="237"/>
        <source>Example availability zones</source>
        <translation>Beispiele für Verfügbarkeitszonen</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="247"/>
        <source>Test key checks a new key by listing the buckets on this S3 endpoint, signed for the organization&apos;s availability zone.</source>
        <translation>„Schlüssel testen“ prüft einen neuen Schlüssel, indem es die Buckets an diesem S3-Endpunkt auflistet, signiert für die Verfügbarkeitszone der Organisation.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="249"/>
        <source>Test key checks a new key by listing the buckets on this S3 endpoint, signed for the region.</source>
        <translation>„Schlüssel testen“ prüft einen neuen Schlüssel, indem es die Buckets an diesem S3-Endpunkt auflistet, signiert für die Region.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="276"/>
        <source>Choose a CA certificate</source>
        <translation>CA-Zertifikat auswählen</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="277"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="293"/>
        <source>Optional; empty means %1</source>
        <translation>Optional; leer bedeutet %1</translation>
    </message>
</context>
<context>
    <name>kw::AttachPolicyDialog</name>
    <message>
        <location filename="../ui/AttachPolicyDialog.cpp" line="22"/>
        <source>Attach a policy to %1</source>
        <translation>Richtlinie an %1 zuweisen</translation>
    </message>
    <message>
        <location filename="../ui/AttachPolicyDialog.cpp" line="27"/>
        <source>Choose the policy to attach to the user “%1”. It applies at once to every key of this user.</source>
        <translation>Wählen Sie die Richtlinie, die dem Benutzer „%1“ zugewiesen werden soll. Sie gilt sofort für jeden Schlüssel dieses Benutzers.</translation>
    </message>
    <message>
        <location filename="../ui/AttachPolicyDialog.cpp" line="54"/>
        <source>%1 (%2) — attached already</source>
        <translation>%1 (%2) — bereits zugewiesen</translation>
    </message>
    <message>
        <location filename="../ui/AttachPolicyDialog.cpp" line="55"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AttachPolicyDialog.cpp" line="96"/>
        <source>Attaching</source>
        <translation>Wird zugewiesen</translation>
    </message>
    <message>
        <location filename="../ui/AttachPolicyDialog.cpp" line="103"/>
        <source>&amp;Attach</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <location filename="../ui/AttachPolicyDialog.cpp" line="105"/>
        <source>Attach the chosen policy</source>
        <translation>Die gewählte Richtlinie zuweisen</translation>
    </message>
</context>
<context>
    <name>kw::AuditLogDialog</name>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="75"/>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="95"/>
        <source>Key, id, outcome…</source>
        <translation>Schlüssel, ID, Ergebnis …</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="97"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="97"/>
        <source>Search the audit log</source>
        <translation>Das Prüfprotokoll durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="101"/>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="101"/>
        <source>Only this account</source>
        <translation>Nur dieses Konto</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="104"/>
        <source>Ac&amp;tion:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="104"/>
        <source>Only this action</source>
        <translation>Nur diese Aktion</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="110"/>
        <source>any day</source>
        <translation>jeder Tag</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="116"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="116"/>
        <source>From this day on</source>
        <translation>Ab diesem Tag</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="117"/>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="117"/>
        <source>Up to and including this day</source>
        <translation>Bis einschließlich diesem Tag</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="131"/>
        <source>What KeyWarden did, in the window and on the command line, newest first. The log holds no secrets. Log file: %1</source>
        <translation>Was KeyWarden im Fenster und auf der Kommandozeile getan hat, neueste zuerst. Das Protokoll enthält keine Geheimnisse. Protokolldatei: %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="142"/>
        <source>Audit log entries</source>
        <translation>Einträge des Prüfprotokolls</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="145"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="145"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="145"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="145"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="145"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="145"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="165"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="167"/>
        <source>Export the entries shown as CSV</source>
        <translation>Die angezeigten Einträge als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="168"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="169"/>
        <source>Read the audit log again</source>
        <translation>Das Prüfprotokoll neu einlesen</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="181"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="193"/>
        <source>The audit log %1 cannot be read: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="236"/>
        <source>Nothing is recorded yet.</source>
        <translation>Noch nichts aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="237"/>
        <source>%1 of %2 entries shown.</source>
        <translation>%1 von %2 Einträgen angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="239"/>
        <source>Damaged lines that could not be read: %1.</source>
        <translation>Beschädigte Zeilen, die nicht gelesen werden konnten: %1.</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="248"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="251"/>
        <source>Damaged line</source>
        <translation>Beschädigte Zeile</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="255"/>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="256"/>
        <source>command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="257"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="262"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="311"/>
        <source>The CSV file %1 could not be written: %2</source>
        <translation>Die CSV-Datei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="315"/>
        <source>Exported to %1 (entries: %2).</source>
        <translation>Nach %1 exportiert (Einträge: %2).</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="322"/>
        <source>Export Audit Log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="324"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>kw::Autostart</name>
    <message>
        <location filename="../src/console/Autostart.cpp" line="47"/>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/console/Autostart.cpp" line="51"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../src/console/Autostart.cpp" line="55"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>kw::BulkActionFlow</name>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="35"/>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BulkActionFlow.cpp" line="28"/>
        <source>%n keys</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BulkActionFlow.cpp" line="39"/>
        <source>%n listed keys</source>
        <translation>
            <numerusform>%n aufgeführter Schlüssel</numerusform>
            <numerusform>%n aufgeführte Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="42"/>
        <source>: reactivates every key of %1 (%2)</source>
        <translation>: reaktiviert alle Schlüssel von %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="44"/>
        <source>: suspends every key of %1 (%2)</source>
        <translation>: sperrt alle Schlüssel von %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="64"/>
        <source>Revoke keys</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="65"/>
        <source>Revoke %1?</source>
        <translation>%1 widerrufen?</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="66"/>
        <source>Revoke %1</source>
        <translation>%1 widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="67"/>
        <source>Keep the keys</source>
        <translation>Schlüssel behalten</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="68"/>
        <source>Revocation is immediate and final: every application that uses one of these keys stops working at once, and no key can be restored.</source>
        <translation>Der Widerruf ist sofort wirksam und endgültig: Jede Anwendung, die einen dieser Schlüssel verwendet, funktioniert sofort nicht mehr, und kein Schlüssel kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="73"/>
        <source>Disable keys</source>
        <translation>Schlüssel deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="74"/>
        <source>Disable %1?</source>
        <translation>%1 deaktivieren?</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="75"/>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="76"/>
        <source>Keep them enabled</source>
        <translation>Aktiviert lassen</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="77"/>
        <source>Applications that use them stop working until they are enabled again.</source>
        <translation>Anwendungen, die sie verwenden, funktionieren nicht mehr, bis sie wieder aktiviert werden.</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="81"/>
        <source>Enable keys</source>
        <translation>Schlüssel aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="82"/>
        <source>Enable %1?</source>
        <translation>%1 aktivieren?</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="83"/>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="84"/>
        <source>Keep them disabled</source>
        <translation>Deaktiviert lassen</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="85"/>
        <source>Applications that have them can use them again.</source>
        <translation>Anwendungen, die sie haben, können sie wieder verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="88"/>
        <source>Rotate keys</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="89"/>
        <source>Rotate %1?</source>
        <translation>%1 rotieren?</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="90"/>
        <source>Rotate %1</source>
        <translation>%1 rotieren</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="91"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="92"/>
        <source>One rotation after the other: each opens its own dialog (“Rotation 1 of %1”), where you choose the new key&apos;s name and when the old key goes, and shows the new secret once. Cancelling one of them stops the rest.</source>
        <translation>Eine Rotation nach der anderen: Jede öffnet ihren eigenen Dialog („Rotation 1 von %1“), in dem Sie den Namen des neuen Schlüssels wählen und wann der alte Schlüssel widerrufen wird, und zeigt das neue Geheimnis einmal an. Wenn Sie eine davon abbrechen, entfallen die übrigen.</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="109"/>
        <source>…and %1 more (Show Details).</source>
        <translation>… und %1 weitere (Details einblenden).</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="132"/>
        <source>Rotated keys</source>
        <translation>Rotierte Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="181"/>
        <source>They belong to %1 accounts: %2.</source>
        <translation>Sie gehören zu %1 Konten: %2.</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="183"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BulkActionFlow.cpp" line="187"/>
        <source>%n selected keys are skipped:</source>
        <translation>
            <numerusform>%n ausgewählter Schlüssel wird übersprungen:</numerusform>
            <numerusform>%n ausgewählte Schlüssel werden übersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="226"/>
        <source>The account&apos;s keys are not loaded.</source>
        <translation>Die Schlüssel des Kontos sind nicht geladen.</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="233"/>
        <source>Rotation %1 of %2</source>
        <translation>Rotation %1 von %2</translation>
    </message>
</context>
<context>
    <name>kw::BulkKeyActions</name>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="63"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="65"/>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="67"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="69"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="71"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="73"/>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="89"/>
        <source>Listed twice; done once.</source>
        <translation>Doppelt aufgeführt; einmal ausgeführt.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="91"/>
        <source>Its account is no longer in KeyWarden.</source>
        <translation>Sein Konto ist nicht mehr in KeyWarden.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="93"/>
        <source>Rotation shows each new secret in the main window, and there is none here.</source>
        <translation>Die Rotation zeigt jedes neue Geheimnis im Hauptfenster an, und hier gibt es keines.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="124"/>
        <source>This build of KeyWarden has no client for the account&apos;s provider.</source>
        <translation>Diese Version von KeyWarden hat keinen Client für den Anbieter des Kontos.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="126"/>
        <source>Already revoked.</source>
        <translation>Bereits widerrufen.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="128"/>
        <source>%1 keys cannot be revoked here.</source>
        <translation>%1-Schlüssel lassen sich hier nicht widerrufen.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="131"/>
        <source>%1 does not let this key be deleted.</source>
        <translation>%1 lässt das Löschen dieses Schlüssels nicht zu.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="134"/>
        <source>This key is already being rotated.</source>
        <translation>Dieser Schlüssel wird bereits rotiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/BulkKeyActions.cpp" line="136"/>
        <source>The account has reached %1&apos;s limit of %n keys.</source>
        <translation>
            <numerusform>Das Konto hat das Limit von %1 erreicht (%n Schlüssel).</numerusform>
            <numerusform>Das Konto hat das Limit von %1 erreicht (%n Schlüssel).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="139"/>
        <source>%1 keys cannot be disabled.</source>
        <translation>%1-Schlüssel lassen sich nicht deaktivieren.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="163"/>
        <source>%1 can only suspend a key&apos;s owner, and this key has none listed.</source>
        <translation>%1 kann nur den Besitzer eines Schlüssels sperren, und für diesen Schlüssel ist keiner angegeben.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="165"/>
        <source>Its owner is not suspended.</source>
        <translation>Sein Besitzer ist nicht gesperrt.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="167"/>
        <source>Its owner is already suspended.</source>
        <translation>Sein Besitzer ist bereits gesperrt.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="160"/>
        <source>Only an active key can be suspended.</source>
        <translation>Nur ein aktiver Schlüssel kann gesperrt werden.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="153"/>
        <source>%1 does not let this key be changed.</source>
        <translation>%1 lässt das Ändern dieses Schlüssels nicht zu.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="156"/>
        <source>It is not disabled.</source>
        <translation>Er ist nicht deaktiviert.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="158"/>
        <source>Already disabled.</source>
        <translation>Bereits deaktiviert.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="161"/>
        <source>Only an active key can be disabled.</source>
        <translation>Nur ein aktiver Schlüssel kann deaktiviert werden.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="242"/>
        <source>Not started: the run was cancelled.</source>
        <translation>Nicht gestartet: Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="328"/>
        <source>Reactivated the keys of %1.</source>
        <translation>Die Schlüssel von %1 wurden reaktiviert.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="329"/>
        <source>Suspended the keys of %1.</source>
        <translation>Die Schlüssel von %1 wurden gesperrt.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="333"/>
        <source>Revoked.</source>
        <translation>Widerrufen.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="335"/>
        <source>Disabled.</source>
        <translation>Deaktiviert.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="337"/>
        <source>Enabled.</source>
        <translation>Aktiviert.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="339"/>
        <source>Rotated.</source>
        <translation>Rotiert.</translation>
    </message>
</context>
<context>
    <name>kw::BulkOutcomeDialog</name>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="39"/>
        <source>&amp;Stop Remaining</source>
        <translation>&amp;Verbleibende stoppen</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="40"/>
        <source>&amp;Copy as Text</source>
        <translation>Als &amp;Text kopieren</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="48"/>
        <source>Outcome per key</source>
        <translation>Ergebnis je Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="50"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="50"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="50"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="50"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="64"/>
        <source>Stop remaining</source>
        <translation>Verbleibende stoppen</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="65"/>
        <source>Start no further key; the ones in progress still finish</source>
        <translation>Keinen weiteren Schlüssel starten; die laufenden werden noch abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="67"/>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="73"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="133"/>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="135"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="137"/>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="139"/>
        <source>%1 not started</source>
        <translation>%1 nicht gestartet</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="142"/>
        <source>Finished: %1.</source>
        <translation>Abgeschlossen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="143"/>
        <source>Working… %1 of %2 keys answered so far: %3.</source>
        <translation>Läuft … bisher Antwort für %1 von %2 Schlüsseln: %3.</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="159"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>kw::CoreWeaveProvider</name>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="109"/>
        <source>The request was cancelled</source>
        <translation>Die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="111"/>
        <source>The request was rejected as invalid</source>
        <translation>Die Anfrage wurde als ungültig abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="113"/>
        <source>The server ran out of time</source>
        <translation>Die Zeit des Servers ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="114"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="115"/>
        <source>It exists already</source>
        <translation>Existiert bereits</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="116"/>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="118"/>
        <source>A limit or quota was reached</source>
        <translation>Ein Limit oder Kontingent wurde erreicht</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="120"/>
        <source>Not possible in the current state</source>
        <translation>Im aktuellen Zustand nicht möglich</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="121"/>
        <source>Aborted by a conflict</source>
        <translation>Wegen eines Konflikts abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="122"/>
        <source>A value is out of range</source>
        <translation>Ein Wert liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="123"/>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="124"/>
        <source>Internal server error</source>
        <translation>Interner Serverfehler</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="125"/>
        <source>The service is unavailable</source>
        <translation>Der Dienst ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="126"/>
        <source>Data loss</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="128"/>
        <source>The API access token was not accepted</source>
        <translation>Das API-Zugriffstoken wurde nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="51"/>
        <source>CoreWeave keys cannot be renamed or edited; rotate instead</source>
        <translation>CoreWeave-Schlüssel lassen sich nicht umbenennen oder bearbeiten; rotieren Sie sie stattdessen</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="102"/>
        <source>CoreWeave lists keys by status only as active or suspended.</source>
        <translation>CoreWeave listet Schlüssel nach Status nur als aktiv oder gesperrt.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="116"/>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="151"/>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="164"/>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="197"/>
        <source>access keys</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="152"/>
        <source>a page held %1 keys where at most %2 were asked for, so the pages cannot be told apart.</source>
        <translation>Eine Seite enthielt %1 Schlüssel, obwohl höchstens %2 angefordert wurden, daher lassen sich die Seiten nicht unterscheiden.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="165"/>
        <source>keys were removed while the list was read, so the pages moved and a key could have been skipped.</source>
        <translation>Während die Liste gelesen wurde, wurden Schlüssel entfernt; die Seiten haben sich verschoben und ein Schlüssel könnte übersprungen worden sein.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="190"/>
        <source>CoreWeave sent the same keys again for offset %1; the list stopped there.</source>
        <translation>CoreWeave hat für Offset %1 dieselben Schlüssel erneut gesendet; die Liste endet dort.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="213"/>
        <source>The expiry date is in the past.</source>
        <translation>Das Ablaufdatum liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="217"/>
        <source>A key&apos;s duration cannot be negative.</source>
        <translation>Die Laufzeit eines Schlüssels kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="220"/>
        <source>Temporary CoreWeave keys last at most 12 hours (43 200 s).</source>
        <translation>Temporäre CoreWeave-Schlüssel gelten höchstens 12 Stunden (43 200 s).</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="221"/>
        <source>Choose a shorter duration, or a permanent key.</source>
        <translation>Wählen Sie eine kürzere Laufzeit oder einen dauerhaften Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="239"/>
        <source>The key has no access key id.</source>
        <translation>Der Schlüssel hat keine Zugriffsschlüssel-ID.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="255"/>
        <source>The keys have no principal to suspend or reactivate.</source>
        <translation>Die Schlüssel haben keinen Principal, der gesperrt oder reaktiviert werden könnte.</translation>
    </message>
</context>
<context>
    <name>kw::CreateKeyDialog</name>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="37"/>
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="38"/>
        <source>Create %1 key</source>
        <translation>%1-Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="42"/>
        <source>&amp;Name (required):</source>
        <translation>&amp;Name (erforderlich):</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="43"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="46"/>
        <source>Optional: %1 picks a name when empty</source>
        <translation>Optional: %1 wählt einen Namen, wenn leer</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="47"/>
        <source>the provider</source>
        <translation>der Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="57"/>
        <source>The key has the rights of the user it belongs to.</source>
        <translation>Der Schlüssel hat die Rechte des Benutzers, dem er gehört.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="61"/>
        <source>Users and applications</source>
        <translation>Benutzer und Anwendungen</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="64"/>
        <source>Choose the key&apos;s owner…</source>
        <translation>Besitzer des Schlüssels wählen …</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="66"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="67"/>
        <source>A project name or ID</source>
        <translation>Ein Projektname oder eine Projekt-ID</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="126"/>
        <source>Valid &amp;for:</source>
        <translation>Gültig &amp;für:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="136"/>
        <source>Loading users and applications…</source>
        <translation>Benutzer und Anwendungen werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="146"/>
        <source>Could not load users and applications: %1</source>
        <translation>Benutzer und Anwendungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="173"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="220"/>
        <source>You (%1)</source>
        <translation>Sie (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CreateKeyDialog.cpp" line="223"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="422"/>
        <source>Choose the key&apos;s owner.</source>
        <translation>Wählen Sie den Besitzer des Schlüssels.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="178"/>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CreateKeyDialog.cpp" line="28"/>
        <source>Choose at least %n service(s).</source>
        <translation>
            <numerusform>Wählen Sie mindestens einen Dienst.</numerusform>
            <numerusform>Wählen Sie mindestens %n Dienste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="186"/>
        <source>No users or applications were found in this organization.</source>
        <translation>In dieser Organisation wurden keine Benutzer oder Anwendungen gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="223"/>
        <source>no keys</source>
        <translation>keine Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="224"/>
        <source>%1 — %2 (limit)</source>
        <translation>%1 — %2 (Limit)</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="225"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="245"/>
        <source>%1 already has %2 keys, the most one owner can have. Revoke one of them first, or choose another owner.</source>
        <translation>%1 hat bereits %2 Schlüssel, das Maximum für einen Besitzer. Widerrufen Sie zuerst einen davon oder wählen Sie einen anderen Besitzer.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="273"/>
        <source>Organization default</source>
        <translation>Standard der Organisation</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="314"/>
        <source>The organization&apos;s default project</source>
        <translation>Das Standardprojekt der Organisation</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="329"/>
        <source>Choose a project from the list, or type its ID, a UUID such as “1f5b2c3d-0000-4e6f-8a9b-0123456789ab”.</source>
        <translation>Wählen Sie ein Projekt aus der Liste oder geben Sie seine ID ein, eine UUID wie „1f5b2c3d-0000-4e6f-8a9b-0123456789ab“.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="412"/>
        <source>Enter a name for the key.</source>
        <translation>Geben Sie einen Namen für den Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="420"/>
        <source>Waiting for the list of users and applications.</source>
        <translation>Warten auf die Liste der Benutzer und Anwendungen.</translation>
    </message>
</context>
<context>
    <name>kw::CredentialSnippets</name>
    <message>
        <location filename="../src/console/CredentialSnippets.cpp" line="219"/>
        <source>&amp;Shell export line (export %1=…)</source>
        <translation>&amp;Shell-Exportzeile (export %1=…)</translation>
    </message>
    <message>
        <location filename="../src/console/CredentialSnippets.cpp" line="220"/>
        <source>.&amp;env line (%1=…)</source>
        <translation>.&amp;env-Zeile (%1=…)</translation>
    </message>
    <message>
        <location filename="../src/console/CredentialSnippets.cpp" line="224"/>
        <source>HTTP &amp;header (Authorization: Bearer …)</source>
        <translation>HTTP-&amp;Header (Authorization: Bearer …)</translation>
    </message>
    <message>
        <location filename="../src/console/CredentialSnippets.cpp" line="229"/>
        <source>&amp;Shell export lines for scw (SCW_ACCESS_KEY, …)</source>
        <translation>&amp;Shell-Exportzeilen für scw (SCW_ACCESS_KEY, …)</translation>
    </message>
    <message>
        <location filename="../src/console/CredentialSnippets.cpp" line="230"/>
        <source>.&amp;env lines for scw (SCW_ACCESS_KEY, …)</source>
        <translation>.&amp;env-Zeilen für scw (SCW_ACCESS_KEY, …)</translation>
    </message>
    <message>
        <location filename="../src/console/CredentialSnippets.cpp" line="231"/>
        <source>Shell export lines for S&amp;3 tools (AWS_ACCESS_KEY_ID, …)</source>
        <translation>Shell-Exportzeilen für S&amp;3-Werkzeuge (AWS_ACCESS_KEY_ID, …)</translation>
    </message>
    <message>
        <location filename="../src/console/CredentialSnippets.cpp" line="236"/>
        <source>&amp;Shell export lines (AWS_ACCESS_KEY_ID, …)</source>
        <translation>&amp;Shell-Exportzeilen (AWS_ACCESS_KEY_ID, …)</translation>
    </message>
    <message>
        <location filename="../src/console/CredentialSnippets.cpp" line="237"/>
        <source>.&amp;env lines (AWS_ACCESS_KEY_ID, …)</source>
        <translation>.&amp;env-Zeilen (AWS_ACCESS_KEY_ID, …)</translation>
    </message>
    <message>
        <location filename="../src/console/CredentialSnippets.cpp" line="241"/>
        <source>AWS &amp;profile for ~/.aws/credentials</source>
        <translation>AWS-&amp;Profil für ~/.aws/credentials</translation>
    </message>
    <message>
        <location filename="../src/console/CredentialSnippets.cpp" line="244"/>
        <source>AWS profile with &amp;credential_process for ~/.aws/config</source>
        <translation>AWS-Profil mit &amp;credential_process für ~/.aws/config</translation>
    </message>
</context>
<context>
    <name>kw::EditKeyDialog</name>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="28"/>
        <source>Edit key “%1”</source>
        <translation>Schlüssel „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="30"/>
        <source>Changes apply to the key at %1 at once; its secret stays the same.</source>
        <translation>Änderungen gelten sofort für den Schlüssel bei %1; sein Geheimnis bleibt gleich.</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="31"/>
        <source>the provider</source>
        <translation>der Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="43"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="51"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="57"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="59"/>
        <source>services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="61"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="63"/>
        <source>owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="65"/>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="67"/>
        <source>IP whitelist</source>
        <translation>IP-Freigabeliste</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="69"/>
        <source>expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="72"/>
        <source>Cannot be changed after creation: %1. Rotate the key to change them.</source>
        <translation>Nach dem Erstellen nicht änderbar: %1. Rotieren Sie den Schlüssel, um dies zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="130"/>
        <source>Enter a name for the key.</source>
        <translation>Geben Sie einen Namen für den Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="146"/>
        <source>Nothing was changed yet.</source>
        <translation>Es wurde noch nichts geändert.</translation>
    </message>
</context>
<context>
    <name>kw::EmptyState</name>
    <message>
        <location filename="../ui/EmptyState.cpp" line="108"/>
        <source>Add accou&amp;nt…</source>
        <translation>Konto hinzufüg&amp;en …</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="109"/>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="110"/>
        <source>Try the sand&amp;box</source>
        <translation>Sandbox aus&amp;probieren</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="111"/>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="112"/>
        <source>Open a second KeyWarden with sample accounts served on this computer; nothing of it is saved</source>
        <translation>Ein zweites KeyWarden mit Beispielkonten öffnen, die auf diesem Computer bereitgestellt werden; nichts davon wird gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="114"/>
        <source>Clear filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="117"/>
        <source>Keep your cloud API keys in one place</source>
        <translation>Ihre Cloud-API-Schlüssel an einem Ort</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="119"/>
        <source>KeyWarden lists the API keys and access keys of your cloud accounts, and creates, rotates and revokes them, with every change in an audit log. Add an account with its admin token to start, or try the sandbox: sample accounts that run on this computer and change nothing real.</source>
        <translation>KeyWarden listet die API-Schlüssel und Zugriffsschlüssel Ihrer Cloud-Konten auf und erstellt, rotiert und widerruft sie, jede Änderung im Prüfprotokoll. Fügen Sie zum Start ein Konto mit seinem Admin-Token hinzu oder probieren Sie die Sandbox aus: Beispielkonten, die auf diesem Computer laufen und nichts Echtes ändern.</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="125"/>
        <source>No key matches the filters</source>
        <translation>Kein Schlüssel passt zu den Filtern</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="126"/>
        <source>No key matches “%1”</source>
        <translation>Kein Schlüssel passt zu „%1“</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/EmptyState.cpp" line="128"/>
        <source>This account has %n key(s); the filters hide them all.</source>
        <translation>
            <numerusform>Dieses Konto hat %n Schlüssel; die Filter blenden ihn aus.</numerusform>
            <numerusform>Dieses Konto hat %n Schlüssel; die Filter blenden alle aus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="131"/>
        <source>Filters on: %1.</source>
        <translation>Aktive Filter: %1.</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="132"/>
        <source>Filters stay as they are when you switch accounts.</source>
        <translation>Die Filter bleiben beim Wechsel des Kontos erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="134"/>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="135"/>
        <source>C&amp;lear filter</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>kw::ExpiryEdit</name>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="37"/>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="39"/>
        <source>Expiry choices</source>
        <translation>Ablaufoptionen</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="41"/>
        <source>Expiry date and time</source>
        <translation>Ablaufdatum und -uhrzeit</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="45"/>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="50"/>
        <source>Validity unit</source>
        <translation>Gültigkeitseinheit</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="52"/>
        <source>Validity units</source>
        <translation>Gültigkeitseinheiten</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="53"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="54"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="55"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="89"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="91"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="91"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="94"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="94"/>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="97"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="106"/>
        <source>Keep: %1</source>
        <translation>Beibehalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="108"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="109"/>
        <source>In 1 hour</source>
        <translation>In 1 Stunde</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="110"/>
        <source>In 1 week</source>
        <translation>In 1 Woche</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="111"/>
        <source>In 1 month</source>
        <translation>In 1 Monat</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="112"/>
        <source>In 1 year</source>
        <translation>In 1 Jahr</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="113"/>
        <source>On a date…</source>
        <translation>An einem Datum …</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="122"/>
        <source>Permanent</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="126"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert …</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="221"/>
        <source>Choose an expiry date in the future.</source>
        <translation>Wählen Sie ein Ablaufdatum in der Zukunft.</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="223"/>
        <source>A temporary key lasts at most %1.</source>
        <translation>Ein temporärer Schlüssel gilt höchstens %1.</translation>
    </message>
</context>
<context>
    <name>kw::FleetBanners</name>
    <message>
        <location filename="../ui/FleetBanners.cpp" line="19"/>
        <source>Accounts that could not be loaded</source>
        <translation>Konten, die nicht geladen werden konnten</translation>
    </message>
    <message>
        <location filename="../ui/FleetBanners.cpp" line="49"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/FleetBanners.cpp" line="57"/>
        <source>Fi&amp;x…</source>
        <translation>&amp;Beheben …</translation>
    </message>
    <message>
        <location filename="../ui/FleetBanners.cpp" line="59"/>
        <source>Fix %1</source>
        <translation>%1 beheben</translation>
    </message>
    <message>
        <location filename="../ui/FleetBanners.cpp" line="61"/>
        <source>Open %1 on its own, where it can be retried or given a new token</source>
        <translation>%1 einzeln öffnen, um es erneut zu versuchen oder ihm ein neues Token zu geben</translation>
    </message>
</context>
<context>
    <name>kw::HttpKeyProvider</name>
    <message>
        <location filename="../src/providers/HttpKeyProvider.cpp" line="126"/>
        <source>There is no secret to test.</source>
        <translation>Es gibt kein Geheimnis zum Testen.</translation>
    </message>
</context>
<context>
    <name>kw::IpAllowlist</name>
    <message>
        <location filename="../src/core/IpAllowlist.cpp" line="204"/>
        <location filename="../src/core/IpAllowlist.cpp" line="223"/>
        <source>Entry %1 “%2”: not an IP address or CIDR range</source>
        <translation>Eintrag %1 „%2“: keine IP-Adresse und kein CIDR-Bereich</translation>
    </message>
    <message>
        <location filename="../src/core/IpAllowlist.cpp" line="214"/>
        <source>Entry %1 “%2”: leading zeros are not allowed in an IPv4 address</source>
        <translation>Eintrag %1 „%2“: Führende Nullen sind in einer IPv4-Adresse nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../src/core/IpAllowlist.cpp" line="241"/>
        <source>Entry %1 “%2”: prefix length must be 0–32</source>
        <translation>Eintrag %1 „%2“: Die Präfixlänge muss 0–32 sein</translation>
    </message>
    <message>
        <location filename="../src/core/IpAllowlist.cpp" line="243"/>
        <source>Entry %1 “%2”: prefix length must be 0–128</source>
        <translation>Eintrag %1 „%2“: Die Präfixlänge muss 0–128 sein</translation>
    </message>
    <message>
        <location filename="../src/core/IpAllowlist.cpp" line="179"/>
        <location filename="../src/core/IpAllowlist.cpp" line="257"/>
        <source>Entry %1 “%2”: host bits are set — did you mean %3?</source>
        <translation>Eintrag %1 „%2“: Host-Bits sind gesetzt — meinten Sie %3?</translation>
    </message>
    <message>
        <location filename="../src/core/IpAllowlist.cpp" line="314"/>
        <source>Entry %1 “%2”: duplicate of entry %3</source>
        <translation>Eintrag %1 „%2“: Duplikat von Eintrag %3</translation>
    </message>
</context>
<context>
    <name>kw::IpAllowlistEdit</name>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="21"/>
        <source>not an IP address or CIDR range</source>
        <translation>keine IP-Adresse und kein CIDR-Bereich</translation>
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="23"/>
        <source>the prefix length after “/” is out of range</source>
        <translation>die Präfixlänge nach „/“ liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="25"/>
        <source>the address has bits set beyond the prefix</source>
        <translation>in der Adresse sind Bits jenseits des Präfixes gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="27"/>
        <source>listed twice</source>
        <translation>doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="38"/>
        <source>Entry %1 “%2”: %3</source>
        <translation>Eintrag %1 „%2“: %3</translation>
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="49"/>
        <source>IP whitelist</source>
        <translation>IP-Freigabeliste</translation>
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="51"/>
        <location filename="../ui/IpAllowlistEdit.cpp" line="102"/>
        <source>IP addresses or CIDR ranges, separated by commas or new lines. Empty allows all addresses.</source>
        <translation>IP-Adressen oder CIDR-Bereiche, getrennt durch Kommas oder Zeilenumbrüche. Leer erlaubt alle Adressen.</translation>
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="53"/>
        <source>203.0.113.42, 198.51.100.0/24</source>
        <translation>203.0.113.42, 198.51.100.0/24</translation>
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="65"/>
        <source>IP whitelist problem</source>
        <translation>Problem mit der IP-Freigabeliste</translation>
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="83"/>
        <source>(+%1 more)</source>
        <translation>(+%1 weitere)</translation>
    </message>
</context>
<context>
    <name>kw::KeyDetailsPane</name>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="42"/>
        <source>Key details</source>
        <translation>Schlüsseldetails</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="61"/>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="62"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="63"/>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="64"/>
        <source>Prefix:</source>
        <translation>Präfix:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="65"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="66"/>
        <source>Owner:</source>
        <translation>Besitzer:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="68"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="69"/>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="70"/>
        <source>Services:</source>
        <translation>Dienste:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="71"/>
        <source>IP whitelist:</source>
        <translation>IP-Freigabeliste:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="72"/>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="73"/>
        <source>Age:</source>
        <translation>Alter:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="74"/>
        <source>Last used:</source>
        <translation>Zuletzt verwendet:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="75"/>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="76"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="77"/>
        <source>Rotation:</source>
        <translation>Rotation:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="82"/>
        <source>Select a key to see its details.</source>
        <translation>Wählen Sie einen Schlüssel, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="104"/>
        <source>Drift:</source>
        <translation>Abweichung:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="107"/>
        <source>&amp;Mark as seen</source>
        <translation>Als gesehen &amp;markieren</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="108"/>
        <source>Mark the key&apos;s drift as seen</source>
        <translation>Abweichung des Schlüssels als gesehen markieren</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="154"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="205"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyDetailsPane.cpp" line="219"/>
        <source>rotation due (policy: every %n days)</source>
        <translation>
            <numerusform>Rotation fällig (Richtlinie: nach %n Tag)</numerusform>
            <numerusform>Rotation fällig (Richtlinie: nach %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="254"/>
        <source>cannot be edited or deleted</source>
        <translation>kann nicht bearbeitet oder gelöscht werden</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="255"/>
        <source>cannot be edited</source>
        <translation>kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="256"/>
        <source>cannot be deleted</source>
        <translation>kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="266"/>
        <source>Will be revoked on %1 (rotation to “%2”)</source>
        <translation>Wird am %1 widerrufen (Rotation zu „%2“)</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="268"/>
        <source>Being replaced by “%1”</source>
        <translation>Wird durch „%1“ ersetzt</translation>
    </message>
</context>
<context>
    <name>kw::KeyDrift</name>
    <message>
        <location filename="../src/console/KeyDrift.cpp" line="45"/>
        <source>new</source>
        <comment>drift badge: a key made outside KeyWarden</comment>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../src/console/KeyDrift.cpp" line="47"/>
        <source>vanished</source>
        <comment>drift badge: a key deleted outside KeyWarden</comment>
        <translation>verschwunden</translation>
    </message>
    <message>
        <location filename="../src/console/KeyDrift.cpp" line="49"/>
        <source>orphan</source>
        <comment>drift badge: a key whose secret never arrived</comment>
        <translation>verwaist</translation>
    </message>
    <message>
        <location filename="../src/console/KeyDrift.cpp" line="60"/>
        <source>New since the last look: this key was created outside KeyWarden. Check who made it.</source>
        <translation>Neu seit dem letzten Blick: Dieser Schlüssel wurde außerhalb von KeyWarden erstellt. Prüfen Sie, wer ihn angelegt hat.</translation>
    </message>
    <message>
        <location filename="../src/console/KeyDrift.cpp" line="63"/>
        <source>Vanished: this key was deleted outside KeyWarden since the last look. Anything that used it has stopped working.</source>
        <translation>Verschwunden: Dieser Schlüssel wurde seit dem letzten Blick außerhalb von KeyWarden gelöscht. Alles, was ihn benutzt hat, funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/console/KeyDrift.cpp" line="66"/>
        <source>Orphan: KeyWarden created this key, but the provider&apos;s answer was lost, so nobody has its secret. Revoke it.</source>
        <translation>Verwaist: KeyWarden hat diesen Schlüssel erstellt, aber die Antwort des Anbieters ging verloren, daher kennt niemand sein Geheimnis. Widerrufen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>kw::KeyFilter</name>
    <message>
        <location filename="../src/console/KeyFilters.cpp" line="59"/>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <location filename="../src/console/KeyFilters.cpp" line="61"/>
        <source>rotation due</source>
        <translation>Rotation fällig</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/KeyFilters.cpp" line="63"/>
        <source>expires within %n days</source>
        <translation>
            <numerusform>läuft innerhalb von %n Tag ab</numerusform>
            <numerusform>läuft innerhalb von %n Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/KeyFilters.cpp" line="66"/>
        <source>unused for %n days</source>
        <translation>
            <numerusform>seit %n Tag unbenutzt</numerusform>
            <numerusform>seit %n Tagen unbenutzt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/console/KeyFilters.cpp" line="69"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location filename="../src/console/KeyFilters.cpp" line="71"/>
        <source>never used</source>
        <translation>nie verwendet</translation>
    </message>
    <message>
        <location filename="../src/console/KeyFilters.cpp" line="74"/>
        <source>drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../src/console/KeyFilters.cpp" line="75"/>
        <source>drift: %1</source>
        <translation>Abweichung: %1</translation>
    </message>
</context>
<context>
    <name>kw::KeyFilterBar</name>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="21"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="29"/>
        <source>E&amp;xpires within</source>
        <translation>&amp;Läuft ab innerhalb von</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="30"/>
        <source>Expires within days</source>
        <translation>Läuft ab innerhalb von Tagen</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="31"/>
        <source>U&amp;nused for</source>
        <translation>&amp;Unbenutzt seit</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="32"/>
        <source>Unused for days</source>
        <translation>Unbenutzt seit Tagen</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="33"/>
        <source>&amp;Inactive</source>
        <translation>&amp;Inaktiv</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="34"/>
        <source>Never use&amp;d</source>
        <translation>Nie &amp;verwendet</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="35"/>
        <source>Drift&amp;ed</source>
        <translation>Abw&amp;eichend</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="46"/>
        <source>Show only keys that drifted</source>
        <translation>Nur abweichende Schlüssel zeigen</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="47"/>
        <source>Keys created or deleted outside KeyWarden since the last look, and keys whose create answer was lost</source>
        <translation>Schlüssel, die seit dem letzten Blick außerhalb von KeyWarden erstellt oder gelöscht wurden, und Schlüssel, deren Antwort beim Erstellen verloren ging</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="50"/>
        <source>Show only keys that expire within the given days</source>
        <translation>Nur Schlüssel anzeigen, die innerhalb der angegebenen Tage ablaufen</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="51"/>
        <source>Keys not yet expired whose expiry is this many days away or less</source>
        <translation>Noch nicht abgelaufene Schlüssel, deren Ablauf höchstens so viele Tage entfernt ist</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="52"/>
        <source>Show only keys unused for the given days</source>
        <translation>Nur Schlüssel anzeigen, die seit den angegebenen Tagen unbenutzt sind</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="53"/>
        <source>Keys not used for this many days; only where the provider reports when a key was last used</source>
        <translation>Schlüssel, die so viele Tage nicht verwendet wurden; nur wenn der Anbieter meldet, wann ein Schlüssel zuletzt verwendet wurde</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="55"/>
        <source>Show only inactive keys</source>
        <translation>Nur inaktive Schlüssel anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="56"/>
        <source>Disabled, suspended, expired or revoked keys</source>
        <translation>Deaktivierte, gesperrte, abgelaufene oder widerrufene Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="57"/>
        <source>Show only keys never used</source>
        <translation>Nur nie verwendete Schlüssel anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="59"/>
        <source>Keys the provider reports as never used; only where it reports last use</source>
        <translation>Schlüssel, die der Anbieter als nie verwendet meldet; nur wenn er die letzte Verwendung meldet</translation>
    </message>
</context>
<context>
    <name>kw::KeyNamePolicy</name>
    <message>
        <location filename="../src/core/KeyNamePolicy.cpp" line="155"/>
        <source>“%1” does not say what the key is for. A name like “Production Storage API” helps you find it later.</source>
        <translation>„%1“ sagt nicht, wofür der Schlüssel ist. Ein Name wie „Produktiv-Storage-API“ hilft Ihnen, ihn später zu finden.</translation>
    </message>
</context>
<context>
    <name>kw::KeyOperations</name>
    <message>
        <location filename="../src/console/KeyOperations.cpp" line="244"/>
        <source>The stored secret could not be read: %1</source>
        <translation>Das gespeicherte Geheimnis konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>kw::KeyProvider</name>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="9"/>
        <source>editing keys</source>
        <translation>das Bearbeiten von Schlüsseln</translation>
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="18"/>
        <source>disabling keys</source>
        <translation>das Deaktivieren von Schlüsseln</translation>
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="26"/>
        <source>testing keys</source>
        <translation>das Testen von Schlüsseln</translation>
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="31"/>
        <source>choosing a key owner</source>
        <translation>die Wahl eines Schlüsselbesitzers</translation>
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="36"/>
        <source>showing a secret again</source>
        <translation>das erneute Anzeigen eines Geheimnisses</translation>
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="41"/>
        <source>suspending a principal</source>
        <translation>das Sperren eines Principals</translation>
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="46"/>
        <source>showing a key owner&apos;s policies</source>
        <translation>das Anzeigen der Richtlinien eines Schlüsselbesitzers</translation>
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="51"/>
        <source>attaching policies</source>
        <translation>das Zuweisen von Richtlinien</translation>
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="59"/>
        <source>%1 does not support %2.</source>
        <translation>%1 unterstützt %2 nicht.</translation>
    </message>
</context>
<context>
    <name>kw::KeyStatus</name>
    <message>
        <location filename="../src/core/ApiKey.cpp" line="35"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../src/core/ApiKey.cpp" line="37"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../src/core/ApiKey.cpp" line="39"/>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../src/core/ApiKey.cpp" line="41"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../src/core/ApiKey.cpp" line="43"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../src/core/ApiKey.cpp" line="45"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../src/core/ApiKey.cpp" line="49"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>kw::KeyTableModel</name>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="360"/>
        <location filename="../ui/KeyTableModel.cpp" line="372"/>
        <source>The provider does not say when this key was created</source>
        <translation>Der Anbieter gibt nicht an, wann dieser Schlüssel erstellt wurde</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyTableModel.cpp" line="362"/>
        <source>Rotation due: the policy is to rotate keys every %n days</source>
        <translation>
            <numerusform>Rotation fällig: Laut Richtlinie werden Schlüssel nach %n Tag rotiert</numerusform>
            <numerusform>Rotation fällig: Laut Richtlinie werden Schlüssel nach %n Tagen rotiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="365"/>
        <source>Being rotated: see View → Rotations</source>
        <translation>Wird rotiert: siehe Ansicht → Rotationen</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="367"/>
        <source>Older than the rotation policy, but this key cannot be rotated</source>
        <translation>Älter als die Rotationsrichtlinie, aber dieser Schlüssel kann nicht rotiert werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyTableModel.cpp" line="368"/>
        <source>Rotation due in %n days</source>
        <translation>
            <numerusform>Rotation fällig in %n Tag</numerusform>
            <numerusform>Rotation fällig in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="376"/>
        <source>This key has never been used</source>
        <translation>Dieser Schlüssel wurde nie verwendet</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="380"/>
        <source>This key does not expire</source>
        <translation>Dieser Schlüssel läuft nicht ab</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="383"/>
        <source>A rotation revokes this key on %1 (View → Rotations)</source>
        <translation>Eine Rotation widerruft diesen Schlüssel am %1 (Ansicht → Rotationen)</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="401"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="401"/>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="401"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="402"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="402"/>
        <source>IP whitelist</source>
        <translation>IP-Freigabeliste</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="402"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="403"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="403"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="403"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="404"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="404"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="418"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyTableModel.cpp" line="46"/>
        <location filename="../ui/KeyTableModel.cpp" line="419"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tg.</numerusform>
            <numerusform>%n Tg.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="425"/>
        <location filename="../ui/KeyTableModel.cpp" line="435"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="428"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="439"/>
        <source>in under a minute</source>
        <translation>in unter einer Minute</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="439"/>
        <source>expired just now</source>
        <translation>gerade abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyTableModel.cpp" line="41"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyTableModel.cpp" line="44"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="229"/>
        <source>d MMM</source>
        <comment>day and short month</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="231"/>
        <source>%1 — revoked on %2</source>
        <translation>%1 — widerrufen am %2</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="429"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="441"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="441"/>
        <source>expired %1 ago</source>
        <translation>abgelaufen vor %1</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="475"/>
        <source>All addresses</source>
        <translation>Alle Adressen</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="483"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kw::KeychainStore</name>
    <message>
        <location filename="../src/vault/KeychainStore.cpp" line="126"/>
        <source>System keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainStore.cpp" line="179"/>
        <source>The keychain returned something other than what was stored in it.</source>
        <translation>Der Schlüsselbund hat etwas anderes zurückgegeben, als darin gespeichert wurde.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainStore.cpp" line="181"/>
        <source>Restart the keychain service and try again.</source>
        <translation>Starten Sie den Schlüsselbund-Dienst neu und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>kw::LeakResponseDialog</name>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="40"/>
        <source>Respond to a Leak</source>
        <translation>Auf ein Leck reagieren</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="57"/>
        <source>&amp;Paste what leaked: a key, a log excerpt, a .env file or a diff. It is checked here and never saved.</source>
        <translation>&amp;Einfügen, was durchgesickert ist: ein Schlüssel, ein Protokollauszug, eine .env-Datei oder ein Diff. Es wird hier geprüft und nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="63"/>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="71"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="73"/>
        <source>Find the keys in the text, whose they are and whether they work (Ctrl+Return)</source>
        <translation>Die Schlüssel im Text finden: wem sie gehören und ob sie funktionieren (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="87"/>
        <source>Keys found in the pasted text</source>
        <translation>Im eingefügten Text gefundene Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="88"/>
        <source>Found at</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="88"/>
        <source>Looks like</source>
        <translation>Sieht aus wie</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="88"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="89"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="89"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="89"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="89"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="90"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="90"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="99"/>
        <location filename="../ui/LeakResponseDialog.cpp" line="235"/>
        <source>&amp;Disable Now</source>
        <translation>Jetzt &amp;deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="101"/>
        <source>Re&amp;voke Now</source>
        <translation>Jetzt &amp;widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="103"/>
        <source>R&amp;otate…</source>
        <translation>R&amp;otieren …</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="129"/>
        <source>No key-shaped strings in the text.</source>
        <translation>Keine schlüsselförmigen Zeichenketten im Text.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LeakResponseDialog.cpp" line="134"/>
        <source>Checking %n string(s) against every account…</source>
        <translation>
            <numerusform>Prüfe %n Zeichenkette gegen alle Konten …</numerusform>
            <numerusform>Prüfe %n Zeichenketten gegen alle Konten …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="143"/>
        <source>LIVE: it works</source>
        <translation>AKTIV: er funktioniert</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="145"/>
        <source>not live: refused (%1)</source>
        <translation>nicht aktiv: abgelehnt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="147"/>
        <source>could not be checked</source>
        <translation>konnte nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="149"/>
        <source>checking…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="153"/>
        <source>no secret pasted</source>
        <translation>kein Geheimnis eingefügt</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="171"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="174"/>
        <source>a secret</source>
        <translation>ein Geheimnis</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="185"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LeakResponseDialog.cpp" line="185"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="187"/>
        <source>not one of yours</source>
        <translation>nicht von Ihnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LeakResponseDialog.cpp" line="198"/>
        <source>%n live secret(s) found: disable, revoke or rotate the key now.</source>
        <translation>
            <numerusform>%n aktives Geheimnis gefunden: deaktivieren, widerrufen oder rotieren Sie den Schlüssel jetzt.</numerusform>
            <numerusform>%n aktive Geheimnisse gefunden: deaktivieren, widerrufen oder rotieren Sie die Schlüssel jetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LeakResponseDialog.cpp" line="201"/>
        <source>%n string(s) checked; no live secret.</source>
        <translation>
            <numerusform>%n Zeichenkette geprüft; kein aktives Geheimnis.</numerusform>
            <numerusform>%n Zeichenketten geprüft; kein aktives Geheimnis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="232"/>
        <source>&amp;Disable Now (suspends %1: %2)</source>
        <translation>Jetzt &amp;deaktivieren (sperrt %1: %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LeakResponseDialog.cpp" line="234"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="251"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="251"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="253"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="255"/>
        <source>%1: “%2” of %3.</source>
        <translation>%1: „%2“ von %3.</translation>
    </message>
</context>
<context>
    <name>kw::LockScreen</name>
    <message>
        <location filename="../ui/LockScreen.cpp" line="13"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../ui/LockScreen.cpp" line="16"/>
        <location filename="../ui/LockScreen.cpp" line="17"/>
        <source>KeyWarden is locked</source>
        <translation>KeyWarden ist gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/LockScreen.cpp" line="24"/>
        <source>The keys are hidden and the account tokens were removed from memory after a time without input. Unlocking reads the tokens again from the keychain and lists the keys.</source>
        <translation>Die Schlüssel sind ausgeblendet, und die Tokens der Konten wurden nach einer Zeit ohne Eingabe aus dem Speicher entfernt. Beim Entsperren werden die Tokens erneut aus dem Schlüsselbund gelesen und die Schlüssel aufgelistet.</translation>
    </message>
    <message>
        <location filename="../ui/LockScreen.cpp" line="40"/>
        <source>Unlock KeyWarden</source>
        <translation>KeyWarden entsperren</translation>
    </message>
    <message>
        <location filename="../ui/LockScreen.cpp" line="56"/>
        <source>Accounts used for this session only (here: %1, such as the sandbox) keep their token in this session&apos;s memory: there is no keychain to read it again from.</source>
        <translation>Konten, die nur für diese Sitzung verwendet werden (hier: %1, etwa die Sandbox), behalten ihr Token im Speicher dieser Sitzung: Es gibt keinen Schlüsselbund, aus dem es erneut gelesen werden könnte.</translation>
    </message>
</context>
<context>
    <name>kw::MainWindow</name>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="73"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="102"/>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="138"/>
        <location filename="../ui/MainWindowFlows.cpp" line="142"/>
        <location filename="../ui/MainWindowLayout.cpp" line="103"/>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="104"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="105"/>
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="106"/>
        <source>Rotate key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="88"/>
        <location filename="../ui/MainWindowGuards.cpp" line="125"/>
        <source>Audit log not written</source>
        <translation>Prüfprotokoll nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="99"/>
        <source>&amp;Hide</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="101"/>
        <source>Hide the audit log warning</source>
        <translation>Die Warnung zum Prüfprotokoll ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="111"/>
        <location filename="../ui/MainWindowGuards.cpp" line="113"/>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="120"/>
        <source>The audit log could not be written: %1 (%2). What you do still happens at the provider, but it is not recorded until the file can be written again.</source>
        <translation>Das Prüfprotokoll konnte nicht geschrieben werden: %1 (%2). Was Sie tun, geschieht weiterhin beim Anbieter, wird aber nicht aufgezeichnet, bis die Datei wieder geschrieben werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="122"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="143"/>
        <source>Key created without its secret</source>
        <translation>Schlüssel ohne sein Geheimnis erstellt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="144"/>
        <location filename="../ui/MainWindowLayout.cpp" line="107"/>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="145"/>
        <source>Keep key</source>
        <translation>Schlüssel behalten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="147"/>
        <source>The key “%1” was kept, but its secret cannot be shown: revoke it from the key list once it is not needed.</source>
        <translation>Der Schlüssel „%1“ wurde behalten, aber sein Geheimnis kann nicht angezeigt werden: Widerrufen Sie ihn in der Schlüsselliste, sobald er nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="152"/>
        <source>Revoking “%1”…</source>
        <translation>„%1“ wird widerrufen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="159"/>
        <source>The key “%1” could not be revoked: %2 It still exists: revoke it from the key list.</source>
        <translation>Der Schlüssel „%1“ konnte nicht widerrufen werden: %2 Er existiert noch: Widerrufen Sie ihn in der Schlüsselliste.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="164"/>
        <source>Revoked “%1”, the key whose secret never arrived.</source>
        <translation>„%1“ widerrufen, den Schlüssel, dessen Geheimnis nie ankam.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="185"/>
        <source>A new secret is shown that you have not confirmed as saved; it cannot be shown again.</source>
        <translation>Ein neues Geheimnis wird angezeigt, dessen Speicherung Sie nicht bestätigt haben; es kann nicht noch einmal angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="188"/>
        <source>A key is being created, rotated or revoked: quitting now may leave a key whose secret you never see.</source>
        <translation>Ein Schlüssel wird gerade erstellt, rotiert oder widerrufen: Wenn Sie jetzt beenden, bleibt eventuell ein Schlüssel zurück, dessen Geheimnis Sie nie sehen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="208"/>
        <source>Quit KeyWarden?</source>
        <translation>KeyWarden beenden?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="209"/>
        <source>Quit anyway?</source>
        <translation>Trotzdem beenden?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="209"/>
        <source>Quit anyway</source>
        <translation>Trotzdem beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="209"/>
        <source>Stay</source>
        <translation>Bleiben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="108"/>
        <source>Edit key</source>
        <translation>Schlüssel bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="109"/>
        <source>Disable or enable key</source>
        <translation>Schlüssel deaktivieren oder aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="111"/>
        <source>Suspend or reactivate the owner&apos;s keys</source>
        <translation>Schlüssel des Besitzers sperren oder reaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="113"/>
        <source>Attach a policy to the key&apos;s owner</source>
        <translation>Dem Besitzer des Schlüssels eine Richtlinie zuweisen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="114"/>
        <source>Show secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="115"/>
        <source>Test key</source>
        <translation>Schlüssel testen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="116"/>
        <source>Copy key ID</source>
        <translation>Schlüssel-ID kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="117"/>
        <source>Filter keys</source>
        <translation>Schlüssel filtern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="147"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="171"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="315"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="316"/>
        <source>About KeyWarden</source>
        <translation>Über KeyWarden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFleet.cpp" line="53"/>
        <source>&amp;All Accounts</source>
        <translation>Alle &amp;Konten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFleet.cpp" line="56"/>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFleet.cpp" line="57"/>
        <source>Every key of every account in one table (Ctrl+0)</source>
        <translation>Alle Schlüssel aller Konten in einer Tabelle (Strg+0)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFleet.cpp" line="249"/>
        <location filename="../ui/MainWindowLayout.cpp" line="366"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFleet.cpp" line="259"/>
        <source>&amp;Enable Keys</source>
        <translation>Schlüssel a&amp;ktivieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFleet.cpp" line="259"/>
        <source>&amp;Disable Keys…</source>
        <translation>Schlüssel &amp;deaktivieren …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowFleet.cpp" line="282"/>
        <source>Revoke the %n selected keys</source>
        <translation>
            <numerusform>Den %n ausgewählten Schlüssel widerrufen</numerusform>
            <numerusform>Die %n ausgewählten Schlüssel widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowFleet.cpp" line="284"/>
        <source>Rotate the %n selected keys</source>
        <translation>
            <numerusform>Den %n ausgewählten Schlüssel rotieren</numerusform>
            <numerusform>Die %n ausgewählten Schlüssel rotieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowFleet.cpp" line="289"/>
        <source>Enable the %n selected keys</source>
        <translation>
            <numerusform>Den %n ausgewählten Schlüssel aktivieren</numerusform>
            <numerusform>Die %n ausgewählten Schlüssel aktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowFleet.cpp" line="290"/>
        <source>Disable the %n selected keys</source>
        <translation>
            <numerusform>Den %n ausgewählten Schlüssel deaktivieren</numerusform>
            <numerusform>Die %n ausgewählten Schlüssel deaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFleet.cpp" line="302"/>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFleet.cpp" line="303"/>
        <source>Create the new key in %1 (%2), the account of the selected key?

To create it in another account, select a key of that account or the account in the list first.</source>
        <translation>Den neuen Schlüssel in %1 (%2) erstellen, dem Konto des ausgewählten Schlüssels?

Um ihn in einem anderen Konto zu erstellen, wählen Sie zuerst einen Schlüssel dieses Kontos oder das Konto in der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFleet.cpp" line="307"/>
        <source>Create in %1</source>
        <translation>In %1 erstellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFleet.cpp" line="307"/>
        <source>Do not create</source>
        <translation>Nicht erstellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>KeyWarden</source>
        <translation>KeyWarden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>Sandbox — KeyWarden</source>
        <translation>Sandbox — KeyWarden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyActionPolicy.cpp" line="39"/>
        <source>The account has reached %1&apos;s limit of %n keys. Revoke one first.</source>
        <translation>
            <numerusform>Das Konto hat das Limit von %1 erreicht (%n Schlüssel). Widerrufen Sie zuerst einen.</numerusform>
            <numerusform>Das Konto hat das Limit von %1 erreicht (%n Schlüssel). Widerrufen Sie zuerst einen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="42"/>
        <source>Create a key in the selected account (Ctrl+N)</source>
        <translation>Einen Schlüssel im ausgewählten Konto erstellen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="61"/>
        <source>%1 does not let this key be deleted</source>
        <translation>%1 lässt das Löschen dieses Schlüssels nicht zu</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="66"/>
        <source>Revoke the selected key (Delete)</source>
        <translation>Den ausgewählten Schlüssel widerrufen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="69"/>
        <source>This key is already being rotated</source>
        <translation>Dieser Schlüssel wird bereits rotiert</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="72"/>
        <source>Replace the selected key by a new one and revoke the old one (Ctrl+R)</source>
        <translation>Den ausgewählten Schlüssel durch einen neuen ersetzen und den alten widerrufen (Strg+R)</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="78"/>
        <source>Change what the provider lets change in the selected key (Ctrl+E)</source>
        <translation>Am ausgewählten Schlüssel ändern, was der Anbieter ändern lässt (Strg+E)</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="81"/>
        <source>%1 keys cannot be edited; rotate instead</source>
        <translation>%1-Schlüssel lassen sich nicht bearbeiten; rotieren Sie stattdessen</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="85"/>
        <source>%1 does not let this key be edited</source>
        <translation>%1 lässt das Bearbeiten dieses Schlüssels nicht zu</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="104"/>
        <source>&amp;Enable Key</source>
        <translation>Schlüssel a&amp;ktivieren</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="104"/>
        <source>&amp;Disable Key…</source>
        <translation>Schlüssel &amp;deaktivieren …</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="107"/>
        <source>Enable the selected key again (Ctrl+D)</source>
        <translation>Den ausgewählten Schlüssel wieder aktivieren (Strg+D)</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="108"/>
        <source>Disable the selected key; it can be enabled again (Ctrl+D)</source>
        <translation>Den ausgewählten Schlüssel deaktivieren; er kann wieder aktiviert werden (Strg+D)</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="117"/>
        <source>Reacti&amp;vate Owner&apos;s Keys…</source>
        <translation>Schlüssel des Besitzers reakti&amp;vieren …</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="117"/>
        <source>&amp;Suspend Owner&apos;s Keys…</source>
        <translation>Schlüssel des Besitzers &amp;sperren …</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="118"/>
        <source>Reactivate every key of the selected key&apos;s owner</source>
        <translation>Alle Schlüssel des Besitzers des ausgewählten Schlüssels reaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="119"/>
        <source>Suspend every key of the selected key&apos;s owner; %1 cannot disable a single key</source>
        <translation>Alle Schlüssel des Besitzers des ausgewählten Schlüssels sperren; %1 kann keinen einzelnen Schlüssel deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="174"/>
        <source>%1 shows a secret only once and KeyWarden does not store it, so a listed key cannot be tested. Test a new key in the dialog that shows its secret.</source>
        <translation>%1 zeigt ein Geheimnis nur einmal an und KeyWarden speichert es nicht, daher kann ein aufgelisteter Schlüssel nicht getestet werden. Testen Sie einen neuen Schlüssel in dem Dialog, der sein Geheimnis anzeigt.</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="177"/>
        <source>Check that the selected key works with a read-only call (Ctrl+Shift+K)</source>
        <translation>Mit einem nur lesenden Aufruf prüfen, ob der ausgewählte Schlüssel funktioniert (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="446"/>
        <source>Select a key to see its details.</source>
        <translation>Wählen Sie einen Schlüssel, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="450"/>
        <source>Add an account to see its keys (Ctrl+Shift+A).</source>
        <translation>Fügen Sie ein Konto hinzu, um seine Schlüssel zu sehen (Strg+Umschalt+A).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="452"/>
        <source>This account has no keys yet. Create one with Ctrl+N.</source>
        <translation>Dieses Konto hat noch keine Schlüssel. Erstellen Sie einen mit Strg+N.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="454"/>
        <source>The keys could not be loaded: see the message above.</source>
        <translation>Die Schlüssel konnten nicht geladen werden: siehe die Meldung oben.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="448"/>
        <location filename="../ui/MainWindow.cpp" line="456"/>
        <source>Loading the keys…</source>
        <translation>Schlüssel werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="144"/>
        <source>Attach a policy to the selected key&apos;s owner (Ctrl+Shift+P)</source>
        <translation>Dem Besitzer des ausgewählten Schlüssels eine Richtlinie zuweisen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="146"/>
        <source>%1: there is nothing to attach.</source>
        <translation>%1: Es gibt nichts zuzuweisen.</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="148"/>
        <source>%1 has every policy offered here already.</source>
        <translation>%1 hat bereits jede hier angebotene Richtlinie.</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="150"/>
        <source>Attach a policy to %1, the owner of the selected key (Ctrl+Shift+P)</source>
        <translation>%1, dem Besitzer des ausgewählten Schlüssels, eine Richtlinie zuweisen (Strg+Umschalt+P)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>%1: %n key(s), loaded at %2</source>
        <translation>
            <numerusform>%1: %n Schlüssel, geladen um %2</numerusform>
            <numerusform>%1: %n Schlüssel, geladen um %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>Select a key of the account to create the key in, or that account</source>
        <translation>Wählen Sie einen Schlüssel des Kontos, in dem der Schlüssel erstellt werden soll, oder dieses Konto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="375"/>
        <source>Not offered by this account&apos;s provider</source>
        <translation>Vom Anbieter dieses Kontos nicht angeboten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="439"/>
        <source>%n keys selected</source>
        <translation>
            <numerusform>%n Schlüssel ausgewählt</numerusform>
            <numerusform>%n Schlüssel ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="524"/>
        <source>Loading keys of %1…</source>
        <translation>Schlüssel von %1 werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="526"/>
        <source>Reading the token of %1…</source>
        <translation>Token von %1 wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="554"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="556"/>
        <source>%1 of %n key(s)</source>
        <translation>
            <numerusform>%1 von %n Schlüssel</numerusform>
            <numerusform>%1 von %n Schlüsseln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="591"/>
        <source>Copied the id of “%1”.</source>
        <translation>ID von „%1“ kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="85"/>
        <source>Storing the token of %1 in %2…</source>
        <translation>Token von %1 wird in %2 gespeichert …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="90"/>
        <source>Added %1; its token is in %2.</source>
        <translation>%1 hinzugefügt; sein Token liegt in %2.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="106"/>
        <source>The token of %1 could not be stored in %2: %3</source>
        <translation>Das Token von %1 konnte nicht in %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="109"/>
        <source>You can use the token for this session only: KeyWarden keeps it in memory and forgets it when it quits. It is never written to a file.

Use the token for this session only?</source>
        <translation>Sie können das Token nur für diese Sitzung verwenden: KeyWarden hält es im Speicher und vergisst es beim Beenden. Es wird nie in eine Datei geschrieben.

Das Token nur für diese Sitzung verwenden?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="113"/>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="114"/>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="114"/>
        <source>Do not add the account</source>
        <translation>Konto nicht hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="117"/>
        <source>%1 was not added: its token could not be stored. %2</source>
        <translation>%1 wurde nicht hinzugefügt: Sein Token konnte nicht gespeichert werden. %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="123"/>
        <source>%1 was not added: %2</source>
        <translation>%1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="127"/>
        <source>Added %1 for this session only; its token will be forgotten at exit.</source>
        <translation>%1 nur für diese Sitzung hinzugefügt; sein Token wird beim Beenden vergessen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="139"/>
        <source>Remove %1 from KeyWarden and delete its token from %2?

The keys at the provider are not touched.</source>
        <translation>%1 aus KeyWarden entfernen und sein Token aus %2 löschen?

Die Schlüssel beim Anbieter bleiben unberührt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="142"/>
        <source>Keep account</source>
        <translation>Konto behalten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="155"/>
        <source>the new key</source>
        <translation>der neue Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="162"/>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="163"/>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="164"/>
        <source>(not given by %1)</source>
        <translation>(von %1 nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="167"/>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="169"/>
        <source>Note from %1</source>
        <translation>Hinweis von %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="245"/>
        <source>Created “%1”.</source>
        <translation>„%1“ erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="245"/>
        <source>Created the key.</source>
        <translation>Schlüssel erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="266"/>
        <source>Revoked “%1”.</source>
        <translation>„%1“ widerrufen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="281"/>
        <source>Saved the changes to “%1”.</source>
        <translation>Änderungen an „%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="311"/>
        <location filename="../ui/MainWindowFlows.cpp" line="315"/>
        <source>Disable key</source>
        <translation>Schlüssel deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="312"/>
        <source>Disable “%1”?

Applications that use it stop working until it is enabled again.</source>
        <translation>„%1“ deaktivieren?

Anwendungen, die ihn verwenden, funktionieren nicht mehr, bis er wieder aktiviert wird.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="315"/>
        <source>Keep it enabled</source>
        <translation>Aktiviert lassen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="321"/>
        <source>Could not enable “%1”: %2</source>
        <translation>„%1“ konnte nicht aktiviert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="321"/>
        <source>Could not disable “%1”: %2</source>
        <translation>„%1“ konnte nicht deaktiviert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="324"/>
        <source>Enabled “%1”.</source>
        <translation>„%1“ aktiviert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="324"/>
        <source>Disabled “%1”.</source>
        <translation>„%1“ deaktiviert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowFlows.cpp" line="337"/>
        <source>%n listed key(s)</source>
        <translation>
            <numerusform>%n aufgeführten Schlüssel</numerusform>
            <numerusform>%n aufgeführte Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="340"/>
        <source>Reactivate every key of %1?

This affects %2 of this owner.</source>
        <translation>Alle Schlüssel von %1 reaktivieren?

Dies betrifft %2 dieses Besitzers.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="342"/>
        <source>Suspend every key of %1?

This affects %2 of this owner, not only “%3”: applications using any of them stop working until the owner is reactivated.</source>
        <translation>Alle Schlüssel von %1 sperren?

Dies betrifft %2 dieses Besitzers, nicht nur „%3“: Anwendungen, die einen davon verwenden, funktionieren nicht mehr, bis der Besitzer reaktiviert wird.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="345"/>
        <source>Reactivate keys</source>
        <translation>Schlüssel reaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="345"/>
        <source>Suspend keys</source>
        <translation>Schlüssel sperren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="347"/>
        <source>Reactivate %1</source>
        <translation>%1 reaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="347"/>
        <source>Suspend %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="348"/>
        <source>Keep them suspended</source>
        <translation>Gesperrt lassen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="348"/>
        <source>Keep them active</source>
        <translation>Aktiv lassen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="354"/>
        <source>Could not reactivate the keys of %1: %2</source>
        <translation>Die Schlüssel von %1 konnten nicht reaktiviert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="355"/>
        <source>Could not suspend the keys of %1: %2</source>
        <translation>Die Schlüssel von %1 konnten nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="358"/>
        <source>Reactivated %1 of %2.</source>
        <translation>%1 von %2 reaktiviert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="358"/>
        <source>Suspended %1 of %2.</source>
        <translation>%1 von %2 gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="385"/>
        <source>Attached %1 to %2.</source>
        <translation>%1 an %2 zugewiesen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="398"/>
        <source>Fetching the secret of “%1”…</source>
        <translation>Geheimnis von „%1“ wird abgerufen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="404"/>
        <source>Could not fetch the secret of “%1”: %2</source>
        <translation>Das Geheimnis von „%1“ konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="423"/>
        <source>Testing “%1”…</source>
        <translation>„%1“ wird getestet …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="431"/>
        <location filename="../ui/MainWindowFlows.cpp" line="440"/>
        <source>Could not test “%1”: %2</source>
        <translation>„%1“ konnte nicht getestet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="445"/>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="490"/>
        <source>Edit account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="491"/>
        <source>Replace token</source>
        <translation>Token ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="505"/>
        <source>Could not change %1: %2</source>
        <translation>%1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="508"/>
        <source>Saved the changes to %1; its keys are loaded again.</source>
        <translation>Änderungen an %1 gespeichert; seine Schlüssel werden neu geladen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="527"/>
        <source>The new token was not taken, and the old one is still in use: %1</source>
        <translation>Das neue Token wurde nicht übernommen, das alte ist weiterhin in Gebrauch: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="533"/>
        <source>%1 now uses its new token.</source>
        <translation>%1 verwendet jetzt sein neues Token.</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="71"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="74"/>
        <source>Cancelled; the key was not rotated.</source>
        <translation>Abgebrochen; der Schlüssel wurde nicht rotiert.</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="86"/>
        <source>Rotating “%1”: creating the new key…</source>
        <translation>„%1“ wird rotiert: Der neue Schlüssel wird erstellt …</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="107"/>
        <source>Rotation of “%1” stopped: the answer to the new key&apos;s create was lost. %2 The old key is unchanged.</source>
        <translation>Rotation von „%1“ abgebrochen: Die Antwort auf das Erstellen des neuen Schlüssels ging verloren. %2 Der alte Schlüssel ist unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="116"/>
        <source>Rotation of “%1” stopped: the new key could not be created. %2 The old key is unchanged.</source>
        <translation>Rotation von „%1“ abgebrochen: Der neue Schlüssel konnte nicht erstellt werden. %2 Der alte Schlüssel ist unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="137"/>
        <source>The test of the new key said: %1</source>
        <translation>Der Test des neuen Schlüssels ergab: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="139"/>
        <source>The new key was not tested.</source>
        <translation>Der neue Schlüssel wurde nicht getestet.</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="142"/>
        <source>New key not verified</source>
        <translation>Neuer Schlüssel nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="143"/>
        <source>%1

Keep the old key “%2” (recommended), or revoke it anyway as planned?</source>
        <translation>%1

Den alten Schlüssel „%2“ behalten (empfohlen) oder trotzdem wie geplant widerrufen?</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="146"/>
        <source>Revoke old key anyway</source>
        <translation>Alten Schlüssel trotzdem widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="146"/>
        <source>Keep both keys</source>
        <translation>Beide Schlüssel behalten</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="148"/>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="151"/>
        <source>Old key to be revoked without a verified new key (%1): the user chose to.</source>
        <translation>Alter Schlüssel wird ohne bestätigten neuen Schlüssel widerrufen (%1): vom Benutzer so gewählt.</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="157"/>
        <source>New key not verified (%1); the old key was kept.</source>
        <translation>Neuer Schlüssel nicht bestätigt (%1); der alte Schlüssel wurde behalten.</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="159"/>
        <source>The old key “%1” was kept; revoke it once the new key works.</source>
        <translation>Der alte Schlüssel „%1“ wurde behalten; widerrufen Sie ihn, sobald der neue Schlüssel funktioniert.</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="180"/>
        <source>The old key “%1” could not be revoked: %2 KeyWarden tries again every hour; the rotation stays open until then.</source>
        <translation>Der alte Schlüssel „%1“ konnte nicht widerrufen werden: %2 KeyWarden versucht es stündlich erneut; die Rotation bleibt bis dahin offen.</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="187"/>
        <source>Rotation finished: “%1” is revoked.</source>
        <translation>Rotation abgeschlossen: „%1“ ist widerrufen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RotationFlow.cpp" line="201"/>
        <source>“%1” will be revoked once unused for %n hour(s); you are asked if it is still used in %2.</source>
        <translation>
            <numerusform>„%1“ wird widerrufen, sobald er %n Stunde unbenutzt ist; falls er in %2 noch verwendet wird, werden Sie gefragt.</numerusform>
            <numerusform>„%1“ wird widerrufen, sobald er %n Stunden unbenutzt ist; falls er in %2 noch verwendet wird, werden Sie gefragt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RotationFlow.cpp" line="204"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RotationFlow.cpp" line="206"/>
        <source>“%1” is disabled and will be deleted in %n day(s); Rotations can enable it again.</source>
        <translation>
            <numerusform>„%1“ ist deaktiviert und wird in %n Tag gelöscht; unter Rotationen kann er wieder aktiviert werden.</numerusform>
            <numerusform>„%1“ ist deaktiviert und wird in %n Tagen gelöscht; unter Rotationen kann er wieder aktiviert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RotationFlow.cpp" line="213"/>
        <source>“%1” will be revoked in %n days.</source>
        <translation>
            <numerusform>„%1“ wird in %n Tag widerrufen.</numerusform>
            <numerusform>„%1“ wird in %n Tagen widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPreferences.cpp" line="29"/>
        <source>&amp;Preferences…</source>
        <translation>Ein&amp;stellungen …</translation>
    </message>
</context>
<context>
    <name>kw::MemoryStore</name>
    <message>
        <location filename="../src/vault/MemoryStore.cpp" line="11"/>
        <source>This session only (not saved)</source>
        <translation>Nur diese Sitzung (nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../src/vault/MemoryStore.cpp" line="20"/>
        <source>No secret is kept for this session under this name.</source>
        <translation>Für diese Sitzung ist unter diesem Namen kein Geheimnis hinterlegt.</translation>
    </message>
    <message>
        <location filename="../src/vault/MemoryStore.cpp" line="21"/>
        <source>Enter the token again; session-only tokens are forgotten when KeyWarden quits.</source>
        <translation>Geben Sie das Token erneut ein; Tokens nur für die Sitzung werden beim Beenden von KeyWarden vergessen.</translation>
    </message>
</context>
<context>
    <name>kw::NetworkProxy</name>
    <message>
        <location filename="../src/providers/NetworkProxy.cpp" line="34"/>
        <source>“%1” is not a proxy address; write it as http://proxy.example.com:3128</source>
        <translation>„%1“ ist keine Proxy-Adresse; schreiben Sie sie als http://proxy.example.com:3128</translation>
    </message>
    <message>
        <location filename="../src/providers/NetworkProxy.cpp" line="115"/>
        <source>A proxy address starts with http:// or socks5://, not %1://</source>
        <translation>Eine Proxy-Adresse beginnt mit http:// oder socks5://, nicht mit %1://</translation>
    </message>
    <message>
        <location filename="../src/providers/NetworkProxy.cpp" line="120"/>
        <source>A proxy address has no path: “%1”</source>
        <translation>Eine Proxy-Adresse hat keinen Pfad: „%1“</translation>
    </message>
    <message>
        <location filename="../src/providers/NetworkProxy.cpp" line="123"/>
        <source>A proxy address is kept without credentials: KeyWarden asks for the user name and password when the proxy does, and keeps them in the keychain.</source>
        <translation>Eine Proxy-Adresse wird ohne Zugangsdaten gespeichert: KeyWarden fragt nach Benutzername und Passwort, wenn der Proxy danach verlangt, und bewahrt sie im Schlüsselbund auf.</translation>
    </message>
</context>
<context>
    <name>kw::OwnerAccessCache</name>
    <message>
        <location filename="../ui/OwnerAccessCache.cpp" line="91"/>
        <source>could not be checked: %1</source>
        <translation>konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/OwnerAccessCache.cpp" line="93"/>
        <source>checking…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/OwnerAccessCache.cpp" line="111"/>
        <source>also: %1</source>
        <translation>außerdem: %1</translation>
    </message>
</context>
<context>
    <name>kw::PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="69"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="72"/>
        <source>Preference pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="73"/>
        <source>&amp;General</source>
        <translation>A&amp;llgemein</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="74"/>
        <source>&amp;Rotation</source>
        <translation>&amp;Rotation</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="75"/>
        <source>&amp;Notifications</source>
        <translation>Be&amp;nachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="123"/>
        <source>Clear the clipboard after (seconds)</source>
        <translation>Zwischenablage leeren nach (Sekunden)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="124"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="126"/>
        <source>Clear copied &amp;secrets after:</source>
        <translation>Kopierte &amp;Geheimnisse löschen nach:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="128"/>
        <source>Lock after minutes without input</source>
        <translation>Sperren nach Minuten ohne Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="129"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="130"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="132"/>
        <source>After this long without input the window hides every key and forgets the account tokens until you unlock it. 0: never.</source>
        <translation>Nach dieser Zeit ohne Eingabe blendet das Fenster alle Schlüssel aus und vergisst die Tokens der Konten, bis Sie es entsperren. 0: nie.</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="134"/>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Sperren nach Inaktivität von:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="138"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="139"/>
        <source>System</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="144"/>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="145"/>
        <source>A new language applies the next time KeyWarden starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von KeyWarden.</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="150"/>
        <source>Start at l&amp;ogin, in the tray</source>
        <translation>Beim Anmel&amp;den im Infobereich starten</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="154"/>
        <source>Show an icon in the &amp;tray</source>
        <translation>Symbol im &amp;Infobereich anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="160"/>
        <source>When the window is closed while revocations are due</source>
        <translation>Wenn das Fenster geschlossen wird, während Widerrufe anstehen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="161"/>
        <source>Ask</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="162"/>
        <source>Keep running in the tray</source>
        <translation>Im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="164"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="165"/>
        <source>&amp;Closing while revocations are scheduled:</source>
        <translation>Beim S&amp;chließen mit geplanten Widerrufen:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="175"/>
        <source>Default rotation policy (days)</source>
        <translation>Standard-Rotationsrichtlinie (Tage)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="176"/>
        <location filename="../ui/PreferencesDialog.cpp" line="196"/>
        <location filename="../ui/PreferencesDialog.cpp" line="217"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="178"/>
        <source>Rotate keys older than (&amp;default):</source>
        <translation>Schlüssel rotieren nach (S&amp;tandard):</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="182"/>
        <source>Rotation policy per account</source>
        <translation>Rotationsrichtlinie pro Konto</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="183"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="183"/>
        <source>Rotation policy</source>
        <translation>Rotationsrichtlinie</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="194"/>
        <source>Rotation policy for %1 (days, 0: the default)</source>
        <translation>Rotationsrichtlinie für %1 (Tage, 0: Standard)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="195"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="212"/>
        <source>Per &amp;account:</source>
        <translation>Pro &amp;Konto:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="216"/>
        <source>Default grace period (days)</source>
        <translation>Standard-Übergangsfrist (Tage)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="219"/>
        <source>How long a rotation keeps the old key before revoking it; the Rotate dialog starts with this.</source>
        <translation>Wie lange eine Rotation den alten Schlüssel behält, bevor sie ihn widerruft; der Dialog „Schlüssel rotieren“ beginnt mit diesem Wert.</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="221"/>
        <source>Default &amp;grace period:</source>
        <translation>Standard-Übergangs&amp;frist:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="231"/>
        <source>Notify this many days before a key expires</source>
        <translation>So viele Tage vor dem Ablauf eines Schlüssels benachrichtigen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="232"/>
        <source>e.g. 7, 1</source>
        <translation>z. B. 7, 1</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="237"/>
        <source>Notify days before &amp;expiry:</source>
        <translation>Tage vor Abla&amp;uf benachrichtigen:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="238"/>
        <source>When a key&apos;s &amp;rotation falls due</source>
        <translation>Wenn ein Schlüssel zur R&amp;otation fällig wird</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="242"/>
        <source>When a scheduled re&amp;vocation is done, fails or waits for me</source>
        <translation>Wenn ein geplanter &amp;Widerruf ausgeführt wurde, fehlschlägt oder auf mich wartet</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="274"/>
        <source>Enter the seconds after which the clipboard is cleared (5–600).</source>
        <translation>Geben Sie die Sekunden ein, nach denen die Zwischenablage geleert wird (5–600).</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="275"/>
        <source>Enter the idle minutes before the window locks (0: never).</source>
        <translation>Geben Sie die Minuten ohne Eingabe ein, nach denen das Fenster gesperrt wird (0: nie).</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="276"/>
        <source>Enter the default rotation policy in days (1–3650).</source>
        <translation>Geben Sie die Standard-Rotationsrichtlinie in Tagen ein (1–3650).</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="277"/>
        <source>Enter the default grace period in days (0–365).</source>
        <translation>Geben Sie die Standard-Übergangsfrist in Tagen ein (0–365).</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="285"/>
        <source>Enter a rotation policy in days for %1, or 0 for the default.</source>
        <translation>Geben Sie eine Rotationsrichtlinie in Tagen für %1 ein oder 0 für den Standard.</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="289"/>
        <source>Enter the days before expiry as numbers from 1 to 365, separated by commas (e.g. 7, 1).</source>
        <translation>Geben Sie die Tage vor dem Ablauf als Zahlen von 1 bis 365 ein, durch Kommas getrennt (z. B. 7, 1).</translation>
    </message>
</context>
<context>
    <name>kw::ProviderCalls</name>
    <message>
        <location filename="../src/providers/ProviderCalls.cpp" line="69"/>
        <source>The key may have been created anyway: refresh the list before trying again.</source>
        <translation>Der Schlüssel wurde möglicherweise trotzdem erstellt: Aktualisieren Sie die Liste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../src/providers/ProviderCalls.cpp" line="117"/>
        <source>An earlier attempt&apos;s answer was lost; it may have deleted the key.</source>
        <translation>Die Antwort auf einen früheren Versuch ging verloren; er hat den Schlüssel möglicherweise gelöscht.</translation>
    </message>
    <message>
        <location filename="../src/providers/ProviderCalls.cpp" line="152"/>
        <source>Reading the %1 from %2 did not finish within %3 s; it was stopped.</source>
        <translation>Das Lesen der %1 von %2 wurde nicht innerhalb von %3 s beendet; es wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/providers/ProviderCalls.cpp" line="157"/>
        <source>The list is not shown, because it could be incomplete. Try again later.</source>
        <translation>Die Liste wird nicht angezeigt, weil sie unvollständig sein könnte. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../src/providers/ProviderCalls.cpp" line="166"/>
        <source>%1&apos;s paging of the %2 did not end within %3 pages, so the list was stopped.</source>
        <translation>Die seitenweise Ausgabe der %2 durch %1 endete nicht innerhalb von %3 Seiten, daher wurde die Liste abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/providers/ProviderCalls.cpp" line="171"/>
        <source>The list is not shown, because it would be incomplete.</source>
        <translation>Die Liste wird nicht angezeigt, weil sie unvollständig wäre.</translation>
    </message>
    <message>
        <location filename="../src/providers/ProviderCalls.cpp" line="179"/>
        <source>The %1 from %2 came back incomplete: %3</source>
        <translation>Die %1 von %2 kamen unvollständig zurück: %3</translation>
    </message>
    <message>
        <location filename="../src/providers/ProviderCalls.cpp" line="181"/>
        <source>The list is not shown, because entries would be missing. Refresh to try again.</source>
        <translation>Die Liste wird nicht angezeigt, weil Einträge fehlen würden. Aktualisieren Sie, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>kw::ProviderError</name>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="19"/>
        <source>The server could not be reached</source>
        <translation>Der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="21"/>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="24"/>
        <source>The secure connection failed (certificate or handshake)</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen (Zertifikat oder Handshake)</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="27"/>
        <source>Refused to send credentials over plain HTTP</source>
        <translation>Zugangsdaten werden nicht über unverschlüsseltes HTTP gesendet</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="30"/>
        <source>The credentials were not accepted</source>
        <translation>Die Zugangsdaten wurden nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="33"/>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="35"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="37"/>
        <source>Conflict with the current state (a limit may have been reached)</source>
        <translation>Konflikt mit dem aktuellen Zustand (eventuell wurde ein Limit erreicht)</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="40"/>
        <source>The request was rejected as invalid</source>
        <translation>Die Anfrage wurde als ungültig abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="43"/>
        <source>Too many requests; try again later</source>
        <translation>Zu viele Anfragen; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="46"/>
        <source>The server failed to handle the request</source>
        <translation>Der Server konnte die Anfrage nicht verarbeiten</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="49"/>
        <source>The server sent an answer that could not be read</source>
        <translation>Der Server hat eine unlesbare Antwort gesendet</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="52"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="56"/>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="70"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="75"/>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="78"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="87"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="97"/>
        <source>HTTP %1: </source>
        <translation>HTTP %1: </translation>
    </message>
</context>
<context>
    <name>kw::ProviderErrorText</name>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="26"/>
        <source>The answer from %1 was cut off: the connection closed after %2 of %3 bytes.</source>
        <translation>Die Antwort von %1 wurde abgeschnitten: Die Verbindung wurde nach %2 von %3 Bytes geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="31"/>
        <source>The answer from %1 was cut off: the connection closed after %2 bytes.</source>
        <translation>Die Antwort von %1 wurde abgeschnitten: Die Verbindung wurde nach %2 Bytes geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="41"/>
        <source>No answer from %1 within %2 s.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="45"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="46"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="47"/>
        <source>No answer from %1 after %2 attempts over %3.</source>
        <translation>Keine Antwort von %1 nach %2 Versuchen innerhalb von %3.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="58"/>
        <source>%1 refused the connection. Check the address and that the service is running.</source>
        <translation>%1 hat die Verbindung abgelehnt. Prüfen Sie die Adresse und ob der Dienst läuft.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="62"/>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="64"/>
        <source>Cannot find the host %1. Check the address.</source>
        <translation>Der Host %1 wurde nicht gefunden. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="66"/>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="68"/>
        <source>The proxy %1 refused the connection (on the way to %2).</source>
        <translation>Der Proxy %1 hat die Verbindung abgelehnt (auf dem Weg zu %2).</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="71"/>
        <source>Cannot find the proxy %1 (on the way to %2).</source>
        <translation>Der Proxy %1 wurde nicht gefunden (auf dem Weg zu %2).</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="74"/>
        <source>The proxy %1 did not answer in time (on the way to %2).</source>
        <translation>Der Proxy %1 hat nicht rechtzeitig geantwortet (auf dem Weg zu %2).</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="77"/>
        <source>The proxy %1 closed the connection (on the way to %2).</source>
        <translation>Der Proxy %1 hat die Verbindung geschlossen (auf dem Weg zu %2).</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="80"/>
        <source>The proxy %1 asks for credentials (on the way to %2).</source>
        <translation>Der Proxy %1 verlangt Zugangsdaten (auf dem Weg zu %2).</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="83"/>
        <source>%1 closed the connection without answering. The request was not sent again because repeating it is not safe.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen. Die Anfrage wurde nicht erneut gesendet, weil eine Wiederholung nicht sicher ist.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="96"/>
        <source>The address “%1” is not valid.</source>
        <translation>Die Adresse „%1“ ist ungültig.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="98"/>
        <source>Refusing to connect to %1 over %2: credentials are only sent over https:// (plain http:// is allowed to this computer only).</source>
        <translation>Keine Verbindung zu %1 über %2: Zugangsdaten werden nur über https:// gesendet (unverschlüsseltes http:// ist nur zu diesem Computer erlaubt).</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="105"/>
        <source>%1 sent an answer that is not HTTP: %2</source>
        <translation>%1 hat eine Antwort gesendet, die kein HTTP ist: %2</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="108"/>
        <source>The answer from %1 is larger than %2 MiB; it was not read.</source>
        <translation>Die Antwort von %1 ist größer als %2 MiB; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="114"/>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="117"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="130"/>
        <source>Check the account&apos;s proxy, or https_proxy and no_proxy in the environment KeyWarden was started from.</source>
        <translation>Prüfen Sie den Proxy des Kontos oder https_proxy und no_proxy in der Umgebung, aus der KeyWarden gestartet wurde.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="133"/>
        <source>KeyWarden asks for the proxy&apos;s user name and password once and keeps them in the keychain, where keywarden-cli reads them; if the proxy refused them, give them again in the window.</source>
        <translation>KeyWarden fragt einmal nach Benutzername und Passwort des Proxys und bewahrt sie im Schlüsselbund auf, wo keywarden-cli sie liest; hat der Proxy sie abgelehnt, geben Sie sie im Fenster erneut ein.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="138"/>
        <source>If the server uses a private certificate authority, configure its CA file for this account.</source>
        <translation>Wenn der Server eine private Zertifizierungsstelle verwendet, legen Sie deren CA-Datei für dieses Konto fest.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="141"/>
        <source>It may or may not have taken effect: refresh before trying again.</source>
        <translation>Möglicherweise wurde es ausgeführt, möglicherweise nicht: Aktualisieren Sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="153"/>
        <source>Try again after %1 (in %2 s).</source>
        <translation>Versuchen Sie es nach %1 erneut (in %2 s).</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="185"/>
        <source>HTTP %1: </source>
        <translation>HTTP %1: </translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="192"/>
        <source>The provider gave no reason.</source>
        <translation>Der Anbieter hat keinen Grund genannt.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="201"/>
        <source>Check your network connection and the account&apos;s endpoint, then retry.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung und den Endpunkt des Kontos und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="203"/>
        <source>The provider did not answer in time. Retry in a moment.</source>
        <translation>Der Anbieter hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="205"/>
        <source>The server&apos;s certificate is not trusted. Check the endpoint, or set the CA file of a private certificate authority in the account.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut. Prüfen Sie den Endpunkt oder legen Sie im Konto die CA-Datei einer privaten Zertifizierungsstelle fest.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="208"/>
        <source>Use an https:// endpoint (plain http:// is only allowed to this computer).</source>
        <translation>Verwenden Sie einen https://-Endpunkt (unverschlüsseltes http:// ist nur zu diesem Computer erlaubt).</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="210"/>
        <source>The account&apos;s token was refused. It may be revoked or expired: add the account again with a valid token.</source>
        <translation>Das Token des Kontos wurde abgelehnt. Es ist möglicherweise widerrufen oder abgelaufen: Fügen Sie das Konto mit einem gültigen Token erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="213"/>
        <source>The token is not allowed to do this. Use a token with key-management rights, or check the IP whitelist of the token.</source>
        <translation>Das Token darf dies nicht. Verwenden Sie ein Token mit Rechten zur Schlüsselverwaltung oder prüfen Sie die IP-Freigabeliste des Tokens.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="216"/>
        <source>It no longer exists at the provider. Refresh the list.</source>
        <translation>Es existiert beim Anbieter nicht mehr. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="218"/>
        <source>The provider refused because of a limit or a conflict. Revoke keys you no longer need, then try again.</source>
        <translation>Der Anbieter hat wegen eines Limits oder Konflikts abgelehnt. Widerrufen Sie nicht mehr benötigte Schlüssel und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="221"/>
        <source>Correct the values the provider named and try again.</source>
        <translation>Korrigieren Sie die vom Anbieter genannten Werte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="223"/>
        <source>Too many requests. Wait a minute, then retry.</source>
        <translation>Zu viele Anfragen. Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="225"/>
        <source>The provider had a problem on its side. Retry later; if it persists, check the provider&apos;s status page.</source>
        <translation>Der Anbieter hatte ein Problem auf seiner Seite. Versuchen Sie es später erneut; wenn es bestehen bleibt, prüfen Sie die Statusseite des Anbieters.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="228"/>
        <source>The provider&apos;s answer could not be read. Retry; if it persists, the endpoint may not be this provider&apos;s API.</source>
        <translation>Die Antwort des Anbieters konnte nicht gelesen werden. Versuchen Sie es erneut; wenn es bestehen bleibt, ist der Endpunkt möglicherweise nicht die API dieses Anbieters.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="231"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="236"/>
        <source>Retry; if it keeps failing, check the account&apos;s settings.</source>
        <translation>Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, prüfen Sie die Einstellungen des Kontos.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="247"/>
        <source>The key “%1” was created but its secret never arrived. It cannot be shown again: revoke it?</source>
        <translation>Der Schlüssel „%1“ wurde erstellt, aber sein Geheimnis kam nie an. Es kann nicht noch einmal angezeigt werden: Schlüssel widerrufen?</translation>
    </message>
</context>
<context>
    <name>kw::ProviderReply</name>
    <message>
        <location filename="../src/providers/ProviderReply.cpp" line="23"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>kw::ProxyAuthDialog</name>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="21"/>
        <source>Proxy Sign-in</source>
        <translation>Proxy-Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="22"/>
        <source>Proxy sign-in</source>
        <translation>Proxy-Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="28"/>
        <source>The proxy %1 refused the user name and password it was given. Enter them again; KeyWarden keeps them in the keychain.</source>
        <translation>Der Proxy %1 hat Benutzername und Passwort abgelehnt. Geben Sie sie erneut ein; KeyWarden bewahrt sie im Schlüsselbund auf.</translation>
    </message>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="31"/>
        <source>The proxy %1 asks for a user name and password. KeyWarden keeps them in the keychain and does not ask again.</source>
        <translation>Der Proxy %1 verlangt Benutzername und Passwort. KeyWarden bewahrt sie im Schlüsselbund auf und fragt nicht erneut.</translation>
    </message>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="38"/>
        <source>Proxy user name</source>
        <translation>Proxy-Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="40"/>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="42"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="43"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="48"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="49"/>
        <source>Sign in to the proxy</source>
        <translation>Beim Proxy anmelden</translation>
    </message>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="50"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>kw::ReminderTracker</name>
    <message numerus="yes">
        <location filename="../src/console/ReminderTracker.cpp" line="104"/>
        <source>Key expires within %n days</source>
        <translation>
            <numerusform>Schlüssel läuft innerhalb von %n Tag ab</numerusform>
            <numerusform>Schlüssel läuft innerhalb von %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="106"/>
        <source>Key due for rotation</source>
        <translation>Schlüssel zur Rotation fällig</translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="108"/>
        <source>Rotation finished</source>
        <translation>Rotation abgeschlossen</translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="110"/>
        <source>Planned revocation failed</source>
        <translation>Geplanter Widerruf fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="112"/>
        <source>New key failed its test</source>
        <translation>Neuer Schlüssel hat seinen Test nicht bestanden</translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="114"/>
        <source>Rotation waits for your decision</source>
        <translation>Rotation wartet auf Ihre Entscheidung</translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="124"/>
        <source>“%1” of %2 expires on %3.</source>
        <translation>„%1“ von %2 läuft am %3 ab.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/ReminderTracker.cpp" line="127"/>
        <source>“%1” of %2 was created on %3; the rotation policy is %n days.</source>
        <translation>
            <numerusform>„%1“ von %2 wurde am %3 erstellt; die Rotationsrichtlinie beträgt %n Tag.</numerusform>
            <numerusform>„%1“ von %2 wurde am %3 erstellt; die Rotationsrichtlinie beträgt %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="132"/>
        <source>The old key “%1” of %2 was revoked as planned.</source>
        <translation>Der alte Schlüssel „%1“ von %2 wurde wie geplant widerrufen.</translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="135"/>
        <source>The old key “%1” of %2 could not be revoked: %3 It still works; KeyWarden tries again every hour while it runs.</source>
        <translation>Der alte Schlüssel „%1“ von %2 konnte nicht widerrufen werden: %3 Er funktioniert noch; KeyWarden versucht es stündlich erneut, solange es läuft.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/ReminderTracker.cpp" line="245"/>
        <source>expires in %n days</source>
        <translation>
            <numerusform>läuft in %n Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="262"/>
        <source>rotation due</source>
        <translation>Rotation fällig</translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="280"/>
        <source>planned revocation not done yet</source>
        <translation>geplanter Widerruf noch nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="288"/>
        <source>rotation waits for your decision</source>
        <translation>Rotation wartet auf Ihre Entscheidung</translation>
    </message>
</context>
<context>
    <name>kw::ReplaceTokenDialog</name>
    <message>
        <location filename="../ui/ReplaceTokenDialog.cpp" line="49"/>
        <source>Enter the new API token.</source>
        <translation>Geben Sie das neue API-Token ein.</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceTokenDialog.cpp" line="74"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kw::ReportExport</name>
    <message>
        <location filename="../ui/ReportExport.cpp" line="24"/>
        <location filename="../ui/ReportExport.cpp" line="65"/>
        <source>Export credential report</source>
        <translation>Zugangsdatenbericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ReportExport.cpp" line="30"/>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/ReportExport.cpp" line="30"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/ReportExport.cpp" line="30"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/ReportExport.cpp" line="43"/>
        <source>its keys are still being listed</source>
        <translation>seine Schlüssel werden noch aufgelistet</translation>
    </message>
    <message>
        <location filename="../ui/ReportExport.cpp" line="44"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/ReportExport.cpp" line="55"/>
        <location filename="../ui/ReportExport.cpp" line="63"/>
        <location filename="../ui/ReportExport.cpp" line="118"/>
        <source>Export Credential Report</source>
        <translation>Zugangsdatenbericht exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ReportExport.cpp" line="56"/>
        <source>%n account(s) would be missing from the report, because their keys are not listed:

%1

Fix or refresh them first for a complete report, or export the others only.</source>
        <translation>
            <numerusform>%n Konto würde im Bericht fehlen, weil seine Schlüssel nicht aufgelistet sind:

%1

Beheben oder aktualisieren Sie es zuerst für einen vollständigen Bericht, oder exportieren Sie nur die anderen.</numerusform>
            <numerusform>%n Konten würden im Bericht fehlen, weil ihre Schlüssel nicht aufgelistet sind:

%1

Beheben oder aktualisieren Sie sie zuerst für einen vollständigen Bericht, oder exportieren Sie nur die anderen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ReportExport.cpp" line="61"/>
        <source>Export Without Them</source>
        <translation>Ohne sie exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ReportExport.cpp" line="61"/>
        <source>Don&apos;t Export</source>
        <translation>Nicht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ReportExport.cpp" line="88"/>
        <source>Credential report written to %1</source>
        <translation>Zugangsdatenbericht nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/ReportExport.cpp" line="119"/>
        <source>The report was not written.</source>
        <translation>Der Bericht wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>kw::ReportText</name>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="176"/>
        <location filename="../src/console/ReportWriters.cpp" line="194"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="176"/>
        <location filename="../src/console/ReportWriters.cpp" line="194"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="177"/>
        <location filename="../src/console/ReportWriters.cpp" line="282"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="177"/>
        <source>Failing any check</source>
        <translation>Mindestens eine Prüfung nicht bestanden</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="194"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="195"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="195"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="195"/>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="196"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="196"/>
        <source>Age (days)</source>
        <translation>Alter (Tage)</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="196"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="197"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="197"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="197"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="198"/>
        <source>IP allowlist</source>
        <translation>IP-Freigabeliste</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="198"/>
        <source>Failed checks</source>
        <translation>Nicht bestandene Prüfungen</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="278"/>
        <source>Credential report</source>
        <translation>Zugangsdatenbericht</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="279"/>
        <source>Generated %1; rotation policy %2 days.</source>
        <translation>Erstellt am %1; Rotationsrichtlinie %2 Tage.</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="281"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="302"/>
        <source>No file was named for the report.</source>
        <translation>Für den Bericht wurde keine Datei angegeben.</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="305"/>
        <location filename="../src/console/ReportWriters.cpp" line="307"/>
        <source>Cannot write the report to %1: %2</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>kw::RevealSecretDialog</name>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="96"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="169"/>
        <source>Testing the key with %1…</source>
        <translation>Schlüssel wird mit %1 getestet …</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="184"/>
        <source>The key could not be tested: %1</source>
        <translation>Der Schlüssel konnte nicht getestet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="206"/>
        <source>Close without saving?</source>
        <translation>Ohne Speichern schließen?</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="207"/>
        <source>You have not confirmed that you saved the key “%1”.

The secret cannot be shown again. Close anyway?</source>
        <translation>Sie haben nicht bestätigt, dass Sie den Schlüssel „%1“ gespeichert haben.

Das Geheimnis kann nicht noch einmal angezeigt werden. Trotzdem schließen?</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="210"/>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="210"/>
        <source>Keep open</source>
        <translation>Geöffnet lassen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RevealSecretDialog.cpp" line="238"/>
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="244"/>
        <source>Clipboard cleared.</source>
        <translation>Zwischenablage geleert.</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="245"/>
        <source>The clipboard holds something else now; not cleared.</source>
        <translation>Die Zwischenablage enthält jetzt etwas anderes; nicht geleert.</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="251"/>
        <source>Secret of %1</source>
        <translation>Geheimnis von %1</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="252"/>
        <source>The secret of “%1”.</source>
        <translation>Das Geheimnis von „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="254"/>
        <source>Anyone with this secret can use the key. Copy it only where it is needed; the clipboard is cleared after a short time.</source>
        <translation>Jeder mit diesem Geheimnis kann den Schlüssel verwenden. Kopieren Sie es nur dorthin, wo es gebraucht wird; die Zwischenablage wird nach kurzer Zeit geleert.</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="257"/>
        <source>New key: %1</source>
        <translation>Neuer Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="258"/>
        <source>The key “%1” was created.</source>
        <translation>Der Schlüssel „%1“ wurde erstellt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RevealSecretDialog.cpp" line="265"/>
        <source>Copies are removed from the clipboard after %n s.</source>
        <translation>
            <numerusform>Kopien werden nach %n s aus der Zwischenablage entfernt.</numerusform>
            <numerusform>Kopien werden nach %n s aus der Zwischenablage entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::RevokeKeyDialog</name>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="106"/>
        <source>Revoke key: %1</source>
        <translation>Schlüssel widerrufen: %1</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="107"/>
        <source>Revoke the key “%1”?</source>
        <translation>Den Schlüssel „%1“ widerrufen?</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="108"/>
        <source>Revoke the key with ID “%1”?</source>
        <translation>Den Schlüssel mit der ID „%1“ widerrufen?</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="110"/>
        <source>Revocation is immediate and final: every application that uses this key stops working at once, and the key cannot be restored. Create a new key first if something still needs access.</source>
        <translation>Der Widerruf ist sofort wirksam und endgültig: Jede Anwendung, die diesen Schlüssel verwendet, funktioniert sofort nicht mehr, und der Schlüssel kann nicht wiederhergestellt werden. Erstellen Sie zuerst einen neuen Schlüssel, wenn noch etwas Zugriff braucht.</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="114"/>
        <source>&amp;Type the key’s name “%1” to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Namen des Schlüssels „%1“ &amp;ein:</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="115"/>
        <source>&amp;Type the key’s ID “%1” to confirm:</source>
        <translation>Geben Sie zur Bestätigung die ID des Schlüssels „%1“ &amp;ein:</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="116"/>
        <source>Key name to confirm</source>
        <translation>Schlüsselname zur Bestätigung</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="117"/>
        <source>Key ID to confirm</source>
        <translation>Schlüssel-ID zur Bestätigung</translation>
    </message>
</context>
<context>
    <name>kw::RotateKeyDialog</name>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="22"/>
        <source>Rotate key “%1”</source>
        <translation>Schlüssel „%1“ rotieren</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="26"/>
        <source>services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="28"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="30"/>
        <source>IP whitelist</source>
        <translation>IP-Freigabeliste</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="32"/>
        <source>owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="34"/>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="36"/>
        <source>lifetime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="37"/>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="42"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="44"/>
        <source>Rotation replaces “%1” in three steps:
1. KeyWarden creates a new key with the same %2.
2. You save the new secret (it is shown once) and update the applications that use the old key.
3. The old key is revoked: now, or after a grace period.</source>
        <translation>Die Rotation ersetzt „%1“ in drei Schritten:
1. KeyWarden erstellt einen neuen Schlüssel und übernimmt: %2.
2. Sie speichern das neue Geheimnis (es wird einmal angezeigt) und passen die Anwendungen an, die den alten Schlüssel verwenden.
3. Der alte Schlüssel wird widerrufen: sofort oder nach einer Übergangsfrist.</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="58"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../src/core/Rotation.cpp" line="269"/>
        <source>%1 (rotated %2)</source>
        <translation>%1 (rotiert %2)</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="163"/>
        <source>Services: %1</source>
        <translation>Dienste: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="163"/>
        <location filename="../ui/RotateKeyDialog.cpp" line="167"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="166"/>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="170"/>
        <source>IP whitelist: %1</source>
        <translation>IP-Freigabeliste: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="171"/>
        <source>all addresses</source>
        <translation>alle Adressen</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="175"/>
        <source>Owner: %1</source>
        <translation>Besitzer: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="177"/>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="178"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="181"/>
        <source>Expires: %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="184"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="188"/>
        <source>Valid for: %1</source>
        <translation>Gültig für: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="189"/>
        <source>permanent</source>
        <translation>dauerhaft</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="202"/>
        <source>Enter a name for the new key.</source>
        <translation>Geben Sie einen Namen für den neuen Schlüssel ein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RotateKeyDialog.cpp" line="208"/>
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RotateKeyDialog.cpp" line="213"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> Stunde</numerusform>
            <numerusform> Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::RotationOrchestrator</name>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="97"/>
        <source>Creating the new key</source>
        <translation>Neuer Schlüssel wird erstellt</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="124"/>
        <source>The new key could not be created: %1</source>
        <translation>Der neue Schlüssel konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="182"/>
        <source>The rotation record is gone.</source>
        <translation>Der Eintrag der Rotation existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="189"/>
        <source>This provider cannot do that grace step; nothing was changed.</source>
        <translation>Dieser Anbieter kann diesen Schritt der Übergangsfrist nicht ausführen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="225"/>
        <source>This rotation has no planned revocation any more.</source>
        <translation>Für diese Rotation ist kein Widerruf mehr geplant.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="263"/>
        <source>Both keys were kept; the old key was not revoked.</source>
        <translation>Beide Schlüssel wurden behalten; der alte Schlüssel wurde nicht widerrufen.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="318"/>
        <source>The old key was already gone.</source>
        <translation>Der alte Schlüssel existierte bereits nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="362"/>
        <source>The old key was revoked outside this rotation.</source>
        <translation>Der alte Schlüssel wurde außerhalb dieser Rotation widerrufen.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="371"/>
        <source>Interrupted before the old key&apos;s revocation was planned; both keys were kept.</source>
        <translation>Unterbrochen, bevor der Widerruf des alten Schlüssels geplant war; beide Schlüssel wurden behalten.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="376"/>
        <source>The rotation of “%1” was interrupted; both keys were kept. Rotate it again when you are ready.</source>
        <translation>Die Rotation von „%1“ wurde unterbrochen; beide Schlüssel wurden behalten. Rotieren Sie ihn erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="448"/>
        <source>Rotation finished: the old key “%1” of %2 was revoked.</source>
        <translation>Rotation abgeschlossen: Der alte Schlüssel „%1“ von %2 wurde widerrufen.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="452"/>
        <source>Could not revoke the old key “%1” of %2: %3 It will be tried again.</source>
        <translation>Der alte Schlüssel „%1“ von %2 konnte nicht widerrufen werden: %3 Es wird erneut versucht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="71"/>
        <source>old key last used %n minute(s) ago</source>
        <translation>
            <numerusform>alter Schlüssel zuletzt vor %n Minute verwendet</numerusform>
            <numerusform>alter Schlüssel zuletzt vor %n Minuten verwendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="73"/>
        <source>old key last used %n hour(s) ago</source>
        <translation>
            <numerusform>alter Schlüssel zuletzt vor %n Stunde verwendet</numerusform>
            <numerusform>alter Schlüssel zuletzt vor %n Stunden verwendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="75"/>
        <source>old key last used %n day(s) ago</source>
        <translation>
            <numerusform>alter Schlüssel zuletzt vor %n Tag verwendet</numerusform>
            <numerusform>alter Schlüssel zuletzt vor %n Tagen verwendet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="119"/>
        <source>The old key could not be disabled: %1 It is still active.</source>
        <translation>Der alte Schlüssel konnte nicht deaktiviert werden: %1 Er ist weiterhin aktiv.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="213"/>
        <source>The old key “%1” of %2 was still in use at its deadline (%3), so it was not revoked. Revoke it now, postpone, or keep both keys.</source>
        <translation>Der alte Schlüssel „%1“ von %2 wurde bei Ablauf der Frist noch verwendet (%3), daher wurde er nicht widerrufen. Widerrufen Sie ihn jetzt, verschieben Sie den Widerruf oder behalten Sie beide Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="260"/>
        <source>The new key “%1” of %2 failed its test (%3) while the old key is disabled. Re-enable the old key in Rotations if something broke.</source>
        <translation>Der neue Schlüssel „%1“ von %2 hat seinen Test nicht bestanden (%3), während der alte Schlüssel deaktiviert ist. Aktivieren Sie den alten Schlüssel unter Rotationen wieder, falls etwas nicht mehr funktioniert.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="282"/>
        <source>no longer listed</source>
        <translation>nicht mehr aufgeführt</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="310"/>
        <source>refused: HTTP %1</source>
        <translation>abgelehnt: HTTP %1</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="335"/>
        <source>The new key failed its test, so the disabled old key was not deleted.</source>
        <translation>Der neue Schlüssel hat seinen Test nicht bestanden, daher wurde der deaktivierte alte Schlüssel nicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="347"/>
        <source>This rotation has no disabled old key.</source>
        <translation>Diese Rotation hat keinen deaktivierten alten Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="363"/>
        <source>The old key was enabled again. Revoke it, postpone its revocation, or keep both keys.</source>
        <translation>Der alte Schlüssel wurde wieder aktiviert. Widerrufen Sie ihn, verschieben Sie den Widerruf oder behalten Sie beide Schlüssel.</translation>
    </message>
</context>
<context>
    <name>kw::RotationsDialog</name>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="36"/>
        <source>Rotations</source>
        <translation>Rotationen</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="48"/>
        <source>Rotations whose old key is not revoked yet. Its revocation is planned for the date shown (waiting for quiet: you are asked then); until then both keys work, unless the old one is disabled.</source>
        <translation>Rotationen, deren alter Schlüssel noch nicht widerrufen ist. Der Widerruf ist für das angezeigte Datum geplant (beim Warten auf Ruhe werden Sie dann gefragt); bis dahin funktionieren beide Schlüssel, außer der alte ist deaktiviert.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="58"/>
        <source>Open rotations</source>
        <translation>Offene Rotationen</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="59"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="59"/>
        <source>Old key</source>
        <translation>Alter Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="59"/>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="60"/>
        <source>Revoke on</source>
        <translation>Widerruf am</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="60"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="60"/>
        <source>Old key&apos;s last use</source>
        <translation>Letzte Verwendung des alten Schlüssels</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="69"/>
        <source>No rotation is open: every rotated key&apos;s old key is revoked or was kept.</source>
        <translation>Keine Rotation ist offen: Der alte Schlüssel jedes rotierten Schlüssels ist widerrufen oder wurde behalten.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="78"/>
        <source>Decision needed</source>
        <translation>Entscheidung nötig</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="102"/>
        <source>&amp;Revoke Old Key Now…</source>
        <translation>Alten Schlüssel jetzt &amp;widerrufen …</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="104"/>
        <source>Revoke the old key now</source>
        <translation>Den alten Schlüssel jetzt widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="108"/>
        <source>Postpone &amp;by:</source>
        <translation>Aufschieben &amp;um:</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="111"/>
        <source>Days to postpone the revocation by</source>
        <translation>Tage, um die der Widerruf verschoben wird</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="114"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="118"/>
        <source>&amp;Postpone</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="120"/>
        <source>Postpone the revocation</source>
        <translation>Den Widerruf verschieben</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="124"/>
        <source>&amp;Keep Both Keys</source>
        <translation>&amp;Beide Schlüssel behalten</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="126"/>
        <source>Keep both keys and close the rotation</source>
        <translation>Beide Schlüssel behalten und die Rotation schließen</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="128"/>
        <source>Close the rotation without revoking the old key: both keys keep working</source>
        <translation>Die Rotation schließen, ohne den alten Schlüssel zu widerrufen: Beide Schlüssel funktionieren weiter</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="132"/>
        <source>Re-&amp;enable Old Key</source>
        <translation>Alten Schlüssel wieder &amp;aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="134"/>
        <source>Enable the disabled old key again</source>
        <translation>Den deaktivierten alten Schlüssel wieder aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="135"/>
        <source>Something still needed the old key: enable it again. It is then deleted only when you decide.</source>
        <translation>Etwas brauchte den alten Schlüssel noch: Aktivieren Sie ihn wieder. Er wird dann erst gelöscht, wenn Sie es entscheiden.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="175"/>
        <source>New key being handed over</source>
        <translation>Neuer Schlüssel wird übergeben</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="177"/>
        <source>Waiting for your decision</source>
        <translation>Wartet auf Ihre Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="179"/>
        <source>Old key disabled; deleted on the date shown</source>
        <translation>Alter Schlüssel deaktiviert; wird am angezeigten Datum gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="180"/>
        <source>Old key disabled; %1</source>
        <translation>Alter Schlüssel deaktiviert; %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RotationsDialog.cpp" line="185"/>
        <source>Waiting until the old key is unused for %n hour(s)</source>
        <translation>
            <numerusform>Warten, bis der alte Schlüssel %n Stunde unbenutzt ist</numerusform>
            <numerusform>Warten, bis der alte Schlüssel %n Stunden unbenutzt ist</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="187"/>
        <source>Due: being revoked</source>
        <translation>Fällig: wird widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="188"/>
        <source>Due; last try failed: %1</source>
        <translation>Fällig; letzter Versuch fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="189"/>
        <source>Grace period: both keys work</source>
        <translation>Übergangsfrist: beide Schlüssel funktionieren</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="204"/>
        <source>not planned yet</source>
        <translation>noch nicht geplant</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="205"/>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="261"/>
        <source>“%1” needs your decision: %2</source>
        <translation>„%1“ braucht Ihre Entscheidung: %2</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="285"/>
        <location filename="../ui/RotationsDialog.cpp" line="289"/>
        <source>Revoke Old Key Now</source>
        <translation>Alten Schlüssel jetzt widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="286"/>
        <source>Revoke the old key “%1” now instead of on %2? Whatever still uses it stops working at once; the new key “%3” stays.</source>
        <translation>Den alten Schlüssel „%1“ jetzt statt am %2 widerrufen? Alles, was ihn noch verwendet, funktioniert sofort nicht mehr; der neue Schlüssel „%3“ bleibt.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="289"/>
        <source>Keep It Until %1</source>
        <translation>Bis %1 behalten</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="292"/>
        <source>Revoking “%1”…</source>
        <translation>„%1“ wird widerrufen …</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="295"/>
        <source>The old key “%1” was not revoked: %2</source>
        <translation>Der alte Schlüssel „%1“ wurde nicht widerrufen: %2</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="299"/>
        <source>The old key “%1” is revoked; the rotation is complete.</source>
        <translation>Der alte Schlüssel „%1“ ist widerrufen; die Rotation ist abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="315"/>
        <source>“%1” will be revoked on %2.</source>
        <translation>„%1“ wird am %2 widerrufen.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="318"/>
        <source>The revocation of “%1” could not be postponed: it is no longer planned.</source>
        <translation>Der Widerruf von „%1“ konnte nicht verschoben werden: Er ist nicht mehr geplant.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="331"/>
        <source>The rotation is closed; “%1” stays active beside the new key. Revoke it yourself when it is no longer used.</source>
        <translation>Die Rotation ist geschlossen; „%1“ bleibt neben dem neuen Schlüssel aktiv. Widerrufen Sie ihn selbst, wenn er nicht mehr verwendet wird.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="335"/>
        <source>“%1” is no longer planned for revocation.</source>
        <translation>Für „%1“ ist kein Widerruf mehr geplant.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="346"/>
        <source>Enabling “%1” again…</source>
        <translation>„%1“ wird wieder aktiviert …</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="350"/>
        <source>“%1” could not be enabled again: %2</source>
        <translation>„%1“ konnte nicht wieder aktiviert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="354"/>
        <source>“%1” works again. It is not deleted until you decide: revoke it, postpone, or keep both keys.</source>
        <translation>„%1“ funktioniert wieder. Er wird erst gelöscht, wenn Sie entscheiden: widerrufen, verschieben oder beide Schlüssel behalten.</translation>
    </message>
</context>
<context>
    <name>kw::ScalewayProvider</name>
    <message>
        <location filename="../src/providers/ScalewayPager.cpp" line="62"/>
        <source>%1 arrived of the %2 announced.</source>
        <translation>%1 von %2 angekündigten sind angekommen.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayPager.cpp" line="123"/>
        <source>page %1 is empty although %2 were announced.</source>
        <translation>Seite %1 ist leer, obwohl %2 angekündigt wurden.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayPager.cpp" line="145"/>
        <source>Page %1 of %2 of the %3 failed: %4</source>
        <translation>Seite %1 von %2 der %3 ist fehlgeschlagen: %4</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="259"/>
        <location filename="../src/providers/ScalewayProvider.cpp" line="265"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="276"/>
        <location filename="../src/providers/ScalewayProvider.cpp" line="402"/>
        <source>projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="316"/>
        <location filename="../src/providers/ScalewayProvider.cpp" line="369"/>
        <source>The key has no access key.</source>
        <translation>Der Schlüssel hat keinen Zugriffsschlüssel.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="319"/>
        <source>Scaleway keys have no name; change the description.</source>
        <translation>Scaleway-Schlüssel haben keinen Namen; ändern Sie die Beschreibung.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="336"/>
        <source>expires_at: Scaleway cannot remove an expiry once it is set.</source>
        <translation>expires_at: Scaleway kann ein einmal gesetztes Ablaufdatum nicht entfernen.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="337"/>
        <source>Choose a later date, or rotate the key to one without an expiry.</source>
        <translation>Wählen Sie ein späteres Datum oder rotieren Sie den Schlüssel zu einem ohne Ablaufdatum.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="358"/>
        <source>The change may have been made: refresh the list.</source>
        <translation>Die Änderung wurde möglicherweise vorgenommen: Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="420"/>
        <source>users and applications</source>
        <translation>Benutzer und Anwendungen</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="274"/>
        <location filename="../src/providers/ScalewayProvider.cpp" line="400"/>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="275"/>
        <location filename="../src/providers/ScalewayProvider.cpp" line="401"/>
        <source>applications</source>
        <translation>Anwendungen</translation>
    </message>
</context>
<context>
    <name>kw::SecretField</name>
    <message>
        <location filename="../ui/SecretField.cpp" line="150"/>
        <source>&amp;Hide</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="150"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="151"/>
        <source>Hide secret</source>
        <translation>Geheimnis ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="151"/>
        <source>Reveal secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="152"/>
        <source>Hide the secret (Ctrl+H)</source>
        <translation>Das Geheimnis ausblenden (Strg+H)</translation>
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="153"/>
        <source>Show the secret (Ctrl+H)</source>
        <translation>Das Geheimnis anzeigen (Strg+H)</translation>
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="154"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="155"/>
        <source>Shown in clear text</source>
        <translation>Im Klartext angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="156"/>
        <source>Masked; use Reveal to show it</source>
        <translation>Maskiert; mit „Anzeigen“ sichtbar machen</translation>
    </message>
</context>
<context>
    <name>kw::SecretStore</name>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="66"/>
        <source>No keychain can be reached: there is no D-Bus session bus (%1).</source>
        <translation>Kein Schlüsselbund erreichbar: Es gibt keinen D-Bus-Sitzungsbus (%1).</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="67"/>
        <source>KeyWarden keeps tokens in the desktop keychain, which it reaches over the D-Bus session bus. Start KeyWarden from a desktop session (or inside dbus-run-session), and run a Secret Service such as gnome-keyring (apt install gnome-keyring libsecret-1-0) or KeePassXC with its Secret Service integration.</source>
        <translation>KeyWarden bewahrt Tokens im Schlüsselbund des Desktops auf, den es über den D-Bus-Sitzungsbus erreicht. Starten Sie KeyWarden aus einer Desktop-Sitzung (oder in dbus-run-session) und führen Sie einen Secret Service aus, etwa gnome-keyring (apt install gnome-keyring libsecret-1-0) oder KeePassXC mit seiner Secret-Service-Integration.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="73"/>
        <source>No keychain is available.</source>
        <translation>Kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="74"/>
        <source>No keychain is available (%1).</source>
        <translation>Kein Schlüsselbund verfügbar (%1).</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="80"/>
        <source>The keychain is locked (%1).</source>
        <translation>Der Schlüsselbund ist gesperrt (%1).</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="81"/>
        <source>Unlock your login keyring (for example with Seahorse, or by logging in to the desktop again) or create one if none exists, then try again.</source>
        <translation>Entsperren Sie Ihren Anmelde-Schlüsselbund (zum Beispiel mit Seahorse oder durch erneutes Anmelden am Desktop) oder erstellen Sie einen, falls keiner existiert, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="95"/>
        <source>No secret is stored in the keychain under this name.</source>
        <translation>Im Schlüsselbund ist unter diesem Namen kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="96"/>
        <source>Enter the token again. If you saved it before, the keyring may be locked: unlock it and try again.</source>
        <translation>Geben Sie das Token erneut ein. Wenn Sie es bereits gespeichert hatten, ist der Schlüsselbund eventuell gesperrt: Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="99"/>
        <source>Access to the keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="100"/>
        <source>Allow KeyWarden to use the keychain when it asks, then try again.</source>
        <translation>Erlauben Sie KeyWarden bei der Nachfrage, den Schlüsselbund zu verwenden, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="104"/>
        <source>The keychain denied access (%1).</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="105"/>
        <source>Check the keychain&apos;s access settings for KeyWarden, then try again.</source>
        <translation>Prüfen Sie die Zugriffseinstellungen des Schlüsselbunds für KeyWarden und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="118"/>
        <source>The keychain reported an unknown error.</source>
        <translation>Der Schlüsselbund hat einen unbekannten Fehler gemeldet.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="119"/>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="120"/>
        <source>Try again. If it keeps failing, restart the keychain service or log in to the desktop again.</source>
        <translation>Versuchen Sie es erneut. Wenn es weiterhin fehlschlägt, starten Sie den Schlüsselbund-Dienst neu oder melden Sie sich erneut am Desktop an.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="128"/>
        <source>The keychain did not answer within %1 s. It may be locked or waiting for a password prompt.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet. Er ist eventuell gesperrt oder wartet auf eine Passwortabfrage.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="131"/>
        <source>Look for a keychain password prompt and answer it, or unlock the keyring, then try again.</source>
        <translation>Suchen Sie nach einer Passwortabfrage des Schlüsselbunds und beantworten Sie sie, oder entsperren Sie den Schlüsselbund, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>kw::ShortcutsDialog</name>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="36"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="37"/>
        <source>&amp;Shortcuts:</source>
        <translation>&amp;Tastenkürzel:</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="40"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="42"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="42"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="54"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="61"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>kw::SigV4</name>
    <message>
        <location filename="../src/providers/SigV4.cpp" line="230"/>
        <source>The signing time is not valid.</source>
        <translation>Der Signaturzeitpunkt ist ungültig.</translation>
    </message>
    <message>
        <location filename="../src/providers/SigV4.cpp" line="235"/>
        <source>The access key id, region and service are needed to sign a request.</source>
        <translation>Zum Signieren einer Anfrage werden Zugriffsschlüssel-ID, Region und Dienst benötigt.</translation>
    </message>
    <message>
        <location filename="../src/providers/SigV4.cpp" line="239"/>
        <source>The method and the payload hash are needed to sign a request.</source>
        <translation>Zum Signieren einer Anfrage werden die Methode und der Payload-Hash benötigt.</translation>
    </message>
    <message>
        <location filename="../src/providers/SigV4.cpp" line="262"/>
        <source>The cryptographic library could not compute the signature.</source>
        <translation>Die Kryptografie-Bibliothek konnte die Signatur nicht berechnen.</translation>
    </message>
    <message>
        <location filename="../src/providers/SigV4.cpp" line="313"/>
        <source>The address to sign a request for is not valid.</source>
        <translation>Die Adresse, für die eine Anfrage signiert werden soll, ist ungültig.</translation>
    </message>
</context>
<context>
    <name>kw::SubmitDialog</name>
    <message>
        <location filename="../ui/SubmitDialog.cpp" line="28"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>kw::TrayIcon</name>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="58"/>
        <source>KeyWarden tray menu</source>
        <translation>KeyWarden-Menü im Infobereich</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="59"/>
        <source>&amp;Show KeyWarden</source>
        <translation>KeyWarden an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="66"/>
        <source>&amp;Quit KeyWarden</source>
        <translation>KeyWarden &amp;beenden</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="141"/>
        <source>No key needs attention</source>
        <translation>Kein Schlüssel braucht Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayIcon.cpp" line="142"/>
        <source>%n keys need attention</source>
        <translation>
            <numerusform>%n Schlüssel braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Schlüssel brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="155"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayIcon.cpp" line="165"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="173"/>
        <source>KeyWarden</source>
        <translation>KeyWarden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayIcon.cpp" line="222"/>
        <source>%1 (and %n more reminders)</source>
        <translation>
            <numerusform>%1 (und %n weitere Erinnerung)</numerusform>
            <numerusform>%1 (und %n weitere Erinnerungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayIcon.cpp" line="237"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayIcon.cpp" line="238"/>
        <source>KeyWarden: %n reminders</source>
        <translation>
            <numerusform>KeyWarden: %n Erinnerung</numerusform>
            <numerusform>KeyWarden: %n Erinnerungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="292"/>
        <source>Keep KeyWarden running?</source>
        <translation>KeyWarden weiterlaufen lassen?</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="294"/>
        <source>The old key of a rotation will be revoked when its grace period ends.</source>
        <translation>Der alte Schlüssel einer Rotation wird widerrufen, wenn seine Übergangsfrist endet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayIcon.cpp" line="295"/>
        <source>%n old keys of rotations will be revoked when their grace periods end.</source>
        <translation>
            <numerusform>%n alter Schlüssel einer Rotation wird widerrufen, wenn seine Übergangsfrist endet.</numerusform>
            <numerusform>%n alte Schlüssel aus Rotationen werden widerrufen, wenn ihre Übergangsfristen enden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="299"/>
        <source>KeyWarden revokes old keys only while it runs: kept in the tray, it does so on time and tells you how it went.</source>
        <translation>KeyWarden widerruft alte Schlüssel nur, während es läuft: Im Infobereich erledigt es das pünktlich und teilt Ihnen das Ergebnis mit.</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="301"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="301"/>
        <source>Keep running in the tray</source>
        <translation>Im Infobereich weiterlaufen</translation>
    </message>
</context>
<context>
    <name>kw::TrustChecks</name>
    <message>
        <location filename="../src/console/TrustChecks.cpp" line="113"/>
        <source>The provider answered that the key was not found, but the list that would confirm it failed: %1</source>
        <translation>Der Anbieter hat geantwortet, dass der Schlüssel nicht gefunden wurde, aber die Liste, die dies bestätigen würde, ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/console/TrustChecks.cpp" line="117"/>
        <source>Whether the key was revoked could not be checked: %1 Refresh before trying again.</source>
        <translation>Ob der Schlüssel widerrufen wurde, konnte nicht geprüft werden: %1 Aktualisieren Sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../src/console/TrustChecks.cpp" line="131"/>
        <source>The provider answered that the key was not found, yet still lists it: it was not revoked.</source>
        <translation>Der Anbieter hat geantwortet, dass der Schlüssel nicht gefunden wurde, listet ihn aber noch: Er wurde nicht widerrufen.</translation>
    </message>
    <message>
        <location filename="../src/console/TrustChecks.cpp" line="165"/>
        <source>The provider&apos;s answer to the create carried no key.</source>
        <translation>Die Antwort des Anbieters auf das Erstellen enthielt keinen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/console/TrustChecks.cpp" line="183"/>
        <source>Whether the key was created could not be checked: %1 Look for it in the list before creating it again.</source>
        <translation>Ob der Schlüssel erstellt wurde, konnte nicht geprüft werden: %1 Suchen Sie ihn in der Liste, bevor Sie ihn erneut erstellen.</translation>
    </message>
    <message>
        <location filename="../src/console/TrustChecks.cpp" line="191"/>
        <source>A fresh list shows no such key: nothing was created.</source>
        <translation>Eine neu geladene Liste zeigt keinen solchen Schlüssel: Es wurde nichts erstellt.</translation>
    </message>
    <message>
        <location filename="../src/console/TrustChecks.cpp" line="228"/>
        <source>The old key is no longer listed.</source>
        <translation>Der alte Schlüssel wird nicht mehr aufgelistet.</translation>
    </message>
</context>
<context>
    <name>kw::VerificationText</name>
    <message>
        <location filename="../src/console/VerificationText.cpp" line="13"/>
        <source> %1 says: %2</source>
        <translation> %1 meldet: %2</translation>
    </message>
    <message>
        <location filename="../src/console/VerificationText.cpp" line="16"/>
        <source>The key works: %1 accepted it.</source>
        <translation>Der Schlüssel funktioniert: %1 hat ihn akzeptiert.</translation>
    </message>
    <message>
        <location filename="../src/console/VerificationText.cpp" line="18"/>
        <source>The key was refused (HTTP 401): %1 does not accept it.</source>
        <translation>Der Schlüssel wurde abgelehnt (HTTP 401): %1 akzeptiert ihn nicht.</translation>
    </message>
    <message>
        <location filename="../src/console/VerificationText.cpp" line="21"/>
        <source>The key is valid but not allowed here (HTTP 403).</source>
        <translation>Der Schlüssel ist gültig, hier aber nicht erlaubt (HTTP 403).</translation>
    </message>
    <message>
        <location filename="../src/console/VerificationText.cpp" line="23"/>
        <source>%1 could not be reached; the key was not tested.</source>
        <translation>%1 war nicht erreichbar; der Schlüssel wurde nicht getestet.</translation>
    </message>
    <message>
        <location filename="../src/console/VerificationText.cpp" line="28"/>
        <source>The test failed (HTTP %1).</source>
        <translation>Der Test ist fehlgeschlagen (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../src/console/VerificationText.cpp" line="29"/>
        <source>The test failed.</source>
        <translation>Der Test ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>kw::WasabiAirProvider</name>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="66"/>
        <source>No Wasabi AiR address is set for this account.</source>
        <translation>Für dieses Konto ist keine Wasabi-AiR-Adresse festgelegt.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="67"/>
        <source>No Wasabi AiR address is set for the account “%1”.</source>
        <translation>Für das Konto „%1“ ist keine Wasabi-AiR-Adresse festgelegt.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="68"/>
        <source>Each Wasabi AiR deployment has its own address: enter your AiR API base (for example https://air.example.com) in the account settings.</source>
        <translation>Jede Wasabi-AiR-Installation hat ihre eigene Adresse: Geben Sie Ihre AiR-API-Basisadresse (zum Beispiel https://air.example.com) in den Kontoeinstellungen ein.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="119"/>
        <source>Wasabi AiR keys can only be renamed, disabled or enabled.</source>
        <translation>Wasabi-AiR-Schlüssel können nur umbenannt, deaktiviert oder aktiviert werden.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="122"/>
        <source>Give the key a name.</source>
        <translation>Geben Sie dem Schlüssel einen Namen.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="140"/>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="168"/>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="213"/>
        <source>The key has no id.</source>
        <translation>Der Schlüssel hat keine ID.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="175"/>
        <source>Wasabi AiR did not confirm that the key was deleted.</source>
        <translation>Wasabi AiR hat das Löschen des Schlüssels nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="176"/>
        <source>Refresh the list to see whether it still exists.</source>
        <translation>Aktualisieren Sie die Liste, um zu sehen, ob er noch existiert.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="203"/>
        <source>The server answered, but not as the Wasabi AiR API does.</source>
        <translation>Der Server hat geantwortet, aber nicht so wie die Wasabi-AiR-API.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="204"/>
        <source>Check the AiR address of the account. %1</source>
        <translation>Prüfen Sie die AiR-Adresse des Kontos. %1</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="225"/>
        <source>It may have been deleted elsewhere: refresh the list.</source>
        <translation>Er wurde möglicherweise anderswo gelöscht: Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="234"/>
        <source>This key is disabled: requests made with it fail until it is enabled again.</source>
        <translation>Dieser Schlüssel ist deaktiviert: Anfragen damit schlagen fehl, bis er wieder aktiviert wird.</translation>
    </message>
</context>
<context>
    <name>kw::WasabiIamProvider</name>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="84"/>
        <source>Wasabi access keys cannot be edited; deactivate or rotate instead</source>
        <translation>Wasabi-Zugriffsschlüssel lassen sich nicht bearbeiten; deaktivieren oder rotieren Sie sie stattdessen</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="174"/>
        <source>The account&apos;s credential is not an access key pair.</source>
        <translation>Die Zugangsdaten des Kontos sind kein Zugriffsschlüsselpaar.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="175"/>
        <source>Store it as ACCESSKEYID:SECRET (the access key id, a colon, then the secret key).</source>
        <translation>Speichern Sie sie als ACCESSKEYID:SECRET (die Zugriffsschlüssel-ID, ein Doppelpunkt, dann der geheime Schlüssel).</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamPrincipals.cpp" line="24"/>
        <source>Root user</source>
        <translation>Root-Benutzer</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamPrincipals.cpp" line="25"/>
        <source>%1 (this token&apos;s user)</source>
        <translation>%1 (Benutzer dieses Tokens)</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamPrincipals.cpp" line="49"/>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamPrincipals.cpp" line="59"/>
        <source>The root user has every right and no policies to list.</source>
        <translation>Der Root-Benutzer hat alle Rechte und keine Richtlinien zum Auflisten.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamPrincipals.cpp" line="79"/>
        <source>attached policies</source>
        <translation>zugewiesene Richtlinien</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamPrincipals.cpp" line="91"/>
        <source>The root user has every right already; policies are attached to sub-users.</source>
        <translation>Der Root-Benutzer hat bereits alle Rechte; Richtlinien werden Unterbenutzern zugewiesen.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamPrincipals.cpp" line="95"/>
        <source>No policy was chosen.</source>
        <translation>Es wurde keine Richtlinie gewählt.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="283"/>
        <source>page %1 says more follows but gives the Marker already asked for.</source>
        <translation>Seite %1 kündigt weitere Einträge an, nennt aber den bereits angefragten Marker.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="406"/>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="448"/>
        <source>access keys</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="454"/>
        <source>The access key %1 is in no user&apos;s list of keys: it does not exist (any more).</source>
        <translation>Der Zugriffsschlüssel %1 steht in der Schlüsselliste keines Benutzers: Er existiert nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="474"/>
        <source>The root user</source>
        <translation>Der Root-Benutzer</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="474"/>
        <source>The user “%1”</source>
        <translation>Der Benutzer „%1“</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="476"/>
        <source>%1 already has %2 access keys, the most Wasabi allows.</source>
        <translation>%1 hat bereits %2 Zugriffsschlüssel, das Maximum, das Wasabi erlaubt.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="479"/>
        <source>Deactivate and delete the older key first, then create the new one.</source>
        <translation>Deaktivieren und löschen Sie zuerst den älteren Schlüssel und erstellen Sie dann den neuen.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="500"/>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="521"/>
        <source>The key has no id.</source>
        <translation>Der Schlüssel hat keine ID.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="542"/>
        <source>The server answered, but not as Wasabi&apos;s IAM API does.</source>
        <translation>Der Server hat geantwortet, aber nicht so wie die IAM-API von Wasabi.</translation>
    </message>
</context>
<context>
    <name>kw::WaysCloudProvider</name>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="26"/>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="27"/>
        <source>S3-compatible object storage (upload/download files)</source>
        <translation>S3-kompatibler Objektspeicher (Dateien hoch-/herunterladen)</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="29"/>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="30"/>
        <source>Large language models (chat completions, streaming)</source>
        <translation>Große Sprachmodelle (Chat Completions, Streaming)</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="32"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="33"/>
        <source>PostgreSQL/MariaDB management (create, snapshots, backups)</source>
        <translation>PostgreSQL/MariaDB-Verwaltung (Erstellen, Snapshots, Backups)</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="35"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="36"/>
        <source>Domain management (zones, records, DNSSEC)</source>
        <translation>Domainverwaltung (Zonen, Einträge, DNSSEC)</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="37"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="38"/>
        <source>GPU-accelerated services (video, TTS, transcription)</source>
        <translation>GPU-beschleunigte Dienste (Video, TTS, Transkription)</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="70"/>
        <source>WAYSCloud keys cannot be edited after creation; rotate instead</source>
        <translation>WAYSCloud-Schlüssel lassen sich nach dem Erstellen nicht bearbeiten; rotieren Sie sie stattdessen</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="111"/>
        <source>Give the key a name.</source>
        <translation>Geben Sie dem Schlüssel einen Namen.</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="112"/>
        <source>A descriptive name, e.g. “Production Storage API”, tells the key apart later.</source>
        <translation>Ein aussagekräftiger Name, z. B. „Produktiv-Storage-API“, macht den Schlüssel später unterscheidbar.</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="117"/>
        <source>“%1” is not a WAYSCloud service.</source>
        <translation>„%1“ ist kein WAYSCloud-Dienst.</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="118"/>
        <source>Choose from Storage, LLM, Database, DNS and GPU.</source>
        <translation>Wählen Sie aus Storage, LLM, Database, DNS und GPU.</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="124"/>
        <source>Choose at least one service for the key.</source>
        <translation>Wählen Sie mindestens einen Dienst für den Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="132"/>
        <source>The IP whitelist has errors.</source>
        <translation>Die IP-Freigabeliste enthält Fehler.</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="149"/>
        <source>The key has no id.</source>
        <translation>Der Schlüssel hat keine ID.</translation>
    </message>
</context>
<context>
    <name>kw::coreweave</name>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="216"/>
        <source>access key id</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="231"/>
        <source>The key list from CoreWeave is not valid JSON.</source>
        <translation>Die Schlüsselliste von CoreWeave ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="232"/>
        <source>The key list from CoreWeave is not a JSON object.</source>
        <translation>Die Schlüsselliste von CoreWeave ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="240"/>
        <source>The key list from CoreWeave has no list of keys.</source>
        <translation>Die Schlüsselliste von CoreWeave enthält keine Liste von Schlüsseln.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="245"/>
        <source>The key list from CoreWeave could not be read: %1</source>
        <translation>Die Schlüsselliste von CoreWeave konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="265"/>
        <source>The answer to the create request is not a JSON object.</source>
        <translation>Die Antwort auf die Erstellungsanfrage ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="266"/>
        <source>The answer to the create request holds no secret key.</source>
        <translation>Die Antwort auf die Erstellungsanfrage enthält keinen geheimen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="267"/>
        <source>The answer to the create request could not be read: %1</source>
        <translation>Die Antwort auf die Erstellungsanfrage konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="313"/>
        <source>Error %1</source>
        <translation>Fehler %1</translation>
    </message>
</context>
<context>
    <name>kw::jsonio</name>
    <message>
        <location filename="../src/providers/JsonHelpers.cpp" line="255"/>
        <source>Entry %1 of the key list from %2 is not an object.</source>
        <translation>Eintrag %1 der Schlüsselliste von %2 ist kein Objekt.</translation>
    </message>
    <message>
        <location filename="../src/providers/JsonHelpers.cpp" line="264"/>
        <source>Entry %1 of the key list from %2 has no %3.</source>
        <translation>In Eintrag %1 der Schlüsselliste von %2 fehlt: %3.</translation>
    </message>
</context>
<context>
    <name>kw::scaleway</name>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="54"/>
        <source>Managed by a Scaleway product: it cannot be edited or deleted</source>
        <translation>Von einem Scaleway-Produkt verwaltet: kann nicht bearbeitet oder gelöscht werden</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="56"/>
        <source>Scaleway does not allow this key to be edited or deleted</source>
        <translation>Scaleway erlaubt nicht, diesen Schlüssel zu bearbeiten oder zu löschen</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="58"/>
        <source>Scaleway does not allow this key to be edited</source>
        <translation>Scaleway erlaubt nicht, diesen Schlüssel zu bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="60"/>
        <source>Scaleway does not allow this key to be deleted</source>
        <translation>Scaleway erlaubt nicht, diesen Schlüssel zu löschen</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="107"/>
        <source>%1 is not a JSON object.</source>
        <translation>%1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="112"/>
        <source>%1 has no access key.</source>
        <translation>%1 hat keinen Zugriffsschlüssel.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="126"/>
        <source>The %1 from Scaleway are not valid JSON.</source>
        <translation>Die %1 von Scaleway sind kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="132"/>
        <source>The %1 from Scaleway have no “%2” list.</source>
        <translation>Die %1 von Scaleway enthalten keine Liste „%2“.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="203"/>
        <source>%1 has no id.</source>
        <translation>%1 hat keine ID.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="235"/>
        <source>quota %1</source>
        <translation>Kontingent %1</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="237"/>
        <source>%1 in use</source>
        <translation>%1 in Gebrauch</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="255"/>
        <source>%1 on %2 is not allowed</source>
        <translation>%1 auf %2 ist nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="256"/>
        <source>this action</source>
        <translation>diese Aktion</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="257"/>
        <source>this resource</source>
        <translation>diese Ressource</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="268"/>
        <source>the API key has expired</source>
        <translation>der API-Schlüssel ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="270"/>
        <source>the API key does not exist (deleted?)</source>
        <translation>der API-Schlüssel existiert nicht (gelöscht?)</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="272"/>
        <source>the credential is not valid</source>
        <translation>die Zugangsdaten sind ungültig</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="277"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="279"/>
        <source>session token (JWT)</source>
        <translation>Sitzungstoken (JWT)</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="282"/>
        <source>authentication by %1</source>
        <translation>Authentifizierung per %1</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="283"/>
        <source>authentication by %1: %2</source>
        <translation>Authentifizierung per %1: %2</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="344"/>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="349"/>
        <source>%1 expired on %2</source>
        <translation>%1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="383"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="386"/>
        <source>API key %1 of the page</source>
        <translation>API-Schlüssel %1 der Seite</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="394"/>
        <source>The API key from Scaleway is not valid JSON.</source>
        <translation>Der API-Schlüssel von Scaleway ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="397"/>
        <source>The API key from Scaleway</source>
        <translation>Der API-Schlüssel von Scaleway</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="405"/>
        <source>The answer to the create request is not a JSON object.</source>
        <translation>Die Antwort auf die Erstellungsanfrage ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="411"/>
        <source>The answer to the create request holds no secret key.</source>
        <translation>Die Antwort auf die Erstellungsanfrage enthält keinen geheimen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="463"/>
        <source>projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="466"/>
        <source>Project %1 of the page</source>
        <translation>Projekt %1 der Seite</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="441"/>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="447"/>
        <source>User %1 of the page</source>
        <translation>Benutzer %1 der Seite</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="453"/>
        <source>applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="457"/>
        <source>Application %1 of the page</source>
        <translation>Anwendung %1 der Seite</translation>
    </message>
</context>
<context>
    <name>kw::wasabiair</name>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="79"/>
        <source>The key list from Wasabi AiR is not valid JSON.</source>
        <translation>Die Schlüsselliste von Wasabi AiR ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="80"/>
        <source>The answer from Wasabi AiR holds no “api-keys” list.</source>
        <translation>Die Antwort von Wasabi AiR enthält keine Liste „api-keys“.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="111"/>
        <location filename="../src/providers/WasabiAirJson.cpp" line="181"/>
        <source>The key list from Wasabi AiR could not be read: %1</source>
        <translation>Die Schlüsselliste von Wasabi AiR konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="122"/>
        <source>The answer from Wasabi AiR is not a key.</source>
        <translation>Die Antwort von Wasabi AiR ist kein Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="129"/>
        <source>The answer from Wasabi AiR could not be read: %1</source>
        <translation>Die Antwort von Wasabi AiR konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="139"/>
        <source>The answer to the create request is not a JSON object.</source>
        <translation>Die Antwort auf die Erstellungsanfrage ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="94"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="140"/>
        <source>The answer to the create request holds no key.</source>
        <translation>Die Antwort auf die Erstellungsanfrage enthält keinen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="141"/>
        <source>The answer to the create request could not be read: %1</source>
        <translation>Die Antwort auf die Erstellungsanfrage konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="172"/>
        <source>Wasabi AiR listed the key without its token.</source>
        <translation>Wasabi AiR hat den Schlüssel ohne sein Token aufgelistet.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="178"/>
        <source>The key %1 no longer exists.</source>
        <translation>Der Schlüssel %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="229"/>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
</context>
<context>
    <name>kw::wasabiiam</name>
    <message>
        <location filename="../src/providers/WasabiIamXml.cpp" line="31"/>
        <source>The answer is not an XML document.</source>
        <translation>Die Antwort ist kein XML-Dokument.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamXml.cpp" line="37"/>
        <source>Expected an IAM %1 answer, got &lt;%2&gt;.</source>
        <translation>Erwartet wurde eine IAM-Antwort %1, erhalten: &lt;%2&gt;.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamXml.cpp" line="48"/>
        <source>The answer is not well-formed XML: %1</source>
        <translation>Die Antwort ist kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamXml.cpp" line="104"/>
        <source>The answer says more follows but gives no Marker to ask for it.</source>
        <translation>Die Antwort kündigt weitere Einträge an, nennt aber keinen Marker, um sie anzufragen.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamXml.cpp" line="174"/>
        <source>The answer to CreateAccessKey holds no secret.</source>
        <translation>Die Antwort auf CreateAccessKey enthält kein Geheimnis.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamXml.cpp" line="211"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kw::wayscloud</name>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="183"/>
        <source>The key list from WAYSCloud is not valid JSON.</source>
        <translation>Die Schlüsselliste von WAYSCloud ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="184"/>
        <source>The key list from WAYSCloud is not a list.</source>
        <translation>Die Schlüsselliste von WAYSCloud ist keine Liste.</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="163"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="187"/>
        <source>The key list from WAYSCloud could not be read: %1</source>
        <translation>Die Schlüsselliste von WAYSCloud konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="224"/>
        <source>The answer to the create request is not a JSON object.</source>
        <translation>Die Antwort auf die Erstellungsanfrage ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="225"/>
        <source>The answer to the create request holds no key.</source>
        <translation>Die Antwort auf die Erstellungsanfrage enthält keinen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="226"/>
        <source>The answer to the create request could not be read: %1</source>
        <translation>Die Antwort auf die Erstellungsanfrage konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/keywarden_main.cpp" line="77"/>
        <source>The sandbox could not be started.</source>
        <translation>Die Sandbox konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../app/keywarden_main.cpp" line="153"/>
        <source>Desktop console for the API keys and access keys of your cloud accounts.</source>
        <translation>Desktop-Konsole für die API-Schlüssel und Zugriffsschlüssel Ihrer Cloud-Konten.</translation>
    </message>
    <message>
        <location filename="../app/keywarden_main.cpp" line="159"/>
        <source>Start the built-in provider sandboxes on this computer and open them with sample keys.</source>
        <translation>Die eingebauten Anbieter-Sandboxes auf diesem Computer starten und mit Beispielschlüsseln öffnen.</translation>
    </message>
    <message>
        <location filename="../app/keywarden_main.cpp" line="164"/>
        <source>Start in the system tray without opening the window (for an autostart entry); where the desktop has no tray, the window starts minimised.</source>
        <translation>Im Infobereich starten, ohne das Fenster zu öffnen (für einen Autostart-Eintrag); wo die Arbeitsumgebung keinen Infobereich hat, startet das Fenster minimiert.</translation>
    </message>
    <message>
        <location filename="../app/keywarden_main.cpp" line="169"/>
        <source>Use a dark palette (Fusion style), for a desktop without a dark theme of its own; KEYWARDEN_STYLE=dark does the same.</source>
        <translation>Eine dunkle Farbpalette verwenden (Fusion-Stil), für eine Arbeitsumgebung ohne eigenes dunkles Design; KEYWARDEN_STYLE=dark bewirkt dasselbe.</translation>
    </message>
    <message>
        <location filename="../app/keywarden_main.cpp" line="176"/>
        <source>For developers: allow core dumps and debugger attach (also KEYWARDEN_ALLOW_CORE_DUMPS=1). A core file may then hold your tokens and secrets.</source>
        <translation>Für Entwickler: Core-Dumps und das Anhängen eines Debuggers erlauben (auch KEYWARDEN_ALLOW_CORE_DUMPS=1). Eine Core-Datei kann dann Ihre Tokens und Geheimnisse enthalten.</translation>
    </message>
    <message>
        <location filename="../app/keywarden_main.cpp" line="120"/>
        <source>%1 sandbox</source>
        <translation>%1-Sandbox</translation>
    </message>
</context>
</TS>
