#!/usr/bin/env python3
"""Fills the translations this project has agreed on into the .ts files after lupdate.

Run after `cmake --build <dir> --target update_translations`. Strings without an entry stay
unfinished (shown in English). Keyed by source text, any context; plural (%n) forms are left
to Qt Linguist.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NB = {
    "Owner": "Eier", "Key owner": "Nøkkeleier", "S&3 endpoint:": "S&3-endepunkt:",
    "S3 endpoint": "S3-endepunkt", "&Region:": "&Region:", "S3 region": "S3-region",
    "Availability &zone:": "Tilgjengelighets&sone:", "Availability zone": "Tilgjengelighetssone",
    "AiR access": "AiR-tilgang", "AiR: manage": "AiR: administrere",
    "AiR: view only": "AiR: bare lese", "no AiR policy": "ingen AiR-policy",
    "Attach AiR &Policy…": "Knytt til AiR-&policy …", "&Attach": "&Knytt til",
    "Attach a policy to the key's owner": "Knytt en policy til nøkkelens eier",
    "&File": "&Fil", "&Keys": "&Nøkler", "&View": "&Vis", "&Quit": "&Avslutt",
    "&Add Account…": "&Legg til konto …", "&Add account…": "&Legg til konto …",
    "Add account": "Legg til konto", "Re&move Account…": "&Fjern konto …",
    "&Refresh": "&Oppdater", "Refresh": "Oppdater",
    "&Create Key…": "&Opprett nøkkel …", "Create key": "Opprett nøkkel",
    "R&otate Key…": "&Roter nøkkel …", "Rotate key": "Roter nøkkel",
    "Re&voke Key…": "&Tilbakekall nøkkel …", "Revoke key": "Tilbakekall nøkkel",
    "&Edit Key…": "R&ediger nøkkel …", "Edit key": "Rediger nøkkel",
    "Copy Key &ID": "Kopier nøkkel-&ID", "Copy key ID": "Kopier nøkkel-ID",
    "Show Secre&t…": "Vis hemme&lighet …", "Show secret": "Vis hemmelighet",
    "&Filter:": "&Filter:", "&Status:": "&Status:", "Rotation d&ue": "Rotasjon &forfalt",
    "Rotate af&ter:": "Roter &etter:", "A&ccounts": "K&ontoer", "Accounts": "Kontoer",
    "&Retry": "&Prøv igjen", "D&ismiss": "&Lukk", "All": "Alle",
    "Name": "Navn", "Prefix": "Prefiks", "Services": "Tjenester", "IP whitelist": "IP-hviteliste",
    "Created": "Opprettet", "Age": "Alder", "Last used": "Sist brukt", "Expires": "Utløper",
    "Status": "Status", "never": "aldri", "today": "i dag", "just now": "akkurat nå",
    "All addresses": "Alle adresser",
    "Active": "Aktiv", "Disabled": "Deaktivert", "Suspended": "Suspendert", "Expired": "Utløpt",
    "Read-only": "Skrivebeskyttet", "Revoked": "Tilbakekalt", "Unknown": "Ukjent",
    "Name:": "Navn:", "ID:": "ID:", "Prefix:": "Prefiks:", "Type:": "Type:", "Owner:": "Eier:",
    "Description:": "Beskrivelse:", "Project:": "Prosjekt:", "Services:": "Tjenester:",
    "IP whitelist:": "IP-hviteliste:", "Created:": "Opprettet:", "Age:": "Alder:",
    "Last used:": "Sist brukt:", "Expires:": "Utløper:", "Status:": "Status:",
    "Rotation:": "Rotasjon:", "Select a key to see its details.":
        "Velg en nøkkel for å se detaljene.",
    "Loading the keys…": "Laster nøklene …", "Loading keys of %1…": "Laster nøklene til %1 …",
    "Created “%1”.": "Opprettet «%1».", "Revoked “%1”.": "Tilbakekalte «%1».",
    "KeyWarden — sandbox": "KeyWarden — sandkasse",
    "I have saved this key": "Jeg har lagret denne nøkkelen", "Copy": "Kopier",
    "Close": "Lukk", "Cancel": "Avbryt", "Revoke": "Tilbakekall",
}

DE = {
    "Owner": "Besitzer", "Key owner": "Schlüsselbesitzer", "S&3 endpoint:": "S&3-Endpunkt:",
    "S3 endpoint": "S3-Endpunkt", "&Region:": "&Region:", "S3 region": "S3-Region",
    "Availability &zone:": "Verfügbarkeits&zone:", "Availability zone": "Verfügbarkeitszone",
    "AiR access": "AiR-Zugriff", "AiR: manage": "AiR: verwalten",
    "AiR: view only": "AiR: nur lesen", "no AiR policy": "keine AiR-Richtlinie",
    "Attach AiR &Policy…": "AiR-&Richtlinie zuweisen …", "&Attach": "&Zuweisen",
    "Attach a policy to the key's owner": "Dem Besitzer des Schlüssels eine Richtlinie zuweisen",
    "&File": "&Datei", "&Keys": "&Schlüssel", "&View": "&Ansicht", "&Quit": "&Beenden",
    "&Add Account…": "Konto &hinzufügen …", "&Add account…": "Konto &hinzufügen …",
    "Add account": "Konto hinzufügen", "Re&move Account…": "Konto &entfernen …",
    "&Refresh": "&Aktualisieren", "Refresh": "Aktualisieren",
    "&Create Key…": "Schlüssel &erstellen …", "Create key": "Schlüssel erstellen",
    "R&otate Key…": "Schlüssel &rotieren …", "Rotate key": "Schlüssel rotieren",
    "Re&voke Key…": "Schlüssel &widerrufen …", "Revoke key": "Schlüssel widerrufen",
    "&Edit Key…": "Schlüssel &bearbeiten …", "Edit key": "Schlüssel bearbeiten",
    "Copy Key &ID": "Schlüssel-&ID kopieren", "Copy key ID": "Schlüssel-ID kopieren",
    "Show Secre&t…": "&Geheimnis anzeigen …", "Show secret": "Geheimnis anzeigen",
    "&Filter:": "&Filter:", "&Status:": "&Status:", "Rotation d&ue": "Rotation &fällig",
    "Rotate af&ter:": "Rotieren &nach:", "A&ccounts": "K&onten", "Accounts": "Konten",
    "&Retry": "&Wiederholen", "D&ismiss": "&Schließen", "All": "Alle",
    "Name": "Name", "Prefix": "Präfix", "Services": "Dienste", "IP whitelist": "IP-Freigabeliste",
    "Created": "Erstellt", "Age": "Alter", "Last used": "Zuletzt verwendet", "Expires": "Läuft ab",
    "Status": "Status", "never": "nie", "today": "heute", "just now": "gerade eben",
    "All addresses": "Alle Adressen",
    "Active": "Aktiv", "Disabled": "Deaktiviert", "Suspended": "Gesperrt", "Expired": "Abgelaufen",
    "Read-only": "Schreibgeschützt", "Revoked": "Widerrufen", "Unknown": "Unbekannt",
    "Name:": "Name:", "ID:": "ID:", "Prefix:": "Präfix:", "Type:": "Typ:", "Owner:": "Inhaber:",
    "Description:": "Beschreibung:", "Project:": "Projekt:", "Services:": "Dienste:",
    "IP whitelist:": "IP-Freigabeliste:", "Created:": "Erstellt:", "Age:": "Alter:",
    "Last used:": "Zuletzt verwendet:", "Expires:": "Läuft ab:", "Status:": "Status:",
    "Rotation:": "Rotation:", "Select a key to see its details.":
        "Wählen Sie einen Schlüssel, um seine Details zu sehen.",
    "Loading the keys…": "Schlüssel werden geladen …",
    "Loading keys of %1…": "Schlüssel von %1 werden geladen …",
    "Created “%1”.": "„%1“ erstellt.", "Revoked “%1”.": "„%1“ widerrufen.",
    "KeyWarden — sandbox": "KeyWarden — Sandbox",
    "I have saved this key": "Ich habe diesen Schlüssel gespeichert", "Copy": "Kopieren",
    "Close": "Schließen", "Cancel": "Abbrechen", "Revoke": "Widerrufen",
}


def fill(path: Path, table: dict) -> int:
    tree = ET.parse(path)
    done = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") == "yes":
            continue
        source = message.findtext("source")
        translation = message.find("translation")
        if source in table and translation is not None:
            translation.text = table[source]
            translation.attrib.pop("type", None)
            done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return done


if __name__ == "__main__":
    root = Path(__file__).resolve().parent
    for name, table in (("keywarden_nb.ts", NB), ("keywarden_de.ts", DE)):
        print(f"{name}: {fill(root / name, table)} messages translated", file=sys.stderr)
