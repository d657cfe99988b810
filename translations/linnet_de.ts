<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../qml/settings/AboutDialog.qml" line="+12"/>
        <source>About Linnet</source>
        <translation>Über Linnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat with buddies and watch and drive devices, over XMPP.</source>
        <translation>Mit Kontakten chatten und Geräte beobachten und steuern, über XMPP.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linnet version %1</source>
        <translation>Linnet-Version %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt version %1</source>
        <translation>Qt-Version %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QXmpp version %1</source>
        <translation>QXmpp-Version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GNU General Public License, version 3 or later (%1)</source>
        <translation>GNU General Public License, Version 3 oder später (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close About</source>
        <translation>„Über Linnet“ schließen</translation>
    </message>
</context>
<context>
    <name>AccountCard</name>
    <message>
        <location filename="../qml/account/AccountCard.qml" line="+69"/>
        <source>“%1” is already a resource of this account, or not a valid name (no “/”).</source>
        <translation>„%1“ ist bereits eine Ressource dieses Kontos oder kein gültiger Name (kein „/“).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Shown in the window</source>
        <translation>Im Fenster angezeigt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · turned off</source>
        <translation>%1 · ausgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · online</source>
        <translation>%1 · online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · offline</source>
        <translation>%1 · offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 of %3 sessions online</source>
        <translation>%1 · %2 von %3 Sitzungen online</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Server %1:%2</source>
        <translation>Server %1:%2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Direct TLS</source>
        <translation>Direktes TLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, address asked from the server</source>
        <translation>%1, Adresse vom Server erfragt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server found from the address</source>
        <translation>Server aus der Adresse ermittelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password asked at each start</source>
        <translation>Passwort wird bei jedem Start abgefragt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show in window</source>
        <translation>Im Fenster anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show %1 in the window</source>
        <translation>%1 im Fenster anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account %1 turned on</source>
        <translation>Konto %1 eingeschaltet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit the account %1…</source>
        <translation>Konto %1 bearbeiten…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the account %1…</source>
        <translation>Konto %1 entfernen…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>New resource, e.g. lab</source>
        <translation>Neue Ressource, z. B. labor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of a new resource (session) for %1</source>
        <translation>Name einer neuen Ressource (Sitzung) für %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add resource</source>
        <translation>Ressource hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the resource to %1</source>
        <translation>Die Ressource zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server commands…</source>
        <translation>Serverbefehle…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commands of the server of %1</source>
        <translation>Befehle des Servers von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect all</source>
        <translation>Alle verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect every session of %1</source>
        <translation>Alle Sitzungen von %1 verbinden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disconnect all</source>
        <translation>Alle trennen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnect every session of %1</source>
        <translation>Alle Sitzungen von %1 trennen</translation>
    </message>
</context>
<context>
    <name>AccountHeader</name>
    <message>
        <location filename="../qml/account/AccountHeader.qml" line="+64"/>
        <source>Accounts and sessions (Ctrl+Shift+A)</source>
        <translation>Konten und Sitzungen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sessions of %1</source>
        <translation>Sitzungen von %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Also signed in elsewhere</source>
        <translation>Auch anderswo angemeldet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your other devices</source>
        <translation>Ihre anderen Geräte</translation>
    </message>
</context>
<context>
    <name>AccountPrompts</name>
    <message>
        <location filename="../qml/account/AccountPrompts.qml" line="+107"/>
        <source>The server refused the password: %1</source>
        <translation>Der Server hat das Passwort abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <location filename="../qml/account/AccountSwitcher.qml" line="+29"/>
        <source>Account: %1, %2. Switch account (Ctrl+Shift+S)</source>
        <translation>Konto: %1, %2. Konto wechseln (Strg+Umschalt+S)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unread message(s) in other accounts</source>
        <translation>
            <numerusform>%n ungelesene Nachricht in anderen Konten</numerusform>
            <numerusform>%n ungelesene Nachrichten in anderen Konten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1, %2, %3 of %4 sessions online</source>
        <translation>%1, %2, %3 von %4 Sitzungen online</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n ungelesene Nachricht</numerusform>
            <numerusform>%n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 · turned off</source>
        <translation>%1 · ausgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2/%3 online</source>
        <translation>%1 · %2/%3 online</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+9"/>
        <source>Manage accounts…</source>
        <translation>Konten verwalten…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Manage accounts (Ctrl+Shift+A)</source>
        <translation>Konten verwalten (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ctrl+Shift+A</source>
        <translation>Strg+Umschalt+A</translation>
    </message>
</context>
<context>
    <name>AccountTransport</name>
    <message>
        <location filename="../app/account/AccountConfig.cpp" line="+228"/>
        <source>Choose how to connect.</source>
        <translation>Wählen Sie, wie verbunden werden soll.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use an encrypted address starting with %1://: Linnet does not connect without TLS.</source>
        <translation>Verwenden Sie eine verschlüsselte Adresse, die mit %1:// beginnt: Linnet verbindet sich nicht ohne TLS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an address like %1, or leave it empty to ask the server.</source>
        <translation>Geben Sie eine Adresse wie %1 ein oder lassen Sie das Feld leer, um den Server zu fragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the user name and password out of the address: Linnet signs in with the account&apos;s.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der Adresse weg: Linnet meldet sich mit denen des Kontos an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the “#” part out of the address.</source>
        <translation>Lassen Sie den Teil ab „#“ aus der Adresse weg.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direct TLS</source>
        <translation>Direktes TLS</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../app/account/AccountsModel.cpp" line="+34"/>
        <source>Enter your address as name@server, e.g. alice@example.org.</source>
        <translation>Geben Sie Ihre Adresse als name@server ein, z. B. alice@example.org.</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>%1 is already one of your accounts in Linnet.</source>
        <translation>%1 ist bereits eines Ihrer Konten in Linnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a password for the new account.</source>
        <translation>Wählen Sie ein Passwort für das neue Konto.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Keep the display name under 200 characters.</source>
        <translation>Der Anzeigename darf höchstens 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the server as a host name or an IP address, without a port (e.g. xmpp.example.org), or leave it empty.</source>
        <translation>Geben Sie den Server als Hostnamen oder IP-Adresse ohne Port ein (z. B. xmpp.example.org) oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a port between 1 and 65535, or leave it empty for the default.</source>
        <translation>Geben Sie einen Port zwischen 1 und 65535 ein oder lassen Sie das Feld für den Standard leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No certificate could be read from “%1”.</source>
        <translation>Aus „%1“ konnte kein Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/account/AccountsModelPasswords.cpp" line="+34"/>
        <source>Passwords cannot be remembered: the system&apos;s secret store is not available (%1). Linnet will ask for them at each start.</source>
        <translation>Passwörter können nicht gespeichert werden: Der Geheimnisspeicher des Systems ist nicht verfügbar (%1). Linnet fragt bei jedem Start danach.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The system&apos;s secret store is not available (%1): enter your password to connect.</source>
        <translation>Der Geheimnisspeicher des Systems ist nicht verfügbar (%1): Geben Sie Ihr Passwort ein, um sich zu verbinden.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../qml/account/AccountsPage.qml" line="+48"/>
        <location line="+3"/>
        <location line="+29"/>
        <location line="+39"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Back to chats (Esc)</source>
        <translation>Zurück zu den Chats (Esc)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back (Esc)</source>
        <translation>Zurück (Esc)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Each account can be online from several resources at once, each with its own presence.</source>
        <translation>Jedes Konto kann gleichzeitig über mehrere Ressourcen online sein, jede mit ihrem eigenen Status.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add account (Ctrl+N)</source>
        <translation>Konto hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No accounts yet</source>
        <translation>Noch keine Konten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an account you already have on any XMPP server: you need its address (like alice@example.org) and its password. Press Ctrl+N or use “Add account” above.</source>
        <translation>Fügen Sie ein Konto hinzu, das Sie bereits auf einem beliebigen XMPP-Server haben: Sie brauchen seine Adresse (etwa alice@example.org) und sein Passwort. Drücken Sie Strg+N oder verwenden Sie oben „Konto hinzufügen“.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions online now stay connected: a new server, port or transport is used from their next connect.</source>
        <translation>Jetzt verbundene Sitzungen bleiben verbunden: Ein neuer Server, Port oder Transport gilt ab ihrer nächsten Verbindung.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name; empty shows the user part of the address</source>
        <translation>Anzeigename; leer zeigt den Benutzerteil der Adresse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Extra CA certificate file, PEM (optional)</source>
        <translation>Zusätzliche CA-Zertifikatsdatei, PEM (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path of an extra CA certificate file to trust for this account, optional</source>
        <translation>Pfad einer zusätzlichen CA-Zertifikatsdatei, der dieses Konto vertraut, optional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remember the password (in the system keychain)</source>
        <translation>Passwort merken (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password goes to the keychain now if Linnet knows it, else at the next sign-in.</source>
        <translation>Das Passwort kommt jetzt in den Schlüsselbund, wenn Linnet es kennt, sonst bei der nächsten Anmeldung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved password is deleted from the keychain; Linnet asks for it at the next start.</source>
        <translation>Das gespeicherte Passwort wird aus dem Schlüsselbund gelöscht; Linnet fragt beim nächsten Start danach.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel editing (Esc)</source>
        <translation>Bearbeiten abbrechen (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1 (Enter)</source>
        <translation>Änderungen an %1 speichern (Eingabe)</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../qml/commands/ActionBar.qml" line="+42"/>
        <source>Pin to dashboard…</source>
        <translation>An Dashboard anheften…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin %1 to a dashboard</source>
        <translation>%1 an ein Dashboard anheften</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the command (Esc)</source>
        <translation>Befehl abbrechen (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 again</source>
        <translation>%1 erneut ausführen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (Enter)</source>
        <translation>%1 (Eingabe)</translation>
    </message>
</context>
<context>
    <name>AdHoc</name>
    <message>
        <location filename="../app/adhoc/DataFormValidation.cpp" line="+141"/>
        <source>Enter a whole number.</source>
        <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Enter true or false.</source>
        <translation>Geben Sie true oder false ein.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Enter a date (YYYY-MM-DD).</source>
        <translation>Geben Sie ein Datum ein (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a date and time (YYYY-MM-DDThh:mm:ss).</source>
        <translation>Geben Sie Datum und Uhrzeit ein (JJJJ-MM-TTThh:mm:ss).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a time (hh:mm:ss).</source>
        <translation>Geben Sie eine Uhrzeit ein (hh:mm:ss).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a valid URI.</source>
        <translation>Geben Sie eine gültige URI ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a language tag such as en or de-CH.</source>
        <translation>Geben Sie ein Sprachkürzel wie en oder de-CH ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value is not valid.</source>
        <translation>Der Wert ist ungültig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Geben Sie eine ganze Zahl von %1 bis %2 ein.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter a number from %1 to %2.</source>
        <translation>Geben Sie eine Zahl von %1 bis %2 ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a whole number of at least %1.</source>
        <translation>Geben Sie eine ganze Zahl von mindestens %1 ein.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter a number of at least %1.</source>
        <translation>Geben Sie eine Zahl von mindestens %1 ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a whole number of at most %1.</source>
        <translation>Geben Sie eine ganze Zahl von höchstens %1 ein.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter a number of at most %1.</source>
        <translation>Geben Sie eine Zahl von höchstens %1 ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a value from %1 to %2.</source>
        <translation>Geben Sie einen Wert von %1 bis %2 ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a value of at least %1.</source>
        <translation>Geben Sie einen Wert von mindestens %1 ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a value of at most %1.</source>
        <translation>Geben Sie einen Wert von höchstens %1 ein.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not a valid JID.</source>
        <translation>Keine gültige JID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose one of the offered values.</source>
        <translation>Wählen Sie einen der angebotenen Werte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The value does not have the expected format.</source>
        <translation>Der Wert hat nicht das erwartete Format.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only one value is allowed.</source>
        <translation>Nur ein Wert ist erlaubt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose from %1 to %2 values.</source>
        <translation>Wählen Sie %1 bis %2 Werte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least %1 values.</source>
        <translation>Wählen Sie mindestens %1 Werte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at most %1 values.</source>
        <translation>Wählen Sie höchstens %1 Werte.</translation>
    </message>
</context>
<context>
    <name>AdHoc::CommandClient</name>
    <message>
        <location filename="../app/adhoc/CommandClient.cpp" line="+28"/>
        <source>The device does not accept this action now.</source>
        <translation>Das Gerät nimmt diese Aktion jetzt nicht an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device does not support the requested language.</source>
        <translation>Das Gerät unterstützt die angeforderte Sprache nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device could not read the submitted data.</source>
        <translation>Das Gerät konnte die gesendeten Daten nicht lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device does not know this command session; start the command again.</source>
        <translation>Das Gerät kennt diese Befehlssitzung nicht; starten Sie den Befehl erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command session expired; start the command again.</source>
        <translation>Die Befehlssitzung ist abgelaufen; starten Sie den Befehl erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are not allowed to run this command.</source>
        <translation>Sie dürfen diesen Befehl nicht ausführen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not authorized to run this command.</source>
        <translation>Sie sind nicht berechtigt, diesen Befehl auszuführen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command does not exist.</source>
        <translation>Der Befehl existiert nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient does not support commands.</source>
        <translation>Der Empfänger unterstützt keine Befehle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient is not available.</source>
        <translation>Der Empfänger ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient is offline.</source>
        <translation>Der Empfänger ist offline.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s server cannot be reached.</source>
        <translation>Der Server des Empfängers ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request was rejected as invalid.</source>
        <translation>Die Anfrage wurde als ungültig abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The submitted values were not accepted.</source>
        <translation>Die gesendeten Werte wurden nicht angenommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not allowed now.</source>
        <translation>Das ist jetzt nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient failed to handle the command.</source>
        <translation>Der Empfänger konnte den Befehl nicht verarbeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command failed.</source>
        <translation>Der Befehl ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+15"/>
        <location line="+56"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+80"/>
        <source>No answer within %1 s.</source>
        <translation>Keine Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+15"/>
        <source>The command client was removed.</source>
        <translation>Der Befehls-Client wurde entfernt.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+71"/>
        <source>The connection ended before an answer came.</source>
        <translation>Die Verbindung endete, bevor eine Antwort kam.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The answer is not a valid command response.</source>
        <translation>Die Antwort ist keine gültige Befehlsantwort.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../qml/account/AddAccountDialog.qml" line="+58"/>
        <source>The two passwords differ: type the same new password twice.</source>
        <translation>Die beiden Passwörter unterscheiden sich: Geben Sie zweimal dasselbe neue Passwort ein.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Create an account</source>
        <translation>Ein Konto erstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an account</source>
        <translation>Ein Konto hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linnet asks the server to create the account, then signs in with it. Not every server allows this; one that does not says so.</source>
        <translation>Linnet bittet den Server, das Konto zu erstellen, und meldet sich dann damit an. Nicht jeder Server erlaubt das; einer, der es nicht erlaubt, sagt es.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with an account you already have on any XMPP server. Linnet connects it at once.</source>
        <translation>Melden Sie sich mit einem Konto an, das Sie bereits auf einem beliebigen XMPP-Server haben. Linnet verbindet es sofort.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I have an account</source>
        <translation>Ich habe ein Konto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create a new account on this server</source>
        <translation>Ein neues Konto auf diesem Server erstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New address, e.g. alice@example.org</source>
        <translation>Neue Adresse, z. B. alice@example.org</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address, e.g. alice@example.org</source>
        <translation>Adresse, z. B. alice@example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New XMPP address: the name you want, @ and the server, for example alice@example.org</source>
        <translation>Neue XMPP-Adresse: der gewünschte Name, @ und der Server, zum Beispiel alice@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XMPP address, for example alice@example.org; add /name for the first resource</source>
        <translation>XMPP-Adresse, zum Beispiel alice@example.org; fügen Sie /name für die erste Ressource hinzu</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new password</source>
        <translation>Das neue Passwort wiederholen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server host (optional)</source>
        <translation>Server-Host (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server host, optional; found from the address when empty</source>
        <translation>Server-Host, optional; wird bei leerem Feld aus der Adresse ermittelt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port, optional</source>
        <translation>Port, optional</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remember the password (in the system keychain)</source>
        <translation>Passwort merken (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Creating %1 on its server…</source>
        <translation>%1 wird auf seinem Server erstellt…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close; the account is still being created, the accounts page shows how it goes</source>
        <translation>Schließen; das Konto wird noch erstellt, die Kontenseite zeigt den Fortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel creating an account</source>
        <translation>Kontoerstellung abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel adding an account</source>
        <translation>Hinzufügen eines Kontos abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
</context>
<context>
    <name>AdvancedSettings</name>
    <message>
        <location filename="../qml/account/AdvancedSettings.qml" line="+52"/>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connect over</source>
        <translation>Verbinden über</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direct TLS</source>
        <translation>Direktes TLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect over: %1</source>
        <translation>Verbinden über: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>XMPP over TCP (usually port 5222), encrypted with STARTTLS before signing in.</source>
        <translation>XMPP über TCP (meist Port 5222), vor der Anmeldung mit STARTTLS verschlüsselt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XMPP over TLS from the first byte (XEP-0368), usually port 5223 or 443.</source>
        <translation>XMPP über TLS ab dem ersten Byte (XEP-0368), meist Port 5223 oder 443.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XMPP over a secure WebSocket, for networks that let only web traffic through.</source>
        <translation>XMPP über einen sicheren WebSocket, für Netze, die nur Web-Verkehr durchlassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XMPP over HTTPS long-polling, for networks that let only web traffic through, even without WebSocket.</source>
        <translation>XMPP über HTTPS-Long-Polling, für Netze, die nur Web-Verkehr durchlassen, auch ohne WebSocket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds the server through DNS (STARTTLS and direct TLS), then tries the WebSocket and BOSH addresses it announces.</source>
        <translation>Findet den Server über DNS (STARTTLS und direktes TLS) und versucht dann die WebSocket- und BOSH-Adressen, die er bekannt gibt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>BOSH address starting with https://, optional; asked from the server when empty</source>
        <translation>BOSH-Adresse, beginnend mit https://, optional; wird bei leerem Feld beim Server erfragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebSocket address starting with wss://, optional; asked from the server when empty</source>
        <translation>WebSocket-Adresse, beginnend mit wss://, optional; wird bei leerem Feld beim Server erfragt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Server host (optional)</source>
        <translation>Server-Host (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server host, optional; found from the address when empty</source>
        <translation>Server-Host, optional; wird bei leerem Feld aus der Adresse ermittelt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port, optional</source>
        <translation>Port, optional</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leave empty to ask the server for its address (XEP-0156).</source>
        <translation>Leer lassen, um den Server nach seiner Adresse zu fragen (XEP-0156).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to find the server from your address.</source>
        <translation>Leer lassen, um den Server aus Ihrer Adresse zu ermitteln.</translation>
    </message>
</context>
<context>
    <name>AlertEngine</name>
    <message>
        <location filename="../app/dashboards/AlertEngine.cpp" line="+122"/>
        <source>%1 is %2, above %3</source>
        <translation>%1 ist %2, über %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is %2, below %3</source>
        <translation>%1 ist %2, unter %3</translation>
    </message>
</context>
<context>
    <name>AlertLog</name>
    <message>
        <location filename="../qml/dashboards/AlertLog.qml" line="+40"/>
        <source>Alert log</source>
        <translation>Alarmprotokoll</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+38"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Acknowledge all</source>
        <translation>Alle bestätigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the alert log</source>
        <translation>Alarmprotokoll schließen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>, acknowledged</source>
        <translation>, bestätigt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 rose to %2, above %3</source>
        <translation>%1 stieg auf %2, über %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fell to %2, below %3</source>
        <translation>%1 fiel auf %2, unter %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge this alert</source>
        <translation>Diesen Alarm bestätigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No alerts</source>
        <translation>Keine Alarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a low or high threshold on a tile: crossing it turns the tile red and shows up here.</source>
        <translation>Legen Sie auf einer Kachel einen unteren oder oberen Schwellenwert fest: Wird er überschritten, färbt sich die Kachel rot und erscheint hier.</translation>
    </message>
</context>
<context>
    <name>AmqpBrokerDialog</name>
    <message>
        <location filename="../qml/amqp/AmqpBrokerDialog.qml" line="+23"/>
        <source>Add a message broker</source>
        <translation>Message-Broker hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings that devices send to the broker go into this account&apos;s dashboards. Linnet connects over TLS only.</source>
        <translation>Messwerte, die Geräte an den Broker senden, erscheinen in den Dashboards dieses Kontos. Linnet verbindet sich nur über TLS.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name, e.g. factory</source>
        <translation>Name, z. B. fabrik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the broker connection</source>
        <translation>Name der Broker-Verbindung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>amqps://broker.example.org:5671</source>
        <translation>amqps://broker.example.org:5671</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address of the broker, amqps://host:port</source>
        <translation>Adresse des Brokers, amqps://host:port</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User (empty: anonymous)</source>
        <translation>Benutzer (leer: anonym)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name at the broker; empty logs in anonymously</source>
        <translation>Benutzername beim Broker; leer meldet anonym an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password at the broker</source>
        <translation>Passwort beim Broker</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Addresses to read, e.g. /queues/sensors</source>
        <translation>Zu lesende Adressen, z. B. /queues/sensors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses to read readings from, separated by commas</source>
        <translation>Adressen, aus denen Messwerte gelesen werden, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extra CA certificate file, PEM (optional)</source>
        <translation>Zusätzliche CA-Zertifikatsdatei, PEM (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path of an extra CA certificate file to trust for this broker, optional</source>
        <translation>Pfad einer zusätzlichen CA-Zertifikatsdatei, der für diesen Broker vertraut wird, optional</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel adding a broker (Esc)</source>
        <translation>Hinzufügen des Brokers abbrechen (Esc)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the broker and connect (Enter)</source>
        <translation>Broker hinzufügen und verbinden (Eingabe)</translation>
    </message>
</context>
<context>
    <name>AmqpBrokerRow</name>
    <message>
        <location filename="../qml/amqp/AmqpBrokerRow.qml" line="+32"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting soon</source>
        <translation>Verbindet gleich erneut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reading(s) stored</source>
        <translation>
            <numerusform>%n Messwert gespeichert</numerusform>
            <numerusform>%n Messwerte gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s) refused</source>
        <translation>
            <numerusform>%n Nachricht abgelehnt</numerusform>
            <numerusform>%n Nachrichten abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n redelivery(ies) skipped</source>
        <translation>
            <numerusform>%n erneute Zustellung übersprungen</numerusform>
            <numerusform>%n erneute Zustellungen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Broker %1 at %2: %3. %4 %5</source>
        <translation>Broker %1 unter %2: %3. %4 %5</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Trust certificate…</source>
        <translation>Zertifikat vertrauen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the certificate of the broker %1 and decide whether to trust it</source>
        <translation>Das Zertifikat des Brokers %1 prüfen und entscheiden, ob ihm vertraut wird</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the broker %1</source>
        <translation>Mit dem Broker %1 verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect from the broker %1</source>
        <translation>Vom Broker %1 trennen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove the broker %1 and forget its password</source>
        <translation>Broker %1 entfernen und sein Passwort vergessen</translation>
    </message>
</context>
<context>
    <name>AmqpBrokersSection</name>
    <message>
        <location filename="../qml/amqp/AmqpBrokersSection.qml" line="+33"/>
        <source>Message brokers (AMQP 1.0)</source>
        <translation>Message-Broker (AMQP 1.0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No message brokers: add an AMQP 1.0 broker to chart its devices next to your XMPP feeds.</source>
        <translation>Keine Message-Broker: Fügen Sie einen AMQP-1.0-Broker hinzu, um seine Geräte neben Ihren XMPP-Feeds darzustellen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add broker…</source>
        <translation>Broker hinzufügen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add an AMQP broker to %1</source>
        <translation>Einen AMQP-Broker zu %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AmqpClient</name>
    <message>
        <location filename="../app/amqp/AmqpClient.cpp" line="+99"/>
        <source>The AMQP address must be amqps://host:port (TLS is required).</source>
        <translation>Die AMQP-Adresse muss amqps://host:port lauten (TLS ist erforderlich).</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>The broker closed the connection.</source>
        <translation>Der Broker hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <location filename="../app/amqp/AmqpClientLinks.cpp" line="+137"/>
        <source>The broker closed the source %1: %2</source>
        <translation>Der Broker hat die Quelle %1 geschlossen: %2</translation>
    </message>
    <message>
        <location filename="../app/amqp/AmqpClientCommands.cpp" line="+39"/>
        <source>The device&apos;s command queue is not available: %1</source>
        <translation>Die Befehlswarteschlange des Geräts ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../app/amqp/AmqpClientLinks.cpp" line="-32"/>
        <location line="+2"/>
        <source>The broker refused the command: %1</source>
        <translation>Der Broker hat den Befehl abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The broker closed the connection: %1</source>
        <translation>Der Broker hat die Verbindung geschlossen: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The AMQP broker refused the user name or password.</source>
        <translation>Der AMQP-Broker hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>The broker closed the reply queue: %1</source>
        <translation>Der Broker hat die Antwort-Warteschlange geschlossen: %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The AMQP connection failed: %1</source>
        <translation>Die AMQP-Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/amqp/AmqpClientCommands.cpp" line="+81"/>
        <source>The device did not answer in time.</source>
        <translation>Das Gerät hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/amqp/AmqpClientManagement.cpp" line="+93"/>
        <source>The broker refused to make the reply queue: %1</source>
        <translation>Der Broker hat das Anlegen der Antwort-Warteschlange verweigert: %1</translation>
    </message>
</context>
<context>
    <name>AmqpConnectionsModel</name>
    <message>
        <location filename="../app/amqp/AmqpConnectionsModel.cpp" line="+144"/>
        <source>Name the connection with letters, digits, dots or dashes, e.g. “factory”.</source>
        <translation>Benennen Sie die Verbindung mit Buchstaben, Ziffern, Punkten oder Bindestrichen, z. B. „fabrik“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account already has a connection called “%1”.</source>
        <translation>Dieses Konto hat bereits eine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the broker’s address as amqps://host:port (Linnet connects with TLS only).</source>
        <translation>Geben Sie die Adresse des Brokers als amqps://host:port ein (Linnet verbindet sich nur mit TLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter at least one address to read, e.g. /queues/sensors.</source>
        <translation>Geben Sie mindestens eine Adresse zum Lesen ein, z. B. /queues/sensors.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the password for %1, or leave the user empty to log in anonymously.</source>
        <translation>Geben Sie das Passwort für %1 ein oder lassen Sie den Benutzer leer, um sich anonym anzumelden.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No keychain to take the password from.</source>
        <translation>Kein Schlüsselbund, aus dem das Passwort kommen könnte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No password for this broker in the keychain: remove it and add it again.</source>
        <translation>Kein Passwort für diesen Broker im Schlüsselbund: entfernen Sie ihn und fügen Sie ihn neu hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s secret store is not available (%1).</source>
        <translation>Der Geheimnisspeicher des Systems ist nicht verfügbar (%1).</translation>
    </message>
</context>
<context>
    <name>ArchiveSync</name>
    <message>
        <location filename="../app/chat/ArchiveSync.cpp" line="+39"/>
        <source>Fetching messages from the server… %1</source>
        <translation>Nachrichten werden vom Server abgerufen… %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching messages from the server…</source>
        <translation>Nachrichten werden vom Server abgerufen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetching older messages from the server…</source>
        <translation>Ältere Nachrichten werden vom Server abgerufen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+11"/>
        <source>Cannot fetch the archive: not connected</source>
        <translation>Archiv kann nicht abgerufen werden: nicht verbunden</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Cannot fetch older messages: not connected</source>
        <translation>Ältere Nachrichten können nicht abgerufen werden: nicht verbunden</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot fetch the archive of %1: not connected</source>
        <translation>Archiv von %1 kann nicht abgerufen werden: nicht verbunden</translation>
    </message>
</context>
<context>
    <name>AttachmentDownload</name>
    <message>
        <location filename="../app/files/AttachmentDownload.cpp" line="+31"/>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Downloading… %1 of %2</source>
        <translation>Wird heruntergeladen… %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading… %1</source>
        <translation>Wird heruntergeladen… %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download failed: %1</source>
        <translation>Download fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too large to preview</source>
        <translation>Zu groß für eine Vorschau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, too large to preview</source>
        <translation>%1, zu groß für eine Vorschau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attachment %1, %2</source>
        <translation>Anhang %1, %2</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <location filename="../qml/files/AttachmentView.qml" line="+119"/>
        <source>Downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel download of %1</source>
        <translation>Download von %1 abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save %1 as…</source>
        <translation>%1 speichern unter…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
</context>
<context>
    <name>ChartTile</name>
    <message>
        <location filename="../qml/dashboards/ChartTile.qml" line="+171"/>
        <source>Line chart</source>
        <translation>Liniendiagramm</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Restoring saved readings…</source>
        <translation>Gespeicherte Messwerte werden wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No readings in this window yet</source>
        <translation>Noch keine Messwerte in diesem Zeitfenster</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <location filename="../qml/chat/ChatHeader.qml" line="+172"/>
        <source>Send to (Ctrl+Shift+R)</source>
        <translation>Senden an (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any device</source>
        <translation>Beliebiges Gerät</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send to any device of %1 (the server picks)</source>
        <translation>An ein beliebiges Gerät von %1 senden (der Server wählt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to %1: the server delivers to their devices</source>
        <translation>An %1 senden: Der Server stellt an die Geräte zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no device online: the server keeps the message</source>
        <translation>%1 hat kein Gerät online: Der Server hebt die Nachricht auf</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send only to %1&apos;s device %2</source>
        <translation>Nur an das Gerät %2 von %1 senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send only to %1/%2 (%3)</source>
        <translation>Nur an %1/%2 senden (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send only to %1/%2</source>
        <translation>Nur an %1/%2 senden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Commands of %1/%2…</source>
        <translation>Befehle von %1/%2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands of %1…</source>
        <translation>Befehle von %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close conversation (Esc)</source>
        <translation>Unterhaltung schließen (Esc)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ChatModel</name>
    <message>
        <location filename="../app/chat/ChatModel.cpp" line="+192"/>
        <source>%1 more characters not shown</source>
        <translation>%1 weitere Zeichen nicht angezeigt</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>waiting to send</source>
        <translation>wartet auf Versand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not confirmed yet</source>
        <translation>noch nicht bestätigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>typing…</source>
        <translation>schreibt…</translation>
    </message>
</context>
<context>
    <name>ChatNotifier</name>
    <message numerus="yes">
        <location filename="../app/chat/ChatNotifier.cpp" line="+87"/>
        <source>%n new message(s): %1</source>
        <translation>
            <numerusform>%n neue Nachricht: %1</numerusform>
            <numerusform>%n neue Nachrichten: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n message(s) from %1 while you were away</source>
        <translation>
            <numerusform>%n Nachricht von %1, während Sie weg waren</numerusform>
            <numerusform>%n Nachrichten von %1, während Sie weg waren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s) in %1 conversations while you were away</source>
        <translation>
            <numerusform>%n Nachricht in %1 Unterhaltungen, während Sie weg waren</numerusform>
            <numerusform>%n Nachrichten in %1 Unterhaltungen, während Sie weg waren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New messages</source>
        <translation>Neue Nachrichten</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../qml/chat/ChatPage.qml" line="+22"/>
        <source>File sharing is not available for this account.</source>
        <translation>Dateifreigabe ist für dieses Konto nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conversation with %1</source>
        <translation>Unterhaltung mit %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Say hello to %1</source>
        <translation>Sagen Sie %1 Hallo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your first message below.</source>
        <translation>Schreiben Sie unten Ihre erste Nachricht.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The correction could not be sent.</source>
        <translation>Die Korrektur konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The message could not be sent.</source>
        <translation>Die Nachricht konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: %1 is offline. Your message stays here to send once it is connected.</source>
        <translation>Nicht gesendet: %1 ist offline. Ihre Nachricht bleibt hier und wird gesendet, sobald die Verbindung steht.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Drop files to share them with %1</source>
        <translation>Dateien hier ablegen, um sie mit %1 zu teilen</translation>
    </message>
</context>
<context>
    <name>ChosenSeriesChips</name>
    <message>
        <location filename="../qml/dashboards/ChosenSeriesChips.qml" line="+49"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>CommandErrorBanner</name>
    <message>
        <location filename="../qml/commands/CommandErrorBanner.qml" line="+22"/>
        <source>Fix the marked fields; nothing was sent.</source>
        <translation>Korrigieren Sie die markierten Felder; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer in time. Your values are kept: retry when the device is reachable.</source>
        <translation>Keine rechtzeitige Antwort. Ihre Werte bleiben erhalten: Versuchen Sie es erneut, wenn das Gerät erreichbar ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device does not accept commands from this account. Ask its owner to allow %1.</source>
        <translation>Das Gerät nimmt keine Befehle von diesem Konto an. Bitten Sie den Besitzer, %1 zuzulassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command or its session is gone. Start over to run it again with your values.</source>
        <translation>Der Befehl oder seine Sitzung existiert nicht mehr. Beginnen Sie neu, um ihn mit Ihren Werten erneut auszuführen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your values are kept: start over when it is back online.</source>
        <translation>Ihre Werte bleiben erhalten: Beginnen Sie neu, sobald es wieder online ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device did not accept the request. Check the values and retry.</source>
        <translation>Das Gerät hat die Anfrage nicht angenommen. Prüfen Sie die Werte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your values are kept.</source>
        <translation>Ihre Werte bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the last request</source>
        <translation>Letzte Anfrage wiederholen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the command over, keeping the values</source>
        <translation>Befehl neu beginnen, Werte beibehalten</translation>
    </message>
</context>
<context>
    <name>CommandErrors</name>
    <message>
        <location filename="../app/commands/CommandErrors.cpp" line="+48"/>
        <source>No answer in time.</source>
        <translation>Keine rechtzeitige Antwort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device is offline.</source>
        <translation>Das Gerät ist offline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are not allowed to run this command.</source>
        <translation>Sie dürfen diesen Befehl nicht ausführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command does not exist (any more).</source>
        <translation>Der Befehl existiert nicht (mehr).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command failed.</source>
        <translation>Der Befehl ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>CommandHistoryDialog</name>
    <message>
        <location filename="../qml/commands/CommandHistoryDialog.qml" line="+24"/>
        <source>Command history of %1</source>
        <translation>Befehlsverlauf von %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the command history</source>
        <translation>Befehlsverlauf schließen</translation>
    </message>
</context>
<context>
    <name>CommandHistoryView</name>
    <message>
        <location filename="../qml/commands/CommandHistoryView.qml" line="+30"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next step</source>
        <translation>nächster Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Command history of %1</source>
        <translation>Befehlsverlauf von %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values sent</source>
        <translation>Gesendete Werte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent %1</source>
        <translation>%1 gesendet</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No commands run yet</source>
        <translation>Noch keine Befehle ausgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every command you run on %1 is listed here, with its values and result.</source>
        <translation>Jeder Befehl, den Sie auf %1 ausführen, wird hier mit seinen Werten und seinem Ergebnis aufgeführt.</translation>
    </message>
</context>
<context>
    <name>CommandList</name>
    <message>
        <location filename="../qml/commands/CommandList.qml" line="+34"/>
        <source>Commands of %1</source>
        <translation>Befehle von %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 · on %2</source>
        <translation>%1 · auf %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loading the commands</source>
        <translation>Befehle werden geladen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is offline</source>
        <translation>%1 ist offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking %1 for its commands…</source>
        <translation>%1 wird nach seinen Befehlen gefragt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not list the commands</source>
        <translation>Die Befehle konnten nicht abgerufen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No commands</source>
        <translation>Keine Befehle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands go through a session of this account: connect one first.</source>
        <translation>Befehle laufen über eine Sitzung dieses Kontos: Verbinden Sie zuerst eine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its commands are listed when it comes online.</source>
        <translation>Seine Befehle werden aufgelistet, sobald es online ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 offers no commands to %2. A device lists its commands only to the addresses it allows.</source>
        <translation>%1 bietet %2 keine Befehle an. Ein Gerät listet seine Befehle nur für die Adressen auf, die es zulässt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the commands again</source>
        <translation>Befehle erneut abrufen</translation>
    </message>
</context>
<context>
    <name>CommandListModel</name>
    <message>
        <location filename="../app/commands/CommandListModel.cpp" line="+118"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>CommandPanel</name>
    <message>
        <location filename="../qml/commands/CommandPanel.qml" line="+70"/>
        <source>Waiting for an answer…</source>
        <translation>Warten auf eine Antwort…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent from %1</source>
        <translation>gesendet von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Waiting for %1</source>
        <translation>Warten auf %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for %1…</source>
        <translation>Warten auf %1…</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <location filename="../app/commands/CommandRunner.cpp" line="+71"/>
        <source>No command to run.</source>
        <translation>Kein Befehl zum Ausführen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+197"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Some fields need attention.</source>
        <translation>Einige Felder brauchen Ihre Aufmerksamkeit.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The device went offline.</source>
        <translation>Das Gerät ist offline gegangen.</translation>
    </message>
</context>
<context>
    <name>CommandTile</name>
    <message>
        <location filename="../qml/dashboards/CommandTile.qml" line="+41"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Run %1 on %2</source>
        <translation>%1 auf %2 ausführen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Running %1</source>
        <translation>%1 wird ausgeführt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open %1 to fill in its form</source>
        <translation>%1 öffnen, um das Formular auszufüllen</translation>
    </message>
</context>
<context>
    <name>CommandTileRunner</name>
    <message>
        <location filename="../app/dashboards/CommandTileRunner.cpp" line="+99"/>
        <source>Needs input — open the command</source>
        <translation>Eingabe nötig – Befehl öffnen</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+93"/>
        <source>Not sent: the account is offline.</source>
        <translation>Nicht gesendet: Das Konto ist offline.</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+182"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>The device canceled the command.</source>
        <translation>Das Gerät hat den Befehl abgebrochen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The device did not answer in time.</source>
        <translation>Das Gerät hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The device sent an answer Linnet does not understand.</source>
        <translation>Das Gerät hat eine Antwort gesendet, die Linnet nicht versteht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not allowed: the device does not take commands from this account.</source>
        <translation>Nicht erlaubt: Das Gerät nimmt keine Befehle von diesem Konto an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device does not offer this command.</source>
        <translation>Das Gerät bietet diesen Befehl nicht an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The device is offline.</source>
        <translation>Das Gerät ist offline.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+103"/>
        <source>The device refused the command.</source>
        <translation>Das Gerät hat den Befehl abgelehnt.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Not sent: this account has no AMQP connection “%1”.</source>
        <translation>Nicht gesendet: Dieses Konto hat keine AMQP-Verbindung „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent: the AMQP connection “%1” is not connected.</source>
        <translation>Nicht gesendet: Die AMQP-Verbindung „%1“ ist nicht verbunden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The AMQP connection “%1” was removed.</source>
        <translation>Die AMQP-Verbindung „%1“ wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>CommandTileSettings</name>
    <message>
        <location filename="../qml/dashboards/CommandTileSettings.qml" line="+47"/>
        <source>Name the field the control sets (its var, e.g. “on”).</source>
        <translation>Geben Sie das Feld an, das das Steuerelement setzt (seine var, z. B. „on“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The slider needs a minimum below its maximum and a step above 0.</source>
        <translation>Der Schieberegler braucht ein Minimum unter seinem Maximum und eine Schrittweite über 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These settings do not work for this tile.</source>
        <translation>Diese Einstellungen passen nicht zu dieser Kachel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sends “%1” to %2 via %3</source>
        <translation>Sendet „%1“ an %2 über %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs “%1” on %2</source>
        <translation>Führt „%1“ auf %2 aus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slider</source>
        <translation>Schieberegler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show it as a %1</source>
        <translation>Als %1 anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not for the action “%2”</source>
        <translation>%1: nicht für die Aktion „%2“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Field it sets (var), e.g. on</source>
        <translation>Gesetztes Feld (var), z. B. on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field the switch sets</source>
        <translation>Feld, das der Schalter setzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field the slider sets</source>
        <translation>Feld, das der Schieberegler setzt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slider minimum</source>
        <translation>Minimum des Schiebereglers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slider maximum</source>
        <translation>Maximum des Schiebereglers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slider step</source>
        <translation>Schrittweite des Schiebereglers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sends no stored values: the device&apos;s current ones stay.</source>
        <translation>Sendet keine gespeicherten Werte: Die aktuellen Werte des Geräts bleiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends: %1</source>
        <translation>Sendet: %1</translation>
    </message>
</context>
<context>
    <name>CommandsDialog</name>
    <message>
        <location filename="../qml/commands/CommandsDialog.qml" line="+48"/>
        <source>Commands of %1</source>
        <translation>Befehle von %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
</context>
<context>
    <name>CommandsHeader</name>
    <message>
        <location filename="../qml/commands/CommandsHeader.qml" line="+80"/>
        <source>Commands of %1</source>
        <translation>Befehle von %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>as %1</source>
        <translation>als %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · as %2</source>
        <translation>%1 · als %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Commands or history</source>
        <translation>Befehle oder Verlauf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the commands</source>
        <translation>Befehle anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the command history of %1</source>
        <translation>Befehlsverlauf von %1 anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the commands again (F5)</source>
        <translation>Befehle erneut abrufen (F5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>CommandsView</name>
    <message>
        <location filename="../qml/commands/CommandsView.qml" line="+207"/>
        <source>Pick a command</source>
        <translation>Wählen Sie einen Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of %1&apos;s commands on the left to run it. Its history is under History.</source>
        <translation>Wählen Sie links einen der Befehle von %1, um ihn auszuführen. Sein Verlauf steht unter „Verlauf“.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../qml/chat/Composer.qml" line="+141"/>
        <source>Correcting your last message · Enter replaces it, Escape cancels</source>
        <translation>Sie korrigieren Ihre letzte Nachricht · Eingabe ersetzt sie, Escape bricht ab</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Share files with %1</source>
        <translation>Dateien mit %1 teilen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Share files</source>
        <translation>Dateien teilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share files (or drop them here)</source>
        <translation>Dateien teilen (oder hier ablegen)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Message %1</source>
        <translation>Nachricht an %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Message to %1; Enter sends, Shift+Enter starts a new line, Up corrects the last message</source>
        <translation>Nachricht an %1; Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile, Pfeil nach oben korrigiert die letzte Nachricht</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Replace the last message</source>
        <translation>Letzte Nachricht ersetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace (Enter)</source>
        <translation>Ersetzen (Eingabe)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send (Enter)</source>
        <translation>Senden (Eingabe)</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message numerus="yes">
        <location filename="../qml/account/ConnectionBanner.qml" line="+26"/>
        <source>%1 is offline. Reconnecting in %n s.</source>
        <translation>
            <numerusform>%1 ist offline. Neue Verbindung in %n s.</numerusform>
            <numerusform>%1 ist offline. Neue Verbindung in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting %1…</source>
        <translation>%1 wird verbunden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is turned off.</source>
        <translation>%1 ist ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is offline.</source>
        <translation>%1 ist offline.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reconnect now</source>
        <translation>Jetzt neu verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review certificate</source>
        <translation>Zertifikat prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter password</source>
        <translation>Passwort eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on and connect</source>
        <translation>Einschalten und verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Accounts…</source>
        <translation>Konten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the accounts page (Ctrl+Shift+A)</source>
        <translation>Kontenseite öffnen (Strg+Umschalt+A)</translation>
    </message>
</context>
<context>
    <name>ConnectionError</name>
    <message>
        <location filename="../app/account/ConnectionController.cpp" line="+93"/>
        <source>Enter your address as name@server, e.g. alice@example.org.</source>
        <translation>Geben Sie Ihre Adresse als name@server ein, z. B. alice@example.org.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The server did not ask for a login Linnet accepts (SCRAM).</source>
        <translation>Der Server hat keine Anmeldung verlangt, die Linnet akzeptiert (SCRAM).</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../app/net/ConnectionError.cpp" line="+39"/>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/net/ConnectionError.cpp" line="+47"/>
        <location filename="../app/net/WebSocketTransport.cpp" line="+76"/>
        <location filename="../app/net/BoshTransport.cpp" line="+83"/>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location filename="../app/net/WebSocketTransportSocket.cpp" line="+86"/>
        <source>The server redirected too many times.</source>
        <translation>Der Server hat zu oft umgeleitet.</translation>
    </message>
    <message>
        <location filename="../app/net/ConnectionError.cpp" line="-64"/>
        <location filename="../app/net/ServiceDiscovery.cpp" line="+356"/>
        <location filename="../app/net/StreamBridgeConnect.cpp" line="+83"/>
        <source>The server&apos;s address could not be found. Check the address, or enter a host.</source>
        <translation>Die Adresse des Servers wurde nicht gefunden. Prüfen Sie die Adresse oder geben Sie einen Host ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>The server could not be reached (%1).</source>
        <translation>Der Server ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>A secure connection could not be established: %1</source>
        <translation>Es konnte keine sichere Verbindung hergestellt werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrong password or unknown account.</source>
        <translation>Falsches Passwort oder unbekanntes Konto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account has been disabled by the server.</source>
        <translation>Dieses Konto wurde vom Server deaktiviert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password has expired. Set a new one with your provider.</source>
        <translation>Das Passwort ist abgelaufen. Legen Sie bei Ihrem Anbieter ein neues fest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server offers no secure login method Linnet accepts (SCRAM).</source>
        <translation>Der Server bietet keine sichere Anmeldemethode an, die Linnet akzeptiert (SCRAM).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Login failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>Das Zertifikat des Servers wurde abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server stopped answering.</source>
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/net/StreamBridge.cpp" line="+32"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The session ended on an unexpected reply from the server: %1</source>
        <translation>Die Sitzung endete nach einer unerwarteten Antwort des Servers: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/net/BoshTransport.cpp" line="-60"/>
        <source>The server closed the session: %1</source>
        <translation>Der Server hat die Sitzung beendet: %1</translation>
    </message>
    <message>
        <location filename="../app/net/WebSocketTransportSocket.cpp" line="-52"/>
        <source>The WebSocket address must start with wss://: Linnet only connects encrypted.</source>
        <translation>Die WebSocket-Adresse muss mit wss:// beginnen: Linnet verbindet sich nur verschlüsselt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../app/net/StreamBridge.cpp" line="+167"/>
        <source>The server sent malformed data (%1).</source>
        <translation>Der Server hat fehlerhafte Daten gesendet (%1).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The server does not offer XMPP over WebSocket at this address.</source>
        <translation>Der Server bietet unter dieser Adresse kein XMPP über WebSocket an.</translation>
    </message>
    <message>
        <location filename="../app/net/StreamBridge.cpp" line="+29"/>
        <source>The server closed the stream before encryption started.</source>
        <translation>Der Server hat den Stream beendet, bevor die Verschlüsselung begann.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server does not offer encryption (STARTTLS); Linnet requires it.</source>
        <translation>Der Server bietet keine Verschlüsselung an (STARTTLS); Linnet verlangt sie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server refused to start encryption.</source>
        <translation>Der Server hat es abgelehnt, die Verschlüsselung zu starten.</translation>
    </message>
    <message>
        <location filename="../app/net/WebSocketTransportSocket.cpp" line="-26"/>
        <location filename="../app/net/StreamBridge.cpp" line="+21"/>
        <source>The server redirected to an invalid address (%1).</source>
        <translation>Der Server hat auf eine ungültige Adresse umgeleitet (%1).</translation>
    </message>
    <message>
        <location filename="../app/net/StreamBridge.cpp" line="+9"/>
        <source>The server ended the connection before encryption (%1).</source>
        <translation>Der Server hat die Verbindung vor der Verschlüsselung beendet (%1).</translation>
    </message>
    <message>
        <location filename="../app/net/StreamBridgeLocal.cpp" line="+56"/>
        <source>The XMPP client sent too much before encryption.</source>
        <translation>Der XMPP-Client hat vor der Verschlüsselung zu viel gesendet.</translation>
    </message>
    <message>
        <location filename="../app/net/ServiceDiscovery.cpp" line="-296"/>
        <source>The server announces no WebSocket or BOSH address.</source>
        <translation>Der Server nennt keine WebSocket- oder BOSH-Adresse.</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>A WebSocket address must start with wss://, a BOSH address with https://.</source>
        <translation>Eine WebSocket-Adresse muss mit wss:// beginnen, eine BOSH-Adresse mit https://.</translation>
    </message>
    <message>
        <location line="+73"/>
        <location filename="../app/net/StreamBridgeConnect.cpp" line="-23"/>
        <source>The server could not be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../app/net/TlsPolicy.cpp" line="+41"/>
        <source>The server&apos;s certificate has changed since you trusted it: %1</source>
        <translation>Das Zertifikat des Servers hat sich geändert, seit Sie ihm vertraut haben: %1</translation>
    </message>
    <message>
        <location filename="../app/net/BoshTransport.cpp" line="+33"/>
        <source>The BOSH address must start with https:// (connections without TLS are refused): %1</source>
        <translation>Die BOSH-Adresse muss mit https:// beginnen (Verbindungen ohne TLS werden abgelehnt): %1</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../qml/roster/ContactDialog.qml" line="+67"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They get a request to share presence; once they accept, you see when they are online.</source>
        <translation>Der Kontakt erhält eine Anfrage, den Status zu teilen; sobald er annimmt, sehen Sie, wann er online ist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Address, like bob@example.org</source>
        <translation>Adresse, etwa bob@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact address</source>
        <translation>Adresse des Kontakts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact name</source>
        <translation>Name des Kontakts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Groups, separated by commas (optional)</source>
        <translation>Gruppen, durch Kommas getrennt (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups, separated by commas</source>
        <translation>Gruppen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add to the group %1</source>
        <translation>Zur Gruppe %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the contact</source>
        <translation>Kontakt speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the contact</source>
        <translation>Den Kontakt hinzufügen</translation>
    </message>
</context>
<context>
    <name>ContactMenu</name>
    <message>
        <location filename="../qml/roster/ContactMenu.qml" line="+42"/>
        <source>Edit name and groups…</source>
        <translation>Name und Gruppen bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the name and groups of %1</source>
        <translation>Name und Gruppen von %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move to group</source>
        <translation>In Gruppe verschieben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move to the group %1</source>
        <translation>In die Gruppe %1 verschieben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No group</source>
        <translation>Keine Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take out of the group %1</source>
        <translation>Aus der Gruppe %1 herausnehmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New group…</source>
        <translation>Neue Gruppe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put in a new group</source>
        <translation>In eine neue Gruppe aufnehmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unmute notifications</source>
        <translation>Benachrichtigungen einschalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute notifications</source>
        <translation>Benachrichtigungen stummschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify again about messages from %1</source>
        <translation>Wieder über Nachrichten von %1 benachrichtigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notifications for messages from %1 (they still count as unread)</source>
        <translation>Keine Benachrichtigungen für Nachrichten von %1 (sie zählen weiterhin als ungelesen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unblock</source>
        <translation>Blockierung aufheben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unblock %1</source>
        <translation>Blockierung von %1 aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block %1: no messages or presence from them</source>
        <translation>%1 blockieren: keine Nachrichten und kein Status mehr von diesem Kontakt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the contacts</source>
        <translation>%1 aus den Kontakten entfernen</translation>
    </message>
</context>
<context>
    <name>DashboardFile</name>
    <message>
        <location filename="../app/dashboards/DashboardFile.cpp" line="+66"/>
        <source>command tile &quot;%1&quot; without node (the AMQP device)</source>
        <translation>Befehlskachel „%1“ ohne Knoten (das AMQP-Gerät)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>command tile &quot;%1&quot; without jid or node</source>
        <translation>Befehlskachel „%1“ ohne JID oder Knoten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>command tile &quot;%1&quot;: unknown control &quot;%2&quot;</source>
        <translation>Befehlskachel „%1“: unbekanntes Steuerelement „%2“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>command tile &quot;%1&quot;: an AMQP action needs a field</source>
        <translation>Befehlskachel „%1“: Eine AMQP-Aktion braucht ein Feld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>command tile &quot;%1&quot;: a %2 needs a field</source>
        <translation>Befehlskachel „%1“: ein %2 braucht ein Feld</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>command tile &quot;%1&quot;: a bad slider range</source>
        <translation>Befehlskachel „%1“: ungültiger Bereich des Schiebereglers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>command tile &quot;%1&quot;: a %2 cannot send the AMQP action &quot;%3&quot;</source>
        <translation>Befehlskachel „%1“: Ein %2 kann die AMQP-Aktion „%3“ nicht senden</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>unknown tile kind &quot;%1&quot;</source>
        <translation>unbekannte Kachelart „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tile &quot;%1&quot; is off the grid</source>
        <translation>Kachel „%1“ liegt außerhalb des Rasters</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>tile &quot;%1&quot;: low threshold not below high</source>
        <translation>Kachel „%1“: unterer Schwellenwert nicht unter dem oberen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tile &quot;%1&quot;: a series without service, node or name</source>
        <translation>Kachel „%1“: eine Reihe ohne Dienst, Knoten oder Namen</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+49"/>
        <source>Not a Linnet dashboard file.</source>
        <translation>Keine Linnet-Dashboard-Datei.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Dashboard file version %1 is not supported (this Linnet reads version %2).</source>
        <translation>Dashboard-Dateiversion %1 wird nicht unterstützt (dieses Linnet liest Version %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dashboard has no name.</source>
        <translation>Das Dashboard hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a tile overlaps another one</source>
        <translation>eine Kachel überdeckt eine andere</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file is too large for a dashboard.</source>
        <translation>Die Datei ist für ein Dashboard zu groß.</translation>
    </message>
</context>
<context>
    <name>DashboardHeader</name>
    <message>
        <location filename="../qml/dashboards/DashboardHeader.qml" line="+33"/>
        <source>7 d</source>
        <translation>7 T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 min</source>
        <translation>10 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Dashboard %1: switch, rename, export or delete</source>
        <translation>Dashboard %1: wechseln, umbenennen, exportieren oder löschen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show the last %1</source>
        <translation>Die letzten %1 anzeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume: follow the live feed</source>
        <translation>Fortsetzen: dem Live-Feed folgen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause: hold the view</source>
        <translation>Anhalten: Ansicht festhalten</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Alerts: %n not acknowledged</source>
        <translation>
            <numerusform>Alarme: %n nicht bestätigt</numerusform>
            <numerusform>Alarme: %n nicht bestätigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add tile</source>
        <translation>Kachel hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a tile</source>
        <translation>Eine Kachel hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New dashboard…</source>
        <translation>Neues Dashboard…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename this dashboard</source>
        <translation>Dieses Dashboard umbenennen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import from file…</source>
        <translation>Aus Datei importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a dashboard from a file</source>
        <translation>Ein Dashboard aus einer Datei importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export to file…</source>
        <translation>In Datei exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this dashboard to a file</source>
        <translation>Dieses Dashboard in eine Datei exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete dashboard…</source>
        <translation>Dashboard löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this dashboard</source>
        <translation>Dieses Dashboard löschen</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../qml/dashboards/DashboardPage.qml" line="+105"/>
        <source>Exporting CSV…</source>
        <translation>CSV wird exportiert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <location line="+270"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>CSV export failed: %1</source>
        <translation>CSV-Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported “%1”</source>
        <translation>„%1“ importiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>This dashboard has no tiles yet</source>
        <translation>Dieses Dashboard hat noch keine Kacheln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a tile: a line chart of several series, a gauge with the last value, an on/off timeline, or a device&apos;s relay or interval.</source>
        <translation>Eine Kachel hinzufügen: ein Liniendiagramm mehrerer Reihen, eine Anzeige mit dem letzten Wert, eine Ein/Aus-Zeitleiste oder das Relais oder Intervall eines Geräts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a tile</source>
        <translation>Eine Kachel hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No dashboards yet</source>
        <translation>Noch keine Dashboards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse your server&apos;s devices and subscribe to their feeds, then build a dashboard of live charts. Or import one from a file.</source>
        <translation>Durchsuchen Sie die Geräte Ihres Servers, abonnieren Sie ihre Feeds und bauen Sie dann ein Dashboard mit Live-Diagrammen. Oder importieren Sie eines aus einer Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse devices</source>
        <translation>Geräte durchsuchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a dashboard from a file</source>
        <translation>Ein Dashboard aus einer Datei importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New dashboard</source>
        <translation>Neues Dashboard</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its tiles and layout go. The readings stay: other dashboards keep showing them, and the device subscriptions stay until you remove them.</source>
        <translation>Seine Kacheln und sein Layout verschwinden. Die Messwerte bleiben: Andere Dashboards zeigen sie weiter, und die Geräteabonnements bleiben, bis Sie sie entfernen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the dashboard</source>
        <translation>Dashboard behalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete dashboard</source>
        <translation>Dashboard löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import a dashboard</source>
        <translation>Ein Dashboard importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Dashboard files (*.json)</source>
        <translation>Dashboard-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the dashboard</source>
        <translation>Das Dashboard exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the tile&apos;s data as CSV</source>
        <translation>Die Daten der Kachel als CSV exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another export is still running.</source>
        <translation>Ein anderer Export läuft noch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the tile as PNG</source>
        <translation>Die Kachel als PNG exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Dashboards</name>
    <message>
        <location filename="../app/dashboards/DashboardData.cpp" line="+94"/>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reporting interval (s)</source>
        <translation>Meldeintervall (s)</translation>
    </message>
</context>
<context>
    <name>DashboardsModel</name>
    <message>
        <location filename="../app/dashboards/DashboardsModel.cpp" line="+224"/>
        <source>Nothing to export.</source>
        <translation>Nichts zu exportieren.</translation>
    </message>
    <message>
        <location filename="../app/dashboards/DashboardsModelStorage.cpp" line="+126"/>
        <source>a second one named %1</source>
        <translation>ein zweites namens %1</translation>
    </message>
</context>
<context>
    <name>DataFormModel</name>
    <message>
        <location filename="../app/commands/DataFormModel.cpp" line="+84"/>
        <source>%1, required</source>
        <translation>%1, erforderlich</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hh:mm:ss</source>
        <translation>hh:mm:ss</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1–%2 values</source>
        <translation>%1–%2 Werte</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>at least %n value(s)</source>
        <translation>
            <numerusform>mindestens %n Wert</numerusform>
            <numerusform>mindestens %n Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>at most %n value(s)</source>
        <translation>
            <numerusform>höchstens %n Wert</numerusform>
            <numerusform>höchstens %n Werte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateSeparator</name>
    <message>
        <location filename="../qml/chat/DateSeparator.qml" line="+16"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <location filename="../app/devices/DeviceController.cpp" line="+185"/>
        <source>This account has no session “%1”.</source>
        <translation>Dieses Konto hat keine Sitzung „%1“.</translation>
    </message>
</context>
<context>
    <name>DevicesSection</name>
    <message>
        <location filename="../qml/dashboards/DevicesSection.qml" line="+39"/>
        <source>%1, alert</source>
        <translation>%1, Alarm</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>DEVICES</source>
        <translation>GERÄTE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New dashboard</source>
        <translation>Neues Dashboard</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Browse devices</source>
        <translation>Geräte durchsuchen</translation>
    </message>
</context>
<context>
    <name>DiscoveryModel</name>
    <message>
        <location filename="../app/devices/DiscoveryEntry.h" line="+26"/>
        <source>No session of this account is online.</source>
        <translation>Keine Sitzung dieses Kontos ist online.</translation>
    </message>
</context>
<context>
    <name>DiscoveryPage</name>
    <message>
        <location filename="../qml/devices/DiscoveryPage.qml" line="+86"/>
        <source>Discover devices</source>
        <translation>Geräte entdecken</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse the server (Ctrl+L)</source>
        <translation>Server durchsuchen (Strg+L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subscribed (%1 ⚠)</source>
        <translation>Abonniert (%1 ⚠)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+131"/>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Subscribed feeds (Ctrl+J)</source>
        <translation>Abonnierte Feeds (Strg+J)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receive in</source>
        <translation>Empfangen in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every session</source>
        <translation>Jede Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session that receives new subscriptions</source>
        <translation>Sitzung, die neue Abonnements empfängt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reload (F5)</source>
        <translation>Neu laden (F5)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovery asks the server; connect a session of this account first.</source>
        <translation>Die Suche fragt den Server; verbinden Sie zuerst eine Sitzung dieses Kontos.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Services and nodes of %1</source>
        <translation>Dienste und Knoten von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n Feed</numerusform>
            <numerusform>%n Feeds</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Subscribe to a node or a device in the tree on the left.</source>
        <translation>Abonnieren Sie einen Knoten oder ein Gerät im Baum links.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribe to a node or a device under Browse.</source>
        <translation>Abonnieren Sie einen Knoten oder ein Gerät unter „Durchsuchen“.</translation>
    </message>
</context>
<context>
    <name>DiscoveryRow</name>
    <message>
        <location filename="../qml/devices/DiscoveryRow.qml" line="+48"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish-subscribe service · %1</source>
        <translation>Publish-Subscribe-Dienst · %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device %1 · node %2</source>
        <translation>Gerät %1 · Knoten %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device offline</source>
        <translation>Gerät offline</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>subscribed</source>
        <translation>abonniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commands of %1…</source>
        <translation>Befehle von %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsubscribe</source>
        <translation>Abbestellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsubscribe from %1</source>
        <translation>%1 abbestellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subscribe to %1</source>
        <translation>%1 abonnieren</translation>
    </message>
</context>
<context>
    <name>FeedHealth</name>
    <message numerus="yes">
        <location filename="../app/devices/FeedHealth.cpp" line="+28"/>
        <source>%n malformed reading(s) or item(s) ignored.</source>
        <translation>
            <numerusform>%n fehlerhafter Messwert oder Eintrag ignoriert.</numerusform>
            <numerusform>%n fehlerhafte Messwerte oder Einträge ignoriert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reading(s) with NaN or infinite values ignored.</source>
        <translation>
            <numerusform>%n Messwert mit NaN oder unendlichen Werten ignoriert.</numerusform>
            <numerusform>%n Messwerte mit NaN oder unendlichen Werten ignoriert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reading(s) with an impossible time ignored.</source>
        <translation>
            <numerusform>%n Messwert mit unmöglicher Zeit ignoriert.</numerusform>
            <numerusform>%n Messwerte mit unmöglicher Zeit ignoriert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n oversized item(s) ignored.</source>
        <translation>
            <numerusform>%n übergroßer Eintrag ignoriert.</numerusform>
            <numerusform>%n übergroße Einträge ignoriert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) with too many records cut short.</source>
        <translation>
            <numerusform>%n Eintrag mit zu vielen Datensätzen gekürzt.</numerusform>
            <numerusform>%n Einträge mit zu vielen Datensätzen gekürzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) for this node from an unexpected publisher ignored.</source>
        <translation>
            <numerusform>%n Eintrag für diesen Knoten von einem unerwarteten Herausgeber ignoriert.</numerusform>
            <numerusform>%n Einträge für diesen Knoten von einem unerwarteten Herausgeber ignoriert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) in an unknown format ignored.</source>
        <translation>
            <numerusform>%n Eintrag in unbekanntem Format ignoriert.</numerusform>
            <numerusform>%n Einträge in unbekanntem Format ignoriert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Publishing %1 items/s: more than a sensor should.</source>
        <translation>Veröffentlicht %1 Einträge/s: mehr, als ein Sensor sollte.</translation>
    </message>
</context>
<context>
    <name>FeedsList</name>
    <message>
        <location filename="../qml/devices/FeedsList.qml" line="+17"/>
        <source>Subscribe to a node or a device in Discover devices.</source>
        <translation>Abonnieren Sie einen Knoten oder ein Gerät unter „Geräte entdecken“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subscribing…</source>
        <translation>Wird abonniert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Subscribed feeds</source>
        <translation>Abonnierte Feeds</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No feeds yet</source>
        <translation>Noch keine Feeds</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every session</source>
        <translation>jede Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device offline</source>
        <translation>Gerät offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last %1</source>
        <translation>zuletzt %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Commands of %1…</source>
        <translation>Befehle von %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsubscribe from %1</source>
        <translation>%1 abbestellen</translation>
    </message>
</context>
<context>
    <name>FieldLines</name>
    <message>
        <location filename="../qml/commands/FieldLines.qml" line="+34"/>
        <source>One address per line, e.g. name@example.org</source>
        <translation>Eine Adresse pro Zeile, z. B. name@example.org</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One address per line</source>
        <translation>Eine Adresse pro Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Several lines; Ctrl+Enter submits</source>
        <translation>Mehrere Zeilen; Strg+Eingabe sendet ab</translation>
    </message>
</context>
<context>
    <name>FieldListMulti</name>
    <message>
        <location filename="../qml/commands/FieldListMulti.qml" line="+48"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FieldListSingle</name>
    <message>
        <location filename="../qml/commands/FieldListSingle.qml" line="+28"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>FieldReadOnly</name>
    <message>
        <location filename="../qml/commands/FieldReadOnly.qml" line="+21"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <location filename="../qml/commands/FieldText.qml" line="+34"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hide %1</source>
        <translation>%1 ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <location filename="../qml/commands/FormField.qml" line="+111"/>
        <source>Allowed: %1</source>
        <translation>Erlaubt: %1</translation>
    </message>
</context>
<context>
    <name>GaugeTile</name>
    <message>
        <location filename="../qml/dashboards/GaugeTile.qml" line="+36"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d ago</source>
        <translation>vor %1 T</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2 %3, %4</source>
        <translation>%1: %2 %3, %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no reading yet</source>
        <translation>%1: noch kein Messwert</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>waiting for a reading</source>
        <translation>wartet auf Messwert</translation>
    </message>
</context>
<context>
    <name>HistoryStatus</name>
    <message>
        <location filename="../qml/dashboards/HistoryStatus.qml" line="+49"/>
        <source>Restoring saved readings… the charts fill in as they load.</source>
        <translation>Gespeicherte Messwerte werden wiederhergestellt… die Diagramme füllen sich beim Laden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching what the devices published meanwhile…</source>
        <translation>Was die Geräte inzwischen veröffentlicht haben, wird abgerufen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Readings are not being saved: %1. The charts show what arrived since Linnet started.</source>
        <translation>Messwerte werden nicht gespeichert: %1. Die Diagramme zeigen, was seit dem Start von Linnet eingegangen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>InspectorDetail</name>
    <message>
        <location filename="../qml/inspector/InspectorDetail.qml" line="+23"/>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No event selected</source>
        <translation>Kein Ereignis ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an event in the list (arrow keys or a click) to see it in full.</source>
        <translation>Wähle ein Ereignis in der Liste (Pfeiltasten oder Klick), um es vollständig zu sehen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Frame or stanza text</source>
        <translation>Text des Frames oder der Stanza</translation>
    </message>
</context>
<context>
    <name>InspectorFilterModel</name>
    <message numerus="yes">
        <location filename="../app/inspector/InspectorFilterModel.cpp" line="+114"/>
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>InspectorPage</name>
    <message>
        <location filename="../qml/inspector/InspectorPage.qml" line="+22"/>
        <source>Protocol inspector</source>
        <translation>Protokollinspektor</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Export the protocol trace</source>
        <translation>Protokollmitschnitt exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON-Zeilen (*.jsonl)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Recorded events</source>
        <translation>Aufgezeichnete Ereignisse</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing recorded yet</source>
        <translation>Noch nichts aufgezeichnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No event matches the filter</source>
        <translation>Kein Ereignis passt zum Filter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording. Use the app: its stanzas and AMQP frames appear here.</source>
        <translation>Aufnahme läuft. Benutze die App: ihre Stanzas und AMQP-Frames erscheinen hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Record (Ctrl+R), then use the app: stanzas and AMQP frames appear here as they pass.</source>
        <translation>Drücke „Aufnehmen“ (Strg+R) und benutze dann die App: Stanzas und AMQP-Frames erscheinen hier, sobald sie übertragen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the filter text or the choosers above.</source>
        <translation>Ändere den Filtertext oder die Auswahl oben.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 von %n Ereignis</numerusform>
            <numerusform>%1 von %n Ereignissen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n older event(s) dropped</source>
        <translation>
            <numerusform>%n älteres Ereignis verworfen</numerusform>
            <numerusform>%n ältere Ereignisse verworfen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting…</source>
        <translation>Exportiere …</translation>
    </message>
</context>
<context>
    <name>InspectorRow</name>
    <message>
        <location filename="../qml/inspector/InspectorRow.qml" line="+27"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>InspectorToolbar</name>
    <message>
        <location filename="../qml/inspector/InspectorToolbar.qml" line="+42"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protocol inspector</source>
        <translation>Protokollinspektor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause recording (Ctrl+R)</source>
        <translation>Aufnahme anhalten (Strg+R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start recording (Ctrl+R)</source>
        <translation>Aufnahme starten (Strg+R)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Clear the recorded events</source>
        <translation>Aufgezeichnete Ereignisse löschen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Filter events</source>
        <translation>Ereignisse filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All protocols</source>
        <translation>Alle Protokolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of event</source>
        <translation>Art des Ereignisses</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Bodies</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show message bodies in events recorded from now on</source>
        <translation>Nachrichteninhalte in ab jetzt aufgezeichneten Ereignissen zeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the shown events (Ctrl+E)</source>
        <translation>Angezeigte Ereignisse exportieren (Strg+E)</translation>
    </message>
</context>
<context>
    <name>JoinRoomDialog</name>
    <message>
        <location filename="../qml/muc/JoinRoomDialog.qml" line="+34"/>
        <source>Create a room</source>
        <translation>Einen Raum erstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join a room</source>
        <translation>Einen Raum betreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a room&apos;s address, or just a name for a room on %1.</source>
        <translation>Geben Sie die Adresse eines Raums ein oder nur einen Namen für einen Raum auf %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Room, like team or team@%1</source>
        <translation>Raum, etwa team oder team@%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room address</source>
        <translation>Raumadresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is not a room address.</source>
        <translation>Das ist keine Raumadresse.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your nickname in the room</source>
        <translation>Ihr Spitzname im Raum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password (only if the room has one)</source>
        <translation>Passwort (nur wenn der Raum eines hat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room password</source>
        <translation>Raumpasswort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a new room</source>
        <translation>Einen neuen Raum erstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep it when everyone leaves, with a name</source>
        <translation>Mit einem Namen behalten, wenn alle gehen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Room name</source>
        <translation>Raumname</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Room name (optional)</source>
        <translation>Raumname (optional)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join</source>
        <translation>Betreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the room</source>
        <translation>Den Raum erstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join the room</source>
        <translation>Den Raum betreten</translation>
    </message>
</context>
<context>
    <name>LinnetMark</name>
    <message>
        <location filename="../qml/components/LinnetMark.qml" line="+14"/>
        <source>Linnet logo</source>
        <translation>Linnet-Logo</translation>
    </message>
</context>
<context>
    <name>LoginCard</name>
    <message>
        <location filename="../qml/account/LoginCard.qml" line="+73"/>
        <source>Sign in to Linnet</source>
        <translation>Bei Linnet anmelden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Welcome to Linnet</source>
        <translation>Willkommen bei Linnet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign in with your XMPP account.</source>
        <translation>Melden Sie sich mit Ihrem XMPP-Konto an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>XMPP address</source>
        <translation>XMPP-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XMPP address, for example alice@example.org</source>
        <translation>XMPP-Adresse, zum Beispiel alice@example.org</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remember the password</source>
        <translation>Passwort merken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel connecting</source>
        <translation>Verbindungsaufbau abbrechen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your accounts (%1)…</source>
        <translation>Ihre Konten (%1)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage your accounts (Ctrl+Shift+A)</source>
        <translation>Ihre Konten verwalten (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New to XMPP? Create an account…</source>
        <translation>Neu bei XMPP? Konto erstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new account on a server that allows it</source>
        <translation>Ein neues Konto auf einem Server erstellen, der das erlaubt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your connection is always encrypted (TLS required).</source>
        <translation>Ihre Verbindung ist immer verschlüsselt (TLS erforderlich).</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../qml/account/LoginPage.qml" line="+30"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+17"/>
        <source>Linnet — %1</source>
        <translation>Linnet — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linnet</source>
        <translation>Linnet</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>%1&apos;s server</source>
        <translation>Server von %1</translation>
    </message>
</context>
<context>
    <name>MainPage</name>
    <message>
        <location filename="../qml/MainPage.qml" line="+133"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The device browser is not part of this build</source>
        <translation>Der Geräte-Browser ist nicht Teil dieser Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a dashboard file to watch devices meanwhile.</source>
        <translation>Importieren Sie eine Dashboard-Datei, um Geräte zwischenzeitlich zu beobachten.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No conversation selected</source>
        <translation>Keine Unterhaltung ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a buddy on the left to start chatting. Press Ctrl+K to search.</source>
        <translation>Wählen Sie links einen Kontakt, um zu chatten. Drücken Sie Strg+K zum Suchen.</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../qml/chat/MessageBubble.qml" line="+46"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(replying to: %1)</source>
        <translation>(Antwort auf: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(edited)</source>
        <translation>(bearbeitet)</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Send “%1” again</source>
        <translation>„%1“ erneut senden</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <location filename="../qml/chat/MessageList.qml" line="+24"/>
        <source>1 new message</source>
        <translation>1 neue Nachricht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 new messages</source>
        <translation>%1 neue Nachrichten</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1, jump to the newest</source>
        <translation>%1, zur neuesten springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump to the newest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
</context>
<context>
    <name>MessageMeta</name>
    <message>
        <location filename="../qml/chat/MessageMeta.qml" line="+30"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../qml/dashboards/NameDialog.qml" line="+31"/>
        <source>Give the dashboard a name.</source>
        <translation>Geben Sie dem Dashboard einen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>There is a dashboard called “%1” already.</source>
        <translation>Es gibt bereits ein Dashboard namens „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename dashboard</source>
        <translation>Dashboard umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New dashboard</source>
        <translation>Neues Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dashboard is a grid of charts, gauges and timelines of your devices&apos; readings.</source>
        <translation>Ein Dashboard ist ein Raster aus Diagrammen, Anzeigen und Zeitleisten mit den Messwerten Ihrer Geräte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name, e.g. Greenhouse</source>
        <translation>Name, z. B. Gewächshaus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard name</source>
        <translation>Name des Dashboards</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../qml/commands/NotesView.qml" line="+34"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>OccupantsModel</name>
    <message>
        <location filename="../app/muc/OccupantsModel.cpp" line="+198"/>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Moderators</source>
        <translation>Moderatoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
</context>
<context>
    <name>OccupantsPanel</name>
    <message>
        <location filename="../qml/muc/OccupantsPanel.qml" line="+29"/>
        <source>People in the room</source>
        <translation>Personen im Raum</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nobody here</source>
        <translation>Niemand hier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the room to see who is in it.</source>
        <translation>Betreten Sie den Raum, um zu sehen, wer darin ist.</translation>
    </message>
</context>
<context>
    <name>OlderMessagesStatus</name>
    <message>
        <location filename="../qml/chat/OlderMessagesStatus.qml" line="+18"/>
        <source>Fetching from the server…</source>
        <translation>Wird vom Server abgerufen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading older messages…</source>
        <translation>Ältere Nachrichten werden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beginning of the conversation</source>
        <translation>Beginn der Unterhaltung</translation>
    </message>
</context>
<context>
    <name>OwnResourceRow</name>
    <message>
        <location filename="../qml/account/OwnResourceRow.qml" line="+17"/>
        <source>unknown client</source>
        <translation>unbekannter Client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2: %3 %4</source>
        <translation>%1 auf %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../qml/account/PasswordField.qml" line="+12"/>
        <location line="+3"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../qml/account/PasswordPrompt.qml" line="+33"/>
        <location line="+24"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Linnet needs the password of this account to connect its sessions.</source>
        <translation>Linnet braucht das Passwort dieses Kontos, um seine Sitzungen zu verbinden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remember the password (in the system keychain)</source>
        <translation>Passwort merken (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now: stay offline (Esc)</source>
        <translation>Nicht jetzt: offline bleiben (Esc)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
</context>
<context>
    <name>PastedFiles</name>
    <message>
        <location filename="../app/chat/PastedFiles.cpp" line="+55"/>
        <source>There is no file to paste.</source>
        <translation>Es gibt keine Datei zum Einfügen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The pasted image could not be saved.</source>
        <translation>Das eingefügte Bild konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>PinAmqpActionDialog</name>
    <message>
        <location filename="../qml/dashboards/PinAmqpActionDialog.qml" line="+40"/>
        <source>Choose or type the device, e.g. press-1.</source>
        <translation>Gerät wählen oder eingeben, z. B. press-1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A device name has letters, digits, dots, colons or dashes, e.g. press-1.</source>
        <translation>Ein Gerätename besteht aus Buchstaben, Ziffern, Punkten, Doppelpunkten oder Bindestrichen, z. B. press-1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tile does not fit on the dashboard.</source>
        <translation>Die Kachel passt nicht auf das Dashboard.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pin a device action</source>
        <translation>Geräteaktion anheften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tile sends the action to the device over the AMQP broker and shows its reply.</source>
        <translation>Die Kachel sendet die Aktion über den AMQP-Broker an das Gerät und zeigt seine Antwort.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This account has no AMQP broker</source>
        <translation>Dieses Konto hat keinen AMQP-Broker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add one under “Message brokers (AMQP 1.0)” on the account&apos;s page; its devices&apos; relay and reporting interval can then be pinned here.</source>
        <translation>Fügen Sie einen unter „Message-Broker (AMQP 1.0)“ auf der Seite des Kontos hinzu; Relais und Meldeintervall seiner Geräte lassen sich dann hier anheften.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>AMQP broker</source>
        <translation>AMQP-Broker</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Device: one that sent readings over this broker, or type its name</source>
        <translation>Gerät: eines, das über diesen Broker Messwerte gesendet hat, oder seinen Namen eingeben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No readings from this broker yet: type the device&apos;s name.</source>
        <translation>Noch keine Messwerte von diesem Broker: Geben Sie den Namen des Geräts ein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Relay (switch)</source>
        <translation>Relais (Schalter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting interval (slider)</source>
        <translation>Meldeintervall (Schieberegler)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Title (optional), e.g. Press 1 relay</source>
        <translation>Titel (optional), z. B. Presse-1-Relais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tile title</source>
        <translation>Kacheltitel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pin tile</source>
        <translation>Kachel anheften</translation>
    </message>
</context>
<context>
    <name>PinCommandDialog</name>
    <message>
        <location filename="../qml/dashboards/PinCommandDialog.qml" line="+88"/>
        <source>The command has no field this control can set.</source>
        <translation>Der Befehl hat kein Feld, das dieses Steuerelement setzen kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The slider needs a minimum below its maximum and a step above 0.</source>
        <translation>Der Schieberegler braucht ein Minimum unter seinem Maximum und eine Schrittweite über 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tile does not fit on the dashboard.</source>
        <translation>Die Kachel passt nicht auf das Dashboard.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pin “%1” to a dashboard</source>
        <translation>„%1“ an ein Dashboard anheften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressing the tile runs the command with the values entered now.</source>
        <translation>Ein Druck auf die Kachel führt den Befehl mit den jetzt eingegebenen Werten aus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slider</source>
        <translation>Schieberegler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show it as a %1</source>
        <translation>Als %1 anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the command has no field for it</source>
        <translation>%1: Der Befehl hat kein passendes Feld</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Tile title</source>
        <translation>Kacheltitel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Field the switch sets</source>
        <translation>Feld, das der Schalter setzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field the slider sets</source>
        <translation>Feld, das der Schieberegler setzt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slider minimum</source>
        <translation>Minimum des Schiebereglers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slider maximum</source>
        <translation>Maximum des Schiebereglers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slider step</source>
        <translation>Schrittweite des Schiebereglers</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A new dashboard, “Commands”</source>
        <translation>Ein neues Dashboard „Befehle“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard to pin it to</source>
        <translation>Dashboard, an das angeheftet wird</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pin tile</source>
        <translation>Kachel anheften</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../app/core/Presence.cpp" line="+55"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extended away</source>
        <translation>Länger abwesend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>PresenceMenu</name>
    <message>
        <location filename="../qml/account/PresenceMenu.qml" line="+40"/>
        <source>Status message</source>
        <translation>Statusnachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status message; press Enter to set it</source>
        <translation>Statusnachricht; Eingabe setzt sie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>PresenceSelector</name>
    <message>
        <location filename="../qml/account/PresenceSelector.qml" line="+22"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your presence on %1: %2 (Ctrl+Shift+P)</source>
        <translation>Ihr Status auf %1: %2 (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your presence: %1 (Ctrl+Shift+P)</source>
        <translation>Ihr Status: %1 (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change availability, status message or log out</source>
        <translation>Verfügbarkeit oder Statusnachricht ändern oder abmelden</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/chat/ArchiveQuery.cpp" line="+63"/>
        <source>The archive of %1 refused the query (%2)</source>
        <translation>Das Archiv von %1 hat die Abfrage abgelehnt (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The archive of %1 did not answer: %2</source>
        <translation>Das Archiv von %1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The archive of %1 refused the query</source>
        <translation>Das Archiv von %1 hat die Abfrage abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/muc/BookmarkStore.cpp" line="+24"/>
        <location line="+30"/>
        <location line="+25"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <location filename="../app/account/Registration.cpp" line="+145"/>
        <source>This server needs more than a user name and password to register; register on its website.</source>
        <translation>Dieser Server verlangt zur Registrierung mehr als Benutzername und Passwort; registrieren Sie sich auf seiner Website.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server needs more than a user name and password to register; register on its website: %1</source>
        <translation>Dieser Server verlangt zur Registrierung mehr als Benutzername und Passwort; registrieren Sie sich auf seiner Website: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The name “%1” is already taken on %2. Choose another one.</source>
        <translation>Der Name „%1“ ist auf %2 bereits vergeben. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not let apps create accounts (in-band registration is closed). Create one on its website, or ask its administrator.</source>
        <translation>%1 lässt Apps keine Konten erstellen (In-Band-Registrierung ist geschlossen). Erstellen Sie eines auf der Website oder fragen Sie den Administrator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not accept this user name or password. Try another name, or a longer password.</source>
        <translation>%1 hat diesen Benutzernamen oder dieses Passwort nicht angenommen. Versuchen Sie einen anderen Namen oder ein längeres Passwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not accept this user name or password: %2</source>
        <translation>%1 hat diesen Benutzernamen oder dieses Passwort nicht angenommen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot create accounts right now. Try again later.</source>
        <translation>%1 kann gerade keine Konten erstellen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused to create the account just now. Try again later.</source>
        <translation>%1 hat das Erstellen des Kontos gerade abgelehnt. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused to create the account just now (%2). Try again later.</source>
        <translation>%1 hat das Erstellen des Kontos gerade abgelehnt (%2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused to create the account.</source>
        <translation>%1 hat das Erstellen des Kontos abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused to create the account: %2</source>
        <translation>%1 hat das Erstellen des Kontos abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>RemoveAccountDialog</name>
    <message>
        <location filename="../qml/account/RemoveAccountDialog.qml" line="+18"/>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linnet signs out every session of this account and forgets its saved password. The account itself stays on its server: you can add it again later.</source>
        <translation>Linnet meldet alle Sitzungen dieses Kontos ab und vergisst sein gespeichertes Passwort. Das Konto selbst bleibt auf seinem Server: Sie können es später wieder hinzufügen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Also delete local data</source>
        <translation>Auch lokale Daten löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also delete local data: chat history and device readings on this computer</source>
        <translation>Auch lokale Daten löschen: Chatverlauf und Gerätemesswerte auf diesem Computer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chat history and device readings kept on this computer.</source>
        <translation>Chatverlauf und Gerätemesswerte, die auf diesem Computer gespeichert sind.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the account</source>
        <translation>Konto behalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the account %1</source>
        <translation>Das Konto %1 entfernen</translation>
    </message>
</context>
<context>
    <name>RemoveContactDialog</name>
    <message>
        <location filename="../qml/roster/RemoveContactDialog.qml" line="+21"/>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 leaves your contacts, and neither of you sees the other&apos;s presence any more. The chat history stays.</source>
        <translation>%1 verschwindet aus Ihren Kontakten, und keiner von Ihnen sieht mehr den Status des anderen. Der Chatverlauf bleibt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the contact</source>
        <translation>Kontakt behalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the contact %1</source>
        <translation>Den Kontakt %1 entfernen</translation>
    </message>
</context>
<context>
    <name>RequestDelegate</name>
    <message>
        <location filename="../qml/roster/RequestDelegate.qml" line="+77"/>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deny the request from %1</source>
        <translation>Die Anfrage von %1 ablehnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept the request from %1</source>
        <translation>Die Anfrage von %1 annehmen</translation>
    </message>
</context>
<context>
    <name>ResultTable</name>
    <message numerus="yes">
        <location filename="../qml/commands/ResultTable.qml" line="+24"/>
        <source>Result table, %n row(s)</source>
        <translation>
            <numerusform>Ergebnistabelle, %n Zeile</numerusform>
            <numerusform>Ergebnistabelle, %n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <location filename="../app/muc/Room.cpp" line="+16"/>
        <source>This room needs a password, or the password was wrong.</source>
        <translation>Dieser Raum braucht ein Passwort, oder das Passwort war falsch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are banned from this room.</source>
        <translation>Sie sind aus diesem Raum verbannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room does not exist.</source>
        <translation>Dieser Raum existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating rooms is not allowed here.</source>
        <translation>Das Erstellen von Räumen ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room asks for your reserved nickname.</source>
        <translation>Dieser Raum verlangt Ihren reservierten Spitznamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room is for members only.</source>
        <translation>Dieser Raum ist nur für Mitglieder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That nickname is taken in this room.</source>
        <translation>Dieser Spitzname ist in diesem Raum bereits vergeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room is full.</source>
        <translation>Der Raum ist voll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room refused to let you in.</source>
        <translation>Der Raum hat Sie nicht hereingelassen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Joining…</source>
        <translation>Wird betreten…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not joined</source>
        <translation>Nicht beigetreten</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>You were removed from the room.</source>
        <translation>Sie wurden aus dem Raum entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You were banned from the room.</source>
        <translation>Sie wurden aus dem Raum verbannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room is now for members only.</source>
        <translation>Der Raum ist jetzt nur für Mitglieder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room&apos;s service shut down.</source>
        <translation>Der Dienst des Raums wurde beendet.</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <location filename="../qml/muc/RoomPage.qml" line="+66"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hide who is in the room</source>
        <translation>Verbergen, wer im Raum ist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show who is in the room</source>
        <translation>Zeigen, wer im Raum ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave the room</source>
        <translation>Raum verlassen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>You are not in this room. Its messages you have are below.</source>
        <translation>Sie sind nicht in diesem Raum. Die Nachrichten, die Sie davon haben, stehen unten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join</source>
        <translation>Betreten</translation>
    </message>
</context>
<context>
    <name>RoomsController</name>
    <message>
        <location filename="../app/muc/RoomSetup.cpp" line="+30"/>
        <source>The room could not be set up: %1</source>
        <translation>Der Raum konnte nicht eingerichtet werden: %1</translation>
    </message>
</context>
<context>
    <name>RoomsSection</name>
    <message>
        <location filename="../qml/muc/RoomsSection.qml" line="+37"/>
        <source>ROOMS</source>
        <translation>RÄUME</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Join or create a room</source>
        <translation>Einen Raum betreten oder erstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No rooms yet. Press + to join or create one.</source>
        <translation>Noch keine Räume. Drücken Sie +, um einen zu betreten oder zu erstellen.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%1, %2, %n unread</source>
        <translation>
            <numerusform>%1, %2, %n ungelesen</numerusform>
            <numerusform>%1, %2, %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>RosterList</name>
    <message>
        <location filename="../qml/roster/RosterList.qml" line="+104"/>
        <source>Buddies</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Loading buddies</source>
        <translation>Kontakte werden geladen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your buddies show up here once a session of this account is online.</source>
        <translation>Ihre Kontakte erscheinen hier, sobald eine Sitzung dieses Kontos online ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No buddies yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add one with the button next to the search field: all you need is their address, like bob@example.org.</source>
        <translation>Fügen Sie einen mit der Schaltfläche neben dem Suchfeld hinzu: Sie brauchen nur die Adresse, etwa bob@example.org.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No match for “%1”</source>
        <translation>Kein Treffer für „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try part of a name or an address.</source>
        <translation>Versuchen Sie einen Teil eines Namens oder einer Adresse.</translation>
    </message>
</context>
<context>
    <name>RosterListModel</name>
    <message>
        <location filename="../app/roster/RosterListModel.cpp" line="+181"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+136"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message numerus="yes">
        <location line="-40"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n ungelesene Nachricht</numerusform>
            <numerusform>%n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>muted</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Wants to see when you are online</source>
        <translation>Möchte sehen, wann Sie online sind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact request from %1</source>
        <translation>Kontaktanfrage von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, blocked</source>
        <translation>%1, blockiert</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1, %n entries, %2</source>
        <translation>
            <numerusform>%1, %n Eintrag, %2</numerusform>
            <numerusform>%1, %n Einträge, %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>collapsed</source>
        <translation>zugeklappt</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>expanded</source>
        <translation>aufgeklappt</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%1, %2 of %n online, %3</source>
        <translation>
            <numerusform>%1, %2 von %n online, %3</numerusform>
            <numerusform>%1, %2 von %n online, %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../app/roster/RosterEditing.cpp" line="+49"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adding</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>Asking</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Renaming</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Moving</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Removing</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accepting</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Denying</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Blocking</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+8"/>
        <source>no block list</source>
        <translation>keine Blockierliste</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Unblocking</source>
        <translation>Blockierung aufheben</translation>
    </message>
    <message>
        <location filename="../app/roster/RosterModel.cpp" line="+191"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request sent, waiting for approval</source>
        <translation>Anfrage gesendet, wartet auf Bestätigung</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/components/SearchField.qml" line="+97"/>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../app/search/SearchModel.cpp" line="+193"/>
        <source>You → %1</source>
        <translation>Sie → %1</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../qml/search/SearchPopup.qml" line="+74"/>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search all conversations</source>
        <translation>Alle Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Strg+Umschalt+F</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Searching</source>
        <translation>Suche läuft</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show more results</source>
        <translation>Mehr Ergebnisse anzeigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type to search all conversations</source>
        <translation>Tippen Sie, um alle Unterhaltungen zu durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No messages match “%1”</source>
        <translation>Keine Nachrichten passen zu „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every word counts as the start of a word; case and accents do not matter.</source>
        <translation>Jedes Wort zählt als Wortanfang; Groß- und Kleinschreibung und Akzente spielen keine Rolle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling, or try fewer or shorter words.</source>
        <translation>Prüfen Sie die Schreibweise oder versuchen Sie weniger oder kürzere Wörter.</translation>
    </message>
</context>
<context>
    <name>SeriesPicker</name>
    <message>
        <location filename="../qml/dashboards/SeriesPicker.qml" line="+49"/>
        <source>No readings yet</source>
        <translation>Noch keine Messwerte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter by device or name</source>
        <translation>Nach Gerät oder Name filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the series by device or name</source>
        <translation>Die Reihen nach Gerät oder Name filtern</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Series to show</source>
        <translation>Anzuzeigende Reihen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>typed in</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No readings received yet. Subscribe to a device in Browse devices, or type a series below.</source>
        <translation>Noch keine Messwerte empfangen. Abonnieren Sie ein Gerät unter „Geräte durchsuchen“ oder geben Sie unten eine Reihe ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No series matches “%1”.</source>
        <translation>Keine Reihe passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>SessionChip</name>
    <message>
        <location filename="../qml/account/SessionChip.qml" line="+26"/>
        <source>Session %1: %2, %3</source>
        <translation>Sitzung %1: %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which session the presence selector sets</source>
        <translation>Wählen Sie, welche Sitzung die Statusauswahl setzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
</context>
<context>
    <name>SessionRow</name>
    <message>
        <location filename="../qml/account/SessionRow.qml" line="+36"/>
        <source>Resource %1: %2. %3. Connected over %4</source>
        <translation>Ressource %1: %2. %3. Verbunden über %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource %1: %2. %3</source>
        <translation>Ressource %1: %2. %3</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Connected over %1</source>
        <translation>Verbunden über %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reconnect now</source>
        <translation>Jetzt neu verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review certificate…</source>
        <translation>Zertifikat prüfen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter password…</source>
        <translation>Passwort eingeben…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Try again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove the resource %1</source>
        <translation>Die Ressource %1 entfernen</translation>
    </message>
</context>
<context>
    <name>SessionState</name>
    <message>
        <location filename="../qml/account/SessionState.qml" line="+28"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account is turned off.</source>
        <translation>Das Konto ist ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in to the server.</source>
        <translation>Anmeldung beim Server.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Neue Verbindung in %n s</numerusform>
            <numerusform>Neue Verbindung in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection was lost.</source>
        <translation>Die Verbindung wurde unterbrochen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password refused</source>
        <translation>Passwort abgelehnt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>SettingsBar</name>
    <message>
        <location filename="../qml/settings/SettingsBar.qml" line="+32"/>
        <source>Settings (Ctrl+,)</source>
        <translation>Einstellungen (Strg+,)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Linnet (F1)</source>
        <translation>Über Linnet (F1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protocol inspector (Ctrl+Shift+I)</source>
        <translation>Protokollinspektor (Strg+Umschalt+I)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../qml/settings/SettingsDialog.qml" line="+14"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Colour scheme: %1</source>
        <translation>Farbschema: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“System” follows the desktop&apos;s light or dark mode.</source>
        <translation>„System“ folgt dem hellen oder dunklen Modus des Desktops.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the settings</source>
        <translation>Einstellungen schließen</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/Sidebar.qml" line="+91"/>
        <source>Search buddies</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+K</source>
        <translation>Strg+K</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search messages (Ctrl+Shift+F)</source>
        <translation>Nachrichten durchsuchen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
</context>
<context>
    <name>TileEditor</name>
    <message>
        <location filename="../qml/dashboards/TileEditor.qml" line="+102"/>
        <source>Subscribe to a device first: Browse devices.</source>
        <translation>Abonnieren Sie zuerst ein Gerät: Geräte durchsuchen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Thresholds are numbers, e.g. 18 or 27.5.</source>
        <translation>Schwellenwerte sind Zahlen, z. B. 18 oder 27,5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The low threshold must be below the high one.</source>
        <translation>Der untere Schwellenwert muss unter dem oberen liegen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The tile does not fit on the grid.</source>
        <translation>Die Kachel passt nicht in das Raster.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit tile</source>
        <translation>Kachel bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a tile</source>
        <translation>Eine Kachel hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressing the tile runs the command with the values it keeps.</source>
        <translation>Ein Druck auf die Kachel führt den Befehl mit ihren gespeicherten Werten aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A chart can mix series of several devices, with one y-axis per unit.</source>
        <translation>Ein Diagramm kann Reihen mehrerer Geräte mischen, mit einer y-Achse pro Einheit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line chart</source>
        <translation>Liniendiagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gauge</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On/off timeline</source>
        <translation>Ein/Aus-Zeitleiste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Device action</source>
        <translation>Geräteaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device action: a relay switch or interval slider over AMQP</source>
        <translation>Geräteaktion: ein Relaisschalter oder Intervallregler über AMQP</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Title (optional), e.g. Greenhouse temperatures</source>
        <translation>Titel (optional), z. B. Gewächshaustemperaturen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tile title</source>
        <translation>Kacheltitel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Series</source>
        <translation>Reihen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Series (the first one is shown)</source>
        <translation>Reihen (die erste wird angezeigt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none picked yet</source>
        <translation>noch keine ausgewählt</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n picked</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Or type a series that has sent nothing yet:</source>
        <translation>Oder geben Sie eine Reihe ein, die noch nichts gesendet hat:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No devices</source>
        <translation>Keine Geräte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device feed</source>
        <translation>Geräte-Feed</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>SenML name of the series, e.g. greenhouse-1:temperature</source>
        <translation>SenML-Name der Reihe, z. B. greenhouse-1:temperature</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>node:name</source>
        <translation>knoten:name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this series</source>
        <translation>Diese Reihe hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alert below (optional)</source>
        <translation>Alarm unter (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low threshold: alert below this value</source>
        <translation>Unterer Schwellenwert: Alarm unter diesem Wert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alert above (optional)</source>
        <translation>Alarm über (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High threshold: alert above this value</source>
        <translation>Oberer Schwellenwert: Alarm über diesem Wert</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add tile</source>
        <translation>Kachel hinzufügen</translation>
    </message>
</context>
<context>
    <name>TileFrame</name>
    <message>
        <location filename="../qml/dashboards/TileFrame.qml" line="+46"/>
        <source>Untitled tile</source>
        <translation>Unbenannte Kachel</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Gauge</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, %2%3%4</source>
        <translation>%1, %2%3%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, alert</source>
        <translation>, Alarm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, stale</source>
        <translation>, veraltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys move the tile, Shift+arrow keys resize it, Enter edits it, Delete removes it</source>
        <translation>Pfeiltasten verschieben die Kachel, Umschalt+Pfeiltasten ändern ihre Größe, Eingabe bearbeitet sie, Entf entfernt sie</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back to live</source>
        <translation>Zurück zu live</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to live: follow now with the tile&apos;s window</source>
        <translation>Zurück zu live: mit dem Zeitfenster der Kachel der Gegenwart folgen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tile actions</source>
        <translation>Kachelaktionen</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>No series yet</source>
        <translation>Noch keine Reihen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pick series…</source>
        <translation>Reihen auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the series this tile shows</source>
        <translation>Die Reihen auswählen, die diese Kachel zeigt</translation>
    </message>
</context>
<context>
    <name>TileGrid</name>
    <message>
        <location filename="../qml/dashboards/TileGrid.qml" line="+38"/>
        <source>Tiles of %1</source>
        <translation>Kacheln von %1</translation>
    </message>
</context>
<context>
    <name>TileMenu</name>
    <message>
        <location filename="../qml/dashboards/TileMenu.qml" line="+29"/>
        <source>Edit command tile…</source>
        <translation>Befehlskachel bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit series and thresholds…</source>
        <translation>Reihen und Schwellenwerte bearbeiten…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Command history…</source>
        <translation>Befehlsverlauf…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export data as CSV…</source>
        <translation>Daten als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export image as PNG…</source>
        <translation>Bild als PNG exportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove tile</source>
        <translation>Kachel entfernen</translation>
    </message>
</context>
<context>
    <name>TilesModel</name>
    <message>
        <location filename="../app/dashboards/TilesModelCommands.cpp" line="+94"/>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TimelineTile</name>
    <message>
        <location filename="../qml/dashboards/TimelineTile.qml" line="+30"/>
        <source>%1: no reading yet</source>
        <translation>%1: noch kein Messwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 now</source>
        <translation>%1: jetzt %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No reading yet</source>
        <translation>Noch kein Messwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n change(s) in view</source>
        <translation>
            <numerusform>%n Änderung im Blick</numerusform>
            <numerusform>%n Änderungen im Blick</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>TransferWorker</name>
    <message>
        <location filename="../app/files/TransferWorker.cpp" line="+115"/>
        <location line="+39"/>
        <location line="+112"/>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+18"/>
        <location line="+113"/>
        <source>The file is larger than %1 bytes</source>
        <translation>Die Datei ist größer als %1 Bytes</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+7"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+77"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>Das Zertifikat des Servers wurde abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server answered %1 %2</source>
        <translation>Der Server antwortete %1 %2</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <location filename="../app/core/Translations.cpp" line="+78"/>
        <source>Unknown language “%1”; Linnet speaks %2.</source>
        <translation>Unbekannte Sprache „%1“; Linnet spricht %2.</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../qml/account/TrustDialog.qml" line="+48"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The certificate of %1 changed</source>
        <translation>Das Zertifikat von %1 hat sich geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you trust %1?</source>
        <translation>Vertrauen Sie %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session %1 was refused because the server&apos;s certificate could not be verified.</source>
        <translation>Die Sitzung %1 wurde abgelehnt, weil das Zertifikat des Servers nicht überprüft werden konnte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message broker %1 (%2) was refused because its certificate could not be verified.</source>
        <translation>Der Message-Broker %1 (%2) wurde abgewiesen, weil sein Zertifikat nicht überprüft werden konnte.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The broker&apos;s certificate changed since you trusted it. Brokers renew certificates, but a changed certificate is also exactly what someone intercepting the connection would show. Trust it only if the broker&apos;s administrator confirms the new fingerprint below.</source>
        <translation>Das Zertifikat des Brokers hat sich geändert, seit Sie ihm vertraut haben. Broker erneuern Zertifikate, aber ein geändertes Zertifikat ist auch genau das, was jemand zeigen würde, der die Verbindung abfängt. Vertrauen Sie ihm nur, wenn der Administrator des Brokers den neuen Fingerabdruck unten bestätigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linnet could not verify that this broker is %1. Someone could be intercepting the connection, reading your devices&apos; data and password and sending commands in your name. Trust this certificate only if you expected it (a private broker with its own certificate, say) and its fingerprint matches the one the broker&apos;s administrator gave you.</source>
        <translation>Linnet konnte nicht überprüfen, dass dieser Broker %1 ist. Jemand könnte die Verbindung abfangen, die Daten Ihrer Geräte und Ihr Passwort mitlesen und in Ihrem Namen Befehle senden. Vertrauen Sie diesem Zertifikat nur, wenn Sie es erwartet haben (etwa bei einem privaten Broker mit eigenem Zertifikat) und sein Fingerabdruck mit dem übereinstimmt, den Ihnen der Administrator des Brokers gegeben hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate changed since you trusted it. Servers renew certificates, but a changed certificate is also exactly what someone intercepting your connection would show. Trust it only if the server&apos;s administrator confirms the new fingerprint below.</source>
        <translation>Das Zertifikat hat sich geändert, seit Sie ihm vertraut haben. Server erneuern ihre Zertifikate, aber ein geändertes Zertifikat ist auch genau das, was jemand zeigen würde, der Ihre Verbindung abfängt. Vertrauen Sie ihm nur, wenn der Administrator des Servers den neuen Fingerabdruck unten bestätigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linnet could not verify that this server is %1. Someone could be intercepting the connection and reading your messages and password. Trust this certificate only if you expected it (a private server with its own certificate, say) and its fingerprint matches the one the server&apos;s administrator gave you.</source>
        <translation>Linnet konnte nicht überprüfen, dass dieser Server %1 ist. Jemand könnte die Verbindung abfangen und Ihre Nachrichten und Ihr Passwort mitlesen. Vertrauen Sie diesem Zertifikat nur, wenn Sie es erwartet haben (etwa bei einem privaten Server mit eigenem Zertifikat) und sein Fingerabdruck mit dem übereinstimmt, den Ihnen der Administrator des Servers genannt hat.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Issued to</source>
        <translation>Ausgestellt für</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+3"/>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(expired)</source>
        <translation>(abgelaufen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Trust for this account</source>
        <translation>Für dieses Konto vertrauen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust for this broker</source>
        <translation>Diesem Broker vertrauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust this certificate for the broker %1</source>
        <translation>Diesem Zertifikat für den Broker %1 vertrauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust this certificate for %1</source>
        <translation>Diesem Zertifikat für %1 vertrauen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel: do not trust this certificate (Esc)</source>
        <translation>Abbrechen: diesem Zertifikat nicht vertrauen (Esc)</translation>
    </message>
</context>
<context>
    <name>UploadController</name>
    <message>
        <location filename="../app/files/UploadController.cpp" line="+114"/>
        <location line="+19"/>
        <source>Not connected: connect the account, then retry</source>
        <translation>Nicht verbunden: Verbinden Sie das Konto und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Too large: %1; this server accepts files up to %2</source>
        <translation>Zu groß: %1; dieser Server nimmt Dateien bis %2 an</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server&apos;s services could not be listed: %1</source>
        <translation>Die Dienste des Servers konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+32"/>
        <source>This server does not offer file uploads</source>
        <translation>Dieser Server bietet keine Datei-Uploads an</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+6"/>
        <source>The server refused the upload: %1</source>
        <translation>Der Server hat den Upload abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server offered an unencrypted upload address; not uploading</source>
        <translation>Der Server bot eine unverschlüsselte Upload-Adresse an; es wird nicht hochgeladen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Upload failed: %1</source>
        <translation>Upload fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uploaded, but the message could not be sent</source>
        <translation>Hochgeladen, aber die Nachricht konnte nicht gesendet werden</translation>
    </message>
</context>
<context>
    <name>UploadStrip</name>
    <message>
        <location filename="../qml/files/UploadStrip.qml" line="+26"/>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Uploading %1</source>
        <translation>%1 wird hochgeladen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retry upload of %1</source>
        <translation>Upload von %1 wiederholen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel upload of %1</source>
        <translation>Upload von %1 abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss %1</source>
        <translation>%1 ausblenden</translation>
    </message>
</context>
<context>
    <name>UploadsModel</name>
    <message>
        <location filename="../app/files/UploadsModel.cpp" line="+20"/>
        <source>Preparing… (%1)</source>
        <translation>Wird vorbereitet… (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/core/AppOptions.cpp" line="+11"/>
        <source>Linnet: chat and devices over XMPP</source>
        <translation>Linnet: Chat und Geräte über XMPP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep settings, history and caches in &lt;dir&gt;.</source>
        <translation>Einstellungen, Verlauf und Caches in &lt;dir&gt; aufbewahren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the window as PNG &lt;file&gt; once the UI has settled, then exit.</source>
        <translation>Das Fenster als PNG-Datei &lt;file&gt; speichern, sobald die Oberfläche zur Ruhe gekommen ist, dann beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour scheme: light, dark or system.</source>
        <translation>Farbschema: light, dark oder system.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Fenstergröße, z. B. 1280x800.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in with a password read from standard input: the --account, or the profile&apos;s only account.</source>
        <translation>Mit einem Passwort von der Standardeingabe anmelden: das --account-Konto oder das einzige Konto des Profils.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create or select the account &lt;jid&gt; (with /resource: that session) and connect it without the login page.</source>
        <translation>Das Konto &lt;jid&gt; anlegen oder auswählen (mit /ressource: diese Sitzung) und ohne Anmeldeseite verbinden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --account: connect to &lt;host&gt; instead of looking the server up.</source>
        <translation>Mit --account: mit &lt;host&gt; verbinden, statt den Server nachzuschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --account: the server&apos;s port.</source>
        <translation>Mit --account: der Port des Servers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --account: also trust the CA certificates in PEM &lt;file&gt; for this account.</source>
        <translation>Mit --account: zusätzlich den CA-Zertifikaten in der PEM-Datei &lt;file&gt; für dieses Konto vertrauen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the chat with &lt;jid&gt; after login.</source>
        <translation>Nach der Anmeldung den Chat mit &lt;jid&gt; öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &lt;text&gt; in the chat opened by --open-chat.</source>
        <translation>&lt;text&gt; in dem mit --open-chat geöffneten Chat senden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &lt;page&gt; at start: accounts, dashboard (the first one), devices, inspector (recording from the start), room:JID (joined if need be) or search:TEXT (message search).</source>
        <translation>&lt;page&gt; beim Start öffnen: accounts, dashboard (das erste), devices, inspector (nimmt von Anfang an auf), room:JID (wenn nötig betreten) oder search:TEXT (Nachrichtensuche).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the dashboard in JSON &lt;file&gt; into the first account (unless it has one of that name) and subscribe to its feeds.</source>
        <translation>Das Dashboard aus der JSON-Datei &lt;file&gt; in das erste Konto importieren (sofern es keines dieses Namens hat) und seine Feeds abonnieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the ad-hoc commands of &lt;jid&gt; in the first account and run the command NODE (the next argument): --command JID NODE.</source>
        <translation>Die Ad-hoc-Befehle von &lt;jid&gt; im ersten Konto öffnen und den Befehl NODE (das nächste Argument) ausführen: --command JID NODE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --command: fill its first form with &lt;values&gt; (&quot;var=value;var=value&quot;) and submit it once.</source>
        <translation>Mit --command: sein erstes Formular mit &lt;values&gt; („var=wert;var=wert“) ausfüllen und einmal absenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UI language for this run: en, de, es or system.</source>
        <translation>Sprache der Oberfläche für diesen Lauf: en, de, es oder system.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An xmpp: address to open: xmpp:JID (a chat), xmpp:ROOM?join, xmpp:JID?roster. Handed to the Linnet already running on the profile, if any.</source>
        <translation>Eine zu öffnende xmpp:-Adresse: xmpp:JID (ein Chat), xmpp:RAUM?join, xmpp:JID?roster. Wird an das Linnet übergeben, das bereits mit dem Profil läuft, falls vorhanden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --command: the command&apos;s node.</source>
        <translation>Mit --command: der Knoten des Befehls.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not an xmpp: address Linnet can open: %1</source>
        <translation>Keine xmpp:-Adresse, die Linnet öffnen kann: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Invalid options; see --help.</source>
        <translation>Ungültige Optionen; siehe --help.</translation>
    </message>
</context>
</TS>
