<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="20" />
        <location filename="../ui/AddAccountDialog.ui" line="23" />
        <location filename="../ui/AddAccountDialog.ui" line="289" />
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="34" />
        <source>&amp;Provider:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="44" />
        <source>Provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="51" />
        <source>&amp;Label:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="61" />
        <source>Account label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="68" />
        <source>&amp;Endpoint:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="78" />
        <source>https://api.example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="81" />
        <source>API endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="88" />
        <source>S&amp;3 endpoint:</source>
        <translation>S&amp;3-Endpunkt:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="98" />
        <source>S3 endpoint</source>
        <translation>S3-Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="114" />
        <source>S3 endpoint problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="121" />
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="137" />
        <source>S3 region</source>
        <translation>S3-Region</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="144" />
        <source>Test key checks a new key by listing the buckets on this S3 endpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="150" />
        <source>What the S3 endpoint is for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="157" />
        <source>&amp;CA file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="169" />
        <source>Optional: PEM file of an extra CA to trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="172" />
        <source>CA file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="179" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="185" />
        <source>Choose a CA file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="194" />
        <source>&amp;Token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="207" />
        <source>API token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="214" />
        <source>The token is stored in your system keychain, never in a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="220" />
        <source>Where the token is stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="248" />
        <source>What is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="270" />
        <location filename="../ui/AddAccountDialog.ui" line="276" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="283" />
        <source>&amp;Add account</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="20" />
        <location filename="../ui/CreateKeyDialog.ui" line="23" />
        <location filename="../ui/CreateKeyDialog.ui" line="360" />
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="29" />
        <source>The new key's secret is shown only once, right after it is created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="38" />
        <source>About this dialog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="60" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="70" />
        <source>e.g. Production Storage API</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="73" />
        <source>Key name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="89" />
        <source>Name warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="96" />
        <source>Belongs &amp;to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="106" />
        <source>Key owner</source>
        <translation>Schlüsselbesitzer</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="122" />
        <source>Key owner status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="129" />
        <source>S&amp;ervices:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="142" />
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="149" />
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="161" />
        <source>Optional: where the key is used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="164" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="171" />
        <source>Description length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="180" />
        <source>&amp;Project:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="190" />
        <source>Optional: default project ID (UUID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="193" />
        <source>Default project ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="200" />
        <source>&amp;IP whitelist:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="213" />
        <source>IP whitelist</source>
        <translation>IP-Freigabeliste</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="220" />
        <source>Empty = all addresses. Single IPs or CIDR ranges, separated by commas or new lines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="229" />
        <source>IP whitelist hint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="236" />
        <source>E&amp;xpires:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="246" />
        <source>Expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="278" />
        <source>What is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="300" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="321" />
        <source>Creating the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="341" />
        <location filename="../ui/CreateKeyDialog.ui" line="347" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.ui" line="354" />
        <source>&amp;Create key</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditKeyDialog</name>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="20" />
        <location filename="../ui/EditKeyDialog.ui" line="23" />
        <source>Edit key</source>
        <translation>Schlüssel bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="35" />
        <source>About this dialog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="57" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="67" />
        <source>Key name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="74" />
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="86" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="93" />
        <source>Description length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="102" />
        <source>&amp;Project:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="112" />
        <source>Default project ID (UUID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="115" />
        <source>Default project ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="122" />
        <source>E&amp;xpires:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="129" />
        <source>Expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="145" />
        <source>What cannot be changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="171" />
        <source>What is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="190" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="211" />
        <source>Saving the changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="231" />
        <location filename="../ui/EditKeyDialog.ui" line="237" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="244" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.ui" line="250" />
        <source>Save changes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="9" />
        <source>KeyWarden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="29" />
        <source>A&amp;ccounts</source>
        <translation>K&amp;onten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="35" />
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="36" />
        <source>Cloud accounts with their load status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="45" />
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="46" />
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="59" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="64" />
        <source>Error message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="75" />
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="76" />
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="81" />
        <source>D&amp;ismiss</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="82" />
        <source>Dismiss message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="92" />
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="98" />
        <source>Filter keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="99" />
        <source>Name, prefix, service, IP, status… (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="105" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="111" />
        <source>Show keys with status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="116" />
        <source>Rotation d&amp;ue</source>
        <translation>Rotation &amp;fällig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="117" />
        <source>Show only keys due for rotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="118" />
        <source>Show only keys older than the rotation policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="123" />
        <source>Rotate af&amp;ter:</source>
        <translation>Rotieren &amp;nach:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="129" />
        <source>Rotation policy in days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="130" />
        <source>Keys older than this are due for rotation; their age is shown in orange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="138" />
        <source>Number of keys shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="148" />
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="149" />
        <source>Keys of the selected account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="163" />
        <source>Key details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="175" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="182" />
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="198" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="207" />
        <location filename="../ui/MainWindow.ui" line="208" />
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="227" />
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="228" />
        <source>Add a cloud account (Ctrl+Shift+A)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="229" />
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="232" />
        <source>Re&amp;move Account…</source>
        <translation>Konto &amp;entfernen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="233" />
        <source>Remove the selected account and its stored token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="236" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="237" />
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="241" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="242" />
        <source>Load the keys of the selected account again (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="243" />
        <source>F5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="246" />
        <source>&amp;Create Key…</source>
        <translation>Schlüssel &amp;erstellen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="247" />
        <source>Create a key in the selected account (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="248" />
        <source>Ctrl+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="251" />
        <source>R&amp;otate Key…</source>
        <translation>Schlüssel &amp;rotieren …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="252" />
        <source>Replace the selected key by a new one and revoke the old one (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="253" />
        <source>Ctrl+R</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="256" />
        <source>Re&amp;voke Key…</source>
        <translation>Schlüssel &amp;widerrufen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="257" />
        <source>Revoke the selected key (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="258" />
        <source>Del</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="261" />
        <source>Copy Key &amp;ID</source>
        <translation>Schlüssel-&amp;ID kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="262" />
        <source>Copy the selected key's id, not its secret (Ctrl+Shift+C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="263" />
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="266" />
        <source>&amp;Edit Key…</source>
        <translation>Schlüssel &amp;bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="267" />
        <source>Change what the provider lets change in the selected key (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="268" />
        <source>Ctrl+E</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="271" />
        <source>&amp;Disable Key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="272" />
        <source>Disable the selected key; it can be enabled again (Ctrl+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="273" />
        <source>Ctrl+D</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="276" />
        <source>&amp;Suspend Owner's Keys…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="277" />
        <source>Suspend every key of the selected key's owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="280" />
        <source>Attach &amp;Policy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="281" />
        <source>Attach a policy to the selected key's owner (Ctrl+Shift+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="282" />
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="285" />
        <source>Show Secre&amp;t…</source>
        <translation>&amp;Geheimnis anzeigen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="286" />
        <source>Fetch and show the selected key's secret (Ctrl+Shift+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="287" />
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="290" />
        <source>Test &amp;Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="291" />
        <source>Check that the selected key works with a read-only call (Ctrl+Shift+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="292" />
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="295" />
        <source>&amp;Rotation Due Only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="296" />
        <source>Show only keys older than the rotation policy (Ctrl+Shift+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="297" />
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="301" />
        <source>&amp;Filter Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="302" />
        <source>Move the focus to the filter box (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="303" />
        <source>Ctrl+F</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RevealSecretDialog</name>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="20" />
        <source>New key secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="34" />
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="46" />
        <source>Key created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="59" />
        <source>Shown only once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="62" />
        <source>This secret is shown only once. Store it now in your password manager or secret store: KeyWarden cannot show it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="84" />
        <source>S&amp;ecret:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="94" />
        <source>Secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="105" />
        <source>Copy the secret to the clipboard (Ctrl+C). It is cleared from the clipboard after a while.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="108" />
        <source>Copy secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="111" />
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="118" />
        <source>Copy the secret as a line for a shell or a .env file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="121" />
        <source>Copy secret as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="124" />
        <source>Copy &amp;as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="131" />
        <source>Clipboard status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="158" />
        <source>Make a read-only call with the new key to see whether it works (Ctrl+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="161" />
        <source>Test key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="164" />
        <source>&amp;Test key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="171" />
        <source>Test result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="207" />
        <source>I have saved this key</source>
        <translation>Ich habe diesen Schlüssel gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="210" />
        <source>I have &amp;saved this key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="233" />
        <source>Tick “I have saved this key” first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="236" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.ui" line="239" />
        <source>C&amp;lose</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RevokeKeyDialog</name>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="20" />
        <location filename="../ui/RevokeKeyDialog.ui" line="46" />
        <location filename="../ui/RevokeKeyDialog.ui" line="248" />
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="34" />
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="59" />
        <source>What revoking does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="78" />
        <source>Provider:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="85" />
        <source>Provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="95" />
        <source>Key ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="102" />
        <source>Key ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="115" />
        <source>Prefix:</source>
        <translation>Präfix:</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="122" />
        <source>Key prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="150" />
        <source>Key name to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="163" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="206" />
        <source>Revoking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="232" />
        <location filename="../ui/RevokeKeyDialog.ui" line="235" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.ui" line="251" />
        <source>&amp;Revoke key</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="20" />
        <location filename="../ui/RotateKeyDialog.ui" line="23" />
        <location filename="../ui/RotateKeyDialog.ui" line="216" />
        <source>Rotate key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="35" />
        <source>Rotation plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="47" />
        <source>New key na&amp;me:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="57" />
        <source>New key name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="66" />
        <location filename="../ui/RotateKeyDialog.ui" line="69" />
        <source>Copied from the old key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="84" />
        <source>Settings copied to the new key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="94" />
        <location filename="../ui/RotateKeyDialog.ui" line="97" />
        <source>When to revoke the old key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="105" />
        <source>&amp;Keep it for a grace period of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="111" />
        <source>Keep the old key for a grace period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="127" />
        <source>Grace period in days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="134" />
        <source>then revoke it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="156" />
        <source>Revoke it &amp;now, once the new key's secret is saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="159" />
        <source>Revoke the old key now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="197" />
        <location filename="../ui/RotateKeyDialog.ui" line="203" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.ui" line="210" />
        <source>&amp;Rotate</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SandboxMain</name>
    <message>
        <location filename="../app/sandbox_main.cpp" line="59" />
        <source>Runs the WAYSCloud, Scaleway, CoreWeave, Wasabi AiR and Wasabi IAM API emulators on 127.0.0.1 with sample keys; the Scaleway, CoreWeave and Wasabi IAM ones also answer S3 ListBuckets, to verify their key pairs.

On start it prints to stdout:
  KEYWARDEN_SANDBOX_URL=&lt;WAYSCloud base URL&gt;
  KEYWARDEN_SANDBOX_TOKEN=&lt;WAYSCloud admin personal access token&gt;
and for each provider P (WAYSCLOUD, SCALEWAY, COREWEAVE, WASABI_AIR, WASABI_IAM):
  KEYWARDEN_SANDBOX_&lt;P&gt;_URL=&lt;base URL&gt;
  KEYWARDEN_SANDBOX_&lt;P&gt;_TOKEN=&lt;admin token&gt;
  KEYWARDEN_SANDBOX_SCALEWAY_ORGANIZATION_ID=&lt;organization id&gt;
  KEYWARDEN_SANDBOX_&lt;P&gt;_S3_URL=&lt;S3 endpoint&gt;, KEYWARDEN_SANDBOX_&lt;P&gt;_REGION=&lt;region&gt; (SCALEWAY, COREWEAVE, WASABI_IAM)
The Wasabi IAM token is the root key pair as ACCESSKEYID:SECRET.
The token is a throwaway credential made up at start-up: it is valid only for this sandbox process and only until it exits, so printing it is intended.
Control endpoints (with the token): POST/DELETE /_sandbox/faults, GET /_sandbox/stats.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="81" />
        <source>Port to listen on (0: pick a free one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="82" />
        <location filename="../app/sandbox_main.cpp" line="97" />
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="85" />
        <source>Serve HTTPS with a self-signed certificate made at start-up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="89" />
        <source>With --tls: write the WAYSCloud certificate (PEM) to FILE, for clients to trust; --ca-all-out FILE writes every emulator's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="93" />
        <location filename="../app/sandbox_main.cpp" line="102" />
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="96" />
        <source>Number of WAYSCloud sample keys to create.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="100" />
        <source>With --tls: write the certificates of every emulator (PEM) to FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="110" />
        <source>--port must be a number from 0 to 65535</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="115" />
        <source>--samples must be a number of 0 or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="119" />
        <source>--ca-out and --ca-all-out need --tls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="122" />
        <source>cannot install the signal handlers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="139" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="177" />
        <source>%1 provider sandboxes listening on 127.0.0.1 (WAYSCloud on %2 with %3 sample keys); the tokens above are throwaways. Stop with Ctrl+C or SIGTERM.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="188" />
        <source>Sandboxes stopped.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw</name>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="48" />
        <source>Scaleway keys cannot be disabled; delete the key or shorten its expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="58" />
        <source>description: %1 characters; Scaleway allows at most %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="61" />
        <source>Shorten the description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="70" />
        <source>default_project_id: “%1” is not a project id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="71" />
        <source>A Scaleway project id is a UUID, e.g. a1b2c3d4-0000-4000-8000-000000000000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="81" />
        <source>expires_at: the date is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="84" />
        <source>expires_at: the date must be in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="94" />
        <source>Choose who the key belongs to: exactly one user or one application (user_id or application_id).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="96" />
        <source>You can create keys for yourself and for IAM applications.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="101" />
        <source>%1: “%2” is not a Scaleway id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="56" />
        <source>No Secret Service is running. Install and start gnome-keyring (apt install gnome-keyring libsecret-1-0) or KeePassXC with its Secret Service integration, then log in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="39" />
        <source>availability zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="39" />
        <source>region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="41" />
        <source>The account names no S3 %1 to test the key in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="42" />
        <source>Give the account its %1 (for example %2): add it again with the %1 in Add account, or with keywarden-cli accounts add --region. Then test the key again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="59" />
        <source>The account names no S3 endpoint to test the key on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="60" />
        <source>Set the account's S3 endpoint, then test the key again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="87" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="95" />
        <source>There is no secret to test.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/S3KeyVerify.cpp" line="97" />
        <source>The key has no access key id.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::AccountListModel</name>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="102" />
        <source>not loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="104" />
        <source>reading token…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="106" />
        <source>loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="109" />
        <source>1 key</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountListModel.cpp" line="109" />
        <source>%n keys</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="112" />
        <source>error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="133" />
        <source>%1, %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="137" />
        <source>Token held for this session only</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::AddAccountDialog</name>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="157" />
        <source>Enter the API endpoint, e.g. https://api.example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="44" />
        <source>The endpoint “%1” is not a web address such as https://api.example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="41" />
        <source>The S3 endpoint “%1” is not a web address such as https://s3.example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="49" />
        <source>The S3 endpoint “%1” uses plain http://, which is allowed only for this computer (localhost, 127.0.0.1, ::1). Use https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="53" />
        <source>The endpoint “%1” uses plain http://, which is allowed only for this computer (localhost, 127.0.0.1, ::1). Use https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="81" />
        <location filename="../ui/AddAccountDialog.cpp" line="196" />
        <source>Known regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="152" />
        <source>No provider is available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="154" />
        <source>Enter a label for the account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="166" />
        <source>The CA file “%1” cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="168" />
        <source>Enter the account's API token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="181" />
        <source>e.g. Production (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="192" />
        <source>Availability &amp;zone:</source>
        <translation>Verfügbarkeits&amp;zone:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="192" />
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="193" />
        <source>Availability zone</source>
        <translation>Verfügbarkeitszone</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="193" />
        <source>S3 region</source>
        <translation>S3-Region</translation>
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="195" />
        <source>Example availability zones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="205" />
        <source>Test key checks a new key by listing the buckets on this S3 endpoint, signed for the organization's availability zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="207" />
        <source>Test key checks a new key by listing the buckets on this S3 endpoint, signed for the region.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="234" />
        <source>Choose a CA certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="235" />
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AddAccountDialog.cpp" line="251" />
        <source>Optional; empty means %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::AppController</name>
    <message>
        <location filename="../src/console/AppController.cpp" line="158" />
        <source>The token was already discarded; add the account again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/AppController.cpp" line="198" />
        <source>Could not keep the token in memory: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/AppController.cpp" line="296" />
        <source>No token is stored for this account in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/AppController.cpp" line="297" />
        <source>Remove the account and add it again with its token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/AppController.cpp" line="300" />
        <source>Could not read the account's token from %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/AppController.cpp" line="303" />
        <source>Unlock or start your keychain, then retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/AppController.cpp" line="315" />
        <source>This version of KeyWarden has no client for the provider “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/AppController.cpp" line="318" />
        <source>Update KeyWarden, or remove the account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/AppController.cpp" line="342" />
        <source>Could not load the keys: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/AppController.cpp" line="373" />
        <source>The account is not loaded yet. Retry once its keys show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/AppController.cpp" line="519" />
        <source>The stored secret could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/AppController.cpp" line="621" />
        <source>Creating the new key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/AppController.cpp" line="632" />
        <source>The new key could not be created: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/AppController.cpp" line="713" />
        <source>The rotation record is gone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/AppController.cpp" line="778" />
        <source>The old key was already gone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/AppController.cpp" line="823" />
        <source>The old key was revoked outside this rotation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/AppController.cpp" line="831" />
        <source>Interrupted before the old key's revocation was planned; both keys were kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/AppController.cpp" line="836" />
        <source>The rotation of “%1” was interrupted; both keys were kept. Rotate it again when you are ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/AppController.cpp" line="902" />
        <source>Rotation finished: the old key “%1” of %2 was revoked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/AppController.cpp" line="906" />
        <source>Could not revoke the old key “%1” of %2: %3 It will be tried again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::AttachPolicyDialog</name>
    <message>
        <location filename="../ui/AttachPolicyDialog.cpp" line="25" />
        <source>Attach a policy to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AttachPolicyDialog.cpp" line="30" />
        <source>Choose the policy to attach to the user “%1”. It applies at once to every key of this user.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AttachPolicyDialog.cpp" line="42" />
        <source>%1 (%2) — attached already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AttachPolicyDialog.cpp" line="43" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AttachPolicyDialog.cpp" line="81" />
        <source>Attaching</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/AttachPolicyDialog.cpp" line="89" />
        <source>&amp;Attach</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <location filename="../ui/AttachPolicyDialog.cpp" line="91" />
        <source>Attach the chosen policy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::CoreWeaveProvider</name>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="104" />
        <source>The request was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="106" />
        <source>The request was rejected as invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="108" />
        <source>The server ran out of time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="109" />
        <source>Not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="110" />
        <source>It exists already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="111" />
        <source>Permission denied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="113" />
        <source>A limit or quota was reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="115" />
        <source>Not possible in the current state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="116" />
        <source>Aborted by a conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="117" />
        <source>A value is out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="118" />
        <source>Not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="119" />
        <source>Internal server error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="120" />
        <source>The service is unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="121" />
        <source>Data loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="123" />
        <source>The API access token was not accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="47" />
        <source>CoreWeave keys cannot be renamed or edited; rotate instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="101" />
        <source>CoreWeave lists keys by status only as active or suspended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="156" />
        <source>CoreWeave sent the same keys again for offset %1; the list stopped there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="175" />
        <source>The expiry date is in the past.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="179" />
        <source>A key's duration cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="182" />
        <source>Temporary CoreWeave keys last at most 12 hours (43 200 s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="183" />
        <source>Choose a shorter duration, or a permanent key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="207" />
        <source>The key has no access key id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveProvider.cpp" line="225" />
        <source>The keys have no principal to suspend or reactivate.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::CreateKeyDialog</name>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="35" />
        <source>Choose at least one service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="36" />
        <source>Choose at least %1 services.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="45" />
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="46" />
        <source>Create %1 key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="50" />
        <source>&amp;Name (required):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="51" />
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="54" />
        <source>Optional: %1 picks a name when empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="55" />
        <source>the provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="65" />
        <source>The key has the rights of the user it belongs to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="69" />
        <source>Users and applications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="122" />
        <source>Valid &amp;for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="138" />
        <source>Loading users and applications…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="148" />
        <source>Could not load users and applications: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="183" />
        <source>Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="186" />
        <source>You (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="194" />
        <source>Applications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="202" />
        <source>No users or applications were found in this organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="302" />
        <source>Enter a name for the key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="310" />
        <source>Waiting for the list of users and applications.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="312" />
        <source>Choose the user or application the key belongs to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="316" />
        <source>The project ID must be a UUID such as “1f5b2c3d-0000-4e6f-8a9b-0123456789ab”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="347" />
        <source>%1/%2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::EditKeyDialog</name>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="37" />
        <source>Edit key “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="39" />
        <source>Changes apply to the key at %1 at once; its secret stays the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="40" />
        <source>the provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="52" />
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="60" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="66" />
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="68" />
        <source>services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="70" />
        <source>description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="72" />
        <source>owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="74" />
        <source>project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="76" />
        <source>IP whitelist</source>
        <translation>IP-Freigabeliste</translation>
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="78" />
        <source>expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="81" />
        <source>Cannot be changed after creation: %1. Rotate the key to change them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="144" />
        <source>Enter a name for the key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="148" />
        <source>The project ID must be a UUID such as “1f5b2c3d-0000-4e6f-8a9b-0123456789ab”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="164" />
        <source>Nothing was changed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/EditKeyDialog.cpp" line="172" />
        <source>%1/%2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::ExpiryEdit</name>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="32" />
        <source>Expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="34" />
        <source>Expiry choices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="36" />
        <source>Expiry date and time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="40" />
        <source>Validity in seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="43" />
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="83" />
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="85" />
        <source>1 day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="85" />
        <source>%1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="88" />
        <source>1 hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="88" />
        <source>%1 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="91" />
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="100" />
        <source>Keep: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="102" />
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="103" />
        <source>In 1 hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="104" />
        <source>In 1 week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="105" />
        <source>In 1 month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="106" />
        <source>In 1 year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="107" />
        <source>On a date…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="116" />
        <source>Permanent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="120" />
        <source>Custom (seconds)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="200" />
        <source>Choose an expiry date in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ExpiryEdit.cpp" line="202" />
        <source>A temporary key lasts at most %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::HttpClient</name>
    <message>
        <location filename="../src/providers/HttpClient.cpp" line="176" />
        <source>Try again after %1 (in %2 s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/HttpClient.cpp" line="258" />
        <location filename="../src/providers/HttpClient.cpp" line="301" />
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/HttpClient.cpp" line="273" />
        <source>The address “%1” is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/HttpClient.cpp" line="283" />
        <source>Refusing to connect to %1 over %2: credentials are only sent over https:// (plain http:// is allowed to this computer only).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/HttpClient.cpp" line="443" />
        <source>The answer from %1 is larger than %2 MiB; it was not read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/HttpClient.cpp" line="456" />
        <source>No answer from %1 within %2 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/HttpClient.cpp" line="465" />
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/HttpClient.cpp" line="468" />
        <source>If the server uses a private certificate authority, configure its CA file for this account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/HttpClient.cpp" line="478" />
        <source>%1 closed the connection without answering. The request was not sent again because repeating it is not safe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/HttpClient.cpp" line="482" />
        <source>It may or may not have taken effect: refresh before trying again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/HttpClient.cpp" line="501" />
        <source>%1 sent an answer that is not HTTP: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/HttpClient.cpp" line="515" />
        <location filename="../src/providers/HttpClient.cpp" line="562" />
        <source>The answer from %1 was cut off: the connection closed after %2 of %3 bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/HttpClient.cpp" line="551" />
        <source>%1 refused the connection. Check the address and that the service is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/HttpClient.cpp" line="569" />
        <source>The answer from %1 was cut off: the connection closed after %2 bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/HttpClient.cpp" line="579" />
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/HttpClient.cpp" line="586" />
        <source>Cannot find the host %1. Check the address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/HttpClient.cpp" line="593" />
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/HttpClient.cpp" line="610" />
        <source>HTTP %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/HttpClient.cpp" line="758" />
        <source>Cannot read the CA file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/HttpClient.cpp" line="765" />
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::IpAllowlist</name>
    <message>
        <location filename="../src/core/IpAllowlist.cpp" line="160" />
        <location filename="../src/core/IpAllowlist.cpp" line="179" />
        <source>Entry %1 “%2”: not an IP address or CIDR range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/core/IpAllowlist.cpp" line="170" />
        <source>Entry %1 “%2”: leading zeros are not allowed in an IPv4 address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/core/IpAllowlist.cpp" line="197" />
        <source>Entry %1 “%2”: prefix length must be 0–32</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/core/IpAllowlist.cpp" line="199" />
        <source>Entry %1 “%2”: prefix length must be 0–128</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/core/IpAllowlist.cpp" line="211" />
        <source>Entry %1 “%2”: host bits are set — did you mean %3?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/core/IpAllowlist.cpp" line="242" />
        <source>Entry %1 “%2”: duplicate of entry %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::IpAllowlistEdit</name>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="16" />
        <source>not an IP address or CIDR range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="18" />
        <source>the prefix length after “/” is out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="20" />
        <source>the address has bits set beyond the prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="22" />
        <source>listed twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="33" />
        <source>Entry %1 “%2”: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="44" />
        <source>IP whitelist</source>
        <translation>IP-Freigabeliste</translation>
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="46" />
        <location filename="../ui/IpAllowlistEdit.cpp" line="97" />
        <source>IP addresses or CIDR ranges, separated by commas or new lines. Empty allows all addresses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="48" />
        <source>203.0.113.42, 198.51.100.0/24</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="60" />
        <source>IP whitelist problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/IpAllowlistEdit.cpp" line="78" />
        <source>(+%1 more)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::KeyDetailsPane</name>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="58" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="59" />
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="60" />
        <source>Prefix:</source>
        <translation>Präfix:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="61" />
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="62" />
        <source>Owner:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="64" />
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="65" />
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="66" />
        <source>Services:</source>
        <translation>Dienste:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="67" />
        <source>IP whitelist:</source>
        <translation>IP-Freigabeliste:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="68" />
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="69" />
        <source>Age:</source>
        <translation>Alter:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="70" />
        <source>Last used:</source>
        <translation>Zuletzt verwendet:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="71" />
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="72" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="73" />
        <source>Rotation:</source>
        <translation>Rotation:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="75" />
        <source>Select a key to see its details.</source>
        <translation>Wählen Sie einen Schlüssel, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="124" />
        <source>%1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="170" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyDetailsPane.cpp" line="183" />
        <source>rotation due (policy: every %n days)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="203" />
        <source>cannot be edited or deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="204" />
        <source>cannot be edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="205" />
        <source>cannot be deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="211" />
        <source>Replaced by “%1”; revoked after %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="214" />
        <source>Being replaced by “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::KeyNamePolicy</name>
    <message>
        <location filename="../src/core/KeyNamePolicy.cpp" line="155" />
        <source>“%1” does not say what the key is for. A name like “Production Storage API” helps you find it later.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::KeyProvider</name>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="9" />
        <source>editing keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="14" />
        <source>disabling keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="19" />
        <source>testing keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="24" />
        <source>choosing a key owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="29" />
        <source>showing a secret again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="34" />
        <source>suspending a principal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="39" />
        <source>showing a key owner's policies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="44" />
        <source>attaching policies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/KeyProvider.cpp" line="52" />
        <source>%1 does not support %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::KeyStatus</name>
    <message>
        <location filename="../src/core/ApiKey.cpp" line="12" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../src/core/ApiKey.cpp" line="14" />
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../src/core/ApiKey.cpp" line="16" />
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../src/core/ApiKey.cpp" line="18" />
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../src/core/ApiKey.cpp" line="20" />
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../src/core/ApiKey.cpp" line="22" />
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../src/core/ApiKey.cpp" line="26" />
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>kw::KeyTableModel</name>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="141" />
        <location filename="../ui/KeyTableModel.cpp" line="149" />
        <source>The provider does not say when this key was created</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyTableModel.cpp" line="143" />
        <source>Rotation due: the policy is to rotate keys every %n days</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyTableModel.cpp" line="145" />
        <source>Rotation due in %n days</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="154" />
        <source>This key has never been used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="158" />
        <source>This key does not expire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="179" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="181" />
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="183" />
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="185" />
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="187" />
        <source>IP whitelist</source>
        <translation>IP-Freigabeliste</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="189" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="191" />
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="193" />
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="195" />
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="197" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="213" />
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="214" />
        <location filename="../ui/KeyTableModel.cpp" line="247" />
        <source>1 day</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyTableModel.cpp" line="214" />
        <location filename="../ui/KeyTableModel.cpp" line="249" />
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="220" />
        <location filename="../ui/KeyTableModel.cpp" line="235" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="223" />
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyTableModel.cpp" line="225" />
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyTableModel.cpp" line="227" />
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="229" />
        <source>1 day ago</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyTableModel.cpp" line="229" />
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="241" />
        <source>in under a minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="241" />
        <source>expired just now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyTableModel.cpp" line="243" />
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyTableModel.cpp" line="245" />
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="250" />
        <source>in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="250" />
        <source>expired %1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="282" />
        <source>All addresses</source>
        <translation>Alle Adressen</translation>
    </message>
    <message>
        <location filename="../ui/KeyTableModel.cpp" line="290" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::KeychainStore</name>
    <message>
        <location filename="../src/vault/KeychainStore.cpp" line="126" />
        <source>System keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/vault/KeychainStore.cpp" line="179" />
        <source>The keychain returned something other than what was stored in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/vault/KeychainStore.cpp" line="181" />
        <source>Restart the keychain service and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101" />
        <source>Loading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="182" />
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183" />
        <location filename="../ui/MainWindow.cpp" line="843" />
        <source>Remove account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185" />
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186" />
        <source>Rotate key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187" />
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188" />
        <source>Edit key</source>
        <translation>Schlüssel bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="189" />
        <source>Disable or enable key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191" />
        <source>Suspend or reactivate the owner's keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193" />
        <source>Attach a policy to the key's owner</source>
        <translation>Dem Besitzer des Schlüssels eine Richtlinie zuweisen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194" />
        <source>Show secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195" />
        <source>Test key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196" />
        <source>Copy key ID</source>
        <translation>Schlüssel-ID kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197" />
        <source>Filter keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="246" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="269" />
        <source>KeyWarden — sandbox</source>
        <translation>KeyWarden — Sandbox</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="269" />
        <source>KeyWarden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="371" />
        <source>%1: 1 key, loaded at %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="372" />
        <source>%1: %n keys, loaded at %2</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="480" />
        <source>The account has reached %1's limit of %n keys. Revoke one first.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="483" />
        <source>Create a key in the selected account (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="490" />
        <source>%1 does not let this key be deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="496" />
        <source>Revoke the selected key (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="499" />
        <source>This key is already being rotated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="502" />
        <source>Replace the selected key by a new one and revoke the old one (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="508" />
        <source>Change what the provider lets change in the selected key (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="511" />
        <source>%1 keys cannot be edited; rotate instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="514" />
        <source>%1 does not let this key be edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="529" />
        <source>&amp;Enable Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="529" />
        <source>&amp;Disable Key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="532" />
        <source>Enable the selected key again (Ctrl+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="533" />
        <source>Disable the selected key; it can be enabled again (Ctrl+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="543" />
        <source>Reacti&amp;vate Owner's Keys…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="544" />
        <source>&amp;Suspend Owner's Keys…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="546" />
        <source>Reactivate every key of the selected key's owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="547" />
        <source>Suspend every key of the selected key's owner; %1 cannot disable a single key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="568" />
        <source>%1 shows a secret only once and KeyWarden does not store it, so a listed key cannot be tested. Test a new key in the dialog that shows its secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="571" />
        <source>Check that the selected key works with a read-only call (Ctrl+Shift+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="584" />
        <source>Select a key to see its details.</source>
        <translation>Wählen Sie einen Schlüssel, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="586" />
        <source>Add an account to see its keys (Ctrl+Shift+A).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="588" />
        <source>This account has no keys yet. Create one with Ctrl+N.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="590" />
        <source>The keys could not be loaded: see the message above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="592" />
        <source>Loading the keys…</source>
        <translation>Schlüssel werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="649" />
        <source>Attach a policy to the selected key's owner (Ctrl+Shift+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="651" />
        <source>%1: there is nothing to attach.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="653" />
        <source>%1 has every policy offered here already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="655" />
        <source>Attach a policy to %1, the owner of the selected key (Ctrl+Shift+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="690" />
        <source>Loading keys of %1…</source>
        <translation>Schlüssel von %1 werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="692" />
        <source>Reading the token of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="712" />
        <source>1 key</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="712" />
        <source>%n keys</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="714" />
        <source>%1 of 1 key</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="715" />
        <source>%1 of %n keys</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="753" />
        <source>Copied the id of “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="786" />
        <source>Storing the token of %1 in %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="792" />
        <source>Added %1; its token is in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="809" />
        <source>The token of %1 could not be stored in %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="812" />
        <source>You can use the token for this session only: KeyWarden keeps it in memory and forgets it when it quits. It is never written to a file.

Use the token for this session only?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="816" />
        <source>No keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="820" />
        <source>%1 was not added: its token could not be stored. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="826" />
        <source>%1 was not added: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="831" />
        <source>Added %1 for this session only; its token will be forgotten at exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="844" />
        <source>Remove %1 from KeyWarden and delete its token from %2?

The keys at the provider are not touched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="860" />
        <source>Access key ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="861" />
        <source>Key ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="863" />
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="865" />
        <source>Note from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="917" />
        <source>Created “%1”.</source>
        <translation>„%1“ erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="946" />
        <source>Revoked “%1”.</source>
        <translation>„%1“ widerrufen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="985" />
        <source>Saved the changes to “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="999" />
        <source>Disable key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1000" />
        <source>Disable “%1”?

Applications that use it stop working until it is enabled again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1008" />
        <source>Could not enable “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1008" />
        <source>Could not disable “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1013" />
        <source>Enabled “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1013" />
        <source>Disabled “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1028" />
        <source>1 listed key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1028" />
        <source>%1 listed keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1031" />
        <source>Reactivate every key of %1?

This affects %2 of this owner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1033" />
        <source>Suspend every key of %1?

This affects %2 of this owner, not only “%3”: applications using any of them stop working until the owner is reactivated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1036" />
        <source>Reactivate keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1036" />
        <source>Suspend keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1042" />
        <source>Could not reactivate the keys of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1043" />
        <source>Could not suspend the keys of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1048" />
        <source>Reactivated %1 of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1048" />
        <source>Suspended %1 of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1085" />
        <source>Attached %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1100" />
        <source>Fetching the secret of “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1108" />
        <source>Could not fetch the secret of “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1126" />
        <source>Testing “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1133" />
        <location filename="../ui/MainWindow.cpp" line="1144" />
        <source>Could not test “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1149" />
        <source>“%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1176" />
        <source>Rotating “%1”: creating the new key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1183" />
        <source>Rotation of “%1” stopped: the new key could not be created. %2 The old key is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1207" />
        <source>The test of the new key said: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1209" />
        <source>The new key was not tested.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1212" />
        <source>New key not verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1213" />
        <source>%1

Keep the old key “%2” (recommended), or revoke it anyway as planned?

Yes revokes it anyway; No keeps both keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1218" />
        <source>not tested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1221" />
        <source>New key not verified (%1); the old key was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1223" />
        <source>The old key “%1” was kept; revoke it once the new key works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1229" />
        <source>Revoked without a verified new key (%1): the user chose to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1235" />
        <source>The old key “%1” could not be revoked: %2 KeyWarden tries again every hour; the rotation stays open until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1240" />
        <source>Rotation finished: “%1” is revoked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1244" />
        <source>“%1” will be revoked in 1 day.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1245" />
        <source>“%1” will be revoked in %n days.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>kw::MemoryStore</name>
    <message>
        <location filename="../src/vault/MemoryStore.cpp" line="11" />
        <source>This session only (not saved)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/vault/MemoryStore.cpp" line="20" />
        <source>No secret is kept for this session under this name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/vault/MemoryStore.cpp" line="21" />
        <source>Enter the token again; session-only tokens are forgotten when KeyWarden quits.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::OwnerAccessCache</name>
    <message>
        <location filename="../ui/OwnerAccessCache.cpp" line="77" />
        <source>could not be checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/OwnerAccessCache.cpp" line="79" />
        <source>checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/OwnerAccessCache.cpp" line="97" />
        <source>also: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::ProviderCalls</name>
    <message>
        <location filename="../src/providers/ProviderCalls.cpp" line="66" />
        <source>The key may have been created anyway: refresh the list before trying again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::ProviderError</name>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="19" />
        <source>The server could not be reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="21" />
        <source>The server did not answer in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="24" />
        <source>The secure connection failed (certificate or handshake)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="27" />
        <source>Refused to send credentials over plain HTTP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="30" />
        <source>The credentials were not accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="33" />
        <source>Access denied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="35" />
        <source>Not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="37" />
        <source>Conflict with the current state (a limit may have been reached)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="40" />
        <source>The request was rejected as invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="43" />
        <source>Too many requests; try again later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="46" />
        <source>The server failed to handle the request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="49" />
        <source>The server sent an answer that could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="52" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="56" />
        <source>Unexpected error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/core/ProviderError.cpp" line="67" />
        <source>HTTP %1: </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::ProviderErrorText</name>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="13" />
        <source>The provider gave no reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="22" />
        <source>Check your network connection and the account's endpoint, then retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="24" />
        <source>The provider did not answer in time. Retry in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="26" />
        <source>The server's certificate is not trusted. Check the endpoint, or set the CA file of a private certificate authority in the account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="29" />
        <source>Use an https:// endpoint (plain http:// is only allowed to this computer).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="31" />
        <source>The account's token was refused. It may be revoked or expired: add the account again with a valid token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="34" />
        <source>The token is not allowed to do this. Use a token with key-management rights, or check the IP whitelist of the token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="37" />
        <source>It no longer exists at the provider. Refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="39" />
        <source>The provider refused because of a limit or a conflict. Revoke keys you no longer need, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="42" />
        <source>Correct the values the provider named and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="44" />
        <source>Too many requests. Wait a minute, then retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="46" />
        <source>The provider had a problem on its side. Retry later; if it persists, check the provider's status page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="49" />
        <source>The provider's answer could not be read. Retry; if it persists, the endpoint may not be this provider's API.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="52" />
        <source>The request was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/ProviderErrorText.cpp" line="57" />
        <source>Retry; if it keeps failing, check the account's settings.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::ProviderReply</name>
    <message>
        <location filename="../src/providers/ProviderReply.cpp" line="27" />
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::RevealSecretDialog</name>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="171" />
        <source>%1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="226" />
        <source>Testing the key with %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="241" />
        <source>The key could not be tested: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="264" />
        <source>Close without saving?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="265" />
        <source>You have not confirmed that you saved the key “%1”.

The secret cannot be shown again. Close anyway?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/RevealSecretDialog.cpp" line="304" />
        <source>Clipboard clears in %n s</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="310" />
        <source>Clipboard cleared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="311" />
        <source>The clipboard holds something else now; not cleared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="317" />
        <source>Secret of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="318" />
        <source>The secret of “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="320" />
        <source>Anyone with this secret can use the key. Copy it only where it is needed; the clipboard is cleared after a short time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="323" />
        <source>New key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="324" />
        <source>The key “%1” was created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="326" />
        <source>Shell &amp;export line (export %1=…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevealSecretDialog.cpp" line="327" />
        <source>.&amp;env line (%1=…)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/RevealSecretDialog.cpp" line="332" />
        <source>Copies are removed from the clipboard after %n s.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>kw::RevokeKeyDialog</name>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="148" />
        <source>Revoke key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="149" />
        <source>Revoke the key “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="150" />
        <source>Revoke the key with ID “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="152" />
        <source>Revocation is immediate and final: every application that uses this key stops working at once, and the key cannot be restored. Create a new key first if something still needs access.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="156" />
        <source>&amp;Type the key’s name “%1” to confirm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="157" />
        <source>&amp;Type the key’s ID “%1” to confirm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="158" />
        <source>Key name to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="159" />
        <source>Key ID to confirm</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::RotateKeyDialog</name>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="18" />
        <source>Rotate key “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="22" />
        <source>services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="24" />
        <source>description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="26" />
        <source>IP whitelist</source>
        <translation>IP-Freigabeliste</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="28" />
        <source>owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="30" />
        <source>project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="32" />
        <source>lifetime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="33" />
        <source>settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="37" />
        <source>%1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="41" />
        <source>Rotation replaces “%1” in three steps:
1. KeyWarden creates a new key with the same %2.
2. You save the new secret (it is shown once) and update the applications that use the old key.
3. The old key is revoked: now, or after a grace period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="54" />
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/core/Rotation.cpp" line="216" />
        <source>%1 (rotated %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="113" />
        <source>Services: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="114" />
        <location filename="../ui/RotateKeyDialog.cpp" line="118" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="117" />
        <source>Description: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="121" />
        <source>IP whitelist: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="123" />
        <source>all addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="127" />
        <source>Owner: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="129" />
        <source>Project: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="130" />
        <source>default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="133" />
        <source>Expires: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="136" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="140" />
        <source>Valid for: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="141" />
        <source>permanent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="151" />
        <source>Enter a name for the new key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="159" />
        <source> day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RotateKeyDialog.cpp" line="159" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::ScalewayProvider</name>
    <message>
        <location filename="../src/providers/ScalewayPager.cpp" line="87" />
        <source>Page %1 of %2 of the %3 failed: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="196" />
        <source>API keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="233" />
        <location filename="../src/providers/ScalewayProvider.cpp" line="292" />
        <source>The key has no access key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="236" />
        <source>Scaleway keys have no name; change the description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="253" />
        <source>expires_at: Scaleway cannot remove an expiry once it is set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="254" />
        <source>Choose a later date, or rotate the key to one without an expiry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="275" />
        <source>The change may have been made: refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="392" />
        <source>users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayProvider.cpp" line="394" />
        <source>applications</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::SecretField</name>
    <message>
        <location filename="../ui/SecretField.cpp" line="135" />
        <source>&amp;Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="135" />
        <source>&amp;Reveal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="136" />
        <source>Hide secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="136" />
        <source>Reveal secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="137" />
        <source>Hide the secret (Ctrl+H)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="138" />
        <source>Show the secret (Ctrl+H)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="139" />
        <source>Secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="140" />
        <source>Shown in clear text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SecretField.cpp" line="141" />
        <source>Masked; use Reveal to show it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::SecretStore</name>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="66" />
        <source>No keychain can be reached: there is no D-Bus session bus (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="67" />
        <source>KeyWarden keeps tokens in the desktop keychain, which it reaches over the D-Bus session bus. Start KeyWarden from a desktop session (or inside dbus-run-session), and run a Secret Service such as gnome-keyring (apt install gnome-keyring libsecret-1-0) or KeePassXC with its Secret Service integration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="73" />
        <source>No keychain is available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="74" />
        <source>No keychain is available (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="80" />
        <source>The keychain is locked (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="81" />
        <source>Unlock your login keyring (for example with Seahorse, or by logging in to the desktop again) or create one if none exists, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="95" />
        <source>No secret is stored in the keychain under this name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="96" />
        <source>Enter the token again. If you saved it before, the keyring may be locked: unlock it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="99" />
        <source>Access to the keychain was refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="100" />
        <source>Allow KeyWarden to use the keychain when it asks, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="104" />
        <source>The keychain denied access (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="105" />
        <source>Check the keychain's access settings for KeyWarden, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="118" />
        <source>The keychain reported an unknown error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="119" />
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="120" />
        <source>Try again. If it keeps failing, restart the keychain service or log in to the desktop again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="128" />
        <source>The keychain did not answer within %1 s. It may be locked or waiting for a password prompt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/vault/KeychainErrorMap.cpp" line="131" />
        <source>Look for a keychain password prompt and answer it, or unlock the keyring, then try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::SigV4</name>
    <message>
        <location filename="../src/providers/SigV4.cpp" line="228" />
        <source>The signing time is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/SigV4.cpp" line="233" />
        <source>The access key id, region and service are needed to sign a request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/SigV4.cpp" line="237" />
        <source>The method and the payload hash are needed to sign a request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/SigV4.cpp" line="260" />
        <source>The cryptographic library could not compute the signature.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/SigV4.cpp" line="311" />
        <source>The address to sign a request for is not valid.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::VerificationText</name>
    <message>
        <location filename="../src/console/VerificationText.cpp" line="9" />
        <source> %1 says: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/VerificationText.cpp" line="12" />
        <source>The key works: %1 accepted it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/VerificationText.cpp" line="14" />
        <source>The key was refused (HTTP 401): %1 does not accept it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/VerificationText.cpp" line="17" />
        <source>The key is valid but not allowed here (HTTP 403).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/VerificationText.cpp" line="19" />
        <source>%1 could not be reached; the key was not tested.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/VerificationText.cpp" line="24" />
        <source>The test failed (HTTP %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/console/VerificationText.cpp" line="25" />
        <source>The test failed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::WasabiAirProvider</name>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="65" />
        <source>No Wasabi AiR address is set for this account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="66" />
        <source>No Wasabi AiR address is set for the account “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="67" />
        <source>Each Wasabi AiR deployment has its own address: enter your AiR API base (for example https://air.example.com) in the account settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="136" />
        <source>Wasabi AiR keys can only be renamed, disabled or enabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="139" />
        <source>Give the key a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="158" />
        <location filename="../src/providers/WasabiAirProvider.cpp" line="190" />
        <location filename="../src/providers/WasabiAirProvider.cpp" line="251" />
        <source>The key has no id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="200" />
        <source>Wasabi AiR did not confirm that the key was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="201" />
        <source>Refresh the list to see whether it still exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="211" />
        <source>There is no secret to test.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="239" />
        <source>The server answered, but not as the Wasabi AiR API does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="240" />
        <source>Check the AiR address of the account. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="265" />
        <source>It may have been deleted elsewhere: refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirProvider.cpp" line="274" />
        <source>This key is disabled: requests made with it fail until it is enabled again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::WasabiIamProvider</name>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="80" />
        <source>Wasabi access keys cannot be edited; deactivate or rotate instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="145" />
        <source>The account's credential is not an access key pair.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="146" />
        <source>Store it as ACCESSKEYID:SECRET (the access key id, a colon, then the secret key).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="335" />
        <source>Root user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="350" />
        <source>The root user has every right and no policies to list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="382" />
        <source>The root user has every right already; policies are attached to sub-users.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="386" />
        <source>No policy was chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="409" />
        <source>The root user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="409" />
        <source>The user “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="411" />
        <source>%1 already has %2 access keys, the most Wasabi allows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="414" />
        <source>Deactivate and delete the older key first, then create the new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="438" />
        <location filename="../src/providers/WasabiIamProvider.cpp" line="460" />
        <source>The key has no id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiIamProvider.cpp" line="503" />
        <source>The server answered, but not as Wasabi's IAM API does.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::WaysCloudProvider</name>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="32" />
        <source>Storage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="33" />
        <source>S3-compatible object storage (upload/download files)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="35" />
        <source>LLM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="36" />
        <source>Large language models (chat completions, streaming)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="38" />
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="39" />
        <source>PostgreSQL/MariaDB management (create, snapshots, backups)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="41" />
        <source>DNS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="42" />
        <source>Domain management (zones, records, DNSSEC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="44" />
        <source>GPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="45" />
        <source>GPU-accelerated services (video, TTS, transcription)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="55" />
        <source>WAYSCloud keys cannot be edited after creation; rotate instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="114" />
        <source>Give the key a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="115" />
        <source>A descriptive name, e.g. “Production Storage API”, tells the key apart later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="120" />
        <source>“%1” is not a WAYSCloud service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="121" />
        <source>Choose from Storage, LLM, Database, DNS and GPU.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="127" />
        <source>Choose at least one service for the key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="135" />
        <source>The IP whitelist has errors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="159" />
        <source>The key has no id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudProvider.cpp" line="174" />
        <source>There is no secret to test.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::coreweave</name>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="213" />
        <source>The key list from CoreWeave is not valid JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="214" />
        <source>The key list from CoreWeave is not a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="221" />
        <source>The key list from CoreWeave has no list of keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="231" />
        <source>Entry %1 of the key list from CoreWeave is not an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="236" />
        <source>Entry %1 of the key list from CoreWeave has no access key id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="244" />
        <source>The key list from CoreWeave could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="267" />
        <source>The answer to the create request is not a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="273" />
        <source>The answer to the create request holds no secret key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="279" />
        <source>The answer to the create request has no access key id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="293" />
        <source>The answer to the create request could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/CoreWeaveJson.cpp" line="326" />
        <source>Error %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::scaleway</name>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="42" />
        <source>Managed by a Scaleway product: it cannot be edited or deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="44" />
        <source>Scaleway does not allow this key to be edited or deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="46" />
        <source>Scaleway does not allow this key to be edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="48" />
        <source>Scaleway does not allow this key to be deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="92" />
        <source>%1 is not a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="97" />
        <source>%1 has no access key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="110" />
        <source>The %1 from Scaleway are not valid JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="116" />
        <source>The %1 from Scaleway have no “%2” list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="150" />
        <source>%1 has no id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="182" />
        <source>quota %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="184" />
        <source>%1 in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="202" />
        <source>%1 on %2 is not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="203" />
        <source>this action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="204" />
        <source>this resource</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="215" />
        <source>the API key has expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="217" />
        <source>the API key does not exist (deleted?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="219" />
        <source>the credential is not valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="224" />
        <source>API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="226" />
        <source>session token (JWT)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="229" />
        <source>authentication by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="230" />
        <source>authentication by %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="291" />
        <source>%1 is %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="296" />
        <source>%1 expired on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="328" />
        <source>API keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="331" />
        <source>API key %1 of the page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="339" />
        <source>The API key from Scaleway is not valid JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="342" />
        <source>The API key from Scaleway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="350" />
        <source>The answer to the create request is not a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="356" />
        <source>The answer to the create request holds no secret key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="359" />
        <source>The answer to the create request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="372" />
        <source>users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="379" />
        <source>User %1 of the page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="386" />
        <source>applications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/ScalewayJson.cpp" line="389" />
        <source>Application %1 of the page</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::wasabiair</name>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="72" />
        <source>The key list from Wasabi AiR is not valid JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="73" />
        <source>The answer from Wasabi AiR holds no “api-keys” list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="100" />
        <source>Entry %1 of the key list from Wasabi AiR is not an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="105" />
        <source>Entry %1 of the key list from Wasabi AiR has no id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="112" />
        <location filename="../src/providers/WasabiAirJson.cpp" line="195" />
        <source>The key list from Wasabi AiR could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="125" />
        <source>The answer from Wasabi AiR is not a key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="131" />
        <source>The answer from Wasabi AiR could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="143" />
        <source>The answer to the create request is not a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="148" />
        <source>The answer to the create request has no key id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="154" />
        <source>The answer to the create request holds no key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="164" />
        <source>The answer to the create request could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="186" />
        <source>Wasabi AiR listed the key without its token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="192" />
        <source>The key %1 no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiAirJson.cpp" line="243" />
        <source>Error code: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::wasabiiam</name>
    <message>
        <location filename="../src/providers/WasabiIamXml.cpp" line="29" />
        <source>The answer is not an XML document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiIamXml.cpp" line="35" />
        <source>Expected an IAM %1 answer, got &lt;%2&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiIamXml.cpp" line="46" />
        <source>The answer is not well-formed XML: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiIamXml.cpp" line="102" />
        <source>The answer says more follows but gives no Marker to ask for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiIamXml.cpp" line="167" />
        <source>The answer to CreateAccessKey holds no access key id or no secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WasabiIamXml.cpp" line="204" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kw::wayscloud</name>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="166" />
        <source>The key list from WAYSCloud is not valid JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="167" />
        <source>The key list from WAYSCloud is not a list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="177" />
        <source>Entry %1 of the key list from WAYSCloud is not an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="182" />
        <source>Entry %1 of the key list from WAYSCloud has no id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="189" />
        <source>The key list from WAYSCloud could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="229" />
        <source>The answer to the create request is not a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="235" />
        <source>The answer to the create request holds no key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="242" />
        <source>The answer to the create request has no key id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../src/providers/WaysCloudJson.cpp" line="271" />
        <source>The answer to the create request could not be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/keywarden_main.cpp" line="63" />
        <source>Desktop console for the API keys and access keys of your cloud accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/keywarden_main.cpp" line="69" />
        <source>Start the built-in provider sandboxes on this computer and open them with sample keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/keywarden_main.cpp" line="101" />
        <source>%1 sandbox</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>