<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>kw::AccountListModel</name>
    <message numerus="yes">
        <location filename="../ui/AccountListModel.cpp" line="148"/>
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln key</numerusform>
            <numerusform>%Ln keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountListModel.cpp" line="150"/>
        <source>%Ln loading</source>
        <translation>
            <numerusform>%Ln loading</numerusform>
            <numerusform>%Ln loading</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountListModel.cpp" line="152"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountListModel.cpp" line="204"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::BulkActionFlow</name>
    <message numerus="yes">
        <location filename="../ui/BulkActionFlow.cpp" line="28"/>
        <source>%n keys</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BulkActionFlow.cpp" line="39"/>
        <source>%n listed keys</source>
        <translation>
            <numerusform>%n listed key</numerusform>
            <numerusform>%n listed keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BulkActionFlow.cpp" line="187"/>
        <source>%n selected keys are skipped:</source>
        <translation>
            <numerusform>%n selected key is skipped:</numerusform>
            <numerusform>%n selected keys are skipped:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::BulkKeyActions</name>
    <message numerus="yes">
        <location filename="../src/console/BulkKeyActions.cpp" line="136"/>
        <source>The account has reached %1&apos;s limit of %n keys.</source>
        <translation>
            <numerusform>The account has reached %1&apos;s limit of %n key.</numerusform>
            <numerusform>The account has reached %1&apos;s limit of %n keys.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::CreateKeyDialog</name>
    <message numerus="yes">
        <location filename="../ui/CreateKeyDialog.cpp" line="28"/>
        <source>Choose at least %n service(s).</source>
        <translation>
            <numerusform>Choose at least one service.</numerusform>
            <numerusform>Choose at least %n services.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CreateKeyDialog.cpp" line="223"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::EmptyState</name>
    <message numerus="yes">
        <location filename="../ui/EmptyState.cpp" line="128"/>
        <source>This account has %n key(s); the filters hide them all.</source>
        <translation>
            <numerusform>This account has %n key; the filters hide it.</numerusform>
            <numerusform>This account has %n keys; the filters hide them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::KeyDetailsPane</name>
    <message numerus="yes">
        <location filename="../ui/KeyDetailsPane.cpp" line="219"/>
        <source>rotation due (policy: every %n days)</source>
        <translation>
            <numerusform>rotation due (policy: every %n day)</numerusform>
            <numerusform>rotation due (policy: every %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::KeyFilter</name>
    <message numerus="yes">
        <location filename="../src/console/KeyFilters.cpp" line="63"/>
        <source>expires within %n days</source>
        <translation>
            <numerusform>expires within %n day</numerusform>
            <numerusform>expires within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/KeyFilters.cpp" line="66"/>
        <source>unused for %n days</source>
        <translation>
            <numerusform>unused for %n day</numerusform>
            <numerusform>unused for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::KeyTableModel</name>
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
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyTableModel.cpp" line="46"/>
        <location filename="../ui/KeyTableModel.cpp" line="419"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyTableModel.cpp" line="362"/>
        <source>Rotation due: the policy is to rotate keys every %n days</source>
        <translation>
            <numerusform>Rotation due: the policy is to rotate keys every %n day</numerusform>
            <numerusform>Rotation due: the policy is to rotate keys every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyTableModel.cpp" line="368"/>
        <source>Rotation due in %n days</source>
        <translation>
            <numerusform>Rotation due in %n day</numerusform>
            <numerusform>Rotation due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::LeakResponseDialog</name>
    <message numerus="yes">
        <location filename="../ui/LeakResponseDialog.cpp" line="134"/>
        <source>Checking %n string(s) against every account…</source>
        <translation>
            <numerusform>Checking %n string against every account…</numerusform>
            <numerusform>Checking %n strings against every account…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LeakResponseDialog.cpp" line="185"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LeakResponseDialog.cpp" line="198"/>
        <source>%n live secret(s) found: disable, revoke or rotate the key now.</source>
        <translation>
            <numerusform>%n live secret found: disable, revoke or rotate the key now.</numerusform>
            <numerusform>%n live secrets found: disable, revoke or rotate the keys now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LeakResponseDialog.cpp" line="201"/>
        <source>%n string(s) checked; no live secret.</source>
        <translation>
            <numerusform>%n string checked; no live secret.</numerusform>
            <numerusform>%n strings checked; no live secret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LeakResponseDialog.cpp" line="234"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/KeyActionPolicy.cpp" line="39"/>
        <source>The account has reached %1&apos;s limit of %n keys. Revoke one first.</source>
        <translation>
            <numerusform>The account has reached %1&apos;s limit of %n key. Revoke it first.</numerusform>
            <numerusform>The account has reached %1&apos;s limit of %n keys. Revoke one first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>%1: %n key(s), loaded at %2</source>
        <translation>
            <numerusform>%1: %n key, loaded at %2</numerusform>
            <numerusform>%1: %n keys, loaded at %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="439"/>
        <source>%n keys selected</source>
        <translation>
            <numerusform>%n key selected</numerusform>
            <numerusform>%n keys selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="554"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="556"/>
        <source>%1 of %n key(s)</source>
        <translation>
            <numerusform>%1 of %n key</numerusform>
            <numerusform>%1 of %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowFleet.cpp" line="282"/>
        <source>Revoke the %n selected keys</source>
        <translation>
            <numerusform>Revoke the %n selected key</numerusform>
            <numerusform>Revoke the %n selected keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowFleet.cpp" line="284"/>
        <source>Rotate the %n selected keys</source>
        <translation>
            <numerusform>Rotate the %n selected key</numerusform>
            <numerusform>Rotate the %n selected keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowFleet.cpp" line="289"/>
        <source>Enable the %n selected keys</source>
        <translation>
            <numerusform>Enable the %n selected key</numerusform>
            <numerusform>Enable the %n selected keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowFleet.cpp" line="290"/>
        <source>Disable the %n selected keys</source>
        <translation>
            <numerusform>Disable the %n selected key</numerusform>
            <numerusform>Disable the %n selected keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowFlows.cpp" line="337"/>
        <source>%n listed key(s)</source>
        <translation>
            <numerusform>%n listed key</numerusform>
            <numerusform>%n listed keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RotationFlow.cpp" line="201"/>
        <source>“%1” will be revoked once unused for %n hour(s); you are asked if it is still used in %2.</source>
        <translation>
            <numerusform>“%1” will be revoked once unused for %n hour; you are asked if it is still used in %2.</numerusform>
            <numerusform>“%1” will be revoked once unused for %n hours; you are asked if it is still used in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RotationFlow.cpp" line="204"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RotationFlow.cpp" line="206"/>
        <source>“%1” is disabled and will be deleted in %n day(s); Rotations can enable it again.</source>
        <translation>
            <numerusform>“%1” is disabled and will be deleted in %n day; Rotations can enable it again.</numerusform>
            <numerusform>“%1” is disabled and will be deleted in %n days; Rotations can enable it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RotationFlow.cpp" line="213"/>
        <source>“%1” will be revoked in %n days.</source>
        <translation>
            <numerusform>“%1” will be revoked in %n day.</numerusform>
            <numerusform>“%1” will be revoked in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::ReminderTracker</name>
    <message numerus="yes">
        <location filename="../src/console/ReminderTracker.cpp" line="104"/>
        <source>Key expires within %n days</source>
        <translation>
            <numerusform>Key expires within %n day</numerusform>
            <numerusform>Key expires within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/ReminderTracker.cpp" line="127"/>
        <source>“%1” of %2 was created on %3; the rotation policy is %n days.</source>
        <translation>
            <numerusform>“%1” of %2 was created on %3; the rotation policy is %n day.</numerusform>
            <numerusform>“%1” of %2 was created on %3; the rotation policy is %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/ReminderTracker.cpp" line="245"/>
        <source>expires in %n days</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::ReportExport</name>
    <message numerus="yes">
        <location filename="../ui/ReportExport.cpp" line="56"/>
        <source>%n account(s) would be missing from the report, because their keys are not listed:

%1

Fix or refresh them first for a complete report, or export the others only.</source>
        <translation>
            <numerusform>%n account would be missing from the report, because its keys are not listed:

%1

Fix or refresh it first for a complete report, or export the others only.</numerusform>
            <numerusform>%n accounts would be missing from the report, because their keys are not listed:

%1

Fix or refresh them first for a complete report, or export the others only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::RevealSecretDialog</name>
    <message numerus="yes">
        <location filename="../ui/RevealSecretDialog.cpp" line="238"/>
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Clipboard clears in %n s</numerusform>
            <numerusform>Clipboard clears in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RevealSecretDialog.cpp" line="265"/>
        <source>Copies are removed from the clipboard after %n s.</source>
        <translation>
            <numerusform>Copies are removed from the clipboard after %n s.</numerusform>
            <numerusform>Copies are removed from the clipboard after %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::RotateKeyDialog</name>
    <message numerus="yes">
        <location filename="../ui/RotateKeyDialog.cpp" line="208"/>
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RotateKeyDialog.cpp" line="213"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> hour</numerusform>
            <numerusform> hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::RotationOrchestrator</name>
    <message numerus="yes">
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="71"/>
        <source>old key last used %n minute(s) ago</source>
        <translation>
            <numerusform>old key last used %n minute ago</numerusform>
            <numerusform>old key last used %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="73"/>
        <source>old key last used %n hour(s) ago</source>
        <translation>
            <numerusform>old key last used %n hour ago</numerusform>
            <numerusform>old key last used %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/RotationOrchestratorGrace.cpp" line="75"/>
        <source>old key last used %n day(s) ago</source>
        <translation>
            <numerusform>old key last used %n day ago</numerusform>
            <numerusform>old key last used %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::RotationsDialog</name>
    <message numerus="yes">
        <location filename="../ui/RotationsDialog.cpp" line="185"/>
        <source>Waiting until the old key is unused for %n hour(s)</source>
        <translation>
            <numerusform>Waiting until the old key is unused for %n hour</numerusform>
            <numerusform>Waiting until the old key is unused for %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::TrayIcon</name>
    <message numerus="yes">
        <location filename="../ui/TrayIcon.cpp" line="142"/>
        <source>%n keys need attention</source>
        <translation>
            <numerusform>%n key needs attention</numerusform>
            <numerusform>%n keys need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayIcon.cpp" line="165"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayIcon.cpp" line="222"/>
        <source>%1 (and %n more reminders)</source>
        <translation>
            <numerusform>%1 (and %n more reminder)</numerusform>
            <numerusform>%1 (and %n more reminders)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayIcon.cpp" line="237"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayIcon.cpp" line="238"/>
        <source>KeyWarden: %n reminders</source>
        <translation>
            <numerusform>KeyWarden: %n reminder</numerusform>
            <numerusform>KeyWarden: %n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayIcon.cpp" line="295"/>
        <source>%n old keys of rotations will be revoked when their grace periods end.</source>
        <translation>
            <numerusform>%n old key of a rotation will be revoked when its grace period ends.</numerusform>
            <numerusform>%n old keys of rotations will be revoked when their grace periods end.</numerusform>
        </translation>
    </message>
</context>
</TS>
