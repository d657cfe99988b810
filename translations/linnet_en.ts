<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountSwitcher</name>
    <message numerus="yes">
        <location filename="../../../qml/account/AccountSwitcher.qml" line="+30"/>
        <source>%n unread message(s) in other accounts</source>
        <translation>
            <numerusform>%n unread message in other accounts</numerusform>
            <numerusform>%n unread messages in other accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AmqpBrokerRow</name>
    <message numerus="yes">
        <location filename="../../../qml/amqp/AmqpBrokerRow.qml" line="+37"/>
        <source>%n reading(s) stored</source>
        <translation>
            <numerusform>%n reading stored</numerusform>
            <numerusform>%n readings stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s) refused</source>
        <translation>
            <numerusform>%n message refused</numerusform>
            <numerusform>%n messages refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n redelivery(ies) skipped</source>
        <translation>
            <numerusform>%n redelivery skipped</numerusform>
            <numerusform>%n redeliveries skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatNotifier</name>
    <message numerus="yes">
        <location filename="../../../app/chat/ChatNotifier.cpp" line="+87"/>
        <source>%n new message(s): %1</source>
        <translation>
            <numerusform>%n new message: %1</numerusform>
            <numerusform>%n new messages: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n message(s) from %1 while you were away</source>
        <translation>
            <numerusform>%n message from %1 while you were away</numerusform>
            <numerusform>%n messages from %1 while you were away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s) in %1 conversations while you were away</source>
        <translation>
            <numerusform>%n message in %1 conversations while you were away</numerusform>
            <numerusform>%n messages in %1 conversations while you were away</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message numerus="yes">
        <location filename="../../../qml/account/ConnectionBanner.qml" line="+26"/>
        <source>%1 is offline. Reconnecting in %n s.</source>
        <translation>
            <numerusform>%1 is offline. Reconnecting in %n s.</numerusform>
            <numerusform>%1 is offline. Reconnecting in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardHeader</name>
    <message numerus="yes">
        <location filename="../../../qml/dashboards/DashboardHeader.qml" line="+178"/>
        <source>Alerts: %n not acknowledged</source>
        <translation>
            <numerusform>Alerts: %n not acknowledged</numerusform>
            <numerusform>Alerts: %n not acknowledged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataFormModel</name>
    <message numerus="yes">
        <location filename="../../../app/commands/DataFormModel.cpp" line="+274"/>
        <source>at least %n value(s)</source>
        <translation>
            <numerusform>at least %n value</numerusform>
            <numerusform>at least %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>at most %n value(s)</source>
        <translation>
            <numerusform>at most %n value</numerusform>
            <numerusform>at most %n values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoveryPage</name>
    <message numerus="yes">
        <location filename="../../../qml/devices/DiscoveryPage.qml" line="+325"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n feed</numerusform>
            <numerusform>%n feeds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoveryRow</name>
    <message numerus="yes">
        <location filename="../../../qml/devices/DiscoveryRow.qml" line="+58"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedHealth</name>
    <message numerus="yes">
        <location filename="../../../app/devices/FeedHealth.cpp" line="+28"/>
        <source>%n malformed reading(s) or item(s) ignored.</source>
        <translation>
            <numerusform>%n malformed reading or item ignored.</numerusform>
            <numerusform>%n malformed readings or items ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reading(s) with NaN or infinite values ignored.</source>
        <translation>
            <numerusform>%n reading with NaN or infinite values ignored.</numerusform>
            <numerusform>%n readings with NaN or infinite values ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reading(s) with an impossible time ignored.</source>
        <translation>
            <numerusform>%n reading with an impossible time ignored.</numerusform>
            <numerusform>%n readings with an impossible time ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n oversized item(s) ignored.</source>
        <translation>
            <numerusform>%n oversized item ignored.</numerusform>
            <numerusform>%n oversized items ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) with too many records cut short.</source>
        <translation>
            <numerusform>%n item with too many records cut short.</numerusform>
            <numerusform>%n items with too many records cut short.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) for this node from an unexpected publisher ignored.</source>
        <translation>
            <numerusform>%n item for this node from an unexpected publisher ignored.</numerusform>
            <numerusform>%n items for this node from an unexpected publisher ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) in an unknown format ignored.</source>
        <translation>
            <numerusform>%n item in an unknown format ignored.</numerusform>
            <numerusform>%n items in an unknown format ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorFilterModel</name>
    <message numerus="yes">
        <location filename="../../../app/inspector/InspectorFilterModel.cpp" line="+114"/>
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>Exported %n event to %1</numerusform>
            <numerusform>Exported %n events to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorPage</name>
    <message numerus="yes">
        <location filename="../../../qml/inspector/InspectorPage.qml" line="+175"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n older event(s) dropped</source>
        <translation>
            <numerusform>%n older event dropped</numerusform>
            <numerusform>%n older events dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultTable</name>
    <message numerus="yes">
        <location filename="../../../qml/commands/ResultTable.qml" line="+24"/>
        <source>Result table, %n row(s)</source>
        <translation>
            <numerusform>Result table, %n row</numerusform>
            <numerusform>Result table, %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message numerus="yes">
        <location filename="../../../app/muc/Room.cpp" line="+64"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomsSection</name>
    <message numerus="yes">
        <location filename="../../../qml/muc/RoomsSection.qml" line="+106"/>
        <source>%1, %2, %n unread</source>
        <translation>
            <numerusform>%1, %2, %n unread</numerusform>
            <numerusform>%1, %2, %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterListModel</name>
    <message numerus="yes">
        <location filename="../../../app/roster/RosterListModel.cpp" line="+288"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%1, %n entries, %2</source>
        <translation>
            <numerusform>%1, %n entry, %2</numerusform>
            <numerusform>%1, %n entries, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %2 of %n online, %3</source>
        <translation>
            <numerusform>%1, %2 of %n online, %3</numerusform>
            <numerusform>%1, %2 of %n online, %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionState</name>
    <message numerus="yes">
        <location filename="../../../qml/account/SessionState.qml" line="+77"/>
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconnecting in %n s</numerusform>
            <numerusform>Reconnecting in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TileEditor</name>
    <message numerus="yes">
        <location filename="../../../qml/dashboards/TileEditor.qml" line="+236"/>
        <source>%n picked</source>
        <translation>
            <numerusform>%n picked</numerusform>
            <numerusform>%n picked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTile</name>
    <message numerus="yes">
        <location filename="../../../qml/dashboards/TimelineTile.qml" line="+56"/>
        <source>%n change(s) in view</source>
        <translation>
            <numerusform>%n change in view</numerusform>
            <numerusform>%n changes in view</numerusform>
        </translation>
    </message>
</context>
</TS>
