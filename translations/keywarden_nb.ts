<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="20"/>
        <location filename="../ui/AddAccountDialog.ui" line="23"/>
        <location filename="../ui/AddAccountDialog.ui" line="309"/>
        <source>Add account</source>
        <translation>Legg til konto</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="34"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Leverandør:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="44"/>
        <source>Provider</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="51"/>
        <source>&amp;Label:</source>
        <translation>&amp;Etikett:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="61"/>
        <source>Account label</source>
        <translation>Kontoetikett</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="68"/>
        <source>&amp;Endpoint:</source>
        <translation>E&amp;ndepunkt:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="78"/>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="81"/>
        <source>API endpoint</source>
        <translation>API-endepunkt</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="88"/>
        <source>S&amp;3 endpoint:</source>
        <translation>S&amp;3-endepunkt:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="98"/>
        <source>S3 endpoint</source>
        <translation>S3-endepunkt</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="114"/>
        <source>S3 endpoint problem</source>
        <translation>Problem med S3-endepunktet</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="121"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="137"/>
        <source>S3 region</source>
        <translation>S3-region</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="144"/>
        <source>Test key checks a new key by listing the buckets on this S3 endpoint.</source>
        <translation>«Test nøkkel» sjekker en ny nøkkel ved å liste bøttene på dette S3-endepunktet.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="150"/>
        <source>What the S3 endpoint is for</source>
        <translation>Hva S3-endepunktet brukes til</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="157"/>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-fil:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="169"/>
        <source>Optional: PEM file of an extra CA to trust</source>
        <translation>Valgfritt: PEM-fil med en ekstra CA som skal klareres</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="172"/>
        <source>CA file</source>
        <translation>CA-fil</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="179"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="185"/>
        <source>Choose a CA file</source>
        <translation>Velg en CA-fil</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="194"/>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="204"/>
        <source>Optional: http://proxy.example.com:3128 (empty: https_proxy or the system&apos;s)</source>
        <translation>Valgfritt: http://proxy.example.com:3128 (tom: https_proxy eller systemets innstilling)</translation>
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
        <translation>API-token</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="234"/>
        <source>The token is stored in your system keychain, never in a file.</source>
        <translation>Tokenet lagres i systemets nøkkelring, aldri i en fil.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="240"/>
        <source>Where the token is stored</source>
        <translation>Hvor tokenet lagres</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="268"/>
        <source>What is missing</source>
        <translation>Hva som mangler</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="290"/>
        <location filename="../ui/AddAccountDialog.ui" line="296"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="303"/>
        <source>&amp;Add account</source>
        <translation>Legg til &amp;konto</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="20"/>
        <location filename="../ui/CreateKeyDialog.ui" line="23"/>
        <location filename="../ui/CreateKeyDialog.ui" line="363"/>
        <source>Create key</source>
        <translation>Opprett nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="29"/>
        <source>The new key&apos;s secret is shown only once, right after it is created.</source>
        <translation>Hemmeligheten til den nye nøkkelen vises bare én gang, rett etter at den er opprettet.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="38"/>
        <source>About this dialog</source>
        <translation>Om denne dialogen</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="60"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="70"/>
        <source>e.g. Production Storage API</source>
        <translation>f.eks. Produksjonslagring-API</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="73"/>
        <source>Key name</source>
        <translation>Nøkkelnavn</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="89"/>
        <source>Name warning</source>
        <translation>Advarsel om navnet</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="96"/>
        <source>Belongs &amp;to:</source>
        <translation>&amp;Tilhører:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="106"/>
        <source>Key owner</source>
        <translation>Nøkkeleier</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="122"/>
        <source>Key owner status</source>
        <translation>Status for nøkkeleieren</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="129"/>
        <source>S&amp;ervices:</source>
        <translation>T&amp;jenester:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="142"/>
        <source>Services</source>
        <translation>Tjenester</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="149"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="161"/>
        <source>Optional: where the key is used</source>
        <translation>Valgfritt: hvor nøkkelen brukes</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="164"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="171"/>
        <source>Description length</source>
        <translation>Lengde på beskrivelsen</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="180"/>
        <source>&amp;Project:</source>
        <translation>&amp;Prosjekt:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="196"/>
        <source>Default project</source>
        <translation>Standardprosjekt</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="206"/>
        <source>&amp;IP whitelist:</source>
        <translation>&amp;IP-hviteliste:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="219"/>
        <source>IP whitelist</source>
        <translation>IP-hviteliste</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="226"/>
        <source>Empty = all addresses. Single IPs or CIDR ranges, separated by commas or new lines.</source>
        <translation>Tom = alle adresser. Enkelt-IP-er eller CIDR-områder, atskilt med komma eller linjeskift.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="235"/>
        <source>IP whitelist hint</source>
        <translation>Tips om IP-hvitelisten</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="242"/>
        <source>E&amp;xpires:</source>
        <translation>&amp;Utløper:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="252"/>
        <source>Expiry</source>
        <translation>Utløp</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="284"/>
        <source>What is missing</source>
        <translation>Hva som mangler</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="303"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="324"/>
        <source>Creating the key</source>
        <translation>Oppretter nøkkelen</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="344"/>
        <location filename="../ui/CreateKeyDialog.ui" line="350"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="357"/>
        <source>&amp;Create key</source>
        <translation>&amp;Opprett nøkkel</translation>
    </message>
