<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../qml/settings/AboutDialog.qml" line="+12"/>
        <source>About Linnet</source>
        <translation>Acerca de Linnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat with buddies and watch and drive devices, over XMPP.</source>
        <translation>Chatear con contactos y supervisar y controlar dispositivos, por XMPP.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linnet version %1</source>
        <translation>Versión %1 de Linnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt version %1</source>
        <translation>Versión %1 de Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QXmpp version %1</source>
        <translation>Versión %1 de QXmpp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GNU General Public License, version 3 or later (%1)</source>
        <translation>Licencia Pública General de GNU, versión 3 o posterior (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence: %1</source>
        <translation>Licencia: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close About</source>
        <translation>Cerrar «Acerca de»</translation>
    </message>
</context>
<context>
    <name>AccountCard</name>
    <message>
        <location filename="../qml/account/AccountCard.qml" line="+69"/>
        <source>“%1” is already a resource of this account, or not a valid name (no “/”).</source>
        <translation>«%1» ya es un recurso de esta cuenta o no es un nombre válido (sin «/»).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Account %1</source>
        <translation>Cuenta %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Shown in the window</source>
        <translation>Visible en la ventana</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · turned off</source>
        <translation>%1 · desactivada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · online</source>
        <translation>%1 · en línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · offline</source>
        <translation>%1 · desconectada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 of %3 sessions online</source>
        <translation>%1 · %2 de %3 sesiones en línea</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Server %1:%2</source>
        <translation>Servidor %1:%2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Direct TLS</source>
        <translation>TLS directo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, address asked from the server</source>
        <translation>%1, dirección preguntada al servidor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server found from the address</source>
        <translation>Servidor deducido de la dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Password in the system keychain</source>
        <translation>Contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password asked at each start</source>
        <translation>Contraseña solicitada en cada inicio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show in window</source>
        <translation>Mostrar en la ventana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show %1 in the window</source>
        <translation>Mostrar %1 en la ventana</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On</source>
        <translation>Activada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account %1 turned on</source>
        <translation>Cuenta %1 activada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit the account %1…</source>
        <translation>Editar la cuenta %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the account %1…</source>
        <translation>Quitar la cuenta %1…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>New resource, e.g. lab</source>
        <translation>Nuevo recurso, p. ej. lab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of a new resource (session) for %1</source>
        <translation>Nombre de un nuevo recurso (sesión) para %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add resource</source>
        <translation>Añadir recurso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the resource to %1</source>
        <translation>Añadir el recurso a %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server commands…</source>
        <translation>Comandos del servidor…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commands of the server of %1</source>
        <translation>Comandos del servidor de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect all</source>
        <translation>Conectar todas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect every session of %1</source>
        <translation>Conectar todas las sesiones de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disconnect all</source>
        <translation>Desconectar todas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnect every session of %1</source>
        <translation>Desconectar todas las sesiones de %1</translation>
    </message>
</context>
<context>
    <name>AccountHeader</name>
    <message>
        <location filename="../qml/account/AccountHeader.qml" line="+64"/>
        <source>Accounts and sessions (Ctrl+Shift+A)</source>
        <translation>Cuentas y sesiones (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sessions of %1</source>
        <translation>Sesiones de %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Also signed in elsewhere</source>
        <translation>Sesión iniciada también en otros sitios</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your other devices</source>
        <translation>Otros dispositivos propios</translation>
    </message>
</context>
<context>
    <name>AccountPrompts</name>
    <message>
        <location filename="../qml/account/AccountPrompts.qml" line="+107"/>
        <source>The server refused the password: %1</source>
        <translation>El servidor rechazó la contraseña: %1</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <location filename="../qml/account/AccountSwitcher.qml" line="+29"/>
        <source>Account: %1, %2. Switch account (Ctrl+Shift+S)</source>
        <translation>Cuenta: %1, %2. Cambiar de cuenta (Ctrl+Shift+S)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unread message(s) in other accounts</source>
        <translation>
            <numerusform>%n mensaje sin leer en otras cuentas</numerusform>
            <numerusform>%n mensajes sin leer en otras cuentas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1, %2, %3 of %4 sessions online</source>
        <translation>%1, %2, %3 de %4 sesiones en línea</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n mensaje sin leer</numerusform>
            <numerusform>%n mensajes sin leer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 · turned off</source>
        <translation>%1 · desactivada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2/%3 online</source>
        <translation>%1 · %2/%3 en línea</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add account…</source>
        <translation>Añadir cuenta…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+9"/>
        <source>Manage accounts…</source>
        <translation>Administrar cuentas…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Manage accounts (Ctrl+Shift+A)</source>
        <translation>Administrar cuentas (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
</context>
<context>
    <name>AccountTransport</name>
    <message>
        <location filename="../app/account/AccountConfig.cpp" line="+228"/>
        <source>Choose how to connect.</source>
        <translation>Falta elegir cómo conectar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use an encrypted address starting with %1://: Linnet does not connect without TLS.</source>
        <translation>La dirección debe estar cifrada y empezar por %1://: Linnet no se conecta sin TLS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an address like %1, or leave it empty to ask the server.</source>
        <translation>La dirección tiene la forma %1; vacía, se pregunta al servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the user name and password out of the address: Linnet signs in with the account&apos;s.</source>
        <translation>La dirección no debe llevar usuario ni contraseña: Linnet inicia sesión con los de la cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the “#” part out of the address.</source>
        <translation>La dirección no debe llevar la parte «#».</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direct TLS</source>
        <translation>TLS directo</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../app/account/AccountsModel.cpp" line="+34"/>
        <source>Enter your address as name@server, e.g. alice@example.org.</source>
        <translation>La dirección tiene la forma nombre@servidor, p. ej. alice@example.org.</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>%1 is already one of your accounts in Linnet.</source>
        <translation>%1 ya es una de las cuentas de Linnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a password for the new account.</source>
        <translation>Falta una contraseña para la cuenta nueva.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Keep the display name under 200 characters.</source>
        <translation>El nombre visible debe tener menos de 200 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the server as a host name or an IP address, without a port (e.g. xmpp.example.org), or leave it empty.</source>
        <translation>El servidor debe ser un nombre de host o una dirección IP, sin puerto (p. ej. xmpp.example.org), o quedar vacío.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a port between 1 and 65535, or leave it empty for the default.</source>
        <translation>El puerto debe estar entre 1 y 65535; vacío, se usa el predeterminado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No certificate could be read from “%1”.</source>
        <translation>No se pudo leer ningún certificado de «%1».</translation>
    </message>
    <message>
        <location filename="../app/account/AccountsModelPasswords.cpp" line="+34"/>
        <source>Passwords cannot be remembered: the system&apos;s secret store is not available (%1). Linnet will ask for them at each start.</source>
        <translation>No se pueden recordar las contraseñas: el almacén de secretos del sistema no está disponible (%1). Linnet las pedirá en cada inicio.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The system&apos;s secret store is not available (%1): enter your password to connect.</source>
        <translation>El almacén de secretos del sistema no está disponible (%1): hace falta la contraseña para conectar.</translation>
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
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Back to chats (Esc)</source>
        <translation>Volver a los chats (Esc)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back (Esc)</source>
        <translation>Atrás (Esc)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Each account can be online from several resources at once, each with its own presence.</source>
        <translation>Cada cuenta puede estar en línea desde varios recursos a la vez, cada uno con su propia presencia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add account (Ctrl+N)</source>
        <translation>Añadir cuenta (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No accounts yet</source>
        <translation>Aún no hay cuentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an account you already have on any XMPP server: you need its address (like alice@example.org) and its password. Press Ctrl+N or use “Add account” above.</source>
        <translation>Se puede añadir una cuenta existente de cualquier servidor XMPP: basta con su dirección (como alice@example.org) y su contraseña. Pulsar Ctrl+N o usar «Añadir cuenta» arriba.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions online now stay connected: a new server, port or transport is used from their next connect.</source>
        <translation>Las sesiones en línea siguen conectadas: un servidor, puerto o transporte nuevo se usa a partir de su próxima conexión.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name; empty shows the user part of the address</source>
        <translation>Nombre visible; si está vacío se muestra la parte de usuario de la dirección</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Extra CA certificate file, PEM (optional)</source>
        <translation>Archivo de certificado de CA adicional, PEM (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path of an extra CA certificate file to trust for this account, optional</source>
        <translation>Ruta de un archivo de certificado de CA adicional de confianza para esta cuenta, opcional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remember the password (in the system keychain)</source>
        <translation>Recordar la contraseña (en el llavero del sistema)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password goes to the keychain now if Linnet knows it, else at the next sign-in.</source>
        <translation>La contraseña se guarda en el llavero ahora si Linnet la conoce; si no, en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved password is deleted from the keychain; Linnet asks for it at the next start.</source>
        <translation>La contraseña guardada se borra del llavero; Linnet la pedirá en el próximo inicio.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel editing (Esc)</source>
        <translation>Cancelar la edición (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1 (Enter)</source>
        <translation>Guardar los cambios de %1 (Intro)</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../qml/commands/ActionBar.qml" line="+42"/>
        <source>Pin to dashboard…</source>
        <translation>Fijar en un tablero…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin %1 to a dashboard</source>
        <translation>Fijar %1 en un tablero</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the command (Esc)</source>
        <translation>Cancelar el comando (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <source>Complete</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Run again</source>
        <translation>Ejecutar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 again</source>
        <translation>Ejecutar %1 de nuevo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (Enter)</source>
        <translation>%1 (Intro)</translation>
    </message>
</context>
<context>
    <name>AdHoc</name>
    <message>
        <location filename="../app/adhoc/DataFormValidation.cpp" line="+141"/>
        <source>Enter a whole number.</source>
        <translation>Debe ser un número entero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number.</source>
        <translation>Debe ser un número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Enter true or false.</source>
        <translation>Debe ser true o false.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Enter a date (YYYY-MM-DD).</source>
        <translation>Debe ser una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a date and time (YYYY-MM-DDThh:mm:ss).</source>
        <translation>Debe ser una fecha y hora (AAAA-MM-DDThh:mm:ss).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a time (hh:mm:ss).</source>
        <translation>Debe ser una hora (hh:mm:ss).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a valid URI.</source>
        <translation>Debe ser un URI válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a language tag such as en or de-CH.</source>
        <translation>Debe ser una etiqueta de idioma como es o es-MX.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value is not valid.</source>
        <translation>El valor no es válido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Debe ser un número entero entre %1 y %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter a number from %1 to %2.</source>
        <translation>Debe ser un número entre %1 y %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a whole number of at least %1.</source>
        <translation>Debe ser un número entero mayor o igual que %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter a number of at least %1.</source>
        <translation>Debe ser un número mayor o igual que %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a whole number of at most %1.</source>
        <translation>Debe ser un número entero menor o igual que %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter a number of at most %1.</source>
        <translation>Debe ser un número menor o igual que %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a value from %1 to %2.</source>
        <translation>Debe ser un valor entre %1 y %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a value of at least %1.</source>
        <translation>Debe ser un valor mayor o igual que %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a value of at most %1.</source>
        <translation>Debe ser un valor menor o igual que %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not a valid JID.</source>
        <translation>No es un JID válido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose one of the offered values.</source>
        <translation>Debe ser uno de los valores ofrecidos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The value does not have the expected format.</source>
        <translation>El valor no tiene el formato esperado.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only one value is allowed.</source>
        <translation>Solo se permite un valor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose from %1 to %2 values.</source>
        <translation>Hay que elegir entre %1 y %2 valores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least %1 values.</source>
        <translation>Hay que elegir al menos %1 valores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at most %1 values.</source>
        <translation>Hay que elegir como máximo %1 valores.</translation>
    </message>
</context>
<context>
    <name>AdHoc::CommandClient</name>
    <message>
        <location filename="../app/adhoc/CommandClient.cpp" line="+28"/>
        <source>The device does not accept this action now.</source>
        <translation>El dispositivo no acepta esta acción ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device does not support the requested language.</source>
        <translation>El dispositivo no admite el idioma solicitado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device could not read the submitted data.</source>
        <translation>El dispositivo no pudo leer los datos enviados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device does not know this command session; start the command again.</source>
        <translation>El dispositivo no reconoce esta sesión de comando; hay que iniciar el comando de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command session expired; start the command again.</source>
        <translation>La sesión del comando caducó; hay que iniciar el comando de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are not allowed to run this command.</source>
        <translation>No está permitido ejecutar este comando desde esta cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not authorized to run this command.</source>
        <translation>Esta cuenta no tiene autorización para ejecutar este comando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command does not exist.</source>
        <translation>El comando no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient does not support commands.</source>
        <translation>El destinatario no admite comandos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient is not available.</source>
        <translation>El destinatario no está disponible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient is offline.</source>
        <translation>El destinatario está desconectado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s server cannot be reached.</source>
        <translation>No se puede contactar con el servidor del destinatario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request was rejected as invalid.</source>
        <translation>La solicitud se rechazó por no ser válida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The submitted values were not accepted.</source>
        <translation>Los valores enviados no se aceptaron.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not allowed now.</source>
        <translation>Esto no está permitido ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient failed to handle the command.</source>
        <translation>El destinatario no pudo procesar el comando.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command failed.</source>
        <translation>El comando falló.</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+15"/>
        <location line="+56"/>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+80"/>
        <source>No answer within %1 s.</source>
        <translation>Sin respuesta en %1 s.</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+15"/>
        <source>The command client was removed.</source>
        <translation>Se quitó el cliente de comandos.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+71"/>
        <source>The connection ended before an answer came.</source>
        <translation>La conexión terminó antes de llegar la respuesta.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The answer is not a valid command response.</source>
        <translation>La respuesta no es una respuesta de comando válida.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../qml/account/AddAccountDialog.qml" line="+58"/>
        <source>The two passwords differ: type the same new password twice.</source>
        <translation>Las dos contraseñas no coinciden: hay que escribir la misma contraseña nueva dos veces.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Create an account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an account</source>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linnet asks the server to create the account, then signs in with it. Not every server allows this; one that does not says so.</source>
        <translation>Linnet pide al servidor que cree la cuenta y luego inicia sesión con ella. No todos los servidores lo permiten; los que no, lo indican.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with an account you already have on any XMPP server. Linnet connects it at once.</source>
        <translation>Iniciar sesión con una cuenta existente de cualquier servidor XMPP. Linnet la conecta al instante.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I have an account</source>
        <translation>Ya tengo una cuenta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create a new account on this server</source>
        <translation>Crear una cuenta nueva en este servidor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New address, e.g. alice@example.org</source>
        <translation>Dirección nueva, p. ej. alice@example.org</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address, e.g. alice@example.org</source>
        <translation>Dirección, p. ej. alice@example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New XMPP address: the name you want, @ and the server, for example alice@example.org</source>
        <translation>Nueva dirección XMPP: el nombre deseado, @ y el servidor, por ejemplo alice@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XMPP address, for example alice@example.org; add /name for the first resource</source>
        <translation>Dirección XMPP, por ejemplo alice@example.org; con /nombre se indica el primer recurso</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Repeat the password</source>
        <translation>Repetir la contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new password</source>
        <translation>Repetir la contraseña nueva</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server host (optional)</source>
        <translation>Host del servidor (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server host, optional; found from the address when empty</source>
        <translation>Host del servidor, opcional; si está vacío se deduce de la dirección</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port, optional</source>
        <translation>Puerto, opcional</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remember the password (in the system keychain)</source>
        <translation>Recordar la contraseña (en el llavero del sistema)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Creating %1 on its server…</source>
        <translation>Creando %1 en su servidor…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close; the account is still being created, the accounts page shows how it goes</source>
        <translation>Cerrar; la cuenta se sigue creando y la página de cuentas muestra el progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel creating an account</source>
        <translation>Cancelar la creación de la cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel adding an account</source>
        <translation>Cancelar la adición de la cuenta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
</context>
<context>
    <name>AdvancedSettings</name>
    <message>
        <location filename="../qml/account/AdvancedSettings.qml" line="+52"/>
        <source>Advanced settings</source>
        <translation>Configuración avanzada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connect over</source>
        <translation>Conectar mediante</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direct TLS</source>
        <translation>TLS directo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect over: %1</source>
        <translation>Conectar mediante: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>XMPP over TCP (usually port 5222), encrypted with STARTTLS before signing in.</source>
        <translation>XMPP sobre TCP (normalmente el puerto 5222), cifrado con STARTTLS antes de iniciar sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XMPP over TLS from the first byte (XEP-0368), usually port 5223 or 443.</source>
        <translation>XMPP sobre TLS desde el primer byte (XEP-0368), normalmente el puerto 5223 o 443.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XMPP over a secure WebSocket, for networks that let only web traffic through.</source>
        <translation>XMPP sobre un WebSocket seguro, para redes que solo dejan pasar tráfico web.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XMPP over HTTPS long-polling, for networks that let only web traffic through, even without WebSocket.</source>
        <translation>XMPP sobre HTTPS con long polling, para redes que solo dejan pasar tráfico web, incluso sin WebSocket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds the server through DNS (STARTTLS and direct TLS), then tries the WebSocket and BOSH addresses it announces.</source>
        <translation>Busca el servidor por DNS (STARTTLS y TLS directo) y después prueba las direcciones WebSocket y BOSH que anuncia.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>BOSH address starting with https://, optional; asked from the server when empty</source>
        <translation>Dirección BOSH que empieza por https://, opcional; si está vacía se pregunta al servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebSocket address starting with wss://, optional; asked from the server when empty</source>
        <translation>Dirección WebSocket que empieza por wss://, opcional; si está vacía se pregunta al servidor</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Server host (optional)</source>
        <translation>Host del servidor (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server host, optional; found from the address when empty</source>
        <translation>Host del servidor, opcional; si está vacío se deduce de la dirección</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port, optional</source>
        <translation>Puerto, opcional</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leave empty to ask the server for its address (XEP-0156).</source>
        <translation>Vacía: se pregunta la dirección al servidor (XEP-0156).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to find the server from your address.</source>
        <translation>Vacío: el servidor se deduce de la dirección.</translation>
    </message>
</context>
<context>
    <name>AlertEngine</name>
    <message>
        <location filename="../app/dashboards/AlertEngine.cpp" line="+122"/>
        <source>%1 is %2, above %3</source>
        <translation>%1 está en %2, por encima de %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is %2, below %3</source>
        <translation>%1 está en %2, por debajo de %3</translation>
    </message>
</context>
<context>
    <name>AlertLog</name>
    <message>
        <location filename="../qml/dashboards/AlertLog.qml" line="+40"/>
        <source>Alert log</source>
        <translation>Registro de alertas</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+38"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Acknowledge all</source>
        <translation>Confirmar todas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the alert log</source>
        <translation>Cerrar el registro de alertas</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>, acknowledged</source>
        <translation>, confirmada</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 rose to %2, above %3</source>
        <translation>%1 subió a %2, por encima de %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fell to %2, below %3</source>
        <translation>%1 bajó a %2, por debajo de %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge this alert</source>
        <translation>Confirmar esta alerta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acknowledged</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No alerts</source>
        <translation>Sin alertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a low or high threshold on a tile: crossing it turns the tile red and shows up here.</source>
        <translation>Con un umbral bajo o alto en un panel, al cruzarlo el panel se pone rojo y la alerta aparece aquí.</translation>
    </message>
</context>
<context>
    <name>AmqpBrokerDialog</name>
    <message>
        <location filename="../qml/amqp/AmqpBrokerDialog.qml" line="+23"/>
        <source>Add a message broker</source>
        <translation>Añadir un bróker de mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings that devices send to the broker go into this account&apos;s dashboards. Linnet connects over TLS only.</source>
        <translation>Las lecturas que los dispositivos envían al bróker aparecen en los paneles de esta cuenta. Linnet solo se conecta por TLS.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name, e.g. factory</source>
        <translation>Nombre, p. ej. fabrica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the broker connection</source>
        <translation>Nombre de la conexión con el bróker</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>amqps://broker.example.org:5671</source>
        <translation>amqps://broker.example.org:5671</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address of the broker, amqps://host:port</source>
        <translation>Dirección del bróker, amqps://host:puerto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User (empty: anonymous)</source>
        <translation>Usuario (vacío: anónimo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name at the broker; empty logs in anonymously</source>
        <translation>Nombre de usuario en el bróker; vacío entra de forma anónima</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password at the broker</source>
        <translation>Contraseña en el bróker</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Addresses to read, e.g. /queues/sensors</source>
        <translation>Direcciones que leer, p. ej. /queues/sensors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses to read readings from, separated by commas</source>
        <translation>Direcciones de las que leer lecturas, separadas por comas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extra CA certificate file, PEM (optional)</source>
        <translation>Archivo de certificado de CA adicional, PEM (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path of an extra CA certificate file to trust for this broker, optional</source>
        <translation>Ruta de un archivo de certificado de CA adicional en el que confiar para este bróker, opcional</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel adding a broker (Esc)</source>
        <translation>Cancelar la adición del bróker (Esc)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the broker and connect (Enter)</source>
        <translation>Añadir el bróker y conectar (Intro)</translation>
    </message>
</context>
<context>
    <name>AmqpBrokerRow</name>
    <message>
        <location filename="../qml/amqp/AmqpBrokerRow.qml" line="+32"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting soon</source>
        <translation>Se reconectará en breve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reading(s) stored</source>
        <translation>
            <numerusform>%n lectura guardada</numerusform>
            <numerusform>%n lecturas guardadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s) refused</source>
        <translation>
            <numerusform>%n mensaje rechazado</numerusform>
            <numerusform>%n mensajes rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n redelivery(ies) skipped</source>
        <translation>
            <numerusform>%n reentrega omitida</numerusform>
            <numerusform>%n reentregas omitidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Broker %1 at %2: %3. %4 %5</source>
        <translation>Bróker %1 en %2: %3. %4 %5</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Trust certificate…</source>
        <translation>Confiar en el certificado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the certificate of the broker %1 and decide whether to trust it</source>
        <translation>Revisar el certificado del bróker %1 y decidir si confiar en él</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the broker %1</source>
        <translation>Conectar con el bróker %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect from the broker %1</source>
        <translation>Desconectar del bróker %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove the broker %1 and forget its password</source>
        <translation>Quitar el bróker %1 y olvidar su contraseña</translation>
    </message>
</context>
<context>
    <name>AmqpBrokersSection</name>
    <message>
        <location filename="../qml/amqp/AmqpBrokersSection.qml" line="+33"/>
        <source>Message brokers (AMQP 1.0)</source>
        <translation>Brókers de mensajes (AMQP 1.0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No message brokers: add an AMQP 1.0 broker to chart its devices next to your XMPP feeds.</source>
        <translation>Sin brókers de mensajes: añada un bróker AMQP 1.0 para representar sus dispositivos junto a sus fuentes XMPP.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add broker…</source>
        <translation>Añadir bróker…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add an AMQP broker to %1</source>
        <translation>Añadir un bróker AMQP a %1</translation>
    </message>
</context>
<context>
    <name>AmqpClient</name>
    <message>
        <location filename="../app/amqp/AmqpClient.cpp" line="+99"/>
        <source>The AMQP address must be amqps://host:port (TLS is required).</source>
        <translation>La dirección AMQP debe ser amqps://host:puerto (TLS es obligatorio).</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>The broker closed the connection.</source>
        <translation>El broker cerró la conexión.</translation>
    </message>
    <message>
        <location filename="../app/amqp/AmqpClientLinks.cpp" line="+137"/>
        <source>The broker closed the source %1: %2</source>
        <translation>El broker cerró el origen %1: %2</translation>
    </message>
    <message>
        <location filename="../app/amqp/AmqpClientCommands.cpp" line="+39"/>
        <source>The device&apos;s command queue is not available: %1</source>
        <translation>La cola de órdenes del dispositivo no está disponible: %1</translation>
    </message>
    <message>
        <location filename="../app/amqp/AmqpClientLinks.cpp" line="-32"/>
        <location line="+2"/>
        <source>The broker refused the command: %1</source>
        <translation>El broker rechazó la orden: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The broker closed the connection: %1</source>
        <translation>El broker cerró la conexión: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The AMQP broker refused the user name or password.</source>
        <translation>El broker AMQP rechazó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>The broker closed the reply queue: %1</source>
        <translation>El bróker cerró la cola de respuestas: %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The AMQP connection failed: %1</source>
        <translation>La conexión AMQP falló: %1</translation>
    </message>
    <message>
        <location filename="../app/amqp/AmqpClientCommands.cpp" line="+81"/>
        <source>The device did not answer in time.</source>
        <translation>El dispositivo no respondió a tiempo.</translation>
    </message>
    <message>
        <location filename="../app/amqp/AmqpClientManagement.cpp" line="+93"/>
        <source>The broker refused to make the reply queue: %1</source>
        <translation>El bróker se negó a crear la cola de respuestas: %1</translation>
    </message>
</context>
<context>
    <name>AmqpConnectionsModel</name>
    <message>
        <location filename="../app/amqp/AmqpConnectionsModel.cpp" line="+144"/>
        <source>Name the connection with letters, digits, dots or dashes, e.g. “factory”.</source>
        <translation>Nombre la conexión con letras, dígitos, puntos o guiones, p. ej. «fabrica».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account already has a connection called “%1”.</source>
        <translation>Esta cuenta ya tiene una conexión llamada «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the broker’s address as amqps://host:port (Linnet connects with TLS only).</source>
        <translation>Introduzca la dirección del bróker como amqps://host:puerto (Linnet solo se conecta con TLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter at least one address to read, e.g. /queues/sensors.</source>
        <translation>Introduzca al menos una dirección que leer, p. ej. /queues/sensors.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the password for %1, or leave the user empty to log in anonymously.</source>
        <translation>Introduzca la contraseña de %1 o deje el usuario vacío para entrar de forma anónima.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No keychain to take the password from.</source>
        <translation>No hay llavero del que tomar la contraseña.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No password for this broker in the keychain: remove it and add it again.</source>
        <translation>No hay contraseña para este bróker en el llavero: quítelo y añádalo de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s secret store is not available (%1).</source>
        <translation>El almacén de secretos del sistema no está disponible (%1).</translation>
    </message>
</context>
<context>
    <name>ArchiveSync</name>
    <message>
        <location filename="../app/chat/ArchiveSync.cpp" line="+39"/>
        <source>Fetching messages from the server… %1</source>
        <translation>Obteniendo mensajes del servidor… %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching messages from the server…</source>
        <translation>Obteniendo mensajes del servidor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetching older messages from the server…</source>
        <translation>Obteniendo mensajes anteriores del servidor…</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+11"/>
        <source>Cannot fetch the archive: not connected</source>
        <translation>No se puede obtener el archivo: sin conexión</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Cannot fetch older messages: not connected</source>
        <translation>No se pueden obtener mensajes anteriores: sin conexión</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot fetch the archive of %1: not connected</source>
        <translation>No se puede obtener el archivo de %1: sin conexión</translation>
    </message>
</context>
<context>
    <name>AttachmentDownload</name>
    <message>
        <location filename="../app/files/AttachmentDownload.cpp" line="+31"/>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Downloading… %1 of %2</source>
        <translation>Descargando… %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading… %1</source>
        <translation>Descargando… %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download failed: %1</source>
        <translation>Error en la descarga: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too large to preview</source>
        <translation>Demasiado grande para la vista previa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, too large to preview</source>
        <translation>%1, demasiado grande para la vista previa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Size unknown</source>
        <translation>Tamaño desconocido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attachment %1, %2</source>
        <translation>Adjunto %1, %2</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <location filename="../qml/files/AttachmentView.qml" line="+119"/>
        <source>Downloading %1</source>
        <translation>Descargando %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel download of %1</source>
        <translation>Cancelar la descarga de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save %1 as…</source>
        <translation>Guardar %1 como…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save %1</source>
        <translation>Guardar %1</translation>
    </message>
</context>
<context>
    <name>ChartTile</name>
    <message>
        <location filename="../qml/dashboards/ChartTile.qml" line="+171"/>
        <source>Line chart</source>
        <translation>Gráfico de líneas</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>disconnected</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Restoring saved readings…</source>
        <translation>Restaurando las lecturas guardadas…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No readings in this window yet</source>
        <translation>Aún no hay lecturas en este intervalo</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>stale</source>
        <translation>sin actualizar</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <location filename="../qml/chat/ChatHeader.qml" line="+172"/>
        <source>Send to (Ctrl+Shift+R)</source>
        <translation>Enviar a (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any device</source>
        <translation>Cualquier dispositivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send to any device of %1 (the server picks)</source>
        <translation>Enviar a cualquier dispositivo de %1 (elige el servidor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to %1: the server delivers to their devices</source>
        <translation>Enviar a %1: el servidor entrega a sus dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no device online: the server keeps the message</source>
        <translation>%1 no tiene ningún dispositivo en línea: el servidor guarda el mensaje</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send only to %1&apos;s device %2</source>
        <translation>Enviar solo al dispositivo %2 de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send only to %1/%2 (%3)</source>
        <translation>Enviar solo a %1/%2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send only to %1/%2</source>
        <translation>Enviar solo a %1/%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Commands of %1/%2…</source>
        <translation>Comandos de %1/%2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands of %1…</source>
        <translation>Comandos de %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close conversation (Esc)</source>
        <translation>Cerrar la conversación (Esc)</translation>
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
        <translation>%1 caracteres más sin mostrar</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>waiting to send</source>
        <translation>pendiente de envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not confirmed yet</source>
        <translation>sin confirmar aún</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>typing…</source>
        <translation>escribiendo…</translation>
    </message>
</context>
<context>
    <name>ChatNotifier</name>
    <message numerus="yes">
        <location filename="../app/chat/ChatNotifier.cpp" line="+87"/>
        <source>%n new message(s): %1</source>
        <translation>
            <numerusform>%n mensaje nuevo: %1</numerusform>
            <numerusform>%n mensajes nuevos: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n message(s) from %1 while you were away</source>
        <translation>
            <numerusform>%n mensaje de %1 durante la ausencia</numerusform>
            <numerusform>%n mensajes de %1 durante la ausencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s) in %1 conversations while you were away</source>
        <translation>
            <numerusform>%n mensaje en %1 conversaciones durante la ausencia</numerusform>
            <numerusform>%n mensajes en %1 conversaciones durante la ausencia</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New messages</source>
        <translation>Mensajes nuevos</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../qml/chat/ChatPage.qml" line="+22"/>
        <source>File sharing is not available for this account.</source>
        <translation>Compartir archivos no está disponible para esta cuenta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conversation with %1</source>
        <translation>Conversación con %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Say hello to %1</source>
        <translation>Saludar a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your first message below.</source>
        <translation>El primer mensaje se escribe abajo.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The correction could not be sent.</source>
        <translation>No se pudo enviar la corrección.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The message could not be sent.</source>
        <translation>No se pudo enviar el mensaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: %1 is offline. Your message stays here to send once it is connected.</source>
        <translation>No enviado: la cuenta %1 está desconectada. El mensaje se queda aquí y se enviará cuando se conecte.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Drop files to share them with %1</source>
        <translation>Soltar archivos para compartirlos con %1</translation>
    </message>
</context>
<context>
    <name>ChosenSeriesChips</name>
    <message>
        <location filename="../qml/dashboards/ChosenSeriesChips.qml" line="+49"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>CommandErrorBanner</name>
    <message>
        <location filename="../qml/commands/CommandErrorBanner.qml" line="+22"/>
        <source>Fix the marked fields; nothing was sent.</source>
        <translation>Hay que corregir los campos marcados; no se envió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer in time. Your values are kept: retry when the device is reachable.</source>
        <translation>Sin respuesta a tiempo. Los valores se conservan: reintentar cuando el dispositivo esté accesible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device does not accept commands from this account. Ask its owner to allow %1.</source>
        <translation>El dispositivo no acepta comandos de esta cuenta. Su propietario debe autorizar a %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command or its session is gone. Start over to run it again with your values.</source>
        <translation>El comando o su sesión ya no existe. Al empezar de nuevo se ejecuta otra vez con los mismos valores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your values are kept: start over when it is back online.</source>
        <translation>Los valores se conservan: empezar de nuevo cuando vuelva a estar en línea.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device did not accept the request. Check the values and retry.</source>
        <translation>El dispositivo no aceptó la solicitud. Conviene revisar los valores y reintentar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your values are kept.</source>
        <translation>Los valores se conservan.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the last request</source>
        <translation>Reintentar la última solicitud</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the command over, keeping the values</source>
        <translation>Empezar el comando de nuevo, conservando los valores</translation>
    </message>
</context>
<context>
    <name>CommandErrors</name>
    <message>
        <location filename="../app/commands/CommandErrors.cpp" line="+48"/>
        <source>No answer in time.</source>
        <translation>Sin respuesta a tiempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device is offline.</source>
        <translation>El dispositivo está desconectado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are not allowed to run this command.</source>
        <translation>No está permitido ejecutar este comando desde esta cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command does not exist (any more).</source>
        <translation>El comando no existe (o ya no existe).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command failed.</source>
        <translation>El comando falló.</translation>
    </message>
</context>
<context>
    <name>CommandHistoryDialog</name>
    <message>
        <location filename="../qml/commands/CommandHistoryDialog.qml" line="+24"/>
        <source>Command history of %1</source>
        <translation>Historial de comandos de %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the command history</source>
        <translation>Cerrar el historial de comandos</translation>
    </message>
</context>
<context>
    <name>CommandHistoryView</name>
    <message>
        <location filename="../qml/commands/CommandHistoryView.qml" line="+30"/>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next step</source>
        <translation>paso siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Command history of %1</source>
        <translation>Historial de comandos de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values sent</source>
        <translation>Valores enviados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent %1</source>
        <translation>enviados: %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No commands run yet</source>
        <translation>Aún no se ha ejecutado ningún comando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every command you run on %1 is listed here, with its values and result.</source>
        <translation>Aquí aparece cada comando ejecutado en %1, con sus valores y su resultado.</translation>
    </message>
</context>
<context>
    <name>CommandList</name>
    <message>
        <location filename="../qml/commands/CommandList.qml" line="+34"/>
        <source>Commands of %1</source>
        <translation>Comandos de %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>on %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 · on %2</source>
        <translation>%1 · en %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loading the commands</source>
        <translation>Cargando los comandos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is offline</source>
        <translation>%1 está desconectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking %1 for its commands…</source>
        <translation>Pidiendo a %1 sus comandos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not list the commands</source>
        <translation>No se pudieron listar los comandos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No commands</source>
        <translation>Sin comandos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands go through a session of this account: connect one first.</source>
        <translation>Los comandos pasan por una sesión de esta cuenta: primero hay que conectar una.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its commands are listed when it comes online.</source>
        <translation>Sus comandos aparecerán cuando esté en línea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 offers no commands to %2. A device lists its commands only to the addresses it allows.</source>
        <translation>%1 no ofrece comandos a %2. Un dispositivo solo muestra sus comandos a las direcciones que autoriza.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>Volver a intentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the commands again</source>
        <translation>Listar los comandos de nuevo</translation>
    </message>
</context>
<context>
    <name>CommandListModel</name>
    <message>
        <location filename="../app/commands/CommandListModel.cpp" line="+118"/>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
</context>
<context>
    <name>CommandPanel</name>
    <message>
        <location filename="../qml/commands/CommandPanel.qml" line="+70"/>
        <source>Waiting for an answer…</source>
        <translation>Esperando respuesta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent from %1</source>
        <translation>enviado desde %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Waiting for %1</source>
        <translation>Esperando a %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for %1…</source>
        <translation>Esperando a %1…</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <location filename="../app/commands/CommandRunner.cpp" line="+71"/>
        <source>No command to run.</source>
        <translation>No hay ningún comando que ejecutar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+197"/>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Some fields need attention.</source>
        <translation>Algunos campos requieren atención.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The device went offline.</source>
        <translation>El dispositivo se desconectó.</translation>
    </message>
</context>
<context>
    <name>CommandTile</name>
    <message>
        <location filename="../qml/dashboards/CommandTile.qml" line="+41"/>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not run yet</source>
        <translation>Aún sin ejecutar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Run %1 on %2</source>
        <translation>Ejecutar %1 en %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>On</source>
        <translation>Encendido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Running %1</source>
        <translation>Ejecutando %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open %1 to fill in its form</source>
        <translation>Abrir %1 para rellenar su formulario</translation>
    </message>
</context>
<context>
    <name>CommandTileRunner</name>
    <message>
        <location filename="../app/dashboards/CommandTileRunner.cpp" line="+99"/>
        <source>Needs input — open the command</source>
        <translation>Faltan datos: abrir el comando</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+93"/>
        <source>Not sent: the account is offline.</source>
        <translation>No enviado: la cuenta está desconectada.</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+182"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>The device canceled the command.</source>
        <translation>El dispositivo canceló el comando.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The device did not answer in time.</source>
        <translation>El dispositivo no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The device sent an answer Linnet does not understand.</source>
        <translation>El dispositivo envió una respuesta que Linnet no entiende.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not allowed: the device does not take commands from this account.</source>
        <translation>No permitido: el dispositivo no acepta comandos de esta cuenta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device does not offer this command.</source>
        <translation>El dispositivo no ofrece este comando.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The device is offline.</source>
        <translation>El dispositivo está desconectado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+103"/>
        <source>The device refused the command.</source>
        <translation>El dispositivo rechazó el comando.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Not sent: this account has no AMQP connection “%1”.</source>
        <translation>No enviado: esta cuenta no tiene la conexión AMQP «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent: the AMQP connection “%1” is not connected.</source>
        <translation>No enviado: la conexión AMQP «%1» no está conectada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The AMQP connection “%1” was removed.</source>
        <translation>Se eliminó la conexión AMQP «%1».</translation>
    </message>
</context>
<context>
    <name>CommandTileSettings</name>
    <message>
        <location filename="../qml/dashboards/CommandTileSettings.qml" line="+47"/>
        <source>Name the field the control sets (its var, e.g. “on”).</source>
        <translation>Falta el campo que establece el control (su var, p. ej. «on»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The slider needs a minimum below its maximum and a step above 0.</source>
        <translation>El deslizador necesita un mínimo menor que el máximo y un paso mayor que 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These settings do not work for this tile.</source>
        <translation>Esta configuración no sirve para este panel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sends “%1” to %2 via %3</source>
        <translation>Envía «%1» a %2 a través de %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs “%1” on %2</source>
        <translation>Ejecuta «%1» en %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Button</source>
        <translation>Botón</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch</source>
        <translation>Interruptor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slider</source>
        <translation>Deslizador</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show it as a %1</source>
        <translation>Mostrar como %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not for the action “%2”</source>
        <translation>%1: no sirve para la acción «%2»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Field it sets (var), e.g. on</source>
        <translation>Campo que establece (var), p. ej. on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field the switch sets</source>
        <translation>Campo que establece el interruptor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field the slider sets</source>
        <translation>Campo que establece el deslizador</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slider minimum</source>
        <translation>Mínimo del deslizador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slider maximum</source>
        <translation>Máximo del deslizador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slider step</source>
        <translation>Paso del deslizador</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sends no stored values: the device&apos;s current ones stay.</source>
        <translation>No envía valores guardados: se mantienen los actuales del dispositivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends: %1</source>
        <translation>Envía: %1</translation>
    </message>
</context>
<context>
    <name>CommandsDialog</name>
    <message>
        <location filename="../qml/commands/CommandsDialog.qml" line="+48"/>
        <source>Commands of %1</source>
        <translation>Comandos de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
</context>
<context>
    <name>CommandsHeader</name>
    <message>
        <location filename="../qml/commands/CommandsHeader.qml" line="+80"/>
        <source>Commands of %1</source>
        <translation>Comandos de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>as %1</source>
        <translation>como %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · as %2</source>
        <translation>%1 · como %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Commands or history</source>
        <translation>Comandos o historial</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the commands</source>
        <translation>Mostrar los comandos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the command history of %1</source>
        <translation>Mostrar el historial de comandos de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the commands again (F5)</source>
        <translation>Listar los comandos de nuevo (F5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
</context>
<context>
    <name>CommandsView</name>
    <message>
        <location filename="../qml/commands/CommandsView.qml" line="+207"/>
        <source>Pick a command</source>
        <translation>Elegir un comando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of %1&apos;s commands on the left to run it. Its history is under History.</source>
        <translation>Elegir a la izquierda uno de los comandos de %1 para ejecutarlo. Su historial está en Historial.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../qml/chat/Composer.qml" line="+141"/>
        <source>Correcting your last message · Enter replaces it, Escape cancels</source>
        <translation>Corrigiendo el último mensaje · Intro lo reemplaza, Esc cancela</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Share files with %1</source>
        <translation>Compartir archivos con %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Share files</source>
        <translation>Compartir archivos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share files (or drop them here)</source>
        <translation>Compartir archivos (o soltarlos aquí)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Message %1</source>
        <translation>Mensaje para %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Message to %1; Enter sends, Shift+Enter starts a new line, Up corrects the last message</source>
        <translation>Mensaje para %1; Intro envía, Shift+Intro inicia una línea nueva, Flecha arriba corrige el último mensaje</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Replace the last message</source>
        <translation>Reemplazar el último mensaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace (Enter)</source>
        <translation>Reemplazar (Intro)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send (Enter)</source>
        <translation>Enviar (Intro)</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message numerus="yes">
        <location filename="../qml/account/ConnectionBanner.qml" line="+26"/>
        <source>%1 is offline. Reconnecting in %n s.</source>
        <translation>
            <numerusform>La cuenta %1 está desconectada. Reconectando en %n s.</numerusform>
            <numerusform>La cuenta %1 está desconectada. Reconectando en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting %1…</source>
        <translation>Conectando %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is turned off.</source>
        <translation>La cuenta %1 está desactivada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is offline.</source>
        <translation>La cuenta %1 está desconectada.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reconnect now</source>
        <translation>Reconectar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review certificate</source>
        <translation>Revisar el certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter password</source>
        <translation>Escribir la contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on and connect</source>
        <translation>Activar y conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Accounts…</source>
        <translation>Cuentas…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the accounts page (Ctrl+Shift+A)</source>
        <translation>Abrir la página de cuentas (Ctrl+Shift+A)</translation>
    </message>
</context>
<context>
    <name>ConnectionError</name>
    <message>
        <location filename="../app/account/ConnectionController.cpp" line="+93"/>
        <source>Enter your address as name@server, e.g. alice@example.org.</source>
        <translation>La dirección tiene la forma nombre@servidor, p. ej. alice@example.org.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The server did not ask for a login Linnet accepts (SCRAM).</source>
        <translation>El servidor no pidió un inicio de sesión que Linnet acepte (SCRAM).</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../app/net/ConnectionError.cpp" line="+39"/>
        <source>The connection to the server was lost.</source>
        <translation>Se perdió la conexión con el servidor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/net/ConnectionError.cpp" line="+47"/>
        <location filename="../app/net/WebSocketTransport.cpp" line="+76"/>
        <location filename="../app/net/BoshTransport.cpp" line="+83"/>
        <source>The connection failed.</source>
        <translation>La conexión falló.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location filename="../app/net/WebSocketTransportSocket.cpp" line="+86"/>
        <source>The server redirected too many times.</source>
        <translation>El servidor redirigió demasiadas veces.</translation>
    </message>
    <message>
        <location filename="../app/net/ConnectionError.cpp" line="-64"/>
        <location filename="../app/net/ServiceDiscovery.cpp" line="+356"/>
        <location filename="../app/net/StreamBridgeConnect.cpp" line="+83"/>
        <source>The server&apos;s address could not be found. Check the address, or enter a host.</source>
        <translation>No se encontró la dirección del servidor. Conviene revisar la dirección o indicar un host.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>The server could not be reached (%1).</source>
        <translation>No se pudo contactar con el servidor (%1).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>A secure connection could not be established: %1</source>
        <translation>No se pudo establecer una conexión segura: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrong password or unknown account.</source>
        <translation>Contraseña incorrecta o cuenta desconocida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account has been disabled by the server.</source>
        <translation>El servidor ha deshabilitado esta cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password has expired. Set a new one with your provider.</source>
        <translation>La contraseña ha caducado. Hay que establecer una nueva con el proveedor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server offers no secure login method Linnet accepts (SCRAM).</source>
        <translation>El servidor no ofrece ningún método de inicio de sesión seguro que Linnet acepte (SCRAM).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Login failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>Se rechazó el certificado del servidor: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server stopped answering.</source>
        <translation>El servidor dejó de responder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/net/StreamBridge.cpp" line="+32"/>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The session ended on an unexpected reply from the server: %1</source>
        <translation>La sesión terminó tras una respuesta inesperada del servidor: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/net/BoshTransport.cpp" line="-60"/>
        <source>The server closed the session: %1</source>
        <translation>El servidor cerró la sesión: %1</translation>
    </message>
    <message>
        <location filename="../app/net/WebSocketTransportSocket.cpp" line="-52"/>
        <source>The WebSocket address must start with wss://: Linnet only connects encrypted.</source>
        <translation>La dirección WebSocket debe empezar por wss://: Linnet solo se conecta de forma cifrada.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../app/net/StreamBridge.cpp" line="+167"/>
        <source>The server sent malformed data (%1).</source>
        <translation>El servidor envió datos mal formados (%1).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The server does not offer XMPP over WebSocket at this address.</source>
        <translation>El servidor no ofrece XMPP sobre WebSocket en esta dirección.</translation>
    </message>
    <message>
        <location filename="../app/net/StreamBridge.cpp" line="+29"/>
        <source>The server closed the stream before encryption started.</source>
        <translation>El servidor cerró el flujo antes de que empezara el cifrado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server does not offer encryption (STARTTLS); Linnet requires it.</source>
        <translation>El servidor no ofrece cifrado (STARTTLS); Linnet lo exige.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server refused to start encryption.</source>
        <translation>El servidor se negó a iniciar el cifrado.</translation>
    </message>
    <message>
        <location filename="../app/net/WebSocketTransportSocket.cpp" line="-26"/>
        <location filename="../app/net/StreamBridge.cpp" line="+21"/>
        <source>The server redirected to an invalid address (%1).</source>
        <translation>El servidor redirigió a una dirección no válida (%1).</translation>
    </message>
    <message>
        <location filename="../app/net/StreamBridge.cpp" line="+9"/>
        <source>The server ended the connection before encryption (%1).</source>
        <translation>El servidor terminó la conexión antes del cifrado (%1).</translation>
    </message>
    <message>
        <location filename="../app/net/StreamBridgeLocal.cpp" line="+56"/>
        <source>The XMPP client sent too much before encryption.</source>
        <translation>El cliente XMPP envió demasiados datos antes del cifrado.</translation>
    </message>
    <message>
        <location filename="../app/net/ServiceDiscovery.cpp" line="-296"/>
        <source>The server announces no WebSocket or BOSH address.</source>
        <translation>El servidor no anuncia ninguna dirección WebSocket ni BOSH.</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>A WebSocket address must start with wss://, a BOSH address with https://.</source>
        <translation>Una dirección WebSocket debe empezar por wss://; una dirección BOSH, por https://.</translation>
    </message>
    <message>
        <location line="+73"/>
        <location filename="../app/net/StreamBridgeConnect.cpp" line="-23"/>
        <source>The server could not be reached.</source>
        <translation>No se pudo contactar con el servidor.</translation>
    </message>
    <message>
        <location filename="../app/net/TlsPolicy.cpp" line="+41"/>
        <source>The server&apos;s certificate has changed since you trusted it: %1</source>
        <translation>El certificado del servidor ha cambiado desde que se le dio confianza: %1</translation>
    </message>
    <message>
        <location filename="../app/net/BoshTransport.cpp" line="+33"/>
        <source>The BOSH address must start with https:// (connections without TLS are refused): %1</source>
        <translation>La dirección BOSH debe empezar por https:// (se rechazan las conexiones sin TLS): %1</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../qml/roster/ContactDialog.qml" line="+67"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They get a request to share presence; once they accept, you see when they are online.</source>
        <translation>Recibirá una solicitud para compartir la presencia; cuando la acepte, se verá cuándo está en línea.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Address, like bob@example.org</source>
        <translation>Dirección, como bob@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact address</source>
        <translation>Dirección del contacto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name (optional)</source>
        <translation>Nombre (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact name</source>
        <translation>Nombre del contacto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Groups, separated by commas (optional)</source>
        <translation>Grupos, separados por comas (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups, separated by commas</source>
        <translation>Grupos, separados por comas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add to the group %1</source>
        <translation>Añadir al grupo %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the contact</source>
        <translation>Guardar el contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the contact</source>
        <translation>Añadir el contacto</translation>
    </message>
</context>
<context>
    <name>ContactMenu</name>
    <message>
        <location filename="../qml/roster/ContactMenu.qml" line="+42"/>
        <source>Edit name and groups…</source>
        <translation>Editar nombre y grupos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the name and groups of %1</source>
        <translation>Editar el nombre y los grupos de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move to group</source>
        <translation>Mover al grupo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move to the group %1</source>
        <translation>Mover al grupo %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No group</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take out of the group %1</source>
        <translation>Sacar del grupo %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New group…</source>
        <translation>Grupo nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put in a new group</source>
        <translation>Poner en un grupo nuevo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unmute notifications</source>
        <translation>Reactivar las notificaciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute notifications</source>
        <translation>Silenciar las notificaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify again about messages from %1</source>
        <translation>Volver a notificar los mensajes de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notifications for messages from %1 (they still count as unread)</source>
        <translation>Sin notificaciones de los mensajes de %1 (siguen contando como no leídos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unblock %1</source>
        <translation>Desbloquear a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block %1: no messages or presence from them</source>
        <translation>Bloquear a %1: ni mensajes ni presencia de este contacto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the contacts</source>
        <translation>Quitar a %1 de los contactos</translation>
    </message>
</context>
<context>
    <name>DashboardFile</name>
    <message>
        <location filename="../app/dashboards/DashboardFile.cpp" line="+66"/>
        <source>command tile &quot;%1&quot; without node (the AMQP device)</source>
        <translation>mosaico de comando «%1» sin nodo (el dispositivo AMQP)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>command tile &quot;%1&quot; without jid or node</source>
        <translation>panel de comando «%1» sin jid ni nodo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>command tile &quot;%1&quot;: unknown control &quot;%2&quot;</source>
        <translation>panel de comando «%1»: control desconocido «%2»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>command tile &quot;%1&quot;: an AMQP action needs a field</source>
        <translation>mosaico de comando «%1»: una acción AMQP necesita un campo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>command tile &quot;%1&quot;: a %2 needs a field</source>
        <translation>panel de comando «%1»: un %2 necesita un campo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>command tile &quot;%1&quot;: a bad slider range</source>
        <translation>panel de comando «%1»: rango del deslizador incorrecto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>command tile &quot;%1&quot;: a %2 cannot send the AMQP action &quot;%3&quot;</source>
        <translation>mosaico de comando «%1»: un %2 no puede enviar la acción AMQP «%3»</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>unknown tile kind &quot;%1&quot;</source>
        <translation>tipo de panel desconocido «%1»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tile &quot;%1&quot; is off the grid</source>
        <translation>el panel «%1» está fuera de la cuadrícula</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>tile &quot;%1&quot;: low threshold not below high</source>
        <translation>panel «%1»: el umbral bajo no es menor que el alto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tile &quot;%1&quot;: a series without service, node or name</source>
        <translation>panel «%1»: una serie sin servicio, nodo o nombre</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+49"/>
        <source>Not a Linnet dashboard file.</source>
        <translation>No es un archivo de tablero de Linnet.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Dashboard file version %1 is not supported (this Linnet reads version %2).</source>
        <translation>La versión %1 del archivo de tablero no es compatible (esta versión de Linnet lee la versión %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dashboard has no name.</source>
        <translation>El tablero no tiene nombre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a tile overlaps another one</source>
        <translation>un panel se superpone a otro</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file is too large for a dashboard.</source>
        <translation>El archivo es demasiado grande para un tablero.</translation>
    </message>
</context>
<context>
    <name>DashboardHeader</name>
    <message>
        <location filename="../qml/dashboards/DashboardHeader.qml" line="+33"/>
        <source>7 d</source>
        <translation>7 d</translation>
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
        <translation>Tablero %1: cambiar, renombrar, exportar o eliminar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time window</source>
        <translation>Intervalo de tiempo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show the last %1</source>
        <translation>Mostrar el intervalo de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume: follow the live feed</source>
        <translation>Reanudar: seguir los datos en directo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause: hold the view</source>
        <translation>Pausar: congelar la vista</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Alerts: %n not acknowledged</source>
        <translation>
            <numerusform>Alertas: %n sin confirmar</numerusform>
            <numerusform>Alertas: %n sin confirmar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add tile</source>
        <translation>Añadir panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a tile</source>
        <translation>Añadir un panel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New dashboard…</source>
        <translation>Tablero nuevo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename this dashboard</source>
        <translation>Renombrar este tablero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import from file…</source>
        <translation>Importar desde un archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a dashboard from a file</source>
        <translation>Importar un tablero desde un archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export to file…</source>
        <translation>Exportar a un archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this dashboard to a file</source>
        <translation>Exportar este tablero a un archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete dashboard…</source>
        <translation>Eliminar el tablero…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this dashboard</source>
        <translation>Eliminar este tablero</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../qml/dashboards/DashboardPage.qml" line="+105"/>
        <source>Exporting CSV…</source>
        <translation>Exportando CSV…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <location line="+270"/>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>CSV export failed: %1</source>
        <translation>Error al exportar CSV: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported “%1”</source>
        <translation>«%1» importado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import failed: %1</source>
        <translation>Error al importar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>This dashboard has no tiles yet</source>
        <translation>Este tablero aún no tiene paneles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a tile: a line chart of several series, a gauge with the last value, an on/off timeline, or a device&apos;s relay or interval.</source>
        <translation>Añadir un mosaico: un gráfico de líneas de varias series, un indicador con el último valor, una línea de tiempo de encendido/apagado o el relé o el intervalo de un dispositivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a tile</source>
        <translation>Añadir un panel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No dashboards yet</source>
        <translation>Aún no hay tableros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse your server&apos;s devices and subscribe to their feeds, then build a dashboard of live charts. Or import one from a file.</source>
        <translation>Explorar los dispositivos del servidor, suscribirse a sus fuentes y crear un tablero de gráficos en directo. O importar uno desde un archivo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse devices</source>
        <translation>Explorar dispositivos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a dashboard from a file</source>
        <translation>Importar un tablero desde un archivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New dashboard</source>
        <translation>Tablero nuevo</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its tiles and layout go. The readings stay: other dashboards keep showing them, and the device subscriptions stay until you remove them.</source>
        <translation>Se eliminan sus paneles y su disposición. Las lecturas se conservan: otros tableros las siguen mostrando y las suscripciones a dispositivos siguen activas hasta quitarlas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the dashboard</source>
        <translation>Conservar el tablero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete dashboard</source>
        <translation>Eliminar el tablero</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import a dashboard</source>
        <translation>Importar un tablero</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Dashboard files (*.json)</source>
        <translation>Archivos de tablero (*.json)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the dashboard</source>
        <translation>Exportar el tablero</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the tile&apos;s data as CSV</source>
        <translation>Exportar los datos del panel como CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another export is still running.</source>
        <translation>Todavía hay otra exportación en curso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the tile as PNG</source>
        <translation>Exportar el panel como PNG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
</context>
<context>
    <name>Dashboards</name>
    <message>
        <location filename="../app/dashboards/DashboardData.cpp" line="+94"/>
        <source>Relay</source>
        <translation>Relé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reporting interval (s)</source>
        <translation>Intervalo de informe (s)</translation>
    </message>
</context>
<context>
    <name>DashboardsModel</name>
    <message>
        <location filename="../app/dashboards/DashboardsModel.cpp" line="+224"/>
        <source>Nothing to export.</source>
        <translation>No hay nada que exportar.</translation>
    </message>
    <message>
        <location filename="../app/dashboards/DashboardsModelStorage.cpp" line="+126"/>
        <source>a second one named %1</source>
        <translation>otro con el nombre %1</translation>
    </message>
</context>
<context>
    <name>DataFormModel</name>
    <message>
        <location filename="../app/commands/DataFormModel.cpp" line="+84"/>
        <source>%1, required</source>
        <translation>%1, obligatorio</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hh:mm:ss</source>
        <translation>hh:mm:ss</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1–%2 values</source>
        <translation>%1–%2 valores</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>at least %n value(s)</source>
        <translation>
            <numerusform>al menos %n valor</numerusform>
            <numerusform>al menos %n valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>at most %n value(s)</source>
        <translation>
            <numerusform>como máximo %n valor</numerusform>
            <numerusform>como máximo %n valores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateSeparator</name>
    <message>
        <location filename="../qml/chat/DateSeparator.qml" line="+16"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <location filename="../app/devices/DeviceController.cpp" line="+185"/>
        <source>This account has no session “%1”.</source>
        <translation>Esta cuenta no tiene ninguna sesión «%1».</translation>
    </message>
</context>
<context>
    <name>DevicesSection</name>
    <message>
        <location filename="../qml/dashboards/DevicesSection.qml" line="+39"/>
        <source>%1, alert</source>
        <translation>%1, alerta</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>DEVICES</source>
        <translation>DISPOSITIVOS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New dashboard</source>
        <translation>Tablero nuevo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dashboards</source>
        <translation>Tableros</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Browse devices</source>
        <translation>Explorar dispositivos</translation>
    </message>
</context>
<context>
    <name>DiscoveryModel</name>
    <message>
        <location filename="../app/devices/DiscoveryEntry.h" line="+26"/>
        <source>No session of this account is online.</source>
        <translation>Ninguna sesión de esta cuenta está en línea.</translation>
    </message>
</context>
<context>
    <name>DiscoveryPage</name>
    <message>
        <location filename="../qml/devices/DiscoveryPage.qml" line="+86"/>
        <source>Discover devices</source>
        <translation>Descubrir dispositivos</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Browse</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse the server (Ctrl+L)</source>
        <translation>Explorar el servidor (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subscribed (%1 ⚠)</source>
        <translation>Suscritas (%1 ⚠)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+131"/>
        <source>Subscribed</source>
        <translation>Suscritas</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Subscribed feeds (Ctrl+J)</source>
        <translation>Fuentes suscritas (Ctrl+J)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receive in</source>
        <translation>Recibir en</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every session</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session that receives new subscriptions</source>
        <translation>Sesión que recibe las suscripciones nuevas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reload (F5)</source>
        <translation>Recargar (F5)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovery asks the server; connect a session of this account first.</source>
        <translation>El descubrimiento consulta al servidor; primero hay que conectar una sesión de esta cuenta.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Services and nodes of %1</source>
        <translation>Servicios y nodos de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Subscribe to a node or a device in the tree on the left.</source>
        <translation>Para suscribirse, elegir un nodo o un dispositivo en el árbol de la izquierda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribe to a node or a device under Browse.</source>
        <translation>Para suscribirse, elegir un nodo o un dispositivo en Explorar.</translation>
    </message>
</context>
<context>
    <name>DiscoveryRow</name>
    <message>
        <location filename="../qml/devices/DiscoveryRow.qml" line="+48"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish-subscribe service · %1</source>
        <translation>Servicio de publicación-suscripción · %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device %1 · node %2</source>
        <translation>Dispositivo %1 · nodo %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
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
        <translation>dispositivo desconectado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>subscribed</source>
        <translation>suscrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commands of %1…</source>
        <translation>Comandos de %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsubscribe</source>
        <translation>Cancelar suscripción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subscribe</source>
        <translation>Suscribirse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsubscribe from %1</source>
        <translation>Cancelar la suscripción a %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subscribe to %1</source>
        <translation>Suscribirse a %1</translation>
    </message>
</context>
<context>
    <name>FeedHealth</name>
    <message numerus="yes">
        <location filename="../app/devices/FeedHealth.cpp" line="+28"/>
        <source>%n malformed reading(s) or item(s) ignored.</source>
        <translation>
            <numerusform>Se ignoró %n lectura o elemento mal formado.</numerusform>
            <numerusform>Se ignoraron %n lecturas o elementos mal formados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reading(s) with NaN or infinite values ignored.</source>
        <translation>
            <numerusform>Se ignoró %n lectura con valores NaN o infinitos.</numerusform>
            <numerusform>Se ignoraron %n lecturas con valores NaN o infinitos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reading(s) with an impossible time ignored.</source>
        <translation>
            <numerusform>Se ignoró %n lectura con una hora imposible.</numerusform>
            <numerusform>Se ignoraron %n lecturas con una hora imposible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n oversized item(s) ignored.</source>
        <translation>
            <numerusform>Se ignoró %n elemento demasiado grande.</numerusform>
            <numerusform>Se ignoraron %n elementos demasiado grandes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) with too many records cut short.</source>
        <translation>
            <numerusform>Se recortó %n elemento con demasiados registros.</numerusform>
            <numerusform>Se recortaron %n elementos con demasiados registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) for this node from an unexpected publisher ignored.</source>
        <translation>
            <numerusform>Se ignoró %n elemento de este nodo de un publicador inesperado.</numerusform>
            <numerusform>Se ignoraron %n elementos de este nodo de un publicador inesperado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) in an unknown format ignored.</source>
        <translation>
            <numerusform>Se ignoró %n elemento en un formato desconocido.</numerusform>
            <numerusform>Se ignoraron %n elementos en un formato desconocido.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Publishing %1 items/s: more than a sensor should.</source>
        <translation>Publica %1 elementos/s: más de lo normal para un sensor.</translation>
    </message>
</context>
<context>
    <name>FeedsList</name>
    <message>
        <location filename="../qml/devices/FeedsList.qml" line="+17"/>
        <source>Subscribe to a node or a device in Discover devices.</source>
        <translation>Para suscribirse, elegir un nodo o un dispositivo en Descubrir dispositivos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subscribing…</source>
        <translation>Suscribiendo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribed</source>
        <translation>Suscrita</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Subscribed feeds</source>
        <translation>Fuentes suscritas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No feeds yet</source>
        <translation>Aún no hay fuentes</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>only %1</source>
        <translation>solo %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every session</source>
        <translation>todas las sesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device offline</source>
        <translation>dispositivo desconectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last %1</source>
        <translation>última: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Commands of %1…</source>
        <translation>Comandos de %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsubscribe from %1</source>
        <translation>Cancelar la suscripción a %1</translation>
    </message>
</context>
<context>
    <name>FieldLines</name>
    <message>
        <location filename="../qml/commands/FieldLines.qml" line="+34"/>
        <source>One address per line, e.g. name@example.org</source>
        <translation>Una dirección por línea, p. ej. nombre@example.org</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One address per line</source>
        <translation>Una dirección por línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Several lines; Ctrl+Enter submits</source>
        <translation>Varias líneas; Ctrl+Intro envía</translation>
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
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>FieldReadOnly</name>
    <message>
        <location filename="../qml/commands/FieldReadOnly.qml" line="+21"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <location filename="../qml/commands/FieldText.qml" line="+34"/>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hide %1</source>
        <translation>Ocultar %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <location filename="../qml/commands/FormField.qml" line="+111"/>
        <source>Allowed: %1</source>
        <translation>Permitido: %1</translation>
    </message>
</context>
<context>
    <name>GaugeTile</name>
    <message>
        <location filename="../qml/dashboards/GaugeTile.qml" line="+36"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s ago</source>
        <translation>hace %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d ago</source>
        <translation>hace %1 d</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2 %3, %4</source>
        <translation>%1: %2 %3, %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no reading yet</source>
        <translation>%1: aún sin lecturas</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>waiting for a reading</source>
        <translation>esperando una lectura</translation>
    </message>
</context>
<context>
    <name>HistoryStatus</name>
    <message>
        <location filename="../qml/dashboards/HistoryStatus.qml" line="+49"/>
        <source>Restoring saved readings… the charts fill in as they load.</source>
        <translation>Restaurando las lecturas guardadas… los gráficos se completan a medida que se cargan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching what the devices published meanwhile…</source>
        <translation>Obteniendo lo que los dispositivos publicaron entretanto…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Readings are not being saved: %1. The charts show what arrived since Linnet started.</source>
        <translation>Las lecturas no se están guardando: %1. Los gráficos muestran lo recibido desde que se inició Linnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>InspectorDetail</name>
    <message>
        <location filename="../qml/inspector/InspectorDetail.qml" line="+23"/>
        <source>Event details</source>
        <translation>Detalles del evento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No event selected</source>
        <translation>Ningún evento seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an event in the list (arrow keys or a click) to see it in full.</source>
        <translation>Selecciona un evento de la lista (flechas o un clic) para verlo completo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Frame or stanza text</source>
        <translation>Texto de la trama o stanza</translation>
    </message>
</context>
<context>
    <name>InspectorFilterModel</name>
    <message numerus="yes">
        <location filename="../app/inspector/InspectorFilterModel.cpp" line="+114"/>
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>%n evento exportado a %1</numerusform>
            <numerusform>%n eventos exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not export to %1: %2</source>
        <translation>No se pudo exportar a %1: %2</translation>
    </message>
</context>
<context>
    <name>InspectorPage</name>
    <message>
        <location filename="../qml/inspector/InspectorPage.qml" line="+22"/>
        <source>Protocol inspector</source>
        <translation>Inspector de protocolos</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Export the protocol trace</source>
        <translation>Exportar la traza del protocolo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain text (*.txt)</source>
        <translation>Texto plano (*.txt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>Líneas JSON (*.jsonl)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Recorded events</source>
        <translation>Eventos registrados</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing recorded yet</source>
        <translation>Aún no se ha registrado nada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No event matches the filter</source>
        <translation>Ningún evento coincide con el filtro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording. Use the app: its stanzas and AMQP frames appear here.</source>
        <translation>Grabando. Usa la aplicación: sus stanzas y tramas AMQP aparecen aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Record (Ctrl+R), then use the app: stanzas and AMQP frames appear here as they pass.</source>
        <translation>Pulsa Grabar (Ctrl+R) y usa la aplicación: las stanzas y tramas AMQP aparecen aquí a medida que pasan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the filter text or the choosers above.</source>
        <translation>Cambia el texto del filtro o las opciones de arriba.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 de %n evento</numerusform>
            <numerusform>%1 de %n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n older event(s) dropped</source>
        <translation>
            <numerusform>%n evento antiguo descartado</numerusform>
            <numerusform>%n eventos antiguos descartados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
</context>
<context>
    <name>InspectorRow</name>
    <message>
        <location filename="../qml/inspector/InspectorRow.qml" line="+27"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
</context>
<context>
    <name>InspectorToolbar</name>
    <message>
        <location filename="../qml/inspector/InspectorToolbar.qml" line="+42"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protocol inspector</source>
        <translation>Inspector de protocolos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause recording (Ctrl+R)</source>
        <translation>Pausar la grabación (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start recording (Ctrl+R)</source>
        <translation>Iniciar la grabación (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Clear the recorded events</source>
        <translation>Borrar los eventos registrados</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Filter events</source>
        <translation>Filtrar eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All protocols</source>
        <translation>Todos los protocolos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All connections</source>
        <translation>Todas las conexiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of event</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Bodies</source>
        <translation>Cuerpos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show message bodies in events recorded from now on</source>
        <translation>Mostrar el cuerpo de los mensajes en los eventos registrados a partir de ahora</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the shown events (Ctrl+E)</source>
        <translation>Exportar los eventos mostrados (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>JoinRoomDialog</name>
    <message>
        <location filename="../qml/muc/JoinRoomDialog.qml" line="+34"/>
        <source>Create a room</source>
        <translation>Crear una sala</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join a room</source>
        <translation>Unirse a una sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a room&apos;s address, or just a name for a room on %1.</source>
        <translation>La dirección de una sala, o solo un nombre para una sala en %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Room, like team or team@%1</source>
        <translation>Sala, como equipo o equipo@%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room address</source>
        <translation>Dirección de la sala</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is not a room address.</source>
        <translation>No es una dirección de sala.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your nickname in the room</source>
        <translation>Apodo en la sala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password (only if the room has one)</source>
        <translation>Contraseña (solo si la sala tiene una)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room password</source>
        <translation>Contraseña de la sala</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a new room</source>
        <translation>Crear una sala nueva</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep it when everyone leaves, with a name</source>
        <translation>Conservarla cuando todos salgan, con un nombre</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Room name</source>
        <translation>Nombre de la sala</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Room name (optional)</source>
        <translation>Nombre de la sala (opcional)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the room</source>
        <translation>Crear la sala</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join the room</source>
        <translation>Unirse a la sala</translation>
    </message>
</context>
<context>
    <name>LinnetMark</name>
    <message>
        <location filename="../qml/components/LinnetMark.qml" line="+14"/>
        <source>Linnet logo</source>
        <translation>Logotipo de Linnet</translation>
    </message>
</context>
<context>
    <name>LoginCard</name>
    <message>
        <location filename="../qml/account/LoginCard.qml" line="+73"/>
        <source>Sign in to Linnet</source>
        <translation>Iniciar sesión en Linnet</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Welcome to Linnet</source>
        <translation>Te damos la bienvenida a Linnet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign in with your XMPP account.</source>
        <translation>Iniciar sesión con una cuenta XMPP.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>XMPP address</source>
        <translation>Dirección XMPP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XMPP address, for example alice@example.org</source>
        <translation>Dirección XMPP, por ejemplo alice@example.org</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remember the password</source>
        <translation>Recordar la contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the password in the system keychain</source>
        <translation>Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel connecting</source>
        <translation>Cancelar la conexión</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your accounts (%1)…</source>
        <translation>Cuentas (%1)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage your accounts (Ctrl+Shift+A)</source>
        <translation>Administrar las cuentas (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New to XMPP? Create an account…</source>
        <translation>¿Primera vez en XMPP? Crear una cuenta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new account on a server that allows it</source>
        <translation>Crear una cuenta nueva en un servidor que lo permita</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your connection is always encrypted (TLS required).</source>
        <translation>La conexión siempre está cifrada (TLS obligatorio).</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../qml/account/LoginPage.qml" line="+30"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
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
        <translation>Servidor de %1</translation>
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
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The device browser is not part of this build</source>
        <translation>El explorador de dispositivos no forma parte de esta compilación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a dashboard file to watch devices meanwhile.</source>
        <translation>Mientras tanto, se puede importar un archivo de tablero para seguir dispositivos.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No conversation selected</source>
        <translation>Ninguna conversación seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a buddy on the left to start chatting. Press Ctrl+K to search.</source>
        <translation>Elegir un contacto a la izquierda para empezar a chatear. Para buscar: Ctrl+K.</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../qml/chat/MessageBubble.qml" line="+46"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 at %2: %3</source>
        <translation>%1 a las %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(replying to: %1)</source>
        <translation>(en respuesta a: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(edited)</source>
        <translation>(editado)</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Send “%1” again</source>
        <translation>Enviar «%1» de nuevo</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <location filename="../qml/chat/MessageList.qml" line="+24"/>
        <source>1 new message</source>
        <translation>1 mensaje nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 new messages</source>
        <translation>%1 mensajes nuevos</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1, jump to the newest</source>
        <translation>%1, ir al más reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump to the newest message</source>
        <translation>Ir al mensaje más reciente</translation>
    </message>
</context>
<context>
    <name>MessageMeta</name>
    <message>
        <location filename="../qml/chat/MessageMeta.qml" line="+30"/>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../qml/dashboards/NameDialog.qml" line="+31"/>
        <source>Give the dashboard a name.</source>
        <translation>Falta un nombre para el tablero.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>There is a dashboard called “%1” already.</source>
        <translation>Ya existe un tablero llamado «%1».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename dashboard</source>
        <translation>Renombrar el tablero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New dashboard</source>
        <translation>Tablero nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dashboard is a grid of charts, gauges and timelines of your devices&apos; readings.</source>
        <translation>Un tablero es una cuadrícula de gráficos, indicadores y líneas de tiempo con las lecturas de los dispositivos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name, e.g. Greenhouse</source>
        <translation>Nombre, p. ej. Invernadero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard name</source>
        <translation>Nombre del tablero</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../qml/commands/NotesView.qml" line="+34"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
</context>
<context>
    <name>OccupantsModel</name>
    <message>
        <location filename="../app/muc/OccupantsModel.cpp" line="+198"/>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Moderators</source>
        <translation>Moderadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitors</source>
        <translation>Visitantes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
</context>
<context>
    <name>OccupantsPanel</name>
    <message>
        <location filename="../qml/muc/OccupantsPanel.qml" line="+29"/>
        <source>People in the room</source>
        <translation>Personas en la sala</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (you)</source>
        <translation>%1 (tú)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nobody here</source>
        <translation>No hay nadie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the room to see who is in it.</source>
        <translation>Para ver quién está, unirse a la sala.</translation>
    </message>
</context>
<context>
    <name>OlderMessagesStatus</name>
    <message>
        <location filename="../qml/chat/OlderMessagesStatus.qml" line="+18"/>
        <source>Fetching from the server…</source>
        <translation>Obteniendo del servidor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading older messages…</source>
        <translation>Cargando mensajes anteriores…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beginning of the conversation</source>
        <translation>Inicio de la conversación</translation>
    </message>
</context>
<context>
    <name>OwnResourceRow</name>
    <message>
        <location filename="../qml/account/OwnResourceRow.qml" line="+17"/>
        <source>unknown client</source>
        <translation>cliente desconocido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2: %3 %4</source>
        <translation>%1 en %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../qml/account/PasswordField.qml" line="+12"/>
        <location line="+3"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hide password</source>
        <translation>Ocultar la contraseña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../qml/account/PasswordPrompt.qml" line="+33"/>
        <location line="+24"/>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Linnet needs the password of this account to connect its sessions.</source>
        <translation>Linnet necesita la contraseña de esta cuenta para conectar sus sesiones.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remember the password (in the system keychain)</source>
        <translation>Recordar la contraseña (en el llavero del sistema)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now: stay offline (Esc)</source>
        <translation>Ahora no: seguir sin conexión (Esc)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect %1</source>
        <translation>Conectar %1</translation>
    </message>
</context>
<context>
    <name>PastedFiles</name>
    <message>
        <location filename="../app/chat/PastedFiles.cpp" line="+55"/>
        <source>There is no file to paste.</source>
        <translation>No hay ningún archivo que pegar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The pasted image could not be saved.</source>
        <translation>No se pudo guardar la imagen pegada.</translation>
    </message>
</context>
<context>
    <name>PinAmqpActionDialog</name>
    <message>
        <location filename="../qml/dashboards/PinAmqpActionDialog.qml" line="+40"/>
        <source>Choose or type the device, e.g. press-1.</source>
        <translation>Elija o escriba el dispositivo, p. ej. press-1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A device name has letters, digits, dots, colons or dashes, e.g. press-1.</source>
        <translation>Un nombre de dispositivo tiene letras, dígitos, puntos, dos puntos o guiones, p. ej. press-1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tile does not fit on the dashboard.</source>
        <translation>El panel no cabe en el tablero.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pin a device action</source>
        <translation>Fijar una acción de dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tile sends the action to the device over the AMQP broker and shows its reply.</source>
        <translation>El mosaico envía la acción al dispositivo a través del bróker AMQP y muestra su respuesta.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This account has no AMQP broker</source>
        <translation>Esta cuenta no tiene ningún bróker AMQP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add one under “Message brokers (AMQP 1.0)” on the account&apos;s page; its devices&apos; relay and reporting interval can then be pinned here.</source>
        <translation>Añada uno en «Brókers de mensajes (AMQP 1.0)» en la página de la cuenta; después podrá fijar aquí el relé y el intervalo de informe de sus dispositivos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Broker</source>
        <translation>Bróker</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>AMQP broker</source>
        <translation>Bróker AMQP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Device: one that sent readings over this broker, or type its name</source>
        <translation>Dispositivo: uno que envió lecturas por este bróker, o escriba su nombre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No readings from this broker yet: type the device&apos;s name.</source>
        <translation>Aún no hay lecturas de este bróker: escriba el nombre del dispositivo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Relay (switch)</source>
        <translation>Relé (interruptor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting interval (slider)</source>
        <translation>Intervalo de informe (control deslizante)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Title (optional), e.g. Press 1 relay</source>
        <translation>Título (opcional), p. ej. Relé de la prensa 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tile title</source>
        <translation>Título del panel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pin tile</source>
        <translation>Fijar el panel</translation>
    </message>
</context>
<context>
    <name>PinCommandDialog</name>
    <message>
        <location filename="../qml/dashboards/PinCommandDialog.qml" line="+88"/>
        <source>The command has no field this control can set.</source>
        <translation>El comando no tiene ningún campo que este control pueda establecer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The slider needs a minimum below its maximum and a step above 0.</source>
        <translation>El deslizador necesita un mínimo menor que el máximo y un paso mayor que 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tile does not fit on the dashboard.</source>
        <translation>El panel no cabe en el tablero.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pin “%1” to a dashboard</source>
        <translation>Fijar «%1» en un tablero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressing the tile runs the command with the values entered now.</source>
        <translation>Al pulsar el panel se ejecuta el comando con los valores introducidos ahora.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Button</source>
        <translation>Botón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch</source>
        <translation>Interruptor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slider</source>
        <translation>Deslizador</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show it as a %1</source>
        <translation>Mostrar como %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the command has no field for it</source>
        <translation>%1: el comando no tiene ningún campo para ello</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Tile title</source>
        <translation>Título del panel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Field the switch sets</source>
        <translation>Campo que establece el interruptor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field the slider sets</source>
        <translation>Campo que establece el deslizador</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slider minimum</source>
        <translation>Mínimo del deslizador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slider maximum</source>
        <translation>Máximo del deslizador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slider step</source>
        <translation>Paso del deslizador</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A new dashboard, “Commands”</source>
        <translation>Un tablero nuevo, «Comandos»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard to pin it to</source>
        <translation>Tablero en el que fijarlo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pin tile</source>
        <translation>Fijar el panel</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../app/core/Presence.cpp" line="+55"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extended away</source>
        <translation>Ausencia prolongada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
</context>
<context>
    <name>PresenceMenu</name>
    <message>
        <location filename="../qml/account/PresenceMenu.qml" line="+40"/>
        <source>Status message</source>
        <translation>Mensaje de estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status message; press Enter to set it</source>
        <translation>Mensaje de estado; Intro lo establece</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
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
        <translation>Presencia en %1: %2 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your presence: %1 (Ctrl+Shift+P)</source>
        <translation>Presencia: %1 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change availability, status message or log out</source>
        <translation>Cambiar la disponibilidad o el mensaje de estado, o cerrar sesión</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/chat/ArchiveQuery.cpp" line="+63"/>
        <source>The archive of %1 refused the query (%2)</source>
        <translation>El archivo de %1 rechazó la consulta (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The archive of %1 did not answer: %2</source>
        <translation>El archivo de %1 no respondió: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The archive of %1 refused the query</source>
        <translation>El archivo de %1 rechazó la consulta</translation>
    </message>
    <message>
        <location filename="../app/muc/BookmarkStore.cpp" line="+24"/>
        <location line="+30"/>
        <location line="+25"/>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <location filename="../app/account/Registration.cpp" line="+145"/>
        <source>This server needs more than a user name and password to register; register on its website.</source>
        <translation>Este servidor necesita algo más que un nombre de usuario y una contraseña para registrarse; el registro se hace en su sitio web.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server needs more than a user name and password to register; register on its website: %1</source>
        <translation>Este servidor necesita algo más que un nombre de usuario y una contraseña para registrarse; el registro se hace en su sitio web: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The name “%1” is already taken on %2. Choose another one.</source>
        <translation>El nombre «%1» ya está ocupado en %2. Hay que elegir otro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not let apps create accounts (in-band registration is closed). Create one on its website, or ask its administrator.</source>
        <translation>%1 no permite que las aplicaciones creen cuentas (el registro en banda está cerrado). Se puede crear una en su sitio web o pedirla a su administrador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not accept this user name or password. Try another name, or a longer password.</source>
        <translation>%1 no aceptó este nombre de usuario o contraseña. Conviene probar otro nombre o una contraseña más larga.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not accept this user name or password: %2</source>
        <translation>%1 no aceptó este nombre de usuario o contraseña: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot create accounts right now. Try again later.</source>
        <translation>%1 no puede crear cuentas en este momento. Conviene volver a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused to create the account just now. Try again later.</source>
        <translation>%1 se negó a crear la cuenta en este momento. Conviene volver a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused to create the account just now (%2). Try again later.</source>
        <translation>%1 se negó a crear la cuenta en este momento (%2). Conviene volver a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused to create the account.</source>
        <translation>%1 se negó a crear la cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused to create the account: %2</source>
        <translation>%1 se negó a crear la cuenta: %2</translation>
    </message>
</context>
<context>
    <name>RemoveAccountDialog</name>
    <message>
        <location filename="../qml/account/RemoveAccountDialog.qml" line="+18"/>
        <source>Remove %1?</source>
        <translation>¿Quitar %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linnet signs out every session of this account and forgets its saved password. The account itself stays on its server: you can add it again later.</source>
        <translation>Linnet cierra todas las sesiones de esta cuenta y olvida su contraseña guardada. La cuenta sigue existiendo en su servidor: se puede volver a añadir más tarde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Also delete local data</source>
        <translation>Eliminar también los datos locales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also delete local data: chat history and device readings on this computer</source>
        <translation>Eliminar también los datos locales: historial de chat y lecturas de dispositivos en este equipo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chat history and device readings kept on this computer.</source>
        <translation>Historial de chat y lecturas de dispositivos guardados en este equipo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the account</source>
        <translation>Conservar la cuenta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove account</source>
        <translation>Quitar la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the account %1</source>
        <translation>Quitar la cuenta %1</translation>
    </message>
</context>
<context>
    <name>RemoveContactDialog</name>
    <message>
        <location filename="../qml/roster/RemoveContactDialog.qml" line="+21"/>
        <source>Remove %1?</source>
        <translation>¿Quitar a %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 leaves your contacts, and neither of you sees the other&apos;s presence any more. The chat history stays.</source>
        <translation>%1 sale de los contactos y ninguna de las dos partes verá ya la presencia de la otra. El historial de chat se conserva.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the contact</source>
        <translation>Conservar el contacto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove contact</source>
        <translation>Quitar el contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the contact %1</source>
        <translation>Quitar el contacto %1</translation>
    </message>
</context>
<context>
    <name>RequestDelegate</name>
    <message>
        <location filename="../qml/roster/RequestDelegate.qml" line="+77"/>
        <source>Deny</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deny the request from %1</source>
        <translation>Rechazar la solicitud de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept the request from %1</source>
        <translation>Aceptar la solicitud de %1</translation>
    </message>
</context>
<context>
    <name>ResultTable</name>
    <message numerus="yes">
        <location filename="../qml/commands/ResultTable.qml" line="+24"/>
        <source>Result table, %n row(s)</source>
        <translation>
            <numerusform>Tabla de resultados, %n fila</numerusform>
            <numerusform>Tabla de resultados, %n filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <location filename="../app/muc/Room.cpp" line="+16"/>
        <source>This room needs a password, or the password was wrong.</source>
        <translation>Esta sala necesita una contraseña, o la contraseña era incorrecta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are banned from this room.</source>
        <translation>Entrada prohibida en esta sala.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room does not exist.</source>
        <translation>Esta sala no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating rooms is not allowed here.</source>
        <translation>Aquí no se permite crear salas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room asks for your reserved nickname.</source>
        <translation>Esta sala pide el apodo reservado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room is for members only.</source>
        <translation>Esta sala es solo para miembros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That nickname is taken in this room.</source>
        <translation>Ese apodo ya está en uso en esta sala.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room is full.</source>
        <translation>La sala está llena.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room refused to let you in.</source>
        <translation>La sala denegó la entrada.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Joining…</source>
        <translation>Uniéndose…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not joined</source>
        <translation>Fuera de la sala</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>You were removed from the room.</source>
        <translation>Se ha expulsado a esta cuenta de la sala.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You were banned from the room.</source>
        <translation>Se ha prohibido la entrada de esta cuenta en la sala.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room is now for members only.</source>
        <translation>La sala ahora es solo para miembros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room&apos;s service shut down.</source>
        <translation>El servicio de la sala se apagó.</translation>
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
        <translation>Ocultar quién está en la sala</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show who is in the room</source>
        <translation>Mostrar quién está en la sala</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave the room</source>
        <translation>Salir de la sala</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>You are not in this room. Its messages you have are below.</source>
        <translation>Fuera de esta sala. Abajo están sus mensajes ya recibidos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
</context>
<context>
    <name>RoomsController</name>
    <message>
        <location filename="../app/muc/RoomSetup.cpp" line="+30"/>
        <source>The room could not be set up: %1</source>
        <translation>No se pudo configurar la sala: %1</translation>
    </message>
</context>
<context>
    <name>RoomsSection</name>
    <message>
        <location filename="../qml/muc/RoomsSection.qml" line="+37"/>
        <source>ROOMS</source>
        <translation>SALAS</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Join or create a room</source>
        <translation>Unirse a una sala o crearla</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No rooms yet. Press + to join or create one.</source>
        <translation>Aún no hay salas. El botón + permite unirse a una o crear una.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%1, %2, %n unread</source>
        <translation>
            <numerusform>%1, %2, %n sin leer</numerusform>
            <numerusform>%1, %2, %n sin leer</numerusform>
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
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Loading buddies</source>
        <translation>Cargando contactos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your buddies show up here once a session of this account is online.</source>
        <translation>Los contactos aparecen aquí cuando una sesión de esta cuenta está en línea.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No buddies yet</source>
        <translation>Aún no hay contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add one with the button next to the search field: all you need is their address, like bob@example.org.</source>
        <translation>Se añaden con el botón junto al campo de búsqueda: basta con su dirección, como bob@example.org.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No match for “%1”</source>
        <translation>Sin coincidencias para «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try part of a name or an address.</source>
        <translation>Conviene probar con parte de un nombre o una dirección.</translation>
    </message>
</context>
<context>
    <name>RosterListModel</name>
    <message>
        <location filename="../app/roster/RosterListModel.cpp" line="+181"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+136"/>
        <source>Blocked</source>
        <translation>Bloqueados</translation>
    </message>
    <message numerus="yes">
        <location line="-40"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n mensaje sin leer</numerusform>
            <numerusform>%n mensajes sin leer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>muted</source>
        <translation>silenciado</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Wants to see when you are online</source>
        <translation>Solicita ver el estado de conexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact request from %1</source>
        <translation>Solicitud de contacto de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, blocked</source>
        <translation>%1, bloqueado</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1, %n entries, %2</source>
        <translation>
            <numerusform>%1, %n entrada, %2</numerusform>
            <numerusform>%1, %n entradas, %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>collapsed</source>
        <translation>contraído</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>expanded</source>
        <translation>expandido</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%1, %2 of %n online, %3</source>
        <translation>
            <numerusform>%1, %2 de %n en línea, %3</numerusform>
            <numerusform>%1, %2 de %n en línea, %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../app/roster/RosterEditing.cpp" line="+49"/>
        <source>%1 failed: %2</source>
        <translation>Error al %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adding</source>
        <translation>añadir</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>Asking</source>
        <translation>solicitar la suscripción</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Renaming</source>
        <translation>renombrar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Moving</source>
        <translation>mover</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Removing</source>
        <translation>quitar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accepting</source>
        <translation>aceptar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Denying</source>
        <translation>rechazar</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Blocking</source>
        <translation>bloquear</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+8"/>
        <source>no block list</source>
        <translation>sin lista de bloqueo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Unblocking</source>
        <translation>desbloquear</translation>
    </message>
    <message>
        <location filename="../app/roster/RosterModel.cpp" line="+191"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request sent, waiting for approval</source>
        <translation>Solicitud enviada, esperando aprobación</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/components/SearchField.qml" line="+97"/>
        <source>Clear search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../app/search/SearchModel.cpp" line="+193"/>
        <source>You → %1</source>
        <translation>Tú → %1</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../qml/search/SearchPopup.qml" line="+74"/>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search all conversations</source>
        <translation>Buscar en todas las conversaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Searching</source>
        <translation>Buscando</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show more results</source>
        <translation>Mostrar más resultados</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type to search all conversations</source>
        <translation>Escribir para buscar en todas las conversaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No messages match “%1”</source>
        <translation>Ningún mensaje coincide con «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every word counts as the start of a word; case and accents do not matter.</source>
        <translation>Cada palabra cuenta como inicio de palabra; no importan las mayúsculas ni los acentos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling, or try fewer or shorter words.</source>
        <translation>Conviene revisar la ortografía o probar con menos palabras o más cortas.</translation>
    </message>
</context>
<context>
    <name>SeriesPicker</name>
    <message>
        <location filename="../qml/dashboards/SeriesPicker.qml" line="+49"/>
        <source>No readings yet</source>
        <translation>Aún no hay lecturas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter by device or name</source>
        <translation>Filtrar por dispositivo o nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the series by device or name</source>
        <translation>Filtrar las series por dispositivo o nombre</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Series to show</source>
        <translation>Series que mostrar</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>typed in</source>
        <translation>escrita a mano</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No readings received yet. Subscribe to a device in Browse devices, or type a series below.</source>
        <translation>Aún no se ha recibido ninguna lectura. Para suscribirse a un dispositivo: Explorar dispositivos; o escribir una serie abajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No series matches “%1”.</source>
        <translation>Ninguna serie coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>SessionChip</name>
    <message>
        <location filename="../qml/account/SessionChip.qml" line="+26"/>
        <source>Session %1: %2, %3</source>
        <translation>Sesión %1: %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which session the presence selector sets</source>
        <translation>Elegir qué sesión establece el selector de presencia</translation>
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
        <translation>Recurso %1: %2. %3. Conectado mediante %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource %1: %2. %3</source>
        <translation>Recurso %1: %2. %3</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Connected over %1</source>
        <translation>Conectado mediante %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reconnect now</source>
        <translation>Reconectar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review certificate…</source>
        <translation>Revisar el certificado…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter password…</source>
        <translation>Escribir la contraseña…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Try again</source>
        <translation>Volver a intentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect</source>
        <translation>Conectar</translation>
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
        <translation>Desconectar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove the resource %1</source>
        <translation>Quitar el recurso %1</translation>
    </message>
</context>
<context>
    <name>SessionState</name>
    <message>
        <location filename="../qml/account/SessionState.qml" line="+28"/>
        <source>Offline</source>
        <translation>Desconectada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account is turned off.</source>
        <translation>La cuenta está desactivada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in to the server.</source>
        <translation>Iniciando sesión en el servidor.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconectando en %n s</numerusform>
            <numerusform>Reconectando en %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection was lost.</source>
        <translation>Se perdió la conexión.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Certificate not trusted</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password refused</source>
        <translation>Contraseña rechazada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection failed.</source>
        <translation>La conexión falló.</translation>
    </message>
</context>
<context>
    <name>SettingsBar</name>
    <message>
        <location filename="../qml/settings/SettingsBar.qml" line="+32"/>
        <source>Settings (Ctrl+,)</source>
        <translation>Configuración (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Linnet (F1)</source>
        <translation>Acerca de Linnet (F1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protocol inspector (Ctrl+Shift+I)</source>
        <translation>Inspector de protocolos (Ctrl+Mayús+I)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../qml/settings/SettingsDialog.qml" line="+14"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Colour scheme: %1</source>
        <translation>Esquema de colores: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“System” follows the desktop&apos;s light or dark mode.</source>
        <translation>«Sistema» sigue el modo claro u oscuro del escritorio.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the settings</source>
        <translation>Cerrar la configuración</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/Sidebar.qml" line="+91"/>
        <source>Search buddies</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search messages (Ctrl+Shift+F)</source>
        <translation>Buscar mensajes (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
</context>
<context>
    <name>TileEditor</name>
    <message>
        <location filename="../qml/dashboards/TileEditor.qml" line="+102"/>
        <source>Subscribe to a device first: Browse devices.</source>
        <translation>Primero hay que suscribirse a un dispositivo: Explorar dispositivos.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Thresholds are numbers, e.g. 18 or 27.5.</source>
        <translation>Los umbrales son números, p. ej. 18 o 27.5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The low threshold must be below the high one.</source>
        <translation>El umbral bajo debe ser menor que el alto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The tile does not fit on the grid.</source>
        <translation>El panel no cabe en la cuadrícula.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit tile</source>
        <translation>Editar el panel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a tile</source>
        <translation>Añadir un panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressing the tile runs the command with the values it keeps.</source>
        <translation>Al pulsar el panel se ejecuta el comando con los valores que guarda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A chart can mix series of several devices, with one y-axis per unit.</source>
        <translation>Un gráfico puede combinar series de varios dispositivos, con un eje Y por unidad.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line chart</source>
        <translation>Gráfico de líneas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gauge</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On/off timeline</source>
        <translation>Encendido/apagado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Device action</source>
        <translation>Acción de dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device action: a relay switch or interval slider over AMQP</source>
        <translation>Acción de dispositivo: un interruptor de relé o un control de intervalo por AMQP</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Title (optional), e.g. Greenhouse temperatures</source>
        <translation>Título (opcional), p. ej. Temperaturas del invernadero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tile title</source>
        <translation>Título del panel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Series (the first one is shown)</source>
        <translation>Series (se muestra la primera)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none picked yet</source>
        <translation>ninguna elegida aún</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n picked</source>
        <translation>
            <numerusform>%n elegida</numerusform>
            <numerusform>%n elegidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Or type a series that has sent nothing yet:</source>
        <translation>O escribir una serie que aún no ha enviado nada:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No devices</source>
        <translation>Sin dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device feed</source>
        <translation>Fuente del dispositivo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>SenML name of the series, e.g. greenhouse-1:temperature</source>
        <translation>Nombre SenML de la serie, p. ej. greenhouse-1:temperature</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>node:name</source>
        <translation>nodo:nombre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this series</source>
        <translation>Añadir esta serie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alert below (optional)</source>
        <translation>Alerta por debajo de (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low threshold: alert below this value</source>
        <translation>Umbral bajo: alerta por debajo de este valor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alert above (optional)</source>
        <translation>Alerta por encima de (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High threshold: alert above this value</source>
        <translation>Umbral alto: alerta por encima de este valor</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add tile</source>
        <translation>Añadir panel</translation>
    </message>
</context>
<context>
    <name>TileFrame</name>
    <message>
        <location filename="../qml/dashboards/TileFrame.qml" line="+46"/>
        <source>Untitled tile</source>
        <translation>Panel sin título</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Gauge</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, %2%3%4</source>
        <translation>%1, %2%3%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, alert</source>
        <translation>, alerta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, stale</source>
        <translation>, sin actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys move the tile, Shift+arrow keys resize it, Enter edits it, Delete removes it</source>
        <translation>Las flechas mueven el panel, Shift+flechas cambian su tamaño, Intro lo edita y Supr lo quita</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>alert</source>
        <translation>alerta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stale</source>
        <translation>sin actualizar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back to live</source>
        <translation>Volver al directo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to live: follow now with the tile&apos;s window</source>
        <translation>Volver al directo: seguir el momento actual con el intervalo del panel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tile actions</source>
        <translation>Acciones del panel</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>No series yet</source>
        <translation>Aún no hay series</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pick series…</source>
        <translation>Elegir series…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the series this tile shows</source>
        <translation>Elegir las series que muestra este panel</translation>
    </message>
</context>
<context>
    <name>TileGrid</name>
    <message>
        <location filename="../qml/dashboards/TileGrid.qml" line="+38"/>
        <source>Tiles of %1</source>
        <translation>Paneles de %1</translation>
    </message>
</context>
<context>
    <name>TileMenu</name>
    <message>
        <location filename="../qml/dashboards/TileMenu.qml" line="+29"/>
        <source>Edit command tile…</source>
        <translation>Editar el panel de comando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit series and thresholds…</source>
        <translation>Editar series y umbrales…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Command history…</source>
        <translation>Historial de comandos…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export data as CSV…</source>
        <translation>Exportar los datos como CSV…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export image as PNG…</source>
        <translation>Exportar la imagen como PNG…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove tile</source>
        <translation>Quitar el panel</translation>
    </message>
</context>
<context>
    <name>TilesModel</name>
    <message>
        <location filename="../app/dashboards/TilesModelCommands.cpp" line="+94"/>
        <source>%1 via %2</source>
        <translation>%1 a través de %2</translation>
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
        <translation>%1: aún sin lecturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 now</source>
        <translation>%1: %2 ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on</source>
        <translation>encendido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>apagado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No reading yet</source>
        <translation>Aún sin lecturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Encendido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Apagado</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n change(s) in view</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>now</source>
        <translation>ahora</translation>
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
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+18"/>
        <location line="+113"/>
        <source>The file is larger than %1 bytes</source>
        <translation>El archivo tiene más de %1 bytes</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+7"/>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+77"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>Se rechazó el certificado del servidor: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server answered %1 %2</source>
        <translation>El servidor respondió %1 %2</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <location filename="../app/core/Translations.cpp" line="+78"/>
        <source>Unknown language “%1”; Linnet speaks %2.</source>
        <translation>Idioma desconocido «%1»; Linnet habla %2.</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../qml/account/TrustDialog.qml" line="+48"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The certificate of %1 changed</source>
        <translation>El certificado de %1 ha cambiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you trust %1?</source>
        <translation>¿Confiar en %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session %1 was refused because the server&apos;s certificate could not be verified.</source>
        <translation>Se rechazó la sesión %1 porque no se pudo verificar el certificado del servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message broker %1 (%2) was refused because its certificate could not be verified.</source>
        <translation>Se rechazó el bróker de mensajes %1 (%2) porque no se pudo verificar su certificado.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The broker&apos;s certificate changed since you trusted it. Brokers renew certificates, but a changed certificate is also exactly what someone intercepting the connection would show. Trust it only if the broker&apos;s administrator confirms the new fingerprint below.</source>
        <translation>El certificado del bróker cambió desde que confió en él. Los brókers renuevan sus certificados, pero un certificado cambiado es también justo lo que mostraría alguien que intercepta la conexión. Confíe en él solo si el administrador del bróker confirma la nueva huella de abajo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linnet could not verify that this broker is %1. Someone could be intercepting the connection, reading your devices&apos; data and password and sending commands in your name. Trust this certificate only if you expected it (a private broker with its own certificate, say) and its fingerprint matches the one the broker&apos;s administrator gave you.</source>
        <translation>Linnet no pudo verificar que este bróker sea %1. Alguien podría estar interceptando la conexión, leyendo los datos de sus dispositivos y su contraseña y enviando comandos en su nombre. Confíe en este certificado solo si lo esperaba (un bróker privado con su propio certificado, por ejemplo) y su huella coincide con la que le dio el administrador del bróker.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate changed since you trusted it. Servers renew certificates, but a changed certificate is also exactly what someone intercepting your connection would show. Trust it only if the server&apos;s administrator confirms the new fingerprint below.</source>
        <translation>El certificado ha cambiado desde que se le dio confianza. Los servidores renuevan sus certificados, pero un certificado cambiado es también justo lo que mostraría alguien que intercepta la conexión. Solo hay que confiar en él si el administrador del servidor confirma la nueva huella digital de abajo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linnet could not verify that this server is %1. Someone could be intercepting the connection and reading your messages and password. Trust this certificate only if you expected it (a private server with its own certificate, say) and its fingerprint matches the one the server&apos;s administrator gave you.</source>
        <translation>Linnet no pudo verificar que este servidor sea %1. Alguien podría estar interceptando la conexión y leyendo los mensajes y la contraseña. Solo hay que confiar en este certificado si era de esperar (por ejemplo, un servidor privado con su propio certificado) y su huella digital coincide con la que dio el administrador del servidor.</translation>
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
        <translation>Emitido para</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+3"/>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Valid</source>
        <translation>Validez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(expired)</source>
        <translation>(caducado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 fingerprint</source>
        <translation>Huella digital SHA-256</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Huella digital SHA-256: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Trust for this account</source>
        <translation>Confiar para esta cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust for this broker</source>
        <translation>Confiar para este bróker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust this certificate for the broker %1</source>
        <translation>Confiar en este certificado para el bróker %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust this certificate for %1</source>
        <translation>Confiar en este certificado para %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel: do not trust this certificate (Esc)</source>
        <translation>Cancelar: no confiar en este certificado (Esc)</translation>
    </message>
</context>
<context>
    <name>UploadController</name>
    <message>
        <location filename="../app/files/UploadController.cpp" line="+114"/>
        <location line="+19"/>
        <source>Not connected: connect the account, then retry</source>
        <translation>Sin conexión: conectar la cuenta y reintentar</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Too large: %1; this server accepts files up to %2</source>
        <translation>Demasiado grande: %1; este servidor acepta archivos de hasta %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server&apos;s services could not be listed: %1</source>
        <translation>No se pudieron listar los servicios del servidor: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+32"/>
        <source>This server does not offer file uploads</source>
        <translation>Este servidor no ofrece subida de archivos</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+6"/>
        <source>The server refused the upload: %1</source>
        <translation>El servidor rechazó la subida: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server offered an unencrypted upload address; not uploading</source>
        <translation>El servidor ofreció una dirección de subida sin cifrar; no se sube</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Upload failed: %1</source>
        <translation>Error en la subida: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uploaded, but the message could not be sent</source>
        <translation>Subido, pero no se pudo enviar el mensaje</translation>
    </message>
</context>
<context>
    <name>UploadStrip</name>
    <message>
        <location filename="../qml/files/UploadStrip.qml" line="+26"/>
        <source>Uploads</source>
        <translation>Subidas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Uploading %1</source>
        <translation>Subiendo %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retry upload of %1</source>
        <translation>Reintentar la subida de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel upload of %1</source>
        <translation>Cancelar la subida de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss %1</source>
        <translation>Descartar %1</translation>
    </message>
</context>
<context>
    <name>UploadsModel</name>
    <message>
        <location filename="../app/files/UploadsModel.cpp" line="+20"/>
        <source>Preparing… (%1)</source>
        <translation>Preparando… (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/core/AppOptions.cpp" line="+11"/>
        <source>Linnet: chat and devices over XMPP</source>
        <translation>Linnet: chat y dispositivos por XMPP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep settings, history and caches in &lt;dir&gt;.</source>
        <translation>Guardar la configuración, el historial y las cachés en &lt;dir&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the window as PNG &lt;file&gt; once the UI has settled, then exit.</source>
        <translation>Guardar la ventana como PNG en &lt;file&gt; cuando la interfaz se haya estabilizado, y salir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour scheme: light, dark or system.</source>
        <translation>Esquema de colores: light (claro), dark (oscuro) o system (sistema).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Tamaño de la ventana, p. ej. 1280x800.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in with a password read from standard input: the --account, or the profile&apos;s only account.</source>
        <translation>Iniciar sesión con una contraseña leída de la entrada estándar: la de --account o la de la única cuenta del perfil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create or select the account &lt;jid&gt; (with /resource: that session) and connect it without the login page.</source>
        <translation>Crear o seleccionar la cuenta &lt;jid&gt; (con /recurso: esa sesión) y conectarla sin la página de inicio de sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --account: connect to &lt;host&gt; instead of looking the server up.</source>
        <translation>Con --account: conectar con &lt;host&gt; en lugar de buscar el servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --account: the server&apos;s port.</source>
        <translation>Con --account: el puerto del servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --account: also trust the CA certificates in PEM &lt;file&gt; for this account.</source>
        <translation>Con --account: confiar también en los certificados de CA del archivo PEM &lt;file&gt; para esta cuenta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the chat with &lt;jid&gt; after login.</source>
        <translation>Abrir el chat con &lt;jid&gt; después de iniciar sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &lt;text&gt; in the chat opened by --open-chat.</source>
        <translation>Enviar &lt;text&gt; en el chat abierto con --open-chat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &lt;page&gt; at start: accounts, dashboard (the first one), devices, inspector (recording from the start), room:JID (joined if need be) or search:TEXT (message search).</source>
        <translation>Abrir &lt;page&gt; al iniciar: accounts (cuentas), dashboard (el primer tablero), devices (dispositivos), inspector (grabando desde el inicio), room:JID (uniéndose si hace falta) o search:TEXTO (búsqueda de mensajes).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the dashboard in JSON &lt;file&gt; into the first account (unless it has one of that name) and subscribe to its feeds.</source>
        <translation>Importar el tablero del archivo JSON &lt;file&gt; en la primera cuenta (salvo que ya tenga uno con ese nombre) y suscribirse a sus fuentes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the ad-hoc commands of &lt;jid&gt; in the first account and run the command NODE (the next argument): --command JID NODE.</source>
        <translation>Abrir los comandos ad hoc de &lt;jid&gt; en la primera cuenta y ejecutar el comando NODE (el argumento siguiente): --command JID NODE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --command: fill its first form with &lt;values&gt; (&quot;var=value;var=value&quot;) and submit it once.</source>
        <translation>Con --command: rellenar su primer formulario con &lt;values&gt; (&quot;var=value;var=value&quot;) y enviarlo una vez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UI language for this run: en, de, es or system.</source>
        <translation>Idioma de la interfaz para esta ejecución: en, de, es o system (el del sistema).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An xmpp: address to open: xmpp:JID (a chat), xmpp:ROOM?join, xmpp:JID?roster. Handed to the Linnet already running on the profile, if any.</source>
        <translation>Una dirección xmpp: que abrir: xmpp:JID (un chat), xmpp:SALA?join, xmpp:JID?roster. Si Linnet ya se está ejecutando con el perfil, se le pasa a esa instancia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --command: the command&apos;s node.</source>
        <translation>Con --command: el nodo del comando.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not an xmpp: address Linnet can open: %1</source>
        <translation>No es una dirección xmpp: que Linnet pueda abrir: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Invalid options; see --help.</source>
        <translation>Opciones no válidas; véase --help.</translation>
    </message>
</context>
</TS>