</context>
<context>
    <name>EditKeyDialog</name>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="20"/>
        <location filename="../ui/EditKeyDialog.ui" line="23"/>
        <source>Edit key</source>
        <translation>Rediger nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="35"/>
        <source>About this dialog</source>
        <translation>Om denne dialogen</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="57"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="67"/>
        <source>Key name</source>
        <translation>Nøkkelnavn</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="74"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="86"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="93"/>
        <source>Description length</source>
        <translation>Lengde på beskrivelsen</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="102"/>
        <source>&amp;Project:</source>
        <translation>&amp;Prosjekt:</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="112"/>
        <source>Default project ID (UUID)</source>
        <translation>Standard prosjekt-ID (UUID)</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="115"/>
        <source>Default project ID</source>
        <translation>Standard prosjekt-ID</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="122"/>
        <source>E&amp;xpires:</source>
        <translation>&amp;Utløper:</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="129"/>
        <source>Expiry</source>
        <translation>Utløp</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="145"/>
        <source>What cannot be changed</source>
        <translation>Hva som ikke kan endres</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="171"/>
        <source>What is missing</source>
        <translation>Hva som mangler</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="187"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="208"/>
        <source>Saving the changes</source>
        <translation>Lagrer endringene</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="228"/>
        <location filename="../ui/EditKeyDialog.ui" line="234"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="241"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="247"/>
        <source>Save changes</source>
        <translation>Lagre endringer</translation>
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
        <translation>K&amp;ontoer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="35"/>
        <source>Accounts</source>
        <translation>Kontoer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="36"/>
        <source>Cloud accounts with their load status</source>
        <translation>Skykontoer med innlastingsstatus</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="45"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Legg til konto …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="46"/>
        <source>Add account</source>
        <translation>Legg til konto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="59"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="64"/>
        <source>Error message</source>
        <translation>Feilmelding</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="75"/>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="76"/>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="81"/>
        <source>D&amp;ismiss</source>
        <translation>Lu&amp;kk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="82"/>
        <source>Dismiss message</source>
        <translation>Lukk meldingen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="92"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="98"/>
        <source>Filter keys</source>
        <translation>Filtrer nøkler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="99"/>
        <source>Name, prefix, service, IP, status… (Ctrl+F)</source>
        <translation>Navn, prefiks, tjeneste, IP, status … (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="105"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="111"/>
        <source>Show keys with status</source>
        <translation>Vis nøkler med status</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="116"/>
        <source>Rotation d&amp;ue</source>
        <translation>&amp;Rotasjon forfalt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="117"/>
        <source>Show only keys due for rotation</source>
        <translation>Vis bare nøkler som skal roteres</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="118"/>
        <source>Show only keys older than the rotation policy</source>
        <translation>Vis bare nøkler som er eldre enn rotasjonspolicyen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="123"/>
        <source>Rotate af&amp;ter:</source>
        <translation>Roter &amp;etter:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="129"/>
        <source>Rotation policy in days</source>
        <translation>Rotasjonspolicy i dager</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="130"/>
        <source>Keys older than this are due for rotation; their age is shown in orange</source>
        <translation>Nøkler som er eldre enn dette, skal roteres; alderen deres vises i oransje</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="138"/>
        <source>Number of keys shown</source>
        <translation>Antall viste nøkler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="148"/>
        <source>Keys</source>
        <translation>Nøkler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="149"/>
        <source>Keys of the selected account</source>
        <translation>Nøklene i den valgte kontoen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="163"/>
        <source>Key details</source>
        <translation>Nøkkeldetaljer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="175"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="186"/>
        <source>&amp;Keys</source>
        <translation>&amp;Nøkler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="203"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="210"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="221"/>
        <location filename="../ui/MainWindow.ui" line="222"/>
        <source>Main toolbar</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="241"/>
        <source>&amp;Add Account…</source>
        <translation>&amp;Legg til konto …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="242"/>
        <source>Add a cloud account (Ctrl+Shift+A)</source>
        <translation>Legg til en skykonto (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="246"/>
        <source>&amp;Edit Account…</source>
        <translation>&amp;Rediger konto …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="247"/>
        <source>Change the selected account&apos;s label, endpoint or CA file</source>
        <translation>Endre etikett, endepunkt eller CA-fil for den valgte kontoen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="250"/>
        <source>Replace &amp;Token…</source>
        <translation>Erstatt &amp;token …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="251"/>
        <source>Give the selected account a new admin token, tested before the old one is dropped</source>
        <translation>Gi den valgte kontoen et nytt admin-token, som testes før det gamle forkastes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="254"/>
        <source>Re&amp;move Account…</source>
        <translation>&amp;Fjern konto …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="255"/>
        <source>Remove the selected account and its stored token</source>
        <translation>Fjern den valgte kontoen og det lagrede tokenet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="258"/>
        <source>Export &amp;Report…</source>
        <translation>&amp;Eksporter rapport …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="259"/>
        <source>Write every loaded key with its policy checks to a CSV, JSON or Markdown file (never a secret)</source>
        <translation>Skriv alle innlastede nøkler med policykontrollene sine til en CSV-, JSON- eller Markdown-fil (aldri en hemmelighet)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="262"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="267"/>
        <source>&amp;Refresh</source>
        <translation>Oppd&amp;ater</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="268"/>
        <source>Load the keys of the selected account again (F5)</source>
        <translation>Last inn nøklene i den valgte kontoen på nytt (F5)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="272"/>
        <source>&amp;Create Key…</source>
        <translation>&amp;Opprett nøkkel …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="273"/>
        <source>Create a key in the selected account (Ctrl+N)</source>
        <translation>Opprett en nøkkel i den valgte kontoen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="277"/>
        <source>R&amp;otate Key…</source>
        <translation>&amp;Roter nøkkel …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="278"/>
        <source>Replace the selected key by a new one and revoke the old one (Ctrl+R)</source>
        <translation>Erstatt den valgte nøkkelen med en ny og tilbakekall den gamle (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="282"/>
        <source>Re&amp;voke Key…</source>
        <translation>&amp;Tilbakekall nøkkel …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="283"/>
        <source>Revoke the selected key (Delete)</source>
        <translation>Tilbakekall den valgte nøkkelen (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="287"/>
        <source>Copy Key &amp;ID</source>
        <translation>Kopier nøkkel-&amp;ID</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="288"/>
        <source>Copy the selected key&apos;s id, not its secret (Ctrl+Shift+C)</source>
        <translation>Kopier ID-en til den valgte nøkkelen, ikke hemmeligheten (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="292"/>
        <source>&amp;Edit Key…</source>
        <translation>R&amp;ediger nøkkel …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="293"/>
        <source>Change what the provider lets change in the selected key (Ctrl+E)</source>
        <translation>Endre det leverandøren tillater å endre i den valgte nøkkelen (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="297"/>
        <source>&amp;Disable Key…</source>
        <translation>&amp;Deaktiver nøkkel …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="298"/>
        <source>Disable the selected key; it can be enabled again (Ctrl+D)</source>
        <translation>Deaktiver den valgte nøkkelen; den kan aktiveres igjen (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="302"/>
        <source>&amp;Suspend Owner&apos;s Keys…</source>
        <translation>&amp;Suspender eierens nøkler …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="303"/>
        <source>Suspend every key of the selected key&apos;s owner</source>
        <translation>Suspender alle nøklene til eieren av den valgte nøkkelen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="306"/>
        <source>Attach &amp;Policy…</source>
        <translation>Knytt til &amp;policy …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="307"/>
        <source>Attach a policy to the selected key&apos;s owner (Ctrl+Shift+P)</source>
        <translation>Knytt en policy til eieren av den valgte nøkkelen (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="311"/>
        <source>Show Secre&amp;t…</source>
        <translation>Vis hemme&amp;lighet …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="312"/>
        <source>Fetch and show the selected key&apos;s secret (Ctrl+Shift+T)</source>
        <translation>Hent og vis hemmeligheten til den valgte nøkkelen (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="316"/>
        <source>Test &amp;Key</source>
        <translation>Test nø&amp;kkel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="317"/>
        <source>Check that the selected key works with a read-only call (Ctrl+Shift+K)</source>
        <translation>Sjekk at den valgte nøkkelen virker, med et kall som bare leser (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="321"/>
        <source>&amp;Rotation Due Only</source>
        <translation>Bare forfalt &amp;rotasjon</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="322"/>
        <source>Show only keys older than the rotation policy (Ctrl+Shift+R)</source>
        <translation>Vis bare nøkler som er eldre enn rotasjonspolicyen (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="327"/>
        <source>R&amp;otations…</source>
        <translation>R&amp;otasjoner …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="328"/>
        <source>Open rotations: revoke an old key now, postpone its revocation or keep both keys (Ctrl+Shift+O)</source>
        <translation>Åpne rotasjoner: tilbakekall en gammel nøkkel nå, utsett tilbakekallingen eller behold begge nøklene (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="337"/>
        <source>Audit &amp;Log…</source>
        <translation>Revisjons&amp;logg …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="338"/>
        <source>Read what KeyWarden did, in the window and on the command line (Ctrl+Shift+L)</source>
        <translation>Les hva KeyWarden har gjort, i vinduet og på kommandolinjen (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="342"/>
        <source>&amp;Filter Keys</source>
        <translation>&amp;Filtrer nøkler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="343"/>
        <source>Move the focus to the filter box (Ctrl+F)</source>
        <translation>Flytt fokus til filterfeltet (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="347"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastatursnarveier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="348"/>
        <source>List every keyboard shortcut of this window (F1)</source>
        <translation>Vis alle tastatursnarveiene i dette vinduet (F1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="352"/>
        <source>&amp;About KeyWarden</source>
        <translation>&amp;Om KeyWarden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="353"/>
        <source>Version, licence and where KeyWarden keeps its data</source>
        <translation>Versjon, lisens og hvor KeyWarden lagrer dataene sine</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="332"/>
        <source>Respond to a &amp;Leak…</source>
        <translation>&amp;Håndter en lekkasje …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="333"/>
        <source>Paste leaked text: find whose keys it holds, whether they work, and switch them off (Ctrl+Shift+X)</source>
        <translation>Lim inn tekst som lakk ut: finn hvem nøklene tilhører, om de virker, og slå dem av (Ctrl+Shift+X)</translation>
    </message>
</context>
<context>
    <name>ReplaceTokenDialog</name>
    <message>
        <location filename="../ui/ReplaceTokenDialog.ui" line="14"/>
        <location filename="../ui/ReplaceTokenDialog.ui" line="17"/>
        <location filename="../ui/ReplaceTokenDialog.ui" line="174"/>
        <source>Replace token</source>
        <translation>Erstatt token</translation>
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
        <translation>Nytt &amp;token:</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceTokenDialog.ui" line="61"/>
        <source>New API token</source>
        <translation>Nytt API-token</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceTokenDialog.ui" line="68"/>
        <source>The new token is tested with the provider first. Only a token that works replaces the stored one; otherwise the old token stays in use.</source>
        <translation>Det nye tokenet testes først hos leverandøren. Bare et token som virker, erstatter det lagrede; ellers brukes det gamle tokenet fortsatt.</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceTokenDialog.ui" line="74"/>
        <source>What happens to the old token</source>
        <translation>Hva som skjer med det gamle tokenet</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceTokenDialog.ui" line="86"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceTokenDialog.ui" line="129"/>
        <source>Testing the new token</source>
        <translation>Tester det nye tokenet</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceTokenDialog.ui" line="155"/>
        <location filename="../ui/ReplaceTokenDialog.ui" line="161"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceTokenDialog.ui" line="168"/>
        <source>&amp;Replace token</source>
        <translation>&amp;Erstatt token</translation>
    </message>
</context>
<context>
    <name>RevealSecretDialog</name>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="20"/>
        <source>New key secret</source>
        <translation>Ny nøkkelhemmelighet</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="34"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="46"/>
        <source>Key created</source>
        <translation>Nøkkel opprettet</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="59"/>
        <source>Shown only once</source>
        <translation>Vises bare én gang</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="62"/>
        <source>This secret is shown only once. Store it now in your password manager or secret store: KeyWarden cannot show it again.</source>
        <translation>Denne hemmeligheten vises bare én gang. Lagre den nå i passordbehandleren eller hemmelighetslageret ditt: KeyWarden kan ikke vise den igjen.</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="84"/>
        <source>S&amp;ecret:</source>
        <translation>H&amp;emmelighet:</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="94"/>
        <source>Secret</source>
        <translation>Hemmelighet</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="105"/>
        <source>Copy the secret to the clipboard (Ctrl+C). It is cleared from the clipboard after a while.</source>
        <translation>Kopier hemmeligheten til utklippstavlen (Ctrl+C). Den fjernes fra utklippstavlen etter en stund.</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="108"/>
        <source>Copy secret</source>
        <translation>Kopier hemmelighet</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="111"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="118"/>
        <source>Copy the whole credential in the form its tools read: shell or .env lines, an AWS profile, an HTTP header</source>
        <translation>Kopier hele påloggingsinformasjonen i formen verktøyene leser: shell- eller .env-linjer, en AWS-profil, en HTTP-header</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="121"/>
        <source>Copy secret as</source>
        <translation>Kopier hemmelighet som</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="124"/>
        <source>Copy &amp;as</source>
        <translation>Kopier s&amp;om</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="131"/>
        <source>Clipboard status</source>
        <translation>Status for utklippstavlen</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="158"/>
        <source>Make a read-only call with the new key to see whether it works (Ctrl+T)</source>
        <translation>Gjør et kall som bare leser, med den nye nøkkelen for å se om den virker (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="161"/>
        <source>Test key</source>
        <translation>Test nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="164"/>
        <source>&amp;Test key</source>
        <translation>&amp;Test nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="171"/>
        <source>Test result</source>
        <translation>Testresultat</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="207"/>
        <source>I have saved this key</source>
        <translation>Jeg har lagret denne nøkkelen</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="210"/>
        <source>I have &amp;saved this key</source>
        <translation>Jeg har lagret denne &amp;nøkkelen</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="233"/>
        <source>Tick “I have saved this key” first</source>
        <translation>Kryss av for «Jeg har lagret denne nøkkelen» først</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="236"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="239"/>
        <source>C&amp;lose</source>
        <translation>&amp;Lukk</translation>
    </message>
</context>
<context>
    <name>RevokeKeyDialog</name>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="20"/>
        <location filename="../ui/RevokeKeyDialog.ui" line="46"/>
        <location filename="../ui/RevokeKeyDialog.ui" line="248"/>
        <source>Revoke key</source>
        <translation>Tilbakekall nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="34"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="59"/>
        <source>What revoking does</source>
        <translation>Hva tilbakekalling gjør</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="78"/>
        <source>Provider:</source>
        <translation>Leverandør:</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="85"/>
        <source>Provider</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="95"/>
        <source>Key ID:</source>
        <translation>Nøkkel-ID:</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="102"/>
        <source>Key ID</source>
        <translation>Nøkkel-ID</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="115"/>
        <source>Prefix:</source>
        <translation>Prefiks:</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="122"/>
        <source>Key prefix</source>
        <translation>Nøkkelprefiks</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="150"/>
        <source>Key name to confirm</source>
        <translation>Nøkkelnavn for bekreftelse</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="163"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="206"/>
        <source>Revoking</source>
        <translation>Tilbakekaller</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="232"/>
        <location filename="../ui/RevokeKeyDialog.ui" line="235"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="251"/>
        <source>&amp;Revoke key</source>
        <translation>&amp;Tilbakekall nøkkel</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="20"/>
        <location filename="../ui/RotateKeyDialog.ui" line="23"/>
        <location filename="../ui/RotateKeyDialog.ui" line="282"/>
        <source>Rotate key</source>
        <translation>Roter nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="35"/>
        <source>Rotation plan</source>
        <translation>Rotasjonsplan</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="47"/>
        <source>New key na&amp;me:</source>
        <translation>&amp;Navn på ny nøkkel:</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="57"/>
        <source>New key name</source>
        <translation>Navn på ny nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="66"/>
        <location filename="../ui/RotateKeyDialog.ui" line="69"/>
        <source>Copied from the old key</source>
        <translation>Kopiert fra den gamle nøkkelen</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="84"/>
        <source>Settings copied to the new key</source>
        <translation>Innstillinger som kopieres til den nye nøkkelen</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="94"/>
        <location filename="../ui/RotateKeyDialog.ui" line="97"/>
        <source>When to revoke the old key</source>
        <translation>Når den gamle nøkkelen skal tilbakekalles</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="105"/>
        <source>&amp;Keep it for a grace period of</source>
        <translation>&amp;Behold den i en overgangsperiode på</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="111"/>
        <source>Keep the old key for a grace period</source>
        <translation>Behold den gamle nøkkelen i en overgangsperiode</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="127"/>
        <source>Grace period in days</source>
        <translation>Overgangsperiode i dager</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="134"/>
        <source>then revoke it</source>
        <translation>og tilbakekall den deretter</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="158"/>
        <source>Revoke it once &amp;quiet: unused for</source>
        <translation>Tilbakekall når den er &amp;stille: ubrukt i</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="161"/>
        <source>Revoke the old key once it is no longer used</source>
        <translation>Tilbakekall den gamle nøkkelen når den ikke lenger brukes</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="180"/>
        <source>Hours without use before the old key is revoked</source>
        <translation>Timer uten bruk før den gamle nøkkelen tilbakekalles</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="187"/>
        <source>(you are asked if it is still used when the grace period ends)</source>
        <translation>(du blir spurt hvis den fortsatt brukes når overgangsperioden er over)</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="212"/>
        <source>&amp;Disable it now, delete it when the grace period ends</source>
        <translation>&amp;Deaktiver den nå, slett den når overgangsperioden er over</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="215"/>
        <source>Disable the old key now and delete it after the grace period</source>
        <translation>Deaktiver den gamle nøkkelen nå og slett den etter overgangsperioden</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="222"/>
        <source>Revoke it &amp;now, once the new key&apos;s secret is saved</source>
        <translation>&amp;Tilbakekall den nå, så snart hemmeligheten til den nye nøkkelen er lagret</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="225"/>
        <source>Revoke the old key now</source>
        <translation>Tilbakekall den gamle nøkkelen nå</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="263"/>
        <location filename="../ui/RotateKeyDialog.ui" line="269"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="276"/>
        <source>&amp;Rotate</source>
        <translation>&amp;Roter</translation>
    </message>
</context>
<context>
    <name>SandboxMain</name>
    <message>
        <location filename="../app/sandbox_main.cpp" line="57"/>
        <source>Port to listen on (0: pick a free one).</source>
        <translation>Porten det skal lyttes på (0: velg en ledig).</translation>
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
        <translation>Server HTTPS med et selvsignert sertifikat laget ved oppstart.</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="65"/>
        <source>With --tls: write the WAYSCloud certificate (PEM) to FILE, for clients to trust; --ca-all-out FILE writes every emulator&apos;s.</source>
        <translation>Med --tls: skriv WAYSCloud-sertifikatet (PEM) til FILE, slik at klienter kan klarere det; --ca-all-out FILE skriver sertifikatet til hver emulator.</translation>
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
        <translation>Antall WAYSCloud-eksempelnøkler som skal opprettes.</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="76"/>
        <source>Hand out the key pair of the IAM user iam-admin (IAMFullAccess) as the Wasabi IAM token instead of the root user&apos;s.</source>
        <translation>Del ut nøkkelparet til IAM-brukeren iam-admin (IAMFullAccess) som Wasabi IAM-token i stedet for rotbrukerens.</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="81"/>
        <source>Seed every emulator with N keys instead of the samples (for load tests): each list shows exactly N, paged as the provider pages it, beyond the per-account limits a real create would hit (Wasabi IAM: two keys to a user, so N/2 users).</source>
        <translation>Fyll hver emulator med N nøkler i stedet for eksempelnøklene (for lasttester): hver liste viser nøyaktig N, delt inn i sider slik leverandøren gjør det, også utover grensene per konto som en ekte opprettelse ville møtt (Wasabi IAM: to nøkler per bruker, altså N/2 brukere).</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="88"/>
        <source>With --keys-per-account: the seed of the key mix (the same seed, the same ages and states).</source>
        <translation>Med --keys-per-account: frøet for nøkkelblandingen (samme frø gir samme aldre og tilstander).</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="92"/>
        <source>SEED</source>
        <translation>SEED</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="95"/>
        <source>With --tls: write the certificates of every emulator (PEM) to FILE.</source>
        <translation>Med --tls: skriv sertifikatene til alle emulatorene (PEM) til FILE.</translation>
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
        <translation>Kjører API-emulatorene for WAYSCloud, Scaleway, CoreWeave, Wasabi AiR og Wasabi IAM på 127.0.0.1 med eksempelnøkler; Scaleway, CoreWeave og Wasabi IAM svarer også på S3 ListBuckets, for å verifisere nøkkelparene sine.

I motsetning til keywarden og keywarden-cli lar den kjernedumper og tilkobling av feilsøker være på: den har bare engangs eksempelhemmeligheter.

Ved oppstart skrives dette til stdout:
  KEYWARDEN_SANDBOX_URL=&lt;WAYSCloud-grunnadresse&gt;
  KEYWARDEN_SANDBOX_TOKEN=&lt;personlig admin-tilgangstoken for WAYSCloud&gt;
og for hver leverandør P (WAYSCLOUD, SCALEWAY, COREWEAVE, WASABI_AIR, WASABI_IAM):
  KEYWARDEN_SANDBOX_&lt;P&gt;_URL=&lt;grunnadresse&gt;
  KEYWARDEN_SANDBOX_&lt;P&gt;_TOKEN=&lt;admin-token&gt;
  KEYWARDEN_SANDBOX_SCALEWAY_ORGANIZATION_ID=&lt;organisasjons-ID&gt;
  KEYWARDEN_SANDBOX_&lt;P&gt;_S3_URL=&lt;S3-endepunkt&gt;, KEYWARDEN_SANDBOX_&lt;P&gt;_REGION=&lt;region&gt; (SCALEWAY, COREWEAVE, WASABI_IAM)
Wasabi IAM-tokenet er rotnøkkelparet som ACCESSKEYID:SECRET (med --wasabi-iam-user-admin: paret til IAM-brukeren iam-admin).
Tokenet er en engangslegitimasjon laget ved oppstart: det er bare gyldig for denne sandkasseprosessen og bare til den avsluttes, så det er meningen at det skrives ut.
Kontrollendepunkter (med tokenet): POST/DELETE /_sandbox/faults, GET /_sandbox/stats.</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="141"/>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port må være et tall fra 0 til 65535</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="144"/>
        <source>--samples must be a number of 0 or more</source>
        <translation>--samples må være et tall på 0 eller mer</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="147"/>
        <source>--keys-per-account must be a number from 1 to 1000000</source>
        <translation>--keys-per-account må være et tall fra 1 til 1000000</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="150"/>
        <source>--seed must be a number of 0 or more</source>
        <translation>--seed må være et tall på 0 eller mer</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="152"/>
        <source>--ca-out and --ca-all-out need --tls</source>
        <translation>--ca-out og --ca-all-out krever --tls</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="241"/>
        <source>cannot install the signal handlers</source>
        <translation>kan ikke installere signalbehandlerne</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="172"/>
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="255"/>
        <source>%1 provider sandboxes listening on 127.0.0.1 (WAYSCloud on %2 with %3 sample keys); the tokens above are throwaways. Stop with Ctrl+C or SIGTERM.</source>
        <translation>%1 leverandørsandkasser lytter på 127.0.0.1 (WAYSCloud på %2 med %3 eksempelnøkler); tokenene ovenfor er til engangsbruk. Stopp med Ctrl+C eller SIGTERM.</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="267"/>
        <source>Sandboxes stopped.</source>
        <translation>Sandkassene er stoppet.</translation>
    </message>
</context>
<context>
    <name>kw</name>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="52"/>
        <source>Scaleway keys cannot be disabled; delete the key or shorten its expiry</source>
        <translation>Scaleway-nøkler kan ikke deaktiveres; slett nøkkelen eller forkort utløpstiden</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="62"/>
        <source>description: %1 characters; Scaleway allows at most %2.</source>
        <translation>description: %1 tegn; Scaleway tillater høyst %2.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="65"/>
        <source>Shorten the description.</source>
        <translation>Forkort beskrivelsen.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="74"/>
        <source>default_project_id: “%1” is not a project id.</source>
        <translation>default_project_id: «%1» er ikke en prosjekt-ID.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="75"/>
        <source>A Scaleway project id is a UUID, e.g. a1b2c3d4-0000-4000-8000-000000000000.</source>
        <translation>En Scaleway-prosjekt-ID er en UUID, f.eks. a1b2c3d4-0000-4000-8000-000000000000.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="85"/>
        <source>expires_at: the date is not valid.</source>
        <translation>expires_at: datoen er ugyldig.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="88"/>
        <source>expires_at: the date must be in the future.</source>
        <translation>expires_at: datoen må være i fremtiden.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="98"/>
        <source>Choose who the key belongs to: exactly one user or one application (user_id or application_id).</source>
        <translation>Velg hvem nøkkelen tilhører: nøyaktig én bruker eller én applikasjon (user_id eller application_id).</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="100"/>
        <source>You can create keys for yourself and for IAM applications.</source>
        <translation>Du kan opprette nøkler for deg selv og for IAM-applikasjoner.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="104"/>
        <source>%1: “%2” is not a Scaleway id.</source>
        <translation>%1: «%2» er ikke en Scaleway-ID.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="56"/>
        <source>No Secret Service is running. Install and start gnome-keyring (apt install gnome-keyring libsecret-1-0) or KeePassXC with its Secret Service integration, then log in again.</source>
        <translation>Ingen Secret Service kjører. Installer og start gnome-keyring (apt install gnome-keyring libsecret-1-0) eller KeePassXC med Secret Service-integrasjonen, og logg inn på nytt.</translation>
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="42"/>
        <source>availability zone</source>
        <translation>tilgjengelighetssone</translation>
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="42"/>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="44"/>
        <source>The account names no S3 %1 to test the key in.</source>
        <translation>Kontoen oppgir ingen S3-%1 å teste nøkkelen i.</translation>
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="45"/>
        <source>Give the account its %1 (for example %2): add it again with the %1 in Add account, or with keywarden-cli accounts add --region. Then test the key again.</source>
        <translation>Gi kontoen dens %1 (for eksempel %2): legg den til på nytt med %1 i «Legg til konto», eller med keywarden-cli accounts add --region. Test deretter nøkkelen igjen.</translation>
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="62"/>
        <source>The account names no S3 endpoint to test the key on.</source>
        <translation>Kontoen oppgir ikke noe S3-endepunkt å teste nøkkelen mot.</translation>
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="63"/>
        <source>Set the account&apos;s S3 endpoint, then test the key again.</source>
        <translation>Angi S3-endepunktet til kontoen, og test deretter nøkkelen igjen.</translation>
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="90"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="98"/>
        <source>There is no secret to test.</source>
        <translation>Det finnes ingen hemmelighet å teste.</translation>
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="100"/>
        <source>The key has no access key id.</source>
        <translation>Nøkkelen har ingen tilgangsnøkkel-ID.</translation>
    </message>
</context>
<context>
    <name>kw::AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="15"/>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="25"/>
        <location filename="../ui/AboutDialog.cpp" line="26"/>
        <location filename="../ui/AboutDialog.cpp" line="54"/>
        <source>About KeyWarden</source>
        <translation>Om KeyWarden</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="31"/>
        <source>KeyWarden %1</source>
        <translation>KeyWarden %1</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="38"/>
        <source>A desktop console for the API keys and access keys of your cloud accounts.</source>
        <translation>En skrivebordskonsoll for API-nøklene og tilgangsnøklene i skykontoene dine.</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="39"/>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>Lisens: GNU General Public License, versjon 3 eller nyere.</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="40"/>
        <source>Where your data lives:</source>
        <translation>Hvor dataene dine ligger:</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="41"/>
        <source>Settings and accounts (no secrets): %1</source>
        <translation>Innstillinger og kontoer (ingen hemmeligheter): %1</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="42"/>
        <source>Audit log: %1</source>
        <translation>Revisjonslogg: %1</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="43"/>
        <source>Account tokens: %1, service “%2”</source>
        <translation>Kontotokener: %1, tjeneste «%2»</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="46"/>
        <source>No keychain entries yet.</source>
        <translation>Ingen oppføringer i nøkkelringen ennå.</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="58"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>kw::AccountListModel</name>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="197"/>
        <source>not loaded</source>
        <translation>ikke lastet inn</translation>
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="199"/>
        <source>reading token…</source>
        <translation>leser token …</translation>
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="201"/>
        <source>loading…</source>
        <translation>laster inn …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountListModel.cpp" line="148"/>
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln nøkkel</numerusform>
            <numerusform>%Ln nøkler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountListModel.cpp" line="150"/>
        <source>%Ln loading</source>
        <translation>
            <numerusform>%Ln laster inn</numerusform>
            <numerusform>%Ln laster inn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountListModel.cpp" line="152"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln mislyktes</numerusform>
            <numerusform>%Ln mislyktes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="161"/>
        <source>All accounts</source>
        <translation>Alle kontoer</translation>
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="163"/>
        <source>All accounts, %1</source>
        <translation>Alle kontoer, %1</translation>
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="165"/>
        <source>Every key of every account in one table</source>
        <translation>Alle nøklene i alle kontoene i én tabell</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountListModel.cpp" line="204"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n nøkkel</numerusform>
            <numerusform>%n nøkler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="207"/>
        <source>error</source>
        <translation>feil</translation>
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="230"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="234"/>
        <source>Token held for this session only</source>
        <translation>Tokenet beholdes bare i denne økten</translation>
    </message>
</context>
<context>
    <name>kw::AccountService</name>
    <message>
        <location filename="../src/console/AccountService.cpp" line="65"/>
        <source>The account is not loaded yet. Retry once its keys show.</source>
        <translation>Kontoen er ikke lastet inn ennå. Prøv igjen når nøklene vises.</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="107"/>
        <source>The token was already discarded; add the account again.</source>
        <translation>Tokenet er allerede forkastet; legg til kontoen på nytt.</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="146"/>
        <source>Could not keep the token in memory: %1</source>
        <translation>Kunne ikke beholde tokenet i minnet: %1</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="175"/>
        <location filename="../src/console/AccountService.cpp" line="210"/>
        <location filename="../src/console/AccountService.cpp" line="247"/>
        <location filename="../src/console/AccountService.cpp" line="265"/>
        <source>The account is not there any more.</source>
        <translation>Kontoen finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="180"/>
        <source>An account&apos;s provider cannot be changed; add a new account instead.</source>
        <translation>Leverandøren til en konto kan ikke endres; legg til en ny konto i stedet.</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="210"/>
        <source>Enter the new token.</source>
        <translation>Skriv inn det nye tokenet.</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="221"/>
        <location filename="../src/console/AccountService.cpp" line="365"/>
        <source>This version of KeyWarden has no client for the provider “%1”.</source>
        <translation>Denne versjonen av KeyWarden har ingen klient for leverandøren «%1».</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="259"/>
        <source>The new token works, but could not be stored in %1: %2. The old token is still in use.</source>
        <translation>Det nye tokenet virker, men kunne ikke lagres i %1: %2. Det gamle tokenet brukes fortsatt.</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="351"/>
        <source>No token is stored for this account in %1.</source>
        <translation>Ingen token er lagret for denne kontoen i %1.</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="352"/>
        <source>Remove the account and add it again with its token.</source>
        <translation>Fjern kontoen og legg den til på nytt med tokenet.</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="356"/>
        <source>Could not read the account&apos;s token from %1: %2</source>
        <translation>Kunne ikke lese kontoens token fra %1: %2</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="357"/>
        <source>Unlock or start your keychain, then retry.</source>
        <translation>Lås opp eller start nøkkelringen, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="367"/>
        <source>Update KeyWarden, or remove the account.</source>
        <translation>Oppdater KeyWarden, eller fjern kontoen.</translation>
    </message>
    <message>
        <location filename="../src/console/AccountService.cpp" line="405"/>
        <source>Could not load the keys: %1</source>
        <translation>Kunne ikke laste inn nøklene: %1</translation>
    </message>
</context>
<context>
    <name>kw::AddAccountDialog</name>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="195"/>
        <source>Enter the API endpoint, e.g. https://api.example.com.</source>
        <translation>Skriv inn API-endepunktet, f.eks. https://api.example.com.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="45"/>
        <source>The endpoint “%1” is not a web address such as https://api.example.com.</source>
        <translation>Endepunktet «%1» er ikke en nettadresse som https://api.example.com.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="42"/>
        <source>The S3 endpoint “%1” is not a web address such as https://s3.example.com.</source>
        <translation>S3-endepunktet «%1» er ikke en nettadresse som https://s3.example.com.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="50"/>
        <source>The S3 endpoint “%1” uses plain http://, which is allowed only for this computer (localhost, 127.0.0.1, ::1). Use https://.</source>
        <translation>S3-endepunktet «%1» bruker ukryptert http://, som bare er tillatt for denne datamaskinen (localhost, 127.0.0.1, ::1). Bruk https://.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="54"/>
        <source>The endpoint “%1” uses plain http://, which is allowed only for this computer (localhost, 127.0.0.1, ::1). Use https://.</source>
        <translation>Endepunktet «%1» bruker ukryptert http://, som bare er tillatt for denne datamaskinen (localhost, 127.0.0.1, ::1). Bruk https://.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="80"/>
        <location filename="../ui/AddAccountDialog.cpp" line="238"/>
        <source>Known regions</source>
        <translation>Kjente regioner</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="112"/>
        <source>An account&apos;s provider cannot be changed; add a new account instead.</source>
        <translation>Leverandøren til en konto kan ikke endres; legg til en ny konto i stedet.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="127"/>
        <location filename="../ui/AddAccountDialog.cpp" line="128"/>
        <source>Edit account</source>
        <translation>Rediger konto</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="129"/>
        <source>&amp;Save</source>
        <translation>La&amp;gre</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="130"/>
        <source>Save account</source>
        <translation>Lagre kontoen</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="190"/>
        <source>No provider is available.</source>
        <translation>Ingen leverandør er tilgjengelig.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="192"/>
        <source>Enter a label for the account.</source>
        <translation>Skriv inn en etikett for kontoen.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="204"/>
        <source>The CA file “%1” cannot be read.</source>
        <translation>CA-filen «%1» kan ikke leses.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="210"/>
        <source>Enter the account&apos;s API token.</source>
        <translation>Skriv inn kontoens API-token.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="223"/>
        <source>e.g. Production (%1)</source>
        <translation>f.eks. Produksjon (%1)</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="234"/>
        <source>Availability &amp;zone:</source>
        <translation>Tilgjengelighets&amp;sone:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="234"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="235"/>
        <source>Availability zone</source>
        <translation>Tilgjengelighetssone</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="235"/>
        <source>S3 region</source>
        <translation>S3-region</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="237"/>
        <source>Example availability zones</source>
        <translation>Eksempler på tilgjengelighetssoner</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="247"/>
        <source>Test key checks a new key by listing the buckets on this S3 endpoint, signed for the organization&apos;s availability zone.</source>
        <translation>«Test nøkkel» sjekker en ny nøkkel ved å liste bøttene på dette S3-endepunktet, signert for organisasjonens tilgjengelighetssone.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="249"/>
        <source>Test key checks a new key by listing the buckets on this S3 endpoint, signed for the region.</source>
        <translation>«Test nøkkel» sjekker en ny nøkkel ved å liste bøttene på dette S3-endepunktet, signert for regionen.</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="276"/>
        <source>Choose a CA certificate</source>
        <translation>Velg et CA-sertifikat</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="277"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-sertifikater (*.pem *.crt);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="293"/>
        <source>Optional; empty means %1</source>
        <translation>Valgfritt; tomt betyr %1</translation>
    </message>
</context>
<context>
    <name>kw::AttachPolicyDialog</name>
    <message>
        <location filename="../ui/AttachPolicyDialog.cpp" line="22"/>
        <source>Attach a policy to %1</source>
        <translation>Knytt en policy til %1</translation>
    </message>
    <message>
        <location filename="../ui/AttachPolicyDialog.cpp" line="27"/>
        <source>Choose the policy to attach to the user “%1”. It applies at once to every key of this user.</source>
        <translation>Velg policyen som skal knyttes til brukeren «%1». Den gjelder straks for alle nøklene til denne brukeren.</translation>
    </message>
    <message>
        <location filename="../ui/AttachPolicyDialog.cpp" line="54"/>
        <source>%1 (%2) — attached already</source>
        <translation>%1 (%2) — allerede tilknyttet</translation>
    </message>
    <message>
        <location filename="../ui/AttachPolicyDialog.cpp" line="55"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AttachPolicyDialog.cpp" line="96"/>
        <source>Attaching</source>
        <translation>Knytter til</translation>
    </message>
    <message>
        <location filename="../ui/AttachPolicyDialog.cpp" line="103"/>
        <source>&amp;Attach</source>
        <translation>&amp;Knytt til</translation>
    </message>
    <message>
        <location filename="../ui/AttachPolicyDialog.cpp" line="105"/>
        <source>Attach the chosen policy</source>
        <translation>Knytt til den valgte policyen</translation>
    </message>
</context>
<context>
    <name>kw::AuditLogDialog</name>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="75"/>
        <source>Audit Log</source>
        <translation>Revisjonslogg</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="95"/>
        <source>Key, id, outcome…</source>
        <translation>Nøkkel, ID, utfall …</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="97"/>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="97"/>
        <source>Search the audit log</source>
        <translation>Søk i revisjonsloggen</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="101"/>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="101"/>
        <source>Only this account</source>
        <translation>Bare denne kontoen</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="104"/>
        <source>Ac&amp;tion:</source>
        <translation>&amp;Handling:</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="104"/>
        <source>Only this action</source>
        <translation>Bare denne handlingen</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="110"/>
        <source>any day</source>
        <translation>hvilken som helst dag</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="116"/>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="116"/>
        <source>From this day on</source>
        <translation>Fra og med denne dagen</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="117"/>
        <source>T&amp;o:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="117"/>
        <source>Up to and including this day</source>
        <translation>Til og med denne dagen</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="131"/>
        <source>What KeyWarden did, in the window and on the command line, newest first. The log holds no secrets. Log file: %1</source>
        <translation>Hva KeyWarden har gjort, i vinduet og på kommandolinjen, nyeste først. Loggen inneholder ingen hemmeligheter. Loggfil: %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="142"/>
        <source>Audit log entries</source>
        <translation>Oppføringer i revisjonsloggen</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="145"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="145"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="145"/>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="145"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="145"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="145"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="165"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksporter CSV …</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="167"/>
        <source>Export the entries shown as CSV</source>
        <translation>Eksporter de viste oppføringene som CSV</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="168"/>
        <source>&amp;Reload</source>
        <translation>&amp;Last inn på nytt</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="169"/>
        <source>Read the audit log again</source>
        <translation>Les revisjonsloggen på nytt</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="181"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="193"/>
        <source>The audit log %1 cannot be read: %2</source>
        <translation>Revisjonsloggen %1 kan ikke leses: %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="236"/>
        <source>Nothing is recorded yet.</source>
        <translation>Ingenting er registrert ennå.</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="237"/>
        <source>%1 of %2 entries shown.</source>
        <translation>%1 av %2 oppføringer vises.</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="239"/>
        <source>Damaged lines that could not be read: %1.</source>
        <translation>Skadde linjer som ikke kunne leses: %1.</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="248"/>
        <source>line %1</source>
        <translation>linje %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="251"/>
        <source>Damaged line</source>
        <translation>Skadet linje</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="255"/>
        <source>window</source>
        <translation>vindu</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="256"/>
        <source>command line</source>
        <translation>kommandolinje</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="257"/>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="262"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="311"/>
        <source>The CSV file %1 could not be written: %2</source>
        <translation>CSV-filen %1 kunne ikke skrives: %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="315"/>
        <source>Exported to %1 (entries: %2).</source>
        <translation>Eksportert til %1 (oppføringer: %2).</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="322"/>
        <source>Export Audit Log</source>
        <translation>Eksporter revisjonslogg</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="324"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>kw::Autostart</name>
    <message>
        <location filename="../src/console/Autostart.cpp" line="47"/>
        <source>Cannot remove %1: %2</source>
        <translation>Kan ikke fjerne %1: %2</translation>
    </message>
    <message>
        <location filename="../src/console/Autostart.cpp" line="51"/>
        <source>Cannot create the folder %1.</source>
        <translation>Kan ikke opprette mappen %1.</translation>
    </message>
    <message>
        <location filename="../src/console/Autostart.cpp" line="55"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
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
            <numerusform>%n nøkkel</numerusform>
            <numerusform>%n nøkler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BulkActionFlow.cpp" line="39"/>
        <source>%n listed keys</source>
        <translation>
            <numerusform>%n nøkkel i listen</numerusform>
            <numerusform>%n nøkler i listen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="42"/>
        <source>: reactivates every key of %1 (%2)</source>
        <translation>: reaktiverer alle nøklene til %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="44"/>
        <source>: suspends every key of %1 (%2)</source>
        <translation>: suspenderer alle nøklene til %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="64"/>
        <source>Revoke keys</source>
        <translation>Tilbakekall nøkler</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="65"/>
        <source>Revoke %1?</source>
        <translation>Tilbakekalle %1?</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="66"/>
        <source>Revoke %1</source>
        <translation>Tilbakekall %1</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="67"/>
        <source>Keep the keys</source>
        <translation>Behold nøklene</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="68"/>
        <source>Revocation is immediate and final: every application that uses one of these keys stops working at once, and no key can be restored.</source>
        <translation>Tilbakekallingen skjer straks og er endelig: alle programmer som bruker en av disse nøklene, slutter å virke med en gang, og ingen nøkkel kan gjenopprettes.</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="73"/>
        <source>Disable keys</source>
        <translation>Deaktiver nøkler</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="74"/>
        <source>Disable %1?</source>
        <translation>Deaktivere %1?</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="75"/>
        <source>Disable %1</source>
        <translation>Deaktiver %1</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="76"/>
        <source>Keep them enabled</source>
        <translation>La dem være aktivert</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="77"/>
        <source>Applications that use them stop working until they are enabled again.</source>
        <translation>Programmer som bruker dem, slutter å virke til de aktiveres igjen.</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="81"/>
        <source>Enable keys</source>
        <translation>Aktiver nøkler</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="82"/>
        <source>Enable %1?</source>
        <translation>Aktivere %1?</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="83"/>
        <source>Enable %1</source>
        <translation>Aktiver %1</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="84"/>
        <source>Keep them disabled</source>
        <translation>La dem være deaktivert</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="85"/>
        <source>Applications that have them can use them again.</source>
        <translation>Programmer som har dem, kan bruke dem igjen.</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="88"/>
        <source>Rotate keys</source>
        <translation>Roter nøkler</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="89"/>
        <source>Rotate %1?</source>
        <translation>Rotere %1?</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="90"/>
        <source>Rotate %1</source>
        <translation>Roter %1</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="91"/>
        <source>Not now</source>
        <translation>Ikke nå</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="92"/>
        <source>One rotation after the other: each opens its own dialog (“Rotation 1 of %1”), where you choose the new key&apos;s name and when the old key goes, and shows the new secret once. Cancelling one of them stops the rest.</source>
        <translation>Én rotasjon etter den andre: hver åpner sin egen dialog («Rotasjon 1 av %1»), der du velger navnet på den nye nøkkelen og når den gamle nøkkelen skal fjernes, og viser den nye hemmeligheten én gang. Avbryter du én av dem, stoppes resten.</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="109"/>
        <source>…and %1 more (Show Details).</source>
        <translation>… og %1 til (Vis detaljer).</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="132"/>
        <source>Rotated keys</source>
        <translation>Roterte nøkler</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="181"/>
        <source>They belong to %1 accounts: %2.</source>
        <translation>De tilhører %1 kontoer: %2.</translation>
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
            <numerusform>%n valgt nøkkel hoppes over:</numerusform>
            <numerusform>%n valgte nøkler hoppes over:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="226"/>
        <source>The account&apos;s keys are not loaded.</source>
        <translation>Nøklene i kontoen er ikke lastet inn.</translation>
    </message>
    <message>
        <location filename="../ui/BulkActionFlow.cpp" line="233"/>
        <source>Rotation %1 of %2</source>
        <translation>Rotasjon %1 av %2</translation>
    </message>
</context>
<context>
    <name>kw::BulkKeyActions</name>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="63"/>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="65"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="67"/>
        <source>Done</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="69"/>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="71"/>
        <source>Skipped</source>
        <translation>Hoppet over</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="73"/>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="89"/>
        <source>Listed twice; done once.</source>
        <translation>Oppført to ganger; utført én gang.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="91"/>
        <source>Its account is no longer in KeyWarden.</source>
        <translation>Kontoen finnes ikke lenger i KeyWarden.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="93"/>
        <source>Rotation shows each new secret in the main window, and there is none here.</source>
        <translation>Rotasjon viser hver ny hemmelighet i hovedvinduet, og her finnes det ikke noe hovedvindu.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="124"/>
        <source>This build of KeyWarden has no client for the account&apos;s provider.</source>
        <translation>Denne versjonen av KeyWarden har ingen klient for kontoens leverandør.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="126"/>
        <source>Already revoked.</source>
        <translation>Allerede tilbakekalt.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="128"/>
        <source>%1 keys cannot be revoked here.</source>
        <translation>%1-nøkler kan ikke tilbakekalles her.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="131"/>
        <source>%1 does not let this key be deleted.</source>
        <translation>%1 tillater ikke at denne nøkkelen slettes.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="134"/>
        <source>This key is already being rotated.</source>
        <translation>Denne nøkkelen roteres allerede.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/BulkKeyActions.cpp" line="136"/>
        <source>The account has reached %1&apos;s limit of %n keys.</source>
        <translation>
            <numerusform>Kontoen har nådd grensen til %1 på %n nøkkel.</numerusform>
            <numerusform>Kontoen har nådd grensen til %1 på %n nøkler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="139"/>
        <source>%1 keys cannot be disabled.</source>
        <translation>%1-nøkler kan ikke deaktiveres.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="163"/>
        <source>%1 can only suspend a key&apos;s owner, and this key has none listed.</source>
        <translation>%1 kan bare suspendere eieren av en nøkkel, og denne nøkkelen har ingen oppført eier.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="165"/>
        <source>Its owner is not suspended.</source>
        <translation>Eieren er ikke suspendert.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="167"/>
        <source>Its owner is already suspended.</source>
        <translation>Eieren er allerede suspendert.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="160"/>
        <source>Only an active key can be suspended.</source>
        <translation>Bare en aktiv nøkkel kan suspenderes.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="153"/>
        <source>%1 does not let this key be changed.</source>
        <translation>%1 tillater ikke at denne nøkkelen endres.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="156"/>
        <source>It is not disabled.</source>
        <translation>Den er ikke deaktivert.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="158"/>
        <source>Already disabled.</source>
        <translation>Allerede deaktivert.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="161"/>
        <source>Only an active key can be disabled.</source>
        <translation>Bare en aktiv nøkkel kan deaktiveres.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="242"/>
        <source>Not started: the run was cancelled.</source>
        <translation>Ikke startet: kjøringen ble avbrutt.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="328"/>
        <source>Reactivated the keys of %1.</source>
        <translation>Reaktiverte nøklene til %1.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="329"/>
        <source>Suspended the keys of %1.</source>
        <translation>Suspenderte nøklene til %1.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="333"/>
        <source>Revoked.</source>
        <translation>Tilbakekalt.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="335"/>
        <source>Disabled.</source>
        <translation>Deaktivert.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="337"/>
        <source>Enabled.</source>
        <translation>Aktivert.</translation>
    </message>
    <message>
        <location filename="../src/console/BulkKeyActions.cpp" line="339"/>
        <source>Rotated.</source>
        <translation>Rotert.</translation>
    </message>
</context>
<context>
    <name>kw::BulkOutcomeDialog</name>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="39"/>
        <source>&amp;Stop Remaining</source>
        <translation>&amp;Stopp resten</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="40"/>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Kopier som tekst</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="48"/>
        <source>Outcome per key</source>
        <translation>Utfall per nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="50"/>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="50"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="50"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="50"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="64"/>
        <source>Stop remaining</source>
        <translation>Stopp resten</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="65"/>
        <source>Start no further key; the ones in progress still finish</source>
        <translation>Start ingen flere nøkler; de som er i gang, fullføres likevel</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="67"/>
        <source>Copy as text</source>
        <translation>Kopier som tekst</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="73"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="133"/>
        <source>%1 done</source>
        <translation>%1 fullført</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="135"/>
        <source>%1 failed</source>
        <translation>%1 mislyktes</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="137"/>
        <source>%1 skipped</source>
        <translation>%1 hoppet over</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="139"/>
        <source>%1 not started</source>
        <translation>%1 ikke startet</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="142"/>
        <source>Finished: %1.</source>
        <translation>Ferdig: %1.</translation>
    </message>
    <message>
        <location filename="../ui/BulkOutcomeDialog.cpp" line="143"/>
        <source>Working… %1 of %2 keys answered so far: %3.</source>
        <translation>Arbeider … %1 av %2 nøkler har fått svar så langt: %3.</translation>
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
        <translation>Forespørselen ble avbrutt</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="111"/>
        <source>The request was rejected as invalid</source>
        <translation>Forespørselen ble avvist som ugyldig</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="113"/>
        <source>The server ran out of time</source>
        <translation>Tidsavbrudd på tjeneren</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="114"/>
        <source>Not found</source>
        <translation>Ikke funnet</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="115"/>
        <source>It exists already</source>
        <translation>Den finnes allerede</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="116"/>
        <source>Permission denied</source>
        <translation>Tilgang nektet</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="118"/>
        <source>A limit or quota was reached</source>
        <translation>En grense eller kvote er nådd</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="120"/>
        <source>Not possible in the current state</source>
        <translation>Ikke mulig i gjeldende tilstand</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="121"/>
        <source>Aborted by a conflict</source>
        <translation>Avbrutt på grunn av en konflikt</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="122"/>
        <source>A value is out of range</source>
        <translation>En verdi er utenfor gyldig område</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="123"/>
        <source>Not supported</source>
        <translation>Støttes ikke</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="124"/>
        <source>Internal server error</source>
        <translation>Intern tjenerfeil</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="125"/>
        <source>The service is unavailable</source>
        <translation>Tjenesten er utilgjengelig</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="126"/>
        <source>Data loss</source>
        <translation>Datatap</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="128"/>
        <source>The API access token was not accepted</source>
        <translation>API-tilgangstokenet ble ikke godtatt</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="51"/>
        <source>CoreWeave keys cannot be renamed or edited; rotate instead</source>
        <translation>CoreWeave-nøkler kan ikke gis nytt navn eller redigeres; roter i stedet</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="102"/>
        <source>CoreWeave lists keys by status only as active or suspended.</source>
        <translation>CoreWeave lister nøkler etter status bare som aktive eller suspenderte.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="116"/>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="151"/>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="164"/>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="197"/>
        <source>access keys</source>
        <translation>tilgangsnøkler</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="152"/>
        <source>a page held %1 keys where at most %2 were asked for, so the pages cannot be told apart.</source>
        <translation>en side inneholdt %1 nøkler der høyst %2 ble bedt om, så sidene kan ikke skilles fra hverandre.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="165"/>
        <source>keys were removed while the list was read, so the pages moved and a key could have been skipped.</source>
        <translation>nøkler ble fjernet mens listen ble lest, så sidene flyttet seg, og en nøkkel kan ha blitt hoppet over.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="190"/>
        <source>CoreWeave sent the same keys again for offset %1; the list stopped there.</source>
        <translation>CoreWeave sendte de samme nøklene igjen for forskyvning %1; listen stoppet der.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="213"/>
        <source>The expiry date is in the past.</source>
        <translation>Utløpsdatoen er passert.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="217"/>
        <source>A key&apos;s duration cannot be negative.</source>
        <translation>Varigheten til en nøkkel kan ikke være negativ.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="220"/>
        <source>Temporary CoreWeave keys last at most 12 hours (43 200 s).</source>
        <translation>Midlertidige CoreWeave-nøkler varer høyst 12 timer (43 200 s).</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="221"/>
        <source>Choose a shorter duration, or a permanent key.</source>
        <translation>Velg en kortere varighet, eller en permanent nøkkel.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="239"/>
        <source>The key has no access key id.</source>
        <translation>Nøkkelen har ingen tilgangsnøkkel-ID.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="255"/>
        <source>The keys have no principal to suspend or reactivate.</source>
        <translation>Nøklene har ingen principal å suspendere eller reaktivere.</translation>
    </message>
</context>
<context>
    <name>kw::CreateKeyDialog</name>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="37"/>
        <source>Create key</source>
        <translation>Opprett nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="38"/>
        <source>Create %1 key</source>
        <translation>Opprett %1-nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="42"/>
        <source>&amp;Name (required):</source>
        <translation>&amp;Navn (påkrevd):</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="43"/>
        <source>Required</source>
        <translation>Påkrevd</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="46"/>
        <source>Optional: %1 picks a name when empty</source>
        <translation>Valgfritt: %1 velger et navn når feltet er tomt</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="47"/>
        <source>the provider</source>
        <translation>leverandøren</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="57"/>
        <source>The key has the rights of the user it belongs to.</source>
        <translation>Nøkkelen har rettighetene til brukeren den tilhører.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="61"/>
        <source>Users and applications</source>
        <translation>Brukere og applikasjoner</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="64"/>
        <source>Choose the key&apos;s owner…</source>
        <translation>Velg nøkkelens eier …</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="66"/>
        <source>Projects</source>
        <translation>Prosjekter</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="67"/>
        <source>A project name or ID</source>
        <translation>Et prosjektnavn eller en ID</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="126"/>
        <source>Valid &amp;for:</source>
        <translation>&amp;Gyldig i:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="136"/>
        <source>Loading users and applications…</source>
        <translation>Laster inn brukere og applikasjoner …</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="146"/>
        <source>Could not load users and applications: %1</source>
        <translation>Kunne ikke laste inn brukere og applikasjoner: %1</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="173"/>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="220"/>
        <source>You (%1)</source>
        <translation>Du (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CreateKeyDialog.cpp" line="223"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n nøkkel</numerusform>
            <numerusform>%n nøkler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="422"/>
        <source>Choose the key&apos;s owner.</source>
        <translation>Velg nøkkelens eier.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="178"/>
        <source>Applications</source>
        <translation>Applikasjoner</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CreateKeyDialog.cpp" line="28"/>
        <source>Choose at least %n service(s).</source>
        <translation>
            <numerusform>Velg minst én tjeneste.</numerusform>
            <numerusform>Velg minst %n tjenester.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="186"/>
        <source>No users or applications were found in this organization.</source>
        <translation>Ingen brukere eller applikasjoner ble funnet i denne organisasjonen.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="223"/>
        <source>no keys</source>
        <translation>ingen nøkler</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="224"/>
        <source>%1 — %2 (limit)</source>
        <translation>%1 — %2 (grense)</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="225"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="245"/>
        <source>%1 already has %2 keys, the most one owner can have. Revoke one of them first, or choose another owner.</source>
        <translation>%1 har allerede %2 nøkler, det meste én eier kan ha. Tilbakekall en av dem først, eller velg en annen eier.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="273"/>
        <source>Organization default</source>
        <translation>Organisasjonens standard</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="314"/>
        <source>The organization&apos;s default project</source>
        <translation>Organisasjonens standardprosjekt</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="329"/>
        <source>Choose a project from the list, or type its ID, a UUID such as “1f5b2c3d-0000-4e6f-8a9b-0123456789ab”.</source>
        <translation>Velg et prosjekt fra listen, eller skriv inn ID-en, en UUID som «1f5b2c3d-0000-4e6f-8a9b-0123456789ab».</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="412"/>
        <source>Enter a name for the key.</source>
        <translation>Skriv inn et navn på nøkkelen.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="420"/>
        <source>Waiting for the list of users and applications.</source>
        <translation>Venter på listen over brukere og applikasjoner.</translation>
    </message>
</context>
<context>
    <name>kw::CredentialSnippets</name>
    <message>
        <location filename="../src/console/CredentialSnippets.cpp" line="219"/>
        <source>&amp;Shell export line (export %1=…)</source>
        <translation>&amp;Shell-eksportlinje (export %1=…)</translation>
    </message>
    <message>
        <location filename="../src/console/CredentialSnippets.cpp" line="220"/>
        <source>.&amp;env line (%1=…)</source>
        <translation>.&amp;env-linje (%1=…)</translation>
    </message>
    <message>
        <location filename="../src/console/CredentialSnippets.cpp" line="224"/>
        <source>HTTP &amp;header (Authorization: Bearer …)</source>
        <translation>HTTP-&amp;header (Authorization: Bearer …)</translation>
    </message>
    <message>
        <location filename="../src/console/CredentialSnippets.cpp" line="229"/>
        <source>&amp;Shell export lines for scw (SCW_ACCESS_KEY, …)</source>
        <translation>&amp;Shell-eksportlinjer for scw (SCW_ACCESS_KEY, …)</translation>
    </message>
    <message>
        <location filename="../src/console/CredentialSnippets.cpp" line="230"/>
        <source>.&amp;env lines for scw (SCW_ACCESS_KEY, …)</source>
        <translation>.&amp;env-linjer for scw (SCW_ACCESS_KEY, …)</translation>
    </message>
    <message>
        <location filename="../src/console/CredentialSnippets.cpp" line="231"/>
        <source>Shell export lines for S&amp;3 tools (AWS_ACCESS_KEY_ID, …)</source>
        <translation>Shell-eksportlinjer for S&amp;3-verktøy (AWS_ACCESS_KEY_ID, …)</translation>
    </message>
    <message>
        <location filename="../src/console/CredentialSnippets.cpp" line="236"/>
        <source>&amp;Shell export lines (AWS_ACCESS_KEY_ID, …)</source>
        <translation>&amp;Shell-eksportlinjer (AWS_ACCESS_KEY_ID, …)</translation>
    </message>
    <message>
        <location filename="../src/console/CredentialSnippets.cpp" line="237"/>
        <source>.&amp;env lines (AWS_ACCESS_KEY_ID, …)</source>
        <translation>.&amp;env-linjer (AWS_ACCESS_KEY_ID, …)</translation>
    </message>
    <message>
        <location filename="../src/console/CredentialSnippets.cpp" line="241"/>
        <source>AWS &amp;profile for ~/.aws/credentials</source>
        <translation>AWS-&amp;profil for ~/.aws/credentials</translation>
    </message>
    <message>
        <location filename="../src/console/CredentialSnippets.cpp" line="244"/>
        <source>AWS profile with &amp;credential_process for ~/.aws/config</source>
        <translation>AWS-profil med &amp;credential_process for ~/.aws/config</translation>
    </message>
</context>
<context>
    <name>kw::EditKeyDialog</name>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="28"/>
        <source>Edit key “%1”</source>
        <translation>Rediger nøkkelen «%1»</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="30"/>
        <source>Changes apply to the key at %1 at once; its secret stays the same.</source>
        <translation>Endringene gjelder straks for nøkkelen hos %1; hemmeligheten forblir den samme.</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="31"/>
        <source>the provider</source>
        <translation>leverandøren</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="43"/>
        <source>Required</source>
        <translation>Påkrevd</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="51"/>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="57"/>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="59"/>
        <source>services</source>
        <translation>tjenester</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="61"/>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="63"/>
        <source>owner</source>
        <translation>eier</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="65"/>
        <source>project</source>
        <translation>prosjekt</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="67"/>
        <source>IP whitelist</source>
        <translation>IP-hviteliste</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="69"/>
        <source>expiry</source>
        <translation>utløp</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="72"/>
        <source>Cannot be changed after creation: %1. Rotate the key to change them.</source>
        <translation>Kan ikke endres etter at nøkkelen er opprettet: %1. Roter nøkkelen for å endre dette.</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="130"/>
        <source>Enter a name for the key.</source>
        <translation>Skriv inn et navn på nøkkelen.</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="146"/>
        <source>Nothing was changed yet.</source>
        <translation>Ingenting er endret ennå.</translation>
    </message>
</context>
<context>
    <name>kw::EmptyState</name>
    <message>
        <location filename="../ui/EmptyState.cpp" line="108"/>
        <source>Add accou&amp;nt…</source>
        <translation>Legg til &amp;konto …</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="109"/>
        <source>Add account</source>
        <translation>Legg til konto</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="110"/>
        <source>Try the sand&amp;box</source>
        <translation>Prøv &amp;sandkassen</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="111"/>
        <source>Try the sandbox</source>
        <translation>Prøv sandkassen</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="112"/>
        <source>Open a second KeyWarden with sample accounts served on this computer; nothing of it is saved</source>
        <translation>Åpne en ekstra KeyWarden med eksempelkontoer som kjører på denne datamaskinen; ingenting av det lagres</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="114"/>
        <source>Clear filter</source>
        <translation>Fjern filteret</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="117"/>
        <source>Keep your cloud API keys in one place</source>
        <translation>Samle API-nøklene for skyen på ett sted</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="119"/>
        <source>KeyWarden lists the API keys and access keys of your cloud accounts, and creates, rotates and revokes them, with every change in an audit log. Add an account with its admin token to start, or try the sandbox: sample accounts that run on this computer and change nothing real.</source>
        <translation>KeyWarden viser API-nøklene og tilgangsnøklene i skykontoene dine, og oppretter, roterer og tilbakekaller dem, med hver endring i en revisjonslogg. Legg til en konto med admin-tokenet for å begynne, eller prøv sandkassen: eksempelkontoer som kjører på denne datamaskinen og ikke endrer noe ekte.</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="125"/>
        <source>No key matches the filters</source>
        <translation>Ingen nøkler samsvarer med filtrene</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="126"/>
        <source>No key matches “%1”</source>
        <translation>Ingen nøkler samsvarer med «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/EmptyState.cpp" line="128"/>
        <source>This account has %n key(s); the filters hide them all.</source>
        <translation>
            <numerusform>Denne kontoen har %n nøkkel; filtrene skjuler den.</numerusform>
            <numerusform>Denne kontoen har %n nøkler; filtrene skjuler alle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="131"/>
        <source>Filters on: %1.</source>
        <translation>Aktive filtre: %1.</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="132"/>
        <source>Filters stay as they are when you switch accounts.</source>
        <translation>Filtrene beholdes når du bytter konto.</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="134"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Fjern filtrene</translation>
    </message>
    <message>
        <location filename="../ui/EmptyState.cpp" line="135"/>
        <source>C&amp;lear filter</source>
        <translation>&amp;Fjern filteret</translation>
    </message>
</context>
<context>
    <name>kw::ExpiryEdit</name>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="37"/>
        <source>Expiry</source>
        <translation>Utløp</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="39"/>
        <source>Expiry choices</source>
        <translation>Utløpsvalg</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="41"/>
        <source>Expiry date and time</source>
        <translation>Utløpsdato og -klokkeslett</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="45"/>
        <source>Validity</source>
        <translation>Gyldighet</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="50"/>
        <source>Validity unit</source>
        <translation>Gyldighetsenhet</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="52"/>
        <source>Validity units</source>
        <translation>Gyldighetsenheter</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="53"/>
        <source>seconds</source>
        <translation>sekunder</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="54"/>
        <source>minutes</source>
        <translation>minutter</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="55"/>
        <source>hours</source>
        <translation>timer</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="89"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="91"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="91"/>
        <source>%1 days</source>
        <translation>%1 dager</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="94"/>
        <source>1 hour</source>
        <translation>1 time</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="94"/>
        <source>%1 hours</source>
        <translation>%1 timer</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="97"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="106"/>
        <source>Keep: %1</source>
        <translation>Behold: %1</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="108"/>
        <source>Never</source>
        <translation>Aldri</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="109"/>
        <source>In 1 hour</source>
        <translation>Om 1 time</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="110"/>
        <source>In 1 week</source>
        <translation>Om 1 uke</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="111"/>
        <source>In 1 month</source>
        <translation>Om 1 måned</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="112"/>
        <source>In 1 year</source>
        <translation>Om 1 år</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="113"/>
        <source>On a date…</source>
        <translation>På en dato …</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="122"/>
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="126"/>
        <source>Custom…</source>
        <translation>Egendefinert …</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="221"/>
        <source>Choose an expiry date in the future.</source>
        <translation>Velg en utløpsdato i fremtiden.</translation>
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="223"/>
        <source>A temporary key lasts at most %1.</source>
        <translation>En midlertidig nøkkel varer høyst %1.</translation>
    </message>
</context>
<context>
    <name>kw::FleetBanners</name>
    <message>
        <location filename="../ui/FleetBanners.cpp" line="19"/>
        <source>Accounts that could not be loaded</source>
        <translation>Kontoer som ikke kunne lastes inn</translation>
    </message>
    <message>
        <location filename="../ui/FleetBanners.cpp" line="49"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/FleetBanners.cpp" line="57"/>
        <source>Fi&amp;x…</source>
        <translation>Rep&amp;arer …</translation>
    </message>
    <message>
        <location filename="../ui/FleetBanners.cpp" line="59"/>
        <source>Fix %1</source>
        <translation>Reparer %1</translation>
    </message>
    <message>
        <location filename="../ui/FleetBanners.cpp" line="61"/>
        <source>Open %1 on its own, where it can be retried or given a new token</source>
        <translation>Åpne %1 for seg selv, der kontoen kan prøves på nytt eller få et nytt token</translation>
    </message>
</context>
<context>
    <name>kw::HttpKeyProvider</name>
    <message>
        <location filename="../src/providers/HttpKeyProvider.cpp" line="126"/>
        <source>There is no secret to test.</source>
        <translation>Det finnes ingen hemmelighet å teste.</translation>
    </message>
</context>
<context>
    <name>kw::IpAllowlist</name>
    <message>
        <location filename="../src/core/IpAllowlist.cpp" line="204"/>
        <location filename="../src/core/IpAllowlist.cpp" line="223"/>
        <source>Entry %1 “%2”: not an IP address or CIDR range</source>
        <translation>Oppføring %1 «%2»: ikke en IP-adresse eller et CIDR-område</translation>
    </message>
    <message>
        <location filename="../src/core/IpAllowlist.cpp" line="214"/>
        <source>Entry %1 “%2”: leading zeros are not allowed in an IPv4 address</source>
        <translation>Oppføring %1 «%2»: innledende nuller er ikke tillatt i en IPv4-adresse</translation>
    </message>
    <message>
        <location filename="../src/core/IpAllowlist.cpp" line="241"/>
        <source>Entry %1 “%2”: prefix length must be 0–32</source>
        <translation>Oppføring %1 «%2»: prefikslengden må være 0–32</translation>
    </message>
    <message>
        <location filename="../src/core/IpAllowlist.cpp" line="243"/>
        <source>Entry %1 “%2”: prefix length must be 0–128</source>
        <translation>Oppføring %1 «%2»: prefikslengden må være 0–128</translation>
    </message>
    <message>
        <location filename="../src/core/IpAllowlist.cpp" line="179"/>
        <location filename="../src/core/IpAllowlist.cpp" line="257"/>
        <source>Entry %1 “%2”: host bits are set — did you mean %3?</source>
        <translation>Oppføring %1 «%2»: vertsbiter er satt — mente du %3?</translation>
    </message>
    <message>
        <location filename="../src/core/IpAllowlist.cpp" line="314"/>
        <source>Entry %1 “%2”: duplicate of entry %3</source>
        <translation>Oppføring %1 «%2»: duplikat av oppføring %3</translation>
    </message>
</context>
<context>
    <name>kw::IpAllowlistEdit</name>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="21"/>
        <source>not an IP address or CIDR range</source>
        <translation>ikke en IP-adresse eller et CIDR-område</translation>
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="23"/>
        <source>the prefix length after “/” is out of range</source>
        <translation>prefikslengden etter «/» er utenfor gyldig område</translation>
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="25"/>
        <source>the address has bits set beyond the prefix</source>
        <translation>adressen har biter satt utenfor prefikset</translation>
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="27"/>
        <source>listed twice</source>
        <translation>oppført to ganger</translation>
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="38"/>
        <source>Entry %1 “%2”: %3</source>
        <translation>Oppføring %1 «%2»: %3</translation>
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="49"/>
        <source>IP whitelist</source>
        <translation>IP-hviteliste</translation>
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="51"/>
        <location filename="../ui/IpAllowlistEdit.cpp" line="102"/>
        <source>IP addresses or CIDR ranges, separated by commas or new lines. Empty allows all addresses.</source>
        <translation>IP-adresser eller CIDR-områder, atskilt med komma eller linjeskift. Tom tillater alle adresser.</translation>
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="53"/>
        <source>203.0.113.42, 198.51.100.0/24</source>
        <translation>203.0.113.42, 198.51.100.0/24</translation>
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="65"/>
        <source>IP whitelist problem</source>
        <translation>Problem med IP-hvitelisten</translation>
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="83"/>
        <source>(+%1 more)</source>
        <translation>(+%1 til)</translation>
    </message>
</context>
<context>
    <name>kw::KeyDetailsPane</name>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="42"/>
        <source>Key details</source>
        <translation>Nøkkeldetaljer</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="61"/>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="62"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="63"/>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="64"/>
        <source>Prefix:</source>
        <translation>Prefiks:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="65"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="66"/>
        <source>Owner:</source>
        <translation>Eier:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="68"/>
        <source>Description:</source>
        <translation>Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="69"/>
        <source>Project:</source>
        <translation>Prosjekt:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="70"/>
        <source>Services:</source>
        <translation>Tjenester:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="71"/>
        <source>IP whitelist:</source>
        <translation>IP-hviteliste:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="72"/>
        <source>Created:</source>
        <translation>Opprettet:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="73"/>
        <source>Age:</source>
        <translation>Alder:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="74"/>
        <source>Last used:</source>
        <translation>Sist brukt:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="75"/>
        <source>Expires:</source>
        <translation>Utløper:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="76"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="77"/>
        <source>Rotation:</source>
        <translation>Rotasjon:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="82"/>
        <source>Select a key to see its details.</source>
        <translation>Velg en nøkkel for å se detaljene.</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="104"/>
        <source>Drift:</source>
        <translation>Avvik:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="107"/>
        <source>&amp;Mark as seen</source>
        <translation>&amp;Merk som sett</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="108"/>
        <source>Mark the key&apos;s drift as seen</source>
        <translation>Merk nøkkelens avvik som sett</translation>
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
            <numerusform>rotasjon forfalt (policy: hver %n. dag)</numerusform>
            <numerusform>rotasjon forfalt (policy: hver %n. dag)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="254"/>
        <source>cannot be edited or deleted</source>
        <translation>kan ikke redigeres eller slettes</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="255"/>
        <source>cannot be edited</source>
        <translation>kan ikke redigeres</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="256"/>
        <source>cannot be deleted</source>
        <translation>kan ikke slettes</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="266"/>
        <source>Will be revoked on %1 (rotation to “%2”)</source>
        <translation>Blir tilbakekalt %1 (rotasjon til «%2»)</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="268"/>
        <source>Being replaced by “%1”</source>
        <translation>Erstattes av «%1»</translation>
    </message>
</context>
<context>
    <name>kw::KeyDrift</name>
    <message>
        <location filename="../src/console/KeyDrift.cpp" line="45"/>
        <source>new</source>
        <comment>drift badge: a key made outside KeyWarden</comment>
        <translation>ny</translation>
    </message>
    <message>
        <location filename="../src/console/KeyDrift.cpp" line="47"/>
        <source>vanished</source>
        <comment>drift badge: a key deleted outside KeyWarden</comment>
        <translation>forsvunnet</translation>
    </message>
    <message>
        <location filename="../src/console/KeyDrift.cpp" line="49"/>
        <source>orphan</source>
        <comment>drift badge: a key whose secret never arrived</comment>
        <translation>foreldreløs</translation>
    </message>
    <message>
        <location filename="../src/console/KeyDrift.cpp" line="60"/>
        <source>New since the last look: this key was created outside KeyWarden. Check who made it.</source>
        <translation>Ny siden sist: Denne nøkkelen ble opprettet utenfor KeyWarden. Sjekk hvem som laget den.</translation>
    </message>
    <message>
        <location filename="../src/console/KeyDrift.cpp" line="63"/>
        <source>Vanished: this key was deleted outside KeyWarden since the last look. Anything that used it has stopped working.</source>
        <translation>Forsvunnet: Denne nøkkelen ble slettet utenfor KeyWarden siden sist. Alt som brukte den, har sluttet å virke.</translation>
    </message>
    <message>
        <location filename="../src/console/KeyDrift.cpp" line="66"/>
        <source>Orphan: KeyWarden created this key, but the provider&apos;s answer was lost, so nobody has its secret. Revoke it.</source>
        <translation>Foreldreløs: KeyWarden opprettet denne nøkkelen, men svaret fra leverandøren gikk tapt, så ingen har hemmeligheten. Tilbakekall den.</translation>
    </message>
</context>
<context>
    <name>kw::KeyFilter</name>
    <message>
        <location filename="../src/console/KeyFilters.cpp" line="59"/>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <location filename="../src/console/KeyFilters.cpp" line="61"/>
        <source>rotation due</source>
        <translation>rotasjon forfalt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/KeyFilters.cpp" line="63"/>
        <source>expires within %n days</source>
        <translation>
            <numerusform>utløper innen %n dag</numerusform>
            <numerusform>utløper innen %n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/KeyFilters.cpp" line="66"/>
        <source>unused for %n days</source>
        <translation>
            <numerusform>ubrukt i %n dag</numerusform>
            <numerusform>ubrukt i %n dager</numerusform>
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
        <translation>aldri brukt</translation>
    </message>
    <message>
        <location filename="../src/console/KeyFilters.cpp" line="74"/>
        <source>drift</source>
        <translation>avvik</translation>
    </message>
    <message>
        <location filename="../src/console/KeyFilters.cpp" line="75"/>
        <source>drift: %1</source>
        <translation>avvik: %1</translation>
    </message>
</context>
<context>
    <name>kw::KeyFilterBar</name>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="21"/>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="29"/>
        <source>E&amp;xpires within</source>
        <translation>&amp;Utløper innen</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="30"/>
        <source>Expires within days</source>
        <translation>Utløper innen dager</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="31"/>
        <source>U&amp;nused for</source>
        <translation>U&amp;brukt i</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="32"/>
        <source>Unused for days</source>
        <translation>Ubrukt i dager</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="33"/>
        <source>&amp;Inactive</source>
        <translation>&amp;Inaktive</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="34"/>
        <source>Never use&amp;d</source>
        <translation>Aldri bruk&amp;t</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="35"/>
        <source>Drift&amp;ed</source>
        <translation>Avvik&amp;ende</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="46"/>
        <source>Show only keys that drifted</source>
        <translation>Vis bare nøkler med avvik</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="47"/>
        <source>Keys created or deleted outside KeyWarden since the last look, and keys whose create answer was lost</source>
        <translation>Nøkler opprettet eller slettet utenfor KeyWarden siden sist, og nøkler der svaret på opprettelsen gikk tapt</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="50"/>
        <source>Show only keys that expire within the given days</source>
        <translation>Vis bare nøkler som utløper innen det angitte antallet dager</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="51"/>
        <source>Keys not yet expired whose expiry is this many days away or less</source>
        <translation>Nøkler som ikke har utløpt ennå, og som utløper om så mange dager eller færre</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="52"/>
        <source>Show only keys unused for the given days</source>
        <translation>Vis bare nøkler som ikke er brukt på det angitte antallet dager</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="53"/>
        <source>Keys not used for this many days; only where the provider reports when a key was last used</source>
        <translation>Nøkler som ikke er brukt på så mange dager; bare der leverandøren oppgir når en nøkkel sist ble brukt</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="55"/>
        <source>Show only inactive keys</source>
        <translation>Vis bare inaktive nøkler</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="56"/>
        <source>Disabled, suspended, expired or revoked keys</source>
        <translation>Deaktiverte, suspenderte, utløpte eller tilbakekalte nøkler</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="57"/>
        <source>Show only keys never used</source>
        <translation>Vis bare nøkler som aldri er brukt</translation>
    </message>
    <message>
        <location filename="../ui/KeyFilterBar.cpp" line="59"/>
        <source>Keys the provider reports as never used; only where it reports last use</source>
        <translation>Nøkler som leverandøren oppgir som aldri brukt; bare der den oppgir siste bruk</translation>
    </message>
</context>
<context>
    <name>kw::KeyNamePolicy</name>
    <message>
        <location filename="../src/core/KeyNamePolicy.cpp" line="155"/>
        <source>“%1” does not say what the key is for. A name like “Production Storage API” helps you find it later.</source>
        <translation>«%1» sier ikke hva nøkkelen brukes til. Et navn som «Produksjonslagring-API» gjør den lettere å finne senere.</translation>
    </message>
</context>
<context>
    <name>kw::KeyOperations</name>
    <message>
        <location filename="../src/console/KeyOperations.cpp" line="244"/>
        <source>The stored secret could not be read: %1</source>
        <translation>Den lagrede hemmeligheten kunne ikke leses: %1</translation>
    </message>
</context>
<context>
    <name>kw::KeyProvider</name>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="9"/>
        <source>editing keys</source>
        <translation>redigering av nøkler</translation>
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="18"/>
        <source>disabling keys</source>
        <translation>deaktivering av nøkler</translation>
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="26"/>
        <source>testing keys</source>
        <translation>testing av nøkler</translation>
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="31"/>
        <source>choosing a key owner</source>
        <translation>valg av nøkkeleier</translation>
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="36"/>
        <source>showing a secret again</source>
        <translation>visning av en hemmelighet på nytt</translation>
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="41"/>
        <source>suspending a principal</source>
        <translation>suspendering av en principal</translation>
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="46"/>
        <source>showing a key owner&apos;s policies</source>
        <translation>visning av policyene til en nøkkeleier</translation>
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="51"/>
        <source>attaching policies</source>
        <translation>tilknytning av policyer</translation>
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="59"/>
        <source>%1 does not support %2.</source>
        <translation>%1 støtter ikke %2.</translation>
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
        <translation>Deaktivert</translation>
    </message>
    <message>
        <location filename="../src/core/ApiKey.cpp" line="39"/>
        <source>Suspended</source>
        <translation>Suspendert</translation>
    </message>
    <message>
        <location filename="../src/core/ApiKey.cpp" line="41"/>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <location filename="../src/core/ApiKey.cpp" line="43"/>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../src/core/ApiKey.cpp" line="45"/>
        <source>Revoked</source>
        <translation>Tilbakekalt</translation>
    </message>
    <message>
        <location filename="../src/core/ApiKey.cpp" line="49"/>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
</context>
<context>
    <name>kw::KeyTableModel</name>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="360"/>
        <location filename="../ui/KeyTableModel.cpp" line="372"/>
        <source>The provider does not say when this key was created</source>
        <translation>Leverandøren oppgir ikke når denne nøkkelen ble opprettet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyTableModel.cpp" line="362"/>
        <source>Rotation due: the policy is to rotate keys every %n days</source>
        <translation>
            <numerusform>Rotasjon forfalt: policyen er å rotere nøkler hver %n. dag</numerusform>
            <numerusform>Rotasjon forfalt: policyen er å rotere nøkler hver %n. dag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="365"/>
        <source>Being rotated: see View → Rotations</source>
        <translation>Roteres nå: se Vis → Rotasjoner</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="367"/>
        <source>Older than the rotation policy, but this key cannot be rotated</source>
        <translation>Eldre enn rotasjonspolicyen, men denne nøkkelen kan ikke roteres</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyTableModel.cpp" line="368"/>
        <source>Rotation due in %n days</source>
        <translation>
            <numerusform>Rotasjon forfaller om %n dag</numerusform>
            <numerusform>Rotasjon forfaller om %n dager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="376"/>
        <source>This key has never been used</source>
        <translation>Denne nøkkelen har aldri blitt brukt</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="380"/>
        <source>This key does not expire</source>
        <translation>Denne nøkkelen utløper ikke</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="383"/>
        <source>A rotation revokes this key on %1 (View → Rotations)</source>
        <translation>En rotasjon tilbakekaller denne nøkkelen %1 (Vis → Rotasjoner)</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="401"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="401"/>
        <source>Prefix</source>
        <translation>Prefiks</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="401"/>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="402"/>
        <source>Services</source>
        <translation>Tjenester</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="402"/>
        <source>IP whitelist</source>
        <translation>IP-hviteliste</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="402"/>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="403"/>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="403"/>
        <source>Last used</source>
        <translation>Sist brukt</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="403"/>
        <source>Expires</source>
        <translation>Utløper</translation>
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
        <translation>i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyTableModel.cpp" line="46"/>
        <location filename="../ui/KeyTableModel.cpp" line="419"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="425"/>
        <location filename="../ui/KeyTableModel.cpp" line="435"/>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="428"/>
        <source>just now</source>
        <translation>akkurat nå</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="439"/>
        <source>in under a minute</source>
        <translation>om under ett minutt</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="439"/>
        <source>expired just now</source>
        <translation>utløpt akkurat nå</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyTableModel.cpp" line="41"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyTableModel.cpp" line="44"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n t</numerusform>
            <numerusform>%n t</numerusform>
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
        <translation>%1 — tilbakekalt %2</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="429"/>
        <source>%1 ago</source>
        <translation>for %1 siden</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="441"/>
        <source>in %1</source>
        <translation>om %1</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="441"/>
        <source>expired %1 ago</source>
        <translation>utløpt for %1 siden</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="475"/>
        <source>All addresses</source>
        <translation>Alle adresser</translation>
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
        <translation>Systemets nøkkelring</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainStore.cpp" line="179"/>
        <source>The keychain returned something other than what was stored in it.</source>
        <translation>Nøkkelringen returnerte noe annet enn det som var lagret i den.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainStore.cpp" line="181"/>
        <source>Restart the keychain service and try again.</source>
        <translation>Start nøkkelringtjenesten på nytt og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>kw::LeakResponseDialog</name>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="40"/>
        <source>Respond to a Leak</source>
        <translation>Håndter en lekkasje</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="57"/>
        <source>&amp;Paste what leaked: a key, a log excerpt, a .env file or a diff. It is checked here and never saved.</source>
        <translation>&amp;Lim inn det som lakk ut: en nøkkel, et loggutdrag, en .env-fil eller en diff. Det sjekkes her og lagres aldri.</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="63"/>
        <source>Pasted text</source>
        <translation>Innlimt tekst</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="71"/>
        <source>&amp;Check</source>
        <translation>&amp;Sjekk</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="73"/>
        <source>Find the keys in the text, whose they are and whether they work (Ctrl+Return)</source>
        <translation>Finn nøklene i teksten, hvem de tilhører og om de virker (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="87"/>
        <source>Keys found in the pasted text</source>
        <translation>Nøkler funnet i den innlimte teksten</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="88"/>
        <source>Found at</source>
        <translation>Funnet på</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="88"/>
        <source>Looks like</source>
        <translation>Ligner</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="88"/>
        <source>Secret</source>
        <translation>Hemmelighet</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="89"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="89"/>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="89"/>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="89"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="90"/>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="90"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="99"/>
        <location filename="../ui/LeakResponseDialog.cpp" line="235"/>
        <source>&amp;Disable Now</source>
        <translation>&amp;Deaktiver nå</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="101"/>
        <source>Re&amp;voke Now</source>
        <translation>&amp;Tilbakekall nå</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="103"/>
        <source>R&amp;otate…</source>
        <translation>R&amp;oter …</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="129"/>
        <source>No key-shaped strings in the text.</source>
        <translation>Ingen nøkkelformede strenger i teksten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LeakResponseDialog.cpp" line="134"/>
        <source>Checking %n string(s) against every account…</source>
        <translation>
            <numerusform>Sjekker %n streng mot alle kontoer …</numerusform>
            <numerusform>Sjekker %n strenger mot alle kontoer …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="143"/>
        <source>LIVE: it works</source>
        <translation>AKTIV: den virker</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="145"/>
        <source>not live: refused (%1)</source>
        <translation>ikke aktiv: avvist (%1)</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="147"/>
        <source>could not be checked</source>
        <translation>kunne ikke sjekkes</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="149"/>
        <source>checking…</source>
        <translation>sjekker …</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="153"/>
        <source>no secret pasted</source>
        <translation>ingen hemmelighet limt inn</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="171"/>
        <source>line %1, column %2: %3</source>
        <translation>linje %1, kolonne %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="174"/>
        <source>a secret</source>
        <translation>en hemmelighet</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="185"/>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LeakResponseDialog.cpp" line="185"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="187"/>
        <source>not one of yours</source>
        <translation>ikke din</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LeakResponseDialog.cpp" line="198"/>
        <source>%n live secret(s) found: disable, revoke or rotate the key now.</source>
        <translation>
            <numerusform>%n aktiv hemmelighet funnet: deaktiver, tilbakekall eller roter nøkkelen nå.</numerusform>
            <numerusform>%n aktive hemmeligheter funnet: deaktiver, tilbakekall eller roter nøklene nå.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LeakResponseDialog.cpp" line="201"/>
        <source>%n string(s) checked; no live secret.</source>
        <translation>
            <numerusform>%n streng sjekket; ingen aktiv hemmelighet.</numerusform>
            <numerusform>%n strenger sjekket; ingen aktiv hemmelighet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="232"/>
        <source>&amp;Disable Now (suspends %1: %2)</source>
        <translation>&amp;Deaktiver nå (stenger %1: %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LeakResponseDialog.cpp" line="234"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n nøkkel</numerusform>
            <numerusform>%n nøkler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="251"/>
        <source>Revoked</source>
        <translation>Tilbakekalt</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="251"/>
        <source>Disabled</source>
        <translation>Deaktivert</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="253"/>
        <source>Failed: %1</source>
        <translation>Mislyktes: %1</translation>
    </message>
    <message>
        <location filename="../ui/LeakResponseDialog.cpp" line="255"/>
        <source>%1: “%2” of %3.</source>
        <translation>%1: «%2» i %3.</translation>
    </message>
</context>
<context>
    <name>kw::LockScreen</name>
    <message>
        <location filename="../ui/LockScreen.cpp" line="13"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås opp</translation>
    </message>
    <message>
        <location filename="../ui/LockScreen.cpp" line="16"/>
        <location filename="../ui/LockScreen.cpp" line="17"/>
        <source>KeyWarden is locked</source>
        <translation>KeyWarden er låst</translation>
    </message>
    <message>
        <location filename="../ui/LockScreen.cpp" line="24"/>
        <source>The keys are hidden and the account tokens were removed from memory after a time without input. Unlocking reads the tokens again from the keychain and lists the keys.</source>
        <translation>Nøklene er skjult, og kontotokenene ble fjernet fra minnet etter en periode uten aktivitet. Når du låser opp, leses tokenene inn på nytt fra nøkkelringen, og nøklene listes opp.</translation>
    </message>
    <message>
        <location filename="../ui/LockScreen.cpp" line="40"/>
        <source>Unlock KeyWarden</source>
        <translation>Lås opp KeyWarden</translation>
    </message>
    <message>
        <location filename="../ui/LockScreen.cpp" line="56"/>
        <source>Accounts used for this session only (here: %1, such as the sandbox) keep their token in this session&apos;s memory: there is no keychain to read it again from.</source>
        <translation>Kontoer som bare brukes i denne økten (her: %1, for eksempel sandkassen), beholder tokenet sitt i minnet til økten: det finnes ingen nøkkelring å lese det inn på nytt fra.</translation>
    </message>
</context>
<context>
    <name>kw::MainWindow</name>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="73"/>
        <source>Loading</source>
        <translation>Laster inn</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="102"/>
        <source>Add account</source>
        <translation>Legg til konto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="138"/>
        <location filename="../ui/MainWindowFlows.cpp" line="142"/>
        <location filename="../ui/MainWindowLayout.cpp" line="103"/>
        <source>Remove account</source>
        <translation>Fjern konto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="104"/>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="105"/>
        <source>Create key</source>
        <translation>Opprett nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="106"/>
        <source>Rotate key</source>
        <translation>Roter nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="88"/>
        <location filename="../ui/MainWindowGuards.cpp" line="125"/>
        <source>Audit log not written</source>
        <translation>Revisjonsloggen ble ikke skrevet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="99"/>
        <source>&amp;Hide</source>
        <translation>&amp;Skjul</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="101"/>
        <source>Hide the audit log warning</source>
        <translation>Skjul advarselen om revisjonsloggen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="111"/>
        <location filename="../ui/MainWindowGuards.cpp" line="113"/>
        <source>Status bar</source>
        <translation>Statuslinje</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="120"/>
        <source>The audit log could not be written: %1 (%2). What you do still happens at the provider, but it is not recorded until the file can be written again.</source>
        <translation>Revisjonsloggen kunne ikke skrives: %1 (%2). Det du gjør, skjer fortsatt hos leverandøren, men det registreres ikke før filen kan skrives igjen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="122"/>
        <source>no reason given</source>
        <translation>ingen årsak oppgitt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="143"/>
        <source>Key created without its secret</source>
        <translation>Nøkkelen ble opprettet uten hemmeligheten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="144"/>
        <location filename="../ui/MainWindowLayout.cpp" line="107"/>
        <source>Revoke key</source>
        <translation>Tilbakekall nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="145"/>
        <source>Keep key</source>
        <translation>Behold nøkkelen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="147"/>
        <source>The key “%1” was kept, but its secret cannot be shown: revoke it from the key list once it is not needed.</source>
        <translation>Nøkkelen «%1» ble beholdt, men hemmeligheten kan ikke vises: tilbakekall den fra nøkkellisten når den ikke trengs lenger.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="152"/>
        <source>Revoking “%1”…</source>
        <translation>Tilbakekaller «%1» …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="159"/>
        <source>The key “%1” could not be revoked: %2 It still exists: revoke it from the key list.</source>
        <translation>Nøkkelen «%1» kunne ikke tilbakekalles: %2 Den finnes fortsatt: tilbakekall den fra nøkkellisten.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="164"/>
        <source>Revoked “%1”, the key whose secret never arrived.</source>
        <translation>Tilbakekalte «%1», nøkkelen der hemmeligheten aldri kom.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="185"/>
        <source>A new secret is shown that you have not confirmed as saved; it cannot be shown again.</source>
        <translation>En ny hemmelighet vises som du ikke har bekreftet at du har lagret; den kan ikke vises igjen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="188"/>
        <source>A key is being created, rotated or revoked: quitting now may leave a key whose secret you never see.</source>
        <translation>En nøkkel blir opprettet, rotert eller tilbakekalt: avslutter du nå, kan det bli igjen en nøkkel der du aldri får se hemmeligheten.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="208"/>
        <source>Quit KeyWarden?</source>
        <translation>Avslutte KeyWarden?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="209"/>
        <source>Quit anyway?</source>
        <translation>Avslutte likevel?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="209"/>
        <source>Quit anyway</source>
        <translation>Avslutt likevel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowGuards.cpp" line="209"/>
        <source>Stay</source>
        <translation>Bli</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="108"/>
        <source>Edit key</source>
        <translation>Rediger nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="109"/>
        <source>Disable or enable key</source>
        <translation>Deaktiver eller aktiver nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="111"/>
        <source>Suspend or reactivate the owner&apos;s keys</source>
        <translation>Suspender eller reaktiver eierens nøkler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="113"/>
        <source>Attach a policy to the key&apos;s owner</source>
        <translation>Knytt en policy til nøkkelens eier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="114"/>
        <source>Show secret</source>
        <translation>Vis hemmelighet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="115"/>
        <source>Test key</source>
        <translation>Test nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="116"/>
        <source>Copy key ID</source>
        <translation>Kopier nøkkel-ID</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="117"/>
        <source>Filter keys</source>
        <translation>Filtrer nøkler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="147"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="171"/>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="315"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastatursnarveier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="316"/>
        <source>About KeyWarden</source>
        <translation>Om KeyWarden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFleet.cpp" line="53"/>
        <source>&amp;All Accounts</source>
        <translation>&amp;Alle kontoer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFleet.cpp" line="56"/>
        <source>All accounts</source>
        <translation>Alle kontoer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFleet.cpp" line="57"/>
        <source>Every key of every account in one table (Ctrl+0)</source>
        <translation>Alle nøklene i alle kontoene i én tabell (Ctrl+0)</translation>
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
        <translation>Akti&amp;ver nøkler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFleet.cpp" line="259"/>
        <source>&amp;Disable Keys…</source>
        <translation>&amp;Deaktiver nøkler …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowFleet.cpp" line="282"/>
        <source>Revoke the %n selected keys</source>
        <translation>
            <numerusform>Tilbakekall den %n valgte nøkkelen</numerusform>
            <numerusform>Tilbakekall de %n valgte nøklene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowFleet.cpp" line="284"/>
        <source>Rotate the %n selected keys</source>
        <translation>
            <numerusform>Roter den %n valgte nøkkelen</numerusform>
            <numerusform>Roter de %n valgte nøklene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowFleet.cpp" line="289"/>
        <source>Enable the %n selected keys</source>
        <translation>
            <numerusform>Aktiver den %n valgte nøkkelen</numerusform>
            <numerusform>Aktiver de %n valgte nøklene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowFleet.cpp" line="290"/>
        <source>Disable the %n selected keys</source>
        <translation>
            <numerusform>Deaktiver den %n valgte nøkkelen</numerusform>
            <numerusform>Deaktiver de %n valgte nøklene</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFleet.cpp" line="302"/>
        <source>New key</source>
        <translation>Ny nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFleet.cpp" line="303"/>
        <source>Create the new key in %1 (%2), the account of the selected key?

To create it in another account, select a key of that account or the account in the list first.</source>
        <translation>Opprette den nye nøkkelen i %1 (%2), kontoen til den valgte nøkkelen?

For å opprette den i en annen konto velger du først en nøkkel i den kontoen, eller selve kontoen i listen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFleet.cpp" line="307"/>
        <source>Create in %1</source>
        <translation>Opprett i %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFleet.cpp" line="307"/>
        <source>Do not create</source>
        <translation>Ikke opprett</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>KeyWarden</source>
        <translation>KeyWarden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>Sandbox — KeyWarden</source>
        <translation>Sandkasse — KeyWarden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyActionPolicy.cpp" line="39"/>
        <source>The account has reached %1&apos;s limit of %n keys. Revoke one first.</source>
        <translation>
            <numerusform>Kontoen har nådd grensen til %1 på %n nøkkel. Tilbakekall en først.</numerusform>
            <numerusform>Kontoen har nådd grensen til %1 på %n nøkler. Tilbakekall en først.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="42"/>
        <source>Create a key in the selected account (Ctrl+N)</source>
        <translation>Opprett en nøkkel i den valgte kontoen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="61"/>
        <source>%1 does not let this key be deleted</source>
        <translation>%1 tillater ikke at denne nøkkelen slettes</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="66"/>
        <source>Revoke the selected key (Delete)</source>
        <translation>Tilbakekall den valgte nøkkelen (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="69"/>
        <source>This key is already being rotated</source>
        <translation>Denne nøkkelen roteres allerede</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="72"/>
        <source>Replace the selected key by a new one and revoke the old one (Ctrl+R)</source>
        <translation>Erstatt den valgte nøkkelen med en ny og tilbakekall den gamle (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="78"/>
        <source>Change what the provider lets change in the selected key (Ctrl+E)</source>
        <translation>Endre det leverandøren tillater å endre i den valgte nøkkelen (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="81"/>
        <source>%1 keys cannot be edited; rotate instead</source>
        <translation>%1-nøkler kan ikke redigeres; roter i stedet</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="85"/>
        <source>%1 does not let this key be edited</source>
        <translation>%1 tillater ikke at denne nøkkelen redigeres</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="104"/>
        <source>&amp;Enable Key</source>
        <translation>Akti&amp;ver nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="104"/>
        <source>&amp;Disable Key…</source>
        <translation>&amp;Deaktiver nøkkel …</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="107"/>
        <source>Enable the selected key again (Ctrl+D)</source>
        <translation>Aktiver den valgte nøkkelen igjen (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="108"/>
        <source>Disable the selected key; it can be enabled again (Ctrl+D)</source>
        <translation>Deaktiver den valgte nøkkelen; den kan aktiveres igjen (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="117"/>
        <source>Reacti&amp;vate Owner&apos;s Keys…</source>
        <translation>Reaktiver eierens &amp;nøkler …</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="117"/>
        <source>&amp;Suspend Owner&apos;s Keys…</source>
        <translation>&amp;Suspender eierens nøkler …</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="118"/>
        <source>Reactivate every key of the selected key&apos;s owner</source>
        <translation>Reaktiver alle nøklene til eieren av den valgte nøkkelen</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="119"/>
        <source>Suspend every key of the selected key&apos;s owner; %1 cannot disable a single key</source>
        <translation>Suspender alle nøklene til eieren av den valgte nøkkelen; %1 kan ikke deaktivere én enkelt nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="174"/>
        <source>%1 shows a secret only once and KeyWarden does not store it, so a listed key cannot be tested. Test a new key in the dialog that shows its secret.</source>
        <translation>%1 viser en hemmelighet bare én gang, og KeyWarden lagrer den ikke, så en nøkkel i listen kan ikke testes. Test en ny nøkkel i dialogen som viser hemmeligheten.</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="177"/>
        <source>Check that the selected key works with a read-only call (Ctrl+Shift+K)</source>
        <translation>Sjekk at den valgte nøkkelen virker, med et kall som bare leser (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="446"/>
        <source>Select a key to see its details.</source>
        <translation>Velg en nøkkel for å se detaljene.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="450"/>
        <source>Add an account to see its keys (Ctrl+Shift+A).</source>
        <translation>Legg til en konto for å se nøklene (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="452"/>
        <source>This account has no keys yet. Create one with Ctrl+N.</source>
        <translation>Denne kontoen har ingen nøkler ennå. Opprett en med Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="454"/>
        <source>The keys could not be loaded: see the message above.</source>
        <translation>Nøklene kunne ikke lastes inn: se meldingen ovenfor.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="448"/>
        <location filename="../ui/MainWindow.cpp" line="456"/>
        <source>Loading the keys…</source>
        <translation>Laster nøklene …</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="144"/>
        <source>Attach a policy to the selected key&apos;s owner (Ctrl+Shift+P)</source>
        <translation>Knytt en policy til eieren av den valgte nøkkelen (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="146"/>
        <source>%1: there is nothing to attach.</source>
        <translation>%1: det er ingenting å knytte til.</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="148"/>
        <source>%1 has every policy offered here already.</source>
        <translation>%1 har allerede alle policyene som tilbys her.</translation>
    </message>
    <message>
        <location filename="../ui/KeyActionPolicy.cpp" line="150"/>
        <source>Attach a policy to %1, the owner of the selected key (Ctrl+Shift+P)</source>
        <translation>Knytt en policy til %1, eieren av den valgte nøkkelen (Ctrl+Shift+P)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>%1: %n key(s), loaded at %2</source>
        <translation>
            <numerusform>%1: %n nøkkel, lastet kl. %2</numerusform>
            <numerusform>%1: %n nøkler, lastet kl. %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>Select a key of the account to create the key in, or that account</source>
        <translation>Velg en nøkkel i kontoen nøkkelen skal opprettes i, eller selve kontoen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="375"/>
        <source>Not offered by this account&apos;s provider</source>
        <translation>Tilbys ikke av leverandøren til denne kontoen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="439"/>
        <source>%n keys selected</source>
        <translation>
            <numerusform>%n nøkkel valgt</numerusform>
            <numerusform>%n nøkler valgt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="524"/>
        <source>Loading keys of %1…</source>
        <translation>Laster nøklene til %1 …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="526"/>
        <source>Reading the token of %1…</source>
        <translation>Leser tokenet til %1 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="554"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n nøkkel</numerusform>
            <numerusform>%n nøkler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="556"/>
        <source>%1 of %n key(s)</source>
        <translation>
            <numerusform>%1 av %n nøkkel</numerusform>
            <numerusform>%1 av %n nøkler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="591"/>
        <source>Copied the id of “%1”.</source>
        <translation>Kopierte ID-en til «%1».</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="85"/>
        <source>Storing the token of %1 in %2…</source>
        <translation>Lagrer tokenet til %1 i %2 …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="90"/>
        <source>Added %1; its token is in %2.</source>
        <translation>La til %1; tokenet ligger i %2.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="106"/>
        <source>The token of %1 could not be stored in %2: %3</source>
        <translation>Tokenet til %1 kunne ikke lagres i %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="109"/>
        <source>You can use the token for this session only: KeyWarden keeps it in memory and forgets it when it quits. It is never written to a file.

Use the token for this session only?</source>
        <translation>Du kan bruke tokenet bare i denne økten: KeyWarden holder det i minnet og glemmer det når programmet avsluttes. Det skrives aldri til en fil.

Bruke tokenet bare i denne økten?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="113"/>
        <source>No keychain</source>
        <translation>Ingen nøkkelring</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="114"/>
        <source>Use for this session only</source>
        <translation>Bruk bare i denne økten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="114"/>
        <source>Do not add the account</source>
        <translation>Ikke legg til kontoen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="117"/>
        <source>%1 was not added: its token could not be stored. %2</source>
        <translation>%1 ble ikke lagt til: tokenet kunne ikke lagres. %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="123"/>
        <source>%1 was not added: %2</source>
        <translation>%1 ble ikke lagt til: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="127"/>
        <source>Added %1 for this session only; its token will be forgotten at exit.</source>
        <translation>La til %1 bare for denne økten; tokenet glemmes når programmet avsluttes.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="139"/>
        <source>Remove %1 from KeyWarden and delete its token from %2?

The keys at the provider are not touched.</source>
        <translation>Fjerne %1 fra KeyWarden og slette tokenet fra %2?

Nøklene hos leverandøren blir ikke berørt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="142"/>
        <source>Keep account</source>
        <translation>Behold kontoen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="155"/>
        <source>the new key</source>
        <translation>den nye nøkkelen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="162"/>
        <source>Access key ID</source>
        <translation>Tilgangsnøkkel-ID</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="163"/>
        <source>Key ID</source>
        <translation>Nøkkel-ID</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="164"/>
        <source>(not given by %1)</source>
        <translation>(ikke oppgitt av %1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="167"/>
        <source>Prefix</source>
        <translation>Prefiks</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="169"/>
        <source>Note from %1</source>
        <translation>Merknad fra %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="245"/>
        <source>Created “%1”.</source>
        <translation>Opprettet «%1».</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="245"/>
        <source>Created the key.</source>
        <translation>Opprettet nøkkelen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="266"/>
        <source>Revoked “%1”.</source>
        <translation>Tilbakekalte «%1».</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="281"/>
        <source>Saved the changes to “%1”.</source>
        <translation>Lagret endringene i «%1».</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="311"/>
        <location filename="../ui/MainWindowFlows.cpp" line="315"/>
        <source>Disable key</source>
        <translation>Deaktiver nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="312"/>
        <source>Disable “%1”?

Applications that use it stop working until it is enabled again.</source>
        <translation>Deaktivere «%1»?

Programmer som bruker den, slutter å virke til den aktiveres igjen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="315"/>
        <source>Keep it enabled</source>
        <translation>La den være aktivert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="321"/>
        <source>Could not enable “%1”: %2</source>
        <translation>Kunne ikke aktivere «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="321"/>
        <source>Could not disable “%1”: %2</source>
        <translation>Kunne ikke deaktivere «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="324"/>
        <source>Enabled “%1”.</source>
        <translation>Aktiverte «%1».</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="324"/>
        <source>Disabled “%1”.</source>
        <translation>Deaktiverte «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowFlows.cpp" line="337"/>
        <source>%n listed key(s)</source>
        <translation>
            <numerusform>%n oppført nøkkel</numerusform>
            <numerusform>%n oppførte nøkler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="340"/>
        <source>Reactivate every key of %1?

This affects %2 of this owner.</source>
        <translation>Reaktivere alle nøklene til %1?

Dette gjelder %2 til denne eieren.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="342"/>
        <source>Suspend every key of %1?

This affects %2 of this owner, not only “%3”: applications using any of them stop working until the owner is reactivated.</source>
        <translation>Suspendere alle nøklene til %1?

Dette gjelder %2 til denne eieren, ikke bare «%3»: programmer som bruker noen av dem, slutter å virke til eieren er reaktivert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="345"/>
        <source>Reactivate keys</source>
        <translation>Reaktiver nøkler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="345"/>
        <source>Suspend keys</source>
        <translation>Suspender nøkler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="347"/>
        <source>Reactivate %1</source>
        <translation>Reaktiver %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="347"/>
        <source>Suspend %1</source>
        <translation>Suspender %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="348"/>
        <source>Keep them suspended</source>
        <translation>La dem forbli suspendert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="348"/>
        <source>Keep them active</source>
        <translation>La dem forbli aktive</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="354"/>
        <source>Could not reactivate the keys of %1: %2</source>
        <translation>Kunne ikke reaktivere nøklene til %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="355"/>
        <source>Could not suspend the keys of %1: %2</source>
        <translation>Kunne ikke suspendere nøklene til %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="358"/>
        <source>Reactivated %1 of %2.</source>
        <translation>Reaktiverte %1 til %2.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="358"/>
        <source>Suspended %1 of %2.</source>
        <translation>Suspenderte %1 til %2.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="385"/>
        <source>Attached %1 to %2.</source>
        <translation>Knyttet %1 til %2.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="398"/>
        <source>Fetching the secret of “%1”…</source>
        <translation>Henter hemmeligheten til «%1» …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="404"/>
        <source>Could not fetch the secret of “%1”: %2</source>
        <translation>Kunne ikke hente hemmeligheten til «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="423"/>
        <source>Testing “%1”…</source>
        <translation>Tester «%1» …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="431"/>
        <location filename="../ui/MainWindowFlows.cpp" line="440"/>
        <source>Could not test “%1”: %2</source>
        <translation>Kunne ikke teste «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="445"/>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="490"/>
        <source>Edit account</source>
        <translation>Rediger konto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="491"/>
        <source>Replace token</source>
        <translation>Erstatt token</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="505"/>
        <source>Could not change %1: %2</source>
        <translation>Kunne ikke endre %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="508"/>
        <source>Saved the changes to %1; its keys are loaded again.</source>
        <translation>Lagret endringene i %1; nøklene lastes inn på nytt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="527"/>
        <source>The new token was not taken, and the old one is still in use: %1</source>
        <translation>Det nye tokenet ble ikke tatt i bruk, og det gamle brukes fortsatt: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFlows.cpp" line="533"/>
        <source>%1 now uses its new token.</source>
        <translation>%1 bruker nå det nye tokenet.</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="71"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="74"/>
        <source>Cancelled; the key was not rotated.</source>
        <translation>Avbrutt; nøkkelen ble ikke rotert.</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="86"/>
        <source>Rotating “%1”: creating the new key…</source>
        <translation>Roterer «%1»: oppretter den nye nøkkelen …</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="107"/>
        <source>Rotation of “%1” stopped: the answer to the new key&apos;s create was lost. %2 The old key is unchanged.</source>
        <translation>Rotasjonen av «%1» stoppet: svaret på opprettelsen av den nye nøkkelen gikk tapt. %2 Den gamle nøkkelen er uendret.</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="116"/>
        <source>Rotation of “%1” stopped: the new key could not be created. %2 The old key is unchanged.</source>
        <translation>Rotasjonen av «%1» stoppet: den nye nøkkelen kunne ikke opprettes. %2 Den gamle nøkkelen er uendret.</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="137"/>
        <source>The test of the new key said: %1</source>
        <translation>Testen av den nye nøkkelen sa: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="139"/>
        <source>The new key was not tested.</source>
        <translation>Den nye nøkkelen ble ikke testet.</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="142"/>
        <source>New key not verified</source>
        <translation>Den nye nøkkelen er ikke verifisert</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="143"/>
        <source>%1

Keep the old key “%2” (recommended), or revoke it anyway as planned?</source>
        <translation>%1

Beholde den gamle nøkkelen «%2» (anbefalt), eller tilbakekalle den likevel som planlagt?</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="146"/>
        <source>Revoke old key anyway</source>
        <translation>Tilbakekall den gamle nøkkelen likevel</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="146"/>
        <source>Keep both keys</source>
        <translation>Behold begge nøklene</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="148"/>
        <source>not tested</source>
        <translation>ikke testet</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="151"/>
        <source>Old key to be revoked without a verified new key (%1): the user chose to.</source>
        <translation>Den gamle nøkkelen tilbakekalles uten en verifisert ny nøkkel (%1): brukeren valgte det.</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="157"/>
        <source>New key not verified (%1); the old key was kept.</source>
        <translation>Den nye nøkkelen er ikke verifisert (%1); den gamle nøkkelen ble beholdt.</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="159"/>
        <source>The old key “%1” was kept; revoke it once the new key works.</source>
        <translation>Den gamle nøkkelen «%1» ble beholdt; tilbakekall den når den nye nøkkelen virker.</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="180"/>
        <source>The old key “%1” could not be revoked: %2 KeyWarden tries again every hour; the rotation stays open until then.</source>
        <translation>Den gamle nøkkelen «%1» kunne ikke tilbakekalles: %2 KeyWarden prøver igjen hver time; rotasjonen forblir åpen til da.</translation>
    </message>
    <message>
        <location filename="../ui/RotationFlow.cpp" line="187"/>
        <source>Rotation finished: “%1” is revoked.</source>
        <translation>Rotasjonen er fullført: «%1» er tilbakekalt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RotationFlow.cpp" line="201"/>
        <source>“%1” will be revoked once unused for %n hour(s); you are asked if it is still used in %2.</source>
        <translation>
            <numerusform>«%1» tilbakekalles når den har vært ubrukt i %n time; du blir spurt hvis den fortsatt brukes om %2.</numerusform>
            <numerusform>«%1» tilbakekalles når den har vært ubrukt i %n timer; du blir spurt hvis den fortsatt brukes om %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RotationFlow.cpp" line="204"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RotationFlow.cpp" line="206"/>
        <source>“%1” is disabled and will be deleted in %n day(s); Rotations can enable it again.</source>
        <translation>
            <numerusform>«%1» er deaktivert og slettes om %n dag; Rotasjoner kan aktivere den igjen.</numerusform>
            <numerusform>«%1» er deaktivert og slettes om %n dager; Rotasjoner kan aktivere den igjen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RotationFlow.cpp" line="213"/>
        <source>“%1” will be revoked in %n days.</source>
        <translation>
            <numerusform>«%1» blir tilbakekalt om %n dag.</numerusform>
            <numerusform>«%1» blir tilbakekalt om %n dager.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPreferences.cpp" line="29"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
</context>
<context>
    <name>kw::MemoryStore</name>
    <message>
        <location filename="../src/vault/MemoryStore.cpp" line="11"/>
        <source>This session only (not saved)</source>
        <translation>Bare denne økten (ikke lagret)</translation>
    </message>
    <message>
        <location filename="../src/vault/MemoryStore.cpp" line="20"/>
        <source>No secret is kept for this session under this name.</source>
        <translation>Ingen hemmelighet er lagret for denne økten under dette navnet.</translation>
    </message>
    <message>
        <location filename="../src/vault/MemoryStore.cpp" line="21"/>
        <source>Enter the token again; session-only tokens are forgotten when KeyWarden quits.</source>
        <translation>Skriv inn tokenet på nytt; tokener som bare gjelder økten, glemmes når KeyWarden avsluttes.</translation>
    </message>
</context>
<context>
    <name>kw::NetworkProxy</name>
    <message>
        <location filename="../src/providers/NetworkProxy.cpp" line="34"/>
        <source>“%1” is not a proxy address; write it as http://proxy.example.com:3128</source>
        <translation>«%1» er ikke en proxyadresse; skriv den som http://proxy.example.com:3128</translation>
    </message>
    <message>
        <location filename="../src/providers/NetworkProxy.cpp" line="115"/>
        <source>A proxy address starts with http:// or socks5://, not %1://</source>
        <translation>En proxyadresse begynner med http:// eller socks5://, ikke %1://</translation>
    </message>
    <message>
        <location filename="../src/providers/NetworkProxy.cpp" line="120"/>
        <source>A proxy address has no path: “%1”</source>
        <translation>En proxyadresse har ingen sti: «%1»</translation>
    </message>
    <message>
        <location filename="../src/providers/NetworkProxy.cpp" line="123"/>
        <source>A proxy address is kept without credentials: KeyWarden asks for the user name and password when the proxy does, and keeps them in the keychain.</source>
        <translation>En proxyadresse lagres uten påloggingsopplysninger: KeyWarden spør etter brukernavn og passord når proxyen gjør det, og tar vare på dem i nøkkelringen.</translation>
    </message>
</context>
<context>
    <name>kw::OwnerAccessCache</name>
    <message>
        <location filename="../ui/OwnerAccessCache.cpp" line="91"/>
        <source>could not be checked: %1</source>
        <translation>kunne ikke kontrolleres: %1</translation>
    </message>
    <message>
        <location filename="../ui/OwnerAccessCache.cpp" line="93"/>
        <source>checking…</source>
        <translation>kontrollerer …</translation>
    </message>
    <message>
        <location filename="../ui/OwnerAccessCache.cpp" line="111"/>
        <source>also: %1</source>
        <translation>også: %1</translation>
    </message>
</context>
<context>
    <name>kw::PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="69"/>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="72"/>
        <source>Preference pages</source>
        <translation>Innstillingssider</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="73"/>
        <source>&amp;General</source>
        <translation>&amp;Generelt</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="74"/>
        <source>&amp;Rotation</source>
        <translation>&amp;Rotasjon</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="75"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Varsler</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="123"/>
        <source>Clear the clipboard after (seconds)</source>
        <translation>Tøm utklippstavlen etter (sekunder)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="124"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="126"/>
        <source>Clear copied &amp;secrets after:</source>
        <translation>Tøm kopierte &amp;hemmeligheter etter:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="128"/>
        <source>Lock after minutes without input</source>
        <translation>Lås etter minutter uten aktivitet</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="129"/>
        <source>Never</source>
        <translation>Aldri</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="130"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="132"/>
        <source>After this long without input the window hides every key and forgets the account tokens until you unlock it. 0: never.</source>
        <translation>Etter så lang tid uten aktivitet skjuler vinduet alle nøklene og glemmer kontotokenene til du låser det opp. 0: aldri.</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="134"/>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Lås etter inaktivitet i:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="138"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="139"/>
        <source>System</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="144"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="145"/>
        <source>A new language applies the next time KeyWarden starts.</source>
        <translation>Et nytt språk tas i bruk neste gang KeyWarden starter.</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="150"/>
        <source>Start at l&amp;ogin, in the tray</source>
        <translation>Start ved &amp;pålogging, i systemkurven</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="154"/>
        <source>Show an icon in the &amp;tray</source>
        <translation>Vis et ikon i system&amp;kurven</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="160"/>
        <source>When the window is closed while revocations are due</source>
        <translation>Når vinduet lukkes mens tilbakekallinger venter</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="161"/>
        <source>Ask</source>
        <translation>Spør</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="162"/>
        <source>Keep running in the tray</source>
        <translation>Fortsett å kjøre i systemkurven</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="164"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="165"/>
        <source>&amp;Closing while revocations are scheduled:</source>
        <translation>Ved l&amp;ukking mens tilbakekallinger er planlagt:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="175"/>
        <source>Default rotation policy (days)</source>
        <translation>Standard rotasjonspolicy (dager)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="176"/>
        <location filename="../ui/PreferencesDialog.cpp" line="196"/>
        <location filename="../ui/PreferencesDialog.cpp" line="217"/>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="178"/>
        <source>Rotate keys older than (&amp;default):</source>
        <translation>Roter nøkler eldre enn (&amp;standard):</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="182"/>
        <source>Rotation policy per account</source>
        <translation>Rotasjonspolicy per konto</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="183"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="183"/>
        <source>Rotation policy</source>
        <translation>Rotasjonspolicy</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="194"/>
        <source>Rotation policy for %1 (days, 0: the default)</source>
        <translation>Rotasjonspolicy for %1 (dager, 0: standard)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="195"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="212"/>
        <source>Per &amp;account:</source>
        <translation>Per &amp;konto:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="216"/>
        <source>Default grace period (days)</source>
        <translation>Standard overgangsperiode (dager)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="219"/>
        <source>How long a rotation keeps the old key before revoking it; the Rotate dialog starts with this.</source>
        <translation>Hvor lenge en rotasjon beholder den gamle nøkkelen før den tilbakekalles; dialogen «Roter nøkkel» starter med denne verdien.</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="221"/>
        <source>Default &amp;grace period:</source>
        <translation>Standard &amp;overgangsperiode:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="231"/>
        <source>Notify this many days before a key expires</source>
        <translation>Varsle så mange dager før en nøkkel utløper</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="232"/>
        <source>e.g. 7, 1</source>
        <translation>f.eks. 7, 1</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="237"/>
        <source>Notify days before &amp;expiry:</source>
        <translation>Varsle dager før &amp;utløp:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="238"/>
        <source>When a key&apos;s &amp;rotation falls due</source>
        <translation>Når rotasjonen av en nøkkel &amp;forfaller</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="242"/>
        <source>When a scheduled re&amp;vocation is done, fails or waits for me</source>
        <translation>Når en planlagt &amp;tilbakekalling er utført, mislykkes eller venter på meg</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="274"/>
        <source>Enter the seconds after which the clipboard is cleared (5–600).</source>
        <translation>Skriv inn antall sekunder før utklippstavlen tømmes (5–600).</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="275"/>
        <source>Enter the idle minutes before the window locks (0: never).</source>
        <translation>Skriv inn antall minutter uten aktivitet før vinduet låses (0: aldri).</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="276"/>
        <source>Enter the default rotation policy in days (1–3650).</source>
        <translation>Skriv inn standard rotasjonspolicy i dager (1–3650).</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="277"/>
        <source>Enter the default grace period in days (0–365).</source>
        <translation>Skriv inn standard overgangsperiode i dager (0–365).</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="285"/>
        <source>Enter a rotation policy in days for %1, or 0 for the default.</source>
        <translation>Skriv inn en rotasjonspolicy i dager for %1, eller 0 for standard.</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="289"/>
        <source>Enter the days before expiry as numbers from 1 to 365, separated by commas (e.g. 7, 1).</source>
        <translation>Skriv inn dagene før utløp som tall fra 1 til 365, atskilt med komma (f.eks. 7, 1).</translation>
    </message>
</context>
<context>
    <name>kw::ProviderCalls</name>
    <message>
        <location filename="../src/providers/ProviderCalls.cpp" line="69"/>
        <source>The key may have been created anyway: refresh the list before trying again.</source>
        <translation>Nøkkelen kan likevel ha blitt opprettet: oppdater listen før du prøver igjen.</translation>
    </message>
    <message>
        <location filename="../src/providers/ProviderCalls.cpp" line="117"/>
        <source>An earlier attempt&apos;s answer was lost; it may have deleted the key.</source>
        <translation>Svaret på et tidligere forsøk gikk tapt; det kan ha slettet nøkkelen.</translation>
    </message>
    <message>
        <location filename="../src/providers/ProviderCalls.cpp" line="152"/>
        <source>Reading the %1 from %2 did not finish within %3 s; it was stopped.</source>
        <translation>Lesingen av %1 fra %2 ble ikke fullført innen %3 s; den ble stoppet.</translation>
    </message>
    <message>
        <location filename="../src/providers/ProviderCalls.cpp" line="157"/>
        <source>The list is not shown, because it could be incomplete. Try again later.</source>
        <translation>Listen vises ikke, fordi den kan være ufullstendig. Prøv igjen senere.</translation>
    </message>
    <message>
        <location filename="../src/providers/ProviderCalls.cpp" line="166"/>
        <source>%1&apos;s paging of the %2 did not end within %3 pages, so the list was stopped.</source>
        <translation>Sideinndelingen av %2 hos %1 ble ikke avsluttet innen %3 sider, så listen ble stoppet.</translation>
    </message>
    <message>
        <location filename="../src/providers/ProviderCalls.cpp" line="171"/>
        <source>The list is not shown, because it would be incomplete.</source>
        <translation>Listen vises ikke, fordi den ville være ufullstendig.</translation>
    </message>
    <message>
        <location filename="../src/providers/ProviderCalls.cpp" line="179"/>
        <source>The %1 from %2 came back incomplete: %3</source>
        <translation>Listen over %1 fra %2 kom tilbake ufullstendig: %3</translation>
    </message>
    <message>
        <location filename="../src/providers/ProviderCalls.cpp" line="181"/>
        <source>The list is not shown, because entries would be missing. Refresh to try again.</source>
        <translation>Listen vises ikke, fordi oppføringer ville mangle. Oppdater for å prøve igjen.</translation>
    </message>
</context>
<context>
    <name>kw::ProviderError</name>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="19"/>
        <source>The server could not be reached</source>
        <translation>Tjeneren kunne ikke nås</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="21"/>
        <source>The server did not answer in time</source>
        <translation>Tjeneren svarte ikke i tide</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="24"/>
        <source>The secure connection failed (certificate or handshake)</source>
        <translation>Den sikre tilkoblingen mislyktes (sertifikat eller håndtrykk)</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="27"/>
        <source>Refused to send credentials over plain HTTP</source>
        <translation>Nektet å sende påloggingsinformasjon over ukryptert HTTP</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="30"/>
        <source>The credentials were not accepted</source>
        <translation>Påloggingsinformasjonen ble ikke godtatt</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="33"/>
        <source>Access denied</source>
        <translation>Tilgang nektet</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="35"/>
        <source>Not found</source>
        <translation>Ikke funnet</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="37"/>
        <source>Conflict with the current state (a limit may have been reached)</source>
        <translation>Konflikt med gjeldende tilstand (en grense kan være nådd)</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="40"/>
        <source>The request was rejected as invalid</source>
        <translation>Forespørselen ble avvist som ugyldig</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="43"/>
        <source>Too many requests; try again later</source>
        <translation>For mange forespørsler; prøv igjen senere</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="46"/>
        <source>The server failed to handle the request</source>
        <translation>Tjeneren klarte ikke å behandle forespørselen</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="49"/>
        <source>The server sent an answer that could not be read</source>
        <translation>Tjeneren sendte et svar som ikke kunne leses</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="52"/>
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="56"/>
        <source>Unexpected error</source>
        <translation>Uventet feil</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="70"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="75"/>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Kan ikke lese CA-filen %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="78"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA-filen %1 inneholder ikke noe PEM-sertifikat.</translation>
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
        <translation>Svaret fra %1 ble avkortet: tilkoblingen ble lukket etter %2 av %3 byte.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="31"/>
        <source>The answer from %1 was cut off: the connection closed after %2 bytes.</source>
        <translation>Svaret fra %1 ble avkortet: tilkoblingen ble lukket etter %2 byte.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="41"/>
        <source>No answer from %1 within %2 s.</source>
        <translation>Ingen svar fra %1 innen %2 s.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="45"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="46"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="47"/>
        <source>No answer from %1 after %2 attempts over %3.</source>
        <translation>Ingen svar fra %1 etter %2 forsøk over %3.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="58"/>
        <source>%1 refused the connection. Check the address and that the service is running.</source>
        <translation>%1 avviste tilkoblingen. Kontroller adressen og at tjenesten kjører.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="62"/>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 lukket tilkoblingen før den svarte.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="64"/>
        <source>Cannot find the host %1. Check the address.</source>
        <translation>Finner ikke verten %1. Kontroller adressen.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="66"/>
        <source>Cannot reach %1: %2</source>
        <translation>Kan ikke nå %1: %2</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="68"/>
        <source>The proxy %1 refused the connection (on the way to %2).</source>
        <translation>Proxyen %1 avviste tilkoblingen (på vei til %2).</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="71"/>
        <source>Cannot find the proxy %1 (on the way to %2).</source>
        <translation>Finner ikke proxyen %1 (på vei til %2).</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="74"/>
        <source>The proxy %1 did not answer in time (on the way to %2).</source>
        <translation>Proxyen %1 svarte ikke i tide (på vei til %2).</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="77"/>
        <source>The proxy %1 closed the connection (on the way to %2).</source>
        <translation>Proxyen %1 lukket tilkoblingen (på vei til %2).</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="80"/>
        <source>The proxy %1 asks for credentials (on the way to %2).</source>
        <translation>Proxyen %1 krever påloggingsinformasjon (på vei til %2).</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="83"/>
        <source>%1 closed the connection without answering. The request was not sent again because repeating it is not safe.</source>
        <translation>%1 lukket tilkoblingen uten å svare. Forespørselen ble ikke sendt på nytt fordi det ikke er trygt å gjenta den.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="96"/>
        <source>The address “%1” is not valid.</source>
        <translation>Adressen «%1» er ugyldig.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="98"/>
        <source>Refusing to connect to %1 over %2: credentials are only sent over https:// (plain http:// is allowed to this computer only).</source>
        <translation>Nekter å koble til %1 over %2: påloggingsinformasjon sendes bare over https:// (ukryptert http:// er bare tillatt til denne datamaskinen).</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="105"/>
        <source>%1 sent an answer that is not HTTP: %2</source>
        <translation>%1 sendte et svar som ikke er HTTP: %2</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="108"/>
        <source>The answer from %1 is larger than %2 MiB; it was not read.</source>
        <translation>Svaret fra %1 er større enn %2 MiB; det ble ikke lest.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="114"/>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Den sikre tilkoblingen til %1 mislyktes: %2</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="117"/>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="130"/>
        <source>Check the account&apos;s proxy, or https_proxy and no_proxy in the environment KeyWarden was started from.</source>
        <translation>Kontroller kontoens proxy, eller https_proxy og no_proxy i miljøet KeyWarden ble startet fra.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="133"/>
        <source>KeyWarden asks for the proxy&apos;s user name and password once and keeps them in the keychain, where keywarden-cli reads them; if the proxy refused them, give them again in the window.</source>
        <translation>KeyWarden spør én gang etter proxyens brukernavn og passord og tar vare på dem i nøkkelringen, der keywarden-cli leser dem; har proxyen avvist dem, oppgi dem på nytt i vinduet.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="138"/>
        <source>If the server uses a private certificate authority, configure its CA file for this account.</source>
        <translation>Hvis tjeneren bruker en privat sertifiseringsinstans, angir du CA-filen for denne kontoen.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="141"/>
        <source>It may or may not have taken effect: refresh before trying again.</source>
        <translation>Det kan ha trådt i kraft eller ikke: oppdater før du prøver igjen.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="153"/>
        <source>Try again after %1 (in %2 s).</source>
        <translation>Prøv igjen etter %1 (om %2 s).</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="185"/>
        <source>HTTP %1: </source>
        <translation>HTTP %1: </translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="192"/>
        <source>The provider gave no reason.</source>
        <translation>Leverandøren oppga ingen årsak.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="201"/>
        <source>Check your network connection and the account&apos;s endpoint, then retry.</source>
        <translation>Kontroller nettverkstilkoblingen og kontoens endepunkt, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="203"/>
        <source>The provider did not answer in time. Retry in a moment.</source>
        <translation>Leverandøren svarte ikke i tide. Prøv igjen om litt.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="205"/>
        <source>The server&apos;s certificate is not trusted. Check the endpoint, or set the CA file of a private certificate authority in the account.</source>
        <translation>Tjenerens sertifikat er ikke klarert. Kontroller endepunktet, eller angi CA-filen til en privat sertifiseringsinstans i kontoen.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="208"/>
        <source>Use an https:// endpoint (plain http:// is only allowed to this computer).</source>
        <translation>Bruk et https://-endepunkt (ukryptert http:// er bare tillatt til denne datamaskinen).</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="210"/>
        <source>The account&apos;s token was refused. It may be revoked or expired: add the account again with a valid token.</source>
        <translation>Kontoens token ble avvist. Det kan være tilbakekalt eller utløpt: legg til kontoen på nytt med et gyldig token.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="213"/>
        <source>The token is not allowed to do this. Use a token with key-management rights, or check the IP whitelist of the token.</source>
        <translation>Tokenet har ikke lov til dette. Bruk et token med rettigheter til nøkkelbehandling, eller kontroller IP-hvitelisten til tokenet.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="216"/>
        <source>It no longer exists at the provider. Refresh the list.</source>
        <translation>Den finnes ikke lenger hos leverandøren. Oppdater listen.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="218"/>
        <source>The provider refused because of a limit or a conflict. Revoke keys you no longer need, then try again.</source>
        <translation>Leverandøren avviste på grunn av en grense eller en konflikt. Tilbakekall nøkler du ikke lenger trenger, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="221"/>
        <source>Correct the values the provider named and try again.</source>
        <translation>Rett verdiene leverandøren nevnte, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="223"/>
        <source>Too many requests. Wait a minute, then retry.</source>
        <translation>For mange forespørsler. Vent et minutt, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="225"/>
        <source>The provider had a problem on its side. Retry later; if it persists, check the provider&apos;s status page.</source>
        <translation>Leverandøren hadde et problem på sin side. Prøv igjen senere; hvis det vedvarer, sjekk leverandørens statusside.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="228"/>
        <source>The provider&apos;s answer could not be read. Retry; if it persists, the endpoint may not be this provider&apos;s API.</source>
        <translation>Leverandørens svar kunne ikke leses. Prøv igjen; hvis det vedvarer, er endepunktet kanskje ikke API-et til denne leverandøren.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="231"/>
        <source>The request was cancelled.</source>
        <translation>Forespørselen ble avbrutt.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="236"/>
        <source>Retry; if it keeps failing, check the account&apos;s settings.</source>
        <translation>Prøv igjen; hvis det fortsetter å mislykkes, kontroller kontoens innstillinger.</translation>
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="247"/>
        <source>The key “%1” was created but its secret never arrived. It cannot be shown again: revoke it?</source>
        <translation>Nøkkelen «%1» ble opprettet, men hemmeligheten kom aldri. Den kan ikke vises igjen: tilbakekalle den?</translation>
    </message>
</context>
<context>
    <name>kw::ProviderReply</name>
    <message>
        <location filename="../src/providers/ProviderReply.cpp" line="23"/>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
</context>
<context>
    <name>kw::ProxyAuthDialog</name>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="21"/>
        <source>Proxy Sign-in</source>
        <translation>Proxy-pålogging</translation>
    </message>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="22"/>
        <source>Proxy sign-in</source>
        <translation>Proxy-pålogging</translation>
    </message>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="28"/>
        <source>The proxy %1 refused the user name and password it was given. Enter them again; KeyWarden keeps them in the keychain.</source>
        <translation>Proxyen %1 avviste brukernavnet og passordet den fikk. Oppgi dem på nytt; KeyWarden tar vare på dem i nøkkelringen.</translation>
    </message>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="31"/>
        <source>The proxy %1 asks for a user name and password. KeyWarden keeps them in the keychain and does not ask again.</source>
        <translation>Proxyen %1 ber om brukernavn og passord. KeyWarden tar vare på dem i nøkkelringen og spør ikke igjen.</translation>
    </message>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="38"/>
        <source>Proxy user name</source>
        <translation>Brukernavn for proxy</translation>
    </message>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="40"/>
        <source>Proxy password</source>
        <translation>Passord for proxy</translation>
    </message>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="42"/>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="43"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="48"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Logg på</translation>
    </message>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="49"/>
        <source>Sign in to the proxy</source>
        <translation>Logg på proxyen</translation>
    </message>
    <message>
        <location filename="../ui/ProxyAuthDialog.cpp" line="50"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>kw::ReminderTracker</name>
    <message numerus="yes">
        <location filename="../src/console/ReminderTracker.cpp" line="104"/>
        <source>Key expires within %n days</source>
        <translation>
            <numerusform>Nøkkel utløper innen %n dag</numerusform>
            <numerusform>Nøkkel utløper innen %n dager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="106"/>
        <source>Key due for rotation</source>
        <translation>Nøkkel skal roteres</translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="108"/>
        <source>Rotation finished</source>
        <translation>Rotasjonen er fullført</translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="110"/>
        <source>Planned revocation failed</source>
        <translation>Planlagt tilbakekalling mislyktes</translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="112"/>
        <source>New key failed its test</source>
        <translation>Ny nøkkel besto ikke testen</translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="114"/>
        <source>Rotation waits for your decision</source>
        <translation>Rotasjonen venter på din avgjørelse</translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="124"/>
        <source>“%1” of %2 expires on %3.</source>
        <translation>«%1» i %2 utløper %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/ReminderTracker.cpp" line="127"/>
        <source>“%1” of %2 was created on %3; the rotation policy is %n days.</source>
        <translation>
            <numerusform>«%1» i %2 ble opprettet %3; rotasjonspolicyen er %n dag.</numerusform>
            <numerusform>«%1» i %2 ble opprettet %3; rotasjonspolicyen er %n dager.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="132"/>
        <source>The old key “%1” of %2 was revoked as planned.</source>
        <translation>Den gamle nøkkelen «%1» i %2 ble tilbakekalt som planlagt.</translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="135"/>
        <source>The old key “%1” of %2 could not be revoked: %3 It still works; KeyWarden tries again every hour while it runs.</source>
        <translation>Den gamle nøkkelen «%1» i %2 kunne ikke tilbakekalles: %3 Den virker fortsatt; KeyWarden prøver igjen hver time mens programmet kjører.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/ReminderTracker.cpp" line="245"/>
        <source>expires in %n days</source>
        <translation>
            <numerusform>utløper om %n dag</numerusform>
            <numerusform>utløper om %n dager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="262"/>
        <source>rotation due</source>
        <translation>rotasjon forfalt</translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="280"/>
        <source>planned revocation not done yet</source>
        <translation>planlagt tilbakekalling ikke utført ennå</translation>
    </message>
    <message>
        <location filename="../src/console/ReminderTracker.cpp" line="288"/>
        <source>rotation waits for your decision</source>
        <translation>rotasjonen venter på din avgjørelse</translation>
    </message>
</context>
<context>
    <name>kw::ReplaceTokenDialog</name>
    <message>
        <location filename="../ui/ReplaceTokenDialog.cpp" line="49"/>
        <source>Enter the new API token.</source>
        <translation>Skriv inn det nye API-tokenet.</translation>
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
        <translation>Eksporter legitimasjonsrapport</translation>
    </message>
    <message>
        <location filename="../ui/ReportExport.cpp" line="30"/>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, for regneark (*.csv)</translation>
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
        <translation>nøklene listes fortsatt opp</translation>
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
        <translation>Eksporter legitimasjonsrapport</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ReportExport.cpp" line="56"/>
        <source>%n account(s) would be missing from the report, because their keys are not listed:

%1

Fix or refresh them first for a complete report, or export the others only.</source>
        <translation>
            <numerusform>%n konto ville mangle i rapporten, fordi nøklene ikke er listet opp:

%1

Rett opp eller oppdater den først for en fullstendig rapport, eller eksporter bare de andre.</numerusform>
            <numerusform>%n kontoer ville mangle i rapporten, fordi nøklene deres ikke er listet opp:

%1

Rett opp eller oppdater dem først for en fullstendig rapport, eller eksporter bare de andre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ReportExport.cpp" line="61"/>
        <source>Export Without Them</source>
        <translation>Eksporter uten dem</translation>
    </message>
    <message>
        <location filename="../ui/ReportExport.cpp" line="61"/>
        <source>Don&apos;t Export</source>
        <translation>Ikke eksporter</translation>
    </message>
    <message>
        <location filename="../ui/ReportExport.cpp" line="88"/>
        <source>Credential report written to %1</source>
        <translation>Legitimasjonsrapporten er skrevet til %1</translation>
    </message>
    <message>
        <location filename="../ui/ReportExport.cpp" line="119"/>
        <source>The report was not written.</source>
        <translation>Rapporten ble ikke skrevet.</translation>
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
        <translation>Leverandør</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="177"/>
        <location filename="../src/console/ReportWriters.cpp" line="282"/>
        <source>Keys</source>
        <translation>Nøkler</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="177"/>
        <source>Failing any check</source>
        <translation>Feiler en kontroll</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="194"/>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="195"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="195"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="195"/>
        <source>Prefix</source>
        <translation>Prefiks</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="196"/>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="196"/>
        <source>Age (days)</source>
        <translation>Alder (dager)</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="196"/>
        <source>Expires</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="197"/>
        <source>Last used</source>
        <translation>Sist brukt</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="197"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="197"/>
        <source>Services</source>
        <translation>Tjenester</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="198"/>
        <source>IP allowlist</source>
        <translation>IP-hviteliste</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="198"/>
        <source>Failed checks</source>
        <translation>Mislykkede kontroller</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="278"/>
        <source>Credential report</source>
        <translation>Legitimasjonsrapport</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="279"/>
        <source>Generated %1; rotation policy %2 days.</source>
        <translation>Generert %1; rotasjonspolicy %2 dager.</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="281"/>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="302"/>
        <source>No file was named for the report.</source>
        <translation>Ingen fil ble angitt for rapporten.</translation>
    </message>
    <message>
        <location filename="../src/console/ReportWriters.cpp" line="305"/>
        <location filename="../src/console/ReportWriters.cpp" line="307"/>
        <source>Cannot write the report to %1: %2</source>
        <translation>Kan ikke skrive rapporten til %1: %2</translation>
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
        <translation>Tester nøkkelen med %1 …</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="184"/>
        <source>The key could not be tested: %1</source>
        <translation>Nøkkelen kunne ikke testes: %1</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="206"/>
        <source>Close without saving?</source>
        <translation>Lukke uten å lagre?</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="207"/>
        <source>You have not confirmed that you saved the key “%1”.

The secret cannot be shown again. Close anyway?</source>
        <translation>Du har ikke bekreftet at du har lagret nøkkelen «%1».

Hemmeligheten kan ikke vises igjen. Lukke likevel?</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="210"/>
        <source>Close anyway</source>
        <translation>Lukk likevel</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="210"/>
        <source>Keep open</source>
        <translation>La være åpen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RevealSecretDialog.cpp" line="238"/>
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Utklippstavlen tømmes om %n s</numerusform>
            <numerusform>Utklippstavlen tømmes om %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="244"/>
        <source>Clipboard cleared.</source>
        <translation>Utklippstavlen er tømt.</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="245"/>
        <source>The clipboard holds something else now; not cleared.</source>
        <translation>Utklippstavlen inneholder noe annet nå; ikke tømt.</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="251"/>
        <source>Secret of %1</source>
        <translation>Hemmeligheten til %1</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="252"/>
        <source>The secret of “%1”.</source>
        <translation>Hemmeligheten til «%1».</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="254"/>
        <source>Anyone with this secret can use the key. Copy it only where it is needed; the clipboard is cleared after a short time.</source>
        <translation>Alle som har denne hemmeligheten, kan bruke nøkkelen. Kopier den bare dit den trengs; utklippstavlen tømmes etter kort tid.</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="257"/>
        <source>New key: %1</source>
        <translation>Ny nøkkel: %1</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="258"/>
        <source>The key “%1” was created.</source>
        <translation>Nøkkelen «%1» ble opprettet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RevealSecretDialog.cpp" line="265"/>
        <source>Copies are removed from the clipboard after %n s.</source>
        <translation>
            <numerusform>Kopier fjernes fra utklippstavlen etter %n s.</numerusform>
            <numerusform>Kopier fjernes fra utklippstavlen etter %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::RevokeKeyDialog</name>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="106"/>
        <source>Revoke key: %1</source>
        <translation>Tilbakekall nøkkel: %1</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="107"/>
        <source>Revoke the key “%1”?</source>
        <translation>Tilbakekalle nøkkelen «%1»?</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="108"/>
        <source>Revoke the key with ID “%1”?</source>
        <translation>Tilbakekalle nøkkelen med ID «%1»?</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="110"/>
        <source>Revocation is immediate and final: every application that uses this key stops working at once, and the key cannot be restored. Create a new key first if something still needs access.</source>
        <translation>Tilbakekallingen skjer straks og er endelig: alle programmer som bruker denne nøkkelen, slutter å virke med en gang, og nøkkelen kan ikke gjenopprettes. Opprett en ny nøkkel først hvis noe fortsatt trenger tilgang.</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="114"/>
        <source>&amp;Type the key’s name “%1” to confirm:</source>
        <translation>&amp;Skriv inn nøkkelnavnet «%1» for å bekrefte:</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="115"/>
        <source>&amp;Type the key’s ID “%1” to confirm:</source>
        <translation>&amp;Skriv inn nøkkel-ID-en «%1» for å bekrefte:</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="116"/>
        <source>Key name to confirm</source>
        <translation>Nøkkelnavn for bekreftelse</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="117"/>
        <source>Key ID to confirm</source>
        <translation>Nøkkel-ID for bekreftelse</translation>
    </message>
</context>
<context>
    <name>kw::RotateKeyDialog</name>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="22"/>
        <source>Rotate key “%1”</source>
        <translation>Roter nøkkelen «%1»</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="26"/>
        <source>services</source>
        <translation>tjenester</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="28"/>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="30"/>
        <source>IP whitelist</source>
        <translation>IP-hviteliste</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="32"/>
        <source>owner</source>
        <translation>eier</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="34"/>
        <source>project</source>
        <translation>prosjekt</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="36"/>
        <source>lifetime</source>
        <translation>levetid</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="37"/>
        <source>settings</source>
        <translation>innstillinger</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="42"/>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="44"/>
        <source>Rotation replaces “%1” in three steps:
1. KeyWarden creates a new key with the same %2.
2. You save the new secret (it is shown once) and update the applications that use the old key.
3. The old key is revoked: now, or after a grace period.</source>
        <translation>Rotasjonen erstatter «%1» i tre trinn:
1. KeyWarden oppretter en ny nøkkel med samme %2.
2. Du lagrer den nye hemmeligheten (den vises én gang) og oppdaterer programmene som bruker den gamle nøkkelen.
3. Den gamle nøkkelen tilbakekalles: nå, eller etter en overgangsperiode.</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="58"/>
        <source>Required</source>
        <translation>Påkrevd</translation>
    </message>
    <message>
        <location filename="../src/core/Rotation.cpp" line="269"/>
        <source>%1 (rotated %2)</source>
        <translation>%1 (rotert %2)</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="163"/>
        <source>Services: %1</source>
        <translation>Tjenester: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="163"/>
        <location filename="../ui/RotateKeyDialog.cpp" line="167"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="166"/>
        <source>Description: %1</source>
        <translation>Beskrivelse: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="170"/>
        <source>IP whitelist: %1</source>
        <translation>IP-hviteliste: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="171"/>
        <source>all addresses</source>
        <translation>alle adresser</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="175"/>
        <source>Owner: %1</source>
        <translation>Eier: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="177"/>
        <source>Project: %1</source>
        <translation>Prosjekt: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="178"/>
        <source>default</source>
        <translation>standard</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="181"/>
        <source>Expires: %1</source>
        <translation>Utløper: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="184"/>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="188"/>
        <source>Valid for: %1</source>
        <translation>Gyldig i: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="189"/>
        <source>permanent</source>
        <translation>permanent</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="202"/>
        <source>Enter a name for the new key.</source>
        <translation>Skriv inn et navn på den nye nøkkelen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RotateKeyDialog.cpp" line="208"/>
        <source> day(s)</source>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RotateKeyDialog.cpp" line="213"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> time</numerusform>
            <numerusform> timer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::RotationOrchestrator</name>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="97"/>
        <source>Creating the new key</source>
        <translation>Oppretter den nye nøkkelen</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="124"/>
        <source>The new key could not be created: %1</source>
        <translation>Den nye nøkkelen kunne ikke opprettes: %1</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="182"/>
        <source>The rotation record is gone.</source>
        <translation>Rotasjonsoppføringen finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="189"/>
        <source>This provider cannot do that grace step; nothing was changed.</source>
        <translation>Denne leverandøren kan ikke gjøre dette steget i overgangsperioden; ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="225"/>
        <source>This rotation has no planned revocation any more.</source>
        <translation>Denne rotasjonen har ikke lenger noen planlagt tilbakekalling.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="263"/>
        <source>Both keys were kept; the old key was not revoked.</source>
        <translation>Begge nøklene ble beholdt; den gamle nøkkelen ble ikke tilbakekalt.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="318"/>
        <source>The old key was already gone.</source>
        <translation>Den gamle nøkkelen fantes allerede ikke lenger.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="362"/>
        <source>The old key was revoked outside this rotation.</source>
        <translation>Den gamle nøkkelen ble tilbakekalt utenfor denne rotasjonen.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="371"/>
        <source>Interrupted before the old key&apos;s revocation was planned; both keys were kept.</source>
        <translation>Avbrutt før tilbakekallingen av den gamle nøkkelen var planlagt; begge nøklene ble beholdt.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="376"/>
        <source>The rotation of “%1” was interrupted; both keys were kept. Rotate it again when you are ready.</source>
        <translation>Rotasjonen av «%1» ble avbrutt; begge nøklene ble beholdt. Roter den på nytt når du er klar.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="448"/>
        <source>Rotation finished: the old key “%1” of %2 was revoked.</source>
        <translation>Rotasjonen er fullført: den gamle nøkkelen «%1» i %2 ble tilbakekalt.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestrator.cpp" line="452"/>
        <source>Could not revoke the old key “%1” of %2: %3 It will be tried again.</source>
        <translation>Kunne ikke tilbakekalle den gamle nøkkelen «%1» i %2: %3 Det blir forsøkt igjen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="71"/>
        <source>old key last used %n minute(s) ago</source>
        <translation>
            <numerusform>gammel nøkkel sist brukt for %n minutt siden</numerusform>
            <numerusform>gammel nøkkel sist brukt for %n minutter siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="73"/>
        <source>old key last used %n hour(s) ago</source>
        <translation>
            <numerusform>gammel nøkkel sist brukt for %n time siden</numerusform>
            <numerusform>gammel nøkkel sist brukt for %n timer siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="75"/>
        <source>old key last used %n day(s) ago</source>
        <translation>
            <numerusform>gammel nøkkel sist brukt for %n dag siden</numerusform>
            <numerusform>gammel nøkkel sist brukt for %n dager siden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="119"/>
        <source>The old key could not be disabled: %1 It is still active.</source>
        <translation>Den gamle nøkkelen kunne ikke deaktiveres: %1 Den er fortsatt aktiv.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="213"/>
        <source>The old key “%1” of %2 was still in use at its deadline (%3), so it was not revoked. Revoke it now, postpone, or keep both keys.</source>
        <translation>Den gamle nøkkelen «%1» i %2 var fortsatt i bruk ved fristen (%3), så den ble ikke tilbakekalt. Tilbakekall den nå, utsett, eller behold begge nøklene.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="260"/>
        <source>The new key “%1” of %2 failed its test (%3) while the old key is disabled. Re-enable the old key in Rotations if something broke.</source>
        <translation>Den nye nøkkelen «%1» i %2 besto ikke testen (%3) mens den gamle nøkkelen er deaktivert. Aktiver den gamle nøkkelen igjen under Rotasjoner hvis noe sluttet å virke.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="282"/>
        <source>no longer listed</source>
        <translation>ikke lenger oppført</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="310"/>
        <source>refused: HTTP %1</source>
        <translation>avvist: HTTP %1</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="335"/>
        <source>The new key failed its test, so the disabled old key was not deleted.</source>
        <translation>Den nye nøkkelen besto ikke testen, så den deaktiverte gamle nøkkelen ble ikke slettet.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="347"/>
        <source>This rotation has no disabled old key.</source>
        <translation>Denne rotasjonen har ingen deaktivert gammel nøkkel.</translation>
    </message>
    <message>
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="363"/>
        <source>The old key was enabled again. Revoke it, postpone its revocation, or keep both keys.</source>
        <translation>Den gamle nøkkelen ble aktivert igjen. Tilbakekall den, utsett tilbakekallingen, eller behold begge nøklene.</translation>
    </message>
</context>
<context>
    <name>kw::RotationsDialog</name>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="36"/>
        <source>Rotations</source>
        <translation>Rotasjoner</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="48"/>
        <source>Rotations whose old key is not revoked yet. Its revocation is planned for the date shown (waiting for quiet: you are asked then); until then both keys work, unless the old one is disabled.</source>
        <translation>Rotasjoner der den gamle nøkkelen ikke er tilbakekalt ennå. Tilbakekallingen er planlagt til datoen som vises (ved venting på stillhet blir du spurt da); til da virker begge nøklene, med mindre den gamle er deaktivert.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="58"/>
        <source>Open rotations</source>
        <translation>Åpne rotasjoner</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="59"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="59"/>
        <source>Old key</source>
        <translation>Gammel nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="59"/>
        <source>New key</source>
        <translation>Ny nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="60"/>
        <source>Revoke on</source>
        <translation>Tilbakekalles</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="60"/>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="60"/>
        <source>Old key&apos;s last use</source>
        <translation>Siste bruk av gammel nøkkel</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="69"/>
        <source>No rotation is open: every rotated key&apos;s old key is revoked or was kept.</source>
        <translation>Ingen rotasjoner er åpne: den gamle nøkkelen til hver roterte nøkkel er tilbakekalt eller ble beholdt.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="78"/>
        <source>Decision needed</source>
        <translation>Beslutning trengs</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="102"/>
        <source>&amp;Revoke Old Key Now…</source>
        <translation>&amp;Tilbakekall gammel nøkkel nå …</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="104"/>
        <source>Revoke the old key now</source>
        <translation>Tilbakekall den gamle nøkkelen nå</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="108"/>
        <source>Postpone &amp;by:</source>
        <translation>Utsett &amp;med:</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="111"/>
        <source>Days to postpone the revocation by</source>
        <translation>Antall dager tilbakekallingen skal utsettes</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="114"/>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="118"/>
        <source>&amp;Postpone</source>
        <translation>&amp;Utsett</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="120"/>
        <source>Postpone the revocation</source>
        <translation>Utsett tilbakekallingen</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="124"/>
        <source>&amp;Keep Both Keys</source>
        <translation>&amp;Behold begge nøklene</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="126"/>
        <source>Keep both keys and close the rotation</source>
        <translation>Behold begge nøklene og lukk rotasjonen</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="128"/>
        <source>Close the rotation without revoking the old key: both keys keep working</source>
        <translation>Lukk rotasjonen uten å tilbakekalle den gamle nøkkelen: begge nøklene fortsetter å virke</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="132"/>
        <source>Re-&amp;enable Old Key</source>
        <translation>&amp;Aktiver gammel nøkkel igjen</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="134"/>
        <source>Enable the disabled old key again</source>
        <translation>Aktiver den deaktiverte gamle nøkkelen igjen</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="135"/>
        <source>Something still needed the old key: enable it again. It is then deleted only when you decide.</source>
        <translation>Noe trengte fortsatt den gamle nøkkelen: aktiver den igjen. Den slettes da først når du bestemmer det.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="175"/>
        <source>New key being handed over</source>
        <translation>Den nye nøkkelen overleveres</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="177"/>
        <source>Waiting for your decision</source>
        <translation>Venter på din beslutning</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="179"/>
        <source>Old key disabled; deleted on the date shown</source>
        <translation>Gammel nøkkel deaktivert; slettes på datoen som vises</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="180"/>
        <source>Old key disabled; %1</source>
        <translation>Gammel nøkkel deaktivert; %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RotationsDialog.cpp" line="185"/>
        <source>Waiting until the old key is unused for %n hour(s)</source>
        <translation>
            <numerusform>Venter til den gamle nøkkelen har vært ubrukt i %n time</numerusform>
            <numerusform>Venter til den gamle nøkkelen har vært ubrukt i %n timer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="187"/>
        <source>Due: being revoked</source>
        <translation>Forfalt: tilbakekalles</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="188"/>
        <source>Due; last try failed: %1</source>
        <translation>Forfalt; siste forsøk mislyktes: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="189"/>
        <source>Grace period: both keys work</source>
        <translation>Overgangsperiode: begge nøklene virker</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="204"/>
        <source>not planned yet</source>
        <translation>ikke planlagt ennå</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="205"/>
        <source>not known</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="261"/>
        <source>“%1” needs your decision: %2</source>
        <translation>«%1» trenger din beslutning: %2</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="285"/>
        <location filename="../ui/RotationsDialog.cpp" line="289"/>
        <source>Revoke Old Key Now</source>
        <translation>Tilbakekall gammel nøkkel nå</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="286"/>
        <source>Revoke the old key “%1” now instead of on %2? Whatever still uses it stops working at once; the new key “%3” stays.</source>
        <translation>Tilbakekalle den gamle nøkkelen «%1» nå i stedet for %2? Alt som fortsatt bruker den, slutter å virke med en gang; den nye nøkkelen «%3» blir værende.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="289"/>
        <source>Keep It Until %1</source>
        <translation>Behold den til %1</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="292"/>
        <source>Revoking “%1”…</source>
        <translation>Tilbakekaller «%1» …</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="295"/>
        <source>The old key “%1” was not revoked: %2</source>
        <translation>Den gamle nøkkelen «%1» ble ikke tilbakekalt: %2</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="299"/>
        <source>The old key “%1” is revoked; the rotation is complete.</source>
        <translation>Den gamle nøkkelen «%1» er tilbakekalt; rotasjonen er fullført.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="315"/>
        <source>“%1” will be revoked on %2.</source>
        <translation>«%1» blir tilbakekalt %2.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="318"/>
        <source>The revocation of “%1” could not be postponed: it is no longer planned.</source>
        <translation>Tilbakekallingen av «%1» kunne ikke utsettes: den er ikke lenger planlagt.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="331"/>
        <source>The rotation is closed; “%1” stays active beside the new key. Revoke it yourself when it is no longer used.</source>
        <translation>Rotasjonen er lukket; «%1» forblir aktiv ved siden av den nye nøkkelen. Tilbakekall den selv når den ikke lenger brukes.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="335"/>
        <source>“%1” is no longer planned for revocation.</source>
        <translation>«%1» er ikke lenger planlagt for tilbakekalling.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="346"/>
        <source>Enabling “%1” again…</source>
        <translation>Aktiverer «%1» igjen …</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="350"/>
        <source>“%1” could not be enabled again: %2</source>
        <translation>«%1» kunne ikke aktiveres igjen: %2</translation>
    </message>
    <message>
        <location filename="../ui/RotationsDialog.cpp" line="354"/>
        <source>“%1” works again. It is not deleted until you decide: revoke it, postpone, or keep both keys.</source>
        <translation>«%1» virker igjen. Den slettes ikke før du bestemmer: tilbakekall den, utsett, eller behold begge nøklene.</translation>
    </message>
</context>
<context>
    <name>kw::ScalewayProvider</name>
    <message>
        <location filename="../src/providers/ScalewayPager.cpp" line="62"/>
        <source>%1 arrived of the %2 announced.</source>
        <translation>%1 kom av de %2 som var varslet.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayPager.cpp" line="123"/>
        <source>page %1 is empty although %2 were announced.</source>
        <translation>side %1 er tom selv om %2 var varslet.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayPager.cpp" line="145"/>
        <source>Page %1 of %2 of the %3 failed: %4</source>
        <translation>Side %1 av %2 for %3 mislyktes: %4</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="259"/>
        <location filename="../src/providers/ScalewayProvider.cpp" line="265"/>
        <source>API keys</source>
        <translation>API-nøkler</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="276"/>
        <location filename="../src/providers/ScalewayProvider.cpp" line="402"/>
        <source>projects</source>
        <translation>prosjekter</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="316"/>
        <location filename="../src/providers/ScalewayProvider.cpp" line="369"/>
        <source>The key has no access key.</source>
        <translation>Nøkkelen har ingen tilgangsnøkkel.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="319"/>
        <source>Scaleway keys have no name; change the description.</source>
        <translation>Scaleway-nøkler har ikke noe navn; endre beskrivelsen.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="336"/>
        <source>expires_at: Scaleway cannot remove an expiry once it is set.</source>
        <translation>expires_at: Scaleway kan ikke fjerne en utløpstid når den først er satt.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="337"/>
        <source>Choose a later date, or rotate the key to one without an expiry.</source>
        <translation>Velg en senere dato, eller roter nøkkelen til en uten utløpstid.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="358"/>
        <source>The change may have been made: refresh the list.</source>
        <translation>Endringen kan ha blitt utført: oppdater listen.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="420"/>
        <source>users and applications</source>
        <translation>brukere og applikasjoner</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="274"/>
        <location filename="../src/providers/ScalewayProvider.cpp" line="400"/>
        <source>users</source>
        <translation>brukere</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="275"/>
        <location filename="../src/providers/ScalewayProvider.cpp" line="401"/>
        <source>applications</source>
        <translation>applikasjoner</translation>
    </message>
</context>
<context>
    <name>kw::SecretField</name>
    <message>
        <location filename="../ui/SecretField.cpp" line="150"/>
        <source>&amp;Hide</source>
        <translation>&amp;Skjul</translation>
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="150"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="151"/>
        <source>Hide secret</source>
        <translation>Skjul hemmeligheten</translation>
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="151"/>
        <source>Reveal secret</source>
        <translation>Vis hemmeligheten</translation>
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="152"/>
        <source>Hide the secret (Ctrl+H)</source>
        <translation>Skjul hemmeligheten (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="153"/>
        <source>Show the secret (Ctrl+H)</source>
        <translation>Vis hemmeligheten (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="154"/>
        <source>Secret</source>
        <translation>Hemmelighet</translation>
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="155"/>
        <source>Shown in clear text</source>
        <translation>Vises i klartekst</translation>
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="156"/>
        <source>Masked; use Reveal to show it</source>
        <translation>Maskert; bruk «Vis» for å vise den</translation>
    </message>
</context>
<context>
    <name>kw::SecretStore</name>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="66"/>
        <source>No keychain can be reached: there is no D-Bus session bus (%1).</source>
        <translation>Ingen nøkkelring kan nås: det finnes ingen D-Bus-øktbuss (%1).</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="67"/>
        <source>KeyWarden keeps tokens in the desktop keychain, which it reaches over the D-Bus session bus. Start KeyWarden from a desktop session (or inside dbus-run-session), and run a Secret Service such as gnome-keyring (apt install gnome-keyring libsecret-1-0) or KeePassXC with its Secret Service integration.</source>
        <translation>KeyWarden lagrer tokener i skrivebordets nøkkelring, som nås over D-Bus-øktbussen. Start KeyWarden fra en skrivebordsøkt (eller i dbus-run-session), og kjør en Secret Service som gnome-keyring (apt install gnome-keyring libsecret-1-0) eller KeePassXC med Secret Service-integrasjonen.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="73"/>
        <source>No keychain is available.</source>
        <translation>Ingen nøkkelring er tilgjengelig.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="74"/>
        <source>No keychain is available (%1).</source>
        <translation>Ingen nøkkelring er tilgjengelig (%1).</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="80"/>
        <source>The keychain is locked (%1).</source>
        <translation>Nøkkelringen er låst (%1).</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="81"/>
        <source>Unlock your login keyring (for example with Seahorse, or by logging in to the desktop again) or create one if none exists, then try again.</source>
        <translation>Lås opp påloggingsnøkkelringen (for eksempel med Seahorse, eller ved å logge inn på skrivebordet på nytt), eller opprett en hvis ingen finnes, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="95"/>
        <source>No secret is stored in the keychain under this name.</source>
        <translation>Ingen hemmelighet er lagret i nøkkelringen under dette navnet.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="96"/>
        <source>Enter the token again. If you saved it before, the keyring may be locked: unlock it and try again.</source>
        <translation>Skriv inn tokenet på nytt. Hvis du har lagret det før, kan nøkkelringen være låst: lås den opp og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="99"/>
        <source>Access to the keychain was refused.</source>
        <translation>Tilgang til nøkkelringen ble nektet.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="100"/>
        <source>Allow KeyWarden to use the keychain when it asks, then try again.</source>
        <translation>Gi KeyWarden lov til å bruke nøkkelringen når du blir spurt, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="104"/>
        <source>The keychain denied access (%1).</source>
        <translation>Nøkkelringen nektet tilgang (%1).</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="105"/>
        <source>Check the keychain&apos;s access settings for KeyWarden, then try again.</source>
        <translation>Kontroller tilgangsinnstillingene i nøkkelringen for KeyWarden, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="118"/>
        <source>The keychain reported an unknown error.</source>
        <translation>Nøkkelringen rapporterte en ukjent feil.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="119"/>
        <source>The keychain reported an error: %1</source>
        <translation>Nøkkelringen rapporterte en feil: %1</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="120"/>
        <source>Try again. If it keeps failing, restart the keychain service or log in to the desktop again.</source>
        <translation>Prøv igjen. Hvis det fortsetter å mislykkes, start nøkkelringtjenesten på nytt eller logg inn på skrivebordet igjen.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="128"/>
        <source>The keychain did not answer within %1 s. It may be locked or waiting for a password prompt.</source>
        <translation>Nøkkelringen svarte ikke innen %1 s. Den kan være låst eller vente på en passordforespørsel.</translation>
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="131"/>
        <source>Look for a keychain password prompt and answer it, or unlock the keyring, then try again.</source>
        <translation>Se etter en passordforespørsel fra nøkkelringen og svar på den, eller lås opp nøkkelringen, og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>kw::ShortcutsDialog</name>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="36"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastatursnarveier</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="37"/>
        <source>&amp;Shortcuts:</source>
        <translation>&amp;Snarveier:</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="40"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastatursnarveier</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="42"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="42"/>
        <source>Keys</source>
        <translation>Nøkler</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="54"/>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="61"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>kw::SigV4</name>
    <message>
        <location filename="../src/providers/SigV4.cpp" line="230"/>
        <source>The signing time is not valid.</source>
        <translation>Signeringstidspunktet er ugyldig.</translation>
    </message>
    <message>
        <location filename="../src/providers/SigV4.cpp" line="235"/>
        <source>The access key id, region and service are needed to sign a request.</source>
        <translation>Tilgangsnøkkel-ID, region og tjeneste trengs for å signere en forespørsel.</translation>
    </message>
    <message>
        <location filename="../src/providers/SigV4.cpp" line="239"/>
        <source>The method and the payload hash are needed to sign a request.</source>
        <translation>Metoden og nyttelastens hash trengs for å signere en forespørsel.</translation>
    </message>
    <message>
        <location filename="../src/providers/SigV4.cpp" line="262"/>
        <source>The cryptographic library could not compute the signature.</source>
        <translation>Kryptobiblioteket kunne ikke beregne signaturen.</translation>
    </message>
    <message>
        <location filename="../src/providers/SigV4.cpp" line="313"/>
        <source>The address to sign a request for is not valid.</source>
        <translation>Adressen en forespørsel skal signeres for, er ugyldig.</translation>
    </message>
</context>
<context>
    <name>kw::SubmitDialog</name>
    <message>
        <location filename="../ui/SubmitDialog.cpp" line="28"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
</context>
<context>
    <name>kw::TrayIcon</name>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="58"/>
        <source>KeyWarden tray menu</source>
        <translation>KeyWarden-meny i systemkurven</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="59"/>
        <source>&amp;Show KeyWarden</source>
        <translation>&amp;Vis KeyWarden</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="66"/>
        <source>&amp;Quit KeyWarden</source>
        <translation>&amp;Avslutt KeyWarden</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="141"/>
        <source>No key needs attention</source>
        <translation>Ingen nøkler trenger oppmerksomhet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayIcon.cpp" line="142"/>
        <source>%n keys need attention</source>
        <translation>
            <numerusform>%n nøkkel trenger oppmerksomhet</numerusform>
            <numerusform>%n nøkler trenger oppmerksomhet</numerusform>
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
            <numerusform>… og %n til</numerusform>
            <numerusform>… og %n til</numerusform>
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
            <numerusform>%1 (og %n påminnelse til)</numerusform>
            <numerusform>%1 (og %n påminnelser til)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayIcon.cpp" line="237"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… og %n til.</numerusform>
            <numerusform>… og %n til.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayIcon.cpp" line="238"/>
        <source>KeyWarden: %n reminders</source>
        <translation>
            <numerusform>KeyWarden: %n påminnelse</numerusform>
            <numerusform>KeyWarden: %n påminnelser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="292"/>
        <source>Keep KeyWarden running?</source>
        <translation>La KeyWarden fortsette å kjøre?</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="294"/>
        <source>The old key of a rotation will be revoked when its grace period ends.</source>
        <translation>Den gamle nøkkelen fra en rotasjon blir tilbakekalt når overgangsperioden er over.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayIcon.cpp" line="295"/>
        <source>%n old keys of rotations will be revoked when their grace periods end.</source>
        <translation>
            <numerusform>%n gammel nøkkel fra en rotasjon blir tilbakekalt når overgangsperioden er over.</numerusform>
            <numerusform>%n gamle nøkler fra rotasjoner blir tilbakekalt når overgangsperiodene deres er over.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="299"/>
        <source>KeyWarden revokes old keys only while it runs: kept in the tray, it does so on time and tells you how it went.</source>
        <translation>KeyWarden tilbakekaller gamle nøkler bare mens programmet kjører: ligger det i systemkurven, skjer det i tide, og du får vite hvordan det gikk.</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="301"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="301"/>
        <source>Keep running in the tray</source>
        <translation>Fortsett å kjøre i systemkurven</translation>
    </message>
</context>
<context>
    <name>kw::TrustChecks</name>
    <message>
        <location filename="../src/console/TrustChecks.cpp" line="113"/>
        <source>The provider answered that the key was not found, but the list that would confirm it failed: %1</source>
        <translation>Leverandøren svarte at nøkkelen ikke ble funnet, men listen som skulle bekrefte det, mislyktes: %1</translation>
    </message>
    <message>
        <location filename="../src/console/TrustChecks.cpp" line="117"/>
        <source>Whether the key was revoked could not be checked: %1 Refresh before trying again.</source>
        <translation>Det kunne ikke kontrolleres om nøkkelen ble tilbakekalt: %1 Oppdater før du prøver igjen.</translation>
    </message>
    <message>
        <location filename="../src/console/TrustChecks.cpp" line="131"/>
        <source>The provider answered that the key was not found, yet still lists it: it was not revoked.</source>
        <translation>Leverandøren svarte at nøkkelen ikke ble funnet, men lister den likevel: den ble ikke tilbakekalt.</translation>
    </message>
    <message>
        <location filename="../src/console/TrustChecks.cpp" line="165"/>
        <source>The provider&apos;s answer to the create carried no key.</source>
        <translation>Leverandørens svar på opprettelsen inneholdt ingen nøkkel.</translation>
    </message>
    <message>
        <location filename="../src/console/TrustChecks.cpp" line="183"/>
        <source>Whether the key was created could not be checked: %1 Look for it in the list before creating it again.</source>
        <translation>Det kunne ikke kontrolleres om nøkkelen ble opprettet: %1 Se etter den i listen før du oppretter den på nytt.</translation>
    </message>
    <message>
        <location filename="../src/console/TrustChecks.cpp" line="191"/>
        <source>A fresh list shows no such key: nothing was created.</source>
        <translation>En ny liste viser ingen slik nøkkel: ingenting ble opprettet.</translation>
    </message>
    <message>
        <location filename="../src/console/TrustChecks.cpp" line="228"/>
        <source>The old key is no longer listed.</source>
        <translation>Den gamle nøkkelen er ikke lenger oppført.</translation>
    </message>
</context>
<context>
    <name>kw::VerificationText</name>
    <message>
        <location filename="../src/console/VerificationText.cpp" line="13"/>
        <source> %1 says: %2</source>
        <translation> %1 sier: %2</translation>
    </message>
    <message>
        <location filename="../src/console/VerificationText.cpp" line="16"/>
        <source>The key works: %1 accepted it.</source>
        <translation>Nøkkelen virker: %1 godtok den.</translation>
    </message>
    <message>
        <location filename="../src/console/VerificationText.cpp" line="18"/>
        <source>The key was refused (HTTP 401): %1 does not accept it.</source>
        <translation>Nøkkelen ble avvist (HTTP 401): %1 godtar den ikke.</translation>
    </message>
    <message>
        <location filename="../src/console/VerificationText.cpp" line="21"/>
        <source>The key is valid but not allowed here (HTTP 403).</source>
        <translation>Nøkkelen er gyldig, men ikke tillatt her (HTTP 403).</translation>
    </message>
    <message>
        <location filename="../src/console/VerificationText.cpp" line="23"/>
        <source>%1 could not be reached; the key was not tested.</source>
        <translation>%1 kunne ikke nås; nøkkelen ble ikke testet.</translation>
    </message>
    <message>
        <location filename="../src/console/VerificationText.cpp" line="28"/>
        <source>The test failed (HTTP %1).</source>
        <translation>Testen mislyktes (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../src/console/VerificationText.cpp" line="29"/>
        <source>The test failed.</source>
        <translation>Testen mislyktes.</translation>
    </message>
</context>
<context>
    <name>kw::WasabiAirProvider</name>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="66"/>
        <source>No Wasabi AiR address is set for this account.</source>
        <translation>Ingen Wasabi AiR-adresse er angitt for denne kontoen.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="67"/>
        <source>No Wasabi AiR address is set for the account “%1”.</source>
        <translation>Ingen Wasabi AiR-adresse er angitt for kontoen «%1».</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="68"/>
        <source>Each Wasabi AiR deployment has its own address: enter your AiR API base (for example https://air.example.com) in the account settings.</source>
        <translation>Hver Wasabi AiR-installasjon har sin egen adresse: skriv inn grunnadressen til AiR-API-et ditt (for eksempel https://air.example.com) i kontoinnstillingene.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="119"/>
        <source>Wasabi AiR keys can only be renamed, disabled or enabled.</source>
        <translation>Wasabi AiR-nøkler kan bare gis nytt navn, deaktiveres eller aktiveres.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="122"/>
        <source>Give the key a name.</source>
        <translation>Gi nøkkelen et navn.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="140"/>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="168"/>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="213"/>
        <source>The key has no id.</source>
        <translation>Nøkkelen har ingen ID.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="175"/>
        <source>Wasabi AiR did not confirm that the key was deleted.</source>
        <translation>Wasabi AiR bekreftet ikke at nøkkelen ble slettet.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="176"/>
        <source>Refresh the list to see whether it still exists.</source>
        <translation>Oppdater listen for å se om den fortsatt finnes.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="203"/>
        <source>The server answered, but not as the Wasabi AiR API does.</source>
        <translation>Tjeneren svarte, men ikke slik Wasabi AiR-API-et gjør.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="204"/>
        <source>Check the AiR address of the account. %1</source>
        <translation>Kontroller AiR-adressen til kontoen. %1</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="225"/>
        <source>It may have been deleted elsewhere: refresh the list.</source>
        <translation>Den kan ha blitt slettet et annet sted: oppdater listen.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="234"/>
        <source>This key is disabled: requests made with it fail until it is enabled again.</source>
        <translation>Denne nøkkelen er deaktivert: forespørsler med den mislykkes til den aktiveres igjen.</translation>
    </message>
</context>
<context>
    <name>kw::WasabiIamProvider</name>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="84"/>
        <source>Wasabi access keys cannot be edited; deactivate or rotate instead</source>
        <translation>Wasabi-tilgangsnøkler kan ikke redigeres; deaktiver eller roter i stedet</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="174"/>
        <source>The account&apos;s credential is not an access key pair.</source>
        <translation>Kontoens påloggingsinformasjon er ikke et tilgangsnøkkelpar.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="175"/>
        <source>Store it as ACCESSKEYID:SECRET (the access key id, a colon, then the secret key).</source>
        <translation>Lagre den som ACCESSKEYID:SECRET (tilgangsnøkkel-ID-en, et kolon og deretter den hemmelige nøkkelen).</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamPrincipals.cpp" line="24"/>
        <source>Root user</source>
        <translation>Rotbruker</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamPrincipals.cpp" line="25"/>
        <source>%1 (this token&apos;s user)</source>
        <translation>%1 (brukeren til dette tokenet)</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamPrincipals.cpp" line="49"/>
        <source>users</source>
        <translation>brukere</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamPrincipals.cpp" line="59"/>
        <source>The root user has every right and no policies to list.</source>
        <translation>Rotbrukeren har alle rettigheter og ingen policyer å liste opp.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamPrincipals.cpp" line="79"/>
        <source>attached policies</source>
        <translation>tilknyttede policyer</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamPrincipals.cpp" line="91"/>
        <source>The root user has every right already; policies are attached to sub-users.</source>
        <translation>Rotbrukeren har allerede alle rettigheter; policyer knyttes til underbrukere.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamPrincipals.cpp" line="95"/>
        <source>No policy was chosen.</source>
        <translation>Ingen policy ble valgt.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="283"/>
        <source>page %1 says more follows but gives the Marker already asked for.</source>
        <translation>side %1 sier at mer følger, men oppgir den Marker som allerede er bedt om.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="406"/>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="448"/>
        <source>access keys</source>
        <translation>tilgangsnøkler</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="454"/>
        <source>The access key %1 is in no user&apos;s list of keys: it does not exist (any more).</source>
        <translation>Tilgangsnøkkelen %1 står ikke i noen brukers nøkkelliste: den finnes ikke (lenger).</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="474"/>
        <source>The root user</source>
        <translation>Rotbrukeren</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="474"/>
        <source>The user “%1”</source>
        <translation>Brukeren «%1»</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="476"/>
        <source>%1 already has %2 access keys, the most Wasabi allows.</source>
        <translation>%1 har allerede %2 tilgangsnøkler, det meste Wasabi tillater.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="479"/>
        <source>Deactivate and delete the older key first, then create the new one.</source>
        <translation>Deaktiver og slett den eldre nøkkelen først, og opprett deretter den nye.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="500"/>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="521"/>
        <source>The key has no id.</source>
        <translation>Nøkkelen har ingen ID.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="542"/>
        <source>The server answered, but not as Wasabi&apos;s IAM API does.</source>
        <translation>Tjeneren svarte, men ikke slik IAM-API-et til Wasabi gjør.</translation>
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
        <translation>S3-kompatibel objektlagring (opplasting/nedlasting av filer)</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="29"/>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="30"/>
        <source>Large language models (chat completions, streaming)</source>
        <translation>Store språkmodeller (chat completions, strømming)</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="32"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="33"/>
        <source>PostgreSQL/MariaDB management (create, snapshots, backups)</source>
        <translation>Administrasjon av PostgreSQL/MariaDB (opprettelse, øyeblikksbilder, sikkerhetskopier)</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="35"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="36"/>
        <source>Domain management (zones, records, DNSSEC)</source>
        <translation>Domeneadministrasjon (soner, poster, DNSSEC)</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="37"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="38"/>
        <source>GPU-accelerated services (video, TTS, transcription)</source>
        <translation>GPU-akselererte tjenester (video, TTS, transkripsjon)</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="70"/>
        <source>WAYSCloud keys cannot be edited after creation; rotate instead</source>
        <translation>WAYSCloud-nøkler kan ikke redigeres etter at de er opprettet; roter i stedet</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="111"/>
        <source>Give the key a name.</source>
        <translation>Gi nøkkelen et navn.</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="112"/>
        <source>A descriptive name, e.g. “Production Storage API”, tells the key apart later.</source>
        <translation>Et beskrivende navn, f.eks. «Produksjonslagring-API», gjør det lettere å skille nøkkelen fra andre senere.</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="117"/>
        <source>“%1” is not a WAYSCloud service.</source>
        <translation>«%1» er ikke en WAYSCloud-tjeneste.</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="118"/>
        <source>Choose from Storage, LLM, Database, DNS and GPU.</source>
        <translation>Velg blant Storage, LLM, Database, DNS og GPU.</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="124"/>
        <source>Choose at least one service for the key.</source>
        <translation>Velg minst én tjeneste for nøkkelen.</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="132"/>
        <source>The IP whitelist has errors.</source>
        <translation>IP-hvitelisten har feil.</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="149"/>
        <source>The key has no id.</source>
        <translation>Nøkkelen har ingen ID.</translation>
    </message>
</context>
<context>
    <name>kw::coreweave</name>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="216"/>
        <source>access key id</source>
        <translation>tilgangsnøkkel-ID</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="231"/>
        <source>The key list from CoreWeave is not valid JSON.</source>
        <translation>Nøkkellisten fra CoreWeave er ikke gyldig JSON.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="232"/>
        <source>The key list from CoreWeave is not a JSON object.</source>
        <translation>Nøkkellisten fra CoreWeave er ikke et JSON-objekt.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="240"/>
        <source>The key list from CoreWeave has no list of keys.</source>
        <translation>Nøkkellisten fra CoreWeave inneholder ingen liste over nøkler.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="245"/>
        <source>The key list from CoreWeave could not be read: %1</source>
        <translation>Nøkkellisten fra CoreWeave kunne ikke leses: %1</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="265"/>
        <source>The answer to the create request is not a JSON object.</source>
        <translation>Svaret på opprettelsesforespørselen er ikke et JSON-objekt.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="266"/>
        <source>The answer to the create request holds no secret key.</source>
        <translation>Svaret på opprettelsesforespørselen inneholder ingen hemmelig nøkkel.</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="267"/>
        <source>The answer to the create request could not be read: %1</source>
        <translation>Svaret på opprettelsesforespørselen kunne ikke leses: %1</translation>
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="313"/>
        <source>Error %1</source>
        <translation>Feil %1</translation>
    </message>
</context>
<context>
    <name>kw::jsonio</name>
    <message>
        <location filename="../src/providers/JsonHelpers.cpp" line="255"/>
        <source>Entry %1 of the key list from %2 is not an object.</source>
        <translation>Oppføring %1 i nøkkellisten fra %2 er ikke et objekt.</translation>
    </message>
    <message>
        <location filename="../src/providers/JsonHelpers.cpp" line="264"/>
        <source>Entry %1 of the key list from %2 has no %3.</source>
        <translation>Oppføring %1 i nøkkellisten fra %2 har ingen %3.</translation>
    </message>
</context>
<context>
    <name>kw::scaleway</name>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="54"/>
        <source>Managed by a Scaleway product: it cannot be edited or deleted</source>
        <translation>Administreres av et Scaleway-produkt: den kan ikke redigeres eller slettes</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="56"/>
        <source>Scaleway does not allow this key to be edited or deleted</source>
        <translation>Scaleway tillater ikke at denne nøkkelen redigeres eller slettes</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="58"/>
        <source>Scaleway does not allow this key to be edited</source>
        <translation>Scaleway tillater ikke at denne nøkkelen redigeres</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="60"/>
        <source>Scaleway does not allow this key to be deleted</source>
        <translation>Scaleway tillater ikke at denne nøkkelen slettes</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="107"/>
        <source>%1 is not a JSON object.</source>
        <translation>%1 er ikke et JSON-objekt.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="112"/>
        <source>%1 has no access key.</source>
        <translation>%1 har ingen tilgangsnøkkel.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="126"/>
        <source>The %1 from Scaleway are not valid JSON.</source>
        <translation>Listen over %1 fra Scaleway er ikke gyldig JSON.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="132"/>
        <source>The %1 from Scaleway have no “%2” list.</source>
        <translation>Svaret med %1 fra Scaleway har ingen «%2»-liste.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="203"/>
        <source>%1 has no id.</source>
        <translation>%1 har ingen ID.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="235"/>
        <source>quota %1</source>
        <translation>kvote %1</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="237"/>
        <source>%1 in use</source>
        <translation>%1 i bruk</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="255"/>
        <source>%1 on %2 is not allowed</source>
        <translation>%1 på %2 er ikke tillatt</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="256"/>
        <source>this action</source>
        <translation>denne handlingen</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="257"/>
        <source>this resource</source>
        <translation>denne ressursen</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="268"/>
        <source>the API key has expired</source>
        <translation>API-nøkkelen har utløpt</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="270"/>
        <source>the API key does not exist (deleted?)</source>
        <translation>API-nøkkelen finnes ikke (slettet?)</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="272"/>
        <source>the credential is not valid</source>
        <translation>påloggingsinformasjonen er ugyldig</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="277"/>
        <source>API key</source>
        <translation>API-nøkkel</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="279"/>
        <source>session token (JWT)</source>
        <translation>økttoken (JWT)</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="282"/>
        <source>authentication by %1</source>
        <translation>autentisering med %1</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="283"/>
        <source>authentication by %1: %2</source>
        <translation>autentisering med %1: %2</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="344"/>
        <source>%1 is %2</source>
        <translation>%1 er %2</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="349"/>
        <source>%1 expired on %2</source>
        <translation>%1 utløp %2</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="383"/>
        <source>API keys</source>
        <translation>API-nøkler</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="386"/>
        <source>API key %1 of the page</source>
        <translation>API-nøkkel %1 på siden</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="394"/>
        <source>The API key from Scaleway is not valid JSON.</source>
        <translation>API-nøkkelen fra Scaleway er ikke gyldig JSON.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="397"/>
        <source>The API key from Scaleway</source>
        <translation>API-nøkkelen fra Scaleway</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="405"/>
        <source>The answer to the create request is not a JSON object.</source>
        <translation>Svaret på opprettelsesforespørselen er ikke et JSON-objekt.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="411"/>
        <source>The answer to the create request holds no secret key.</source>
        <translation>Svaret på opprettelsesforespørselen inneholder ingen hemmelig nøkkel.</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="463"/>
        <source>projects</source>
        <translation>prosjekter</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="466"/>
        <source>Project %1 of the page</source>
        <translation>Prosjekt %1 på siden</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="441"/>
        <source>users</source>
        <translation>brukere</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="447"/>
        <source>User %1 of the page</source>
        <translation>Bruker %1 på siden</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="453"/>
        <source>applications</source>
        <translation>applikasjoner</translation>
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="457"/>
        <source>Application %1 of the page</source>
        <translation>Applikasjon %1 på siden</translation>
    </message>
</context>
<context>
    <name>kw::wasabiair</name>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="79"/>
        <source>The key list from Wasabi AiR is not valid JSON.</source>
        <translation>Nøkkellisten fra Wasabi AiR er ikke gyldig JSON.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="80"/>
        <source>The answer from Wasabi AiR holds no “api-keys” list.</source>
        <translation>Svaret fra Wasabi AiR inneholder ingen «api-keys»-liste.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="111"/>
        <location filename="../src/providers/WasabiAirJson.cpp" line="181"/>
        <source>The key list from Wasabi AiR could not be read: %1</source>
        <translation>Nøkkellisten fra Wasabi AiR kunne ikke leses: %1</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="122"/>
        <source>The answer from Wasabi AiR is not a key.</source>
        <translation>Svaret fra Wasabi AiR er ikke en nøkkel.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="129"/>
        <source>The answer from Wasabi AiR could not be read: %1</source>
        <translation>Svaret fra Wasabi AiR kunne ikke leses: %1</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="139"/>
        <source>The answer to the create request is not a JSON object.</source>
        <translation>Svaret på opprettelsesforespørselen er ikke et JSON-objekt.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="94"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="140"/>
        <source>The answer to the create request holds no key.</source>
        <translation>Svaret på opprettelsesforespørselen inneholder ingen nøkkel.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="141"/>
        <source>The answer to the create request could not be read: %1</source>
        <translation>Svaret på opprettelsesforespørselen kunne ikke leses: %1</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="172"/>
        <source>Wasabi AiR listed the key without its token.</source>
        <translation>Wasabi AiR listet opp nøkkelen uten tokenet.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="178"/>
        <source>The key %1 no longer exists.</source>
        <translation>Nøkkelen %1 finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="229"/>
        <source>Error code: %1</source>
        <translation>Feilkode: %1</translation>
    </message>
</context>
<context>
    <name>kw::wasabiiam</name>
    <message>
        <location filename="../src/providers/WasabiIamXml.cpp" line="31"/>
        <source>The answer is not an XML document.</source>
        <translation>Svaret er ikke et XML-dokument.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamXml.cpp" line="37"/>
        <source>Expected an IAM %1 answer, got &lt;%2&gt;.</source>
        <translation>Forventet et IAM %1-svar, fikk &lt;%2&gt;.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamXml.cpp" line="48"/>
        <source>The answer is not well-formed XML: %1</source>
        <translation>Svaret er ikke velformet XML: %1</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamXml.cpp" line="104"/>
        <source>The answer says more follows but gives no Marker to ask for it.</source>
        <translation>Svaret sier at mer følger, men oppgir ingen Marker å be om det med.</translation>
    </message>
    <message>
        <location filename="../src/providers/WasabiIamXml.cpp" line="174"/>
        <source>The answer to CreateAccessKey holds no secret.</source>
        <translation>Svaret på CreateAccessKey inneholder ingen hemmelighet.</translation>
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
        <translation>Nøkkellisten fra WAYSCloud er ikke gyldig JSON.</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="184"/>
        <source>The key list from WAYSCloud is not a list.</source>
        <translation>Nøkkellisten fra WAYSCloud er ikke en liste.</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="163"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="187"/>
        <source>The key list from WAYSCloud could not be read: %1</source>
        <translation>Nøkkellisten fra WAYSCloud kunne ikke leses: %1</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="224"/>
        <source>The answer to the create request is not a JSON object.</source>
        <translation>Svaret på opprettelsesforespørselen er ikke et JSON-objekt.</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="225"/>
        <source>The answer to the create request holds no key.</source>
        <translation>Svaret på opprettelsesforespørselen inneholder ingen nøkkel.</translation>
    </message>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="226"/>
        <source>The answer to the create request could not be read: %1</source>
        <translation>Svaret på opprettelsesforespørselen kunne ikke leses: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/keywarden_main.cpp" line="77"/>
        <source>The sandbox could not be started.</source>
        <translation>Sandkassen kunne ikke startes.</translation>
    </message>
    <message>
        <location filename="../app/keywarden_main.cpp" line="153"/>
        <source>Desktop console for the API keys and access keys of your cloud accounts.</source>
        <translation>Skrivebordskonsoll for API-nøklene og tilgangsnøklene i skykontoene dine.</translation>
    </message>
    <message>
        <location filename="../app/keywarden_main.cpp" line="159"/>
        <source>Start the built-in provider sandboxes on this computer and open them with sample keys.</source>
        <translation>Start de innebygde leverandørsandkassene på denne datamaskinen og åpne dem med eksempelnøkler.</translation>
    </message>
    <message>
        <location filename="../app/keywarden_main.cpp" line="164"/>
        <source>Start in the system tray without opening the window (for an autostart entry); where the desktop has no tray, the window starts minimised.</source>
        <translation>Start i systemkurven uten å åpne vinduet (for en autostartoppføring); der skrivebordet ikke har noen systemkurv, startes vinduet minimert.</translation>
    </message>
    <message>
        <location filename="../app/keywarden_main.cpp" line="169"/>
        <source>Use a dark palette (Fusion style), for a desktop without a dark theme of its own; KEYWARDEN_STYLE=dark does the same.</source>
        <translation>Bruk en mørk fargepalett (Fusion-stil), for et skrivebord uten eget mørkt tema; KEYWARDEN_STYLE=dark gjør det samme.</translation>
    </message>
    <message>
        <location filename="../app/keywarden_main.cpp" line="176"/>
        <source>For developers: allow core dumps and debugger attach (also KEYWARDEN_ALLOW_CORE_DUMPS=1). A core file may then hold your tokens and secrets.</source>
        <translation>For utviklere: tillat kjernedumper og tilkobling av feilsøker (også KEYWARDEN_ALLOW_CORE_DUMPS=1). En kjernefil kan da inneholde tokenene og hemmelighetene dine.</translation>
    </message>
    <message>
        <location filename="../app/keywarden_main.cpp" line="120"/>
        <source>%1 sandbox</source>
        <translation>%1-sandkasse</translation>
    </message>
</context>
</TS>
