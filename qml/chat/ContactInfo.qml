pragma ComponentBehavior: Bound
import QtQuick
import Linnet.Core

// The live roster entry of one JID (name, presence, colour, initials, presence label: the
// roster's roles) and the contact's online resources (Account.contactResources), for the chat
// header. Filters a private proxy by the JID, so at most a handful of rows are instantiated.
Item {
    id: root

    required property Account account
    required property string jid

    readonly property bool known: entry !== null
    readonly property string name: entry ? entry.name : jid
    readonly property int availability: entry ? entry.availability : Presence.Offline
    readonly property string statusText: entry ? entry.statusText : ""
    readonly property color color: entry ? entry.color : ContactLook.color(jid)
    readonly property string initials: entry ? entry.initials : ContactLook.initials(jid)
    readonly property string presenceLabel: entry ? entry.presenceLabel : ContactLook.presenceLabel(Presence.Offline)
    // The contact's online resources ("phone", "laptop"), sorted; refreshed when they change.
    property list<string> resources

    property RosterEntry entry: null

    component RosterEntry: QtObject {
        required property string jid
        required property string name
        required property int availability
        required property string statusText
        required property color color
        required property string initials
        required property string presenceLabel
    }

    function refreshResources() {
        resources = account && jid.length > 0 ? account.contactResources(jid) : [];
    }

    RosterFilterModel {
        id: filtered
        sourceModel: root.account.roster
        filterText: root.jid
    }

    function rescan() {
        for (let i = 0; i < instantiator.count; ++i) {
            const candidate = instantiator.objectAt(i) as RosterEntry;
            if (candidate && candidate.jid === jid) {
                entry = candidate;
                return;
            }
        }
        entry = null;
    }

    onJidChanged: {
        refreshResources();
        Qt.callLater(rescan);
    }
    Component.onCompleted: refreshResources()

    Connections {
        target: root.account
        function onContactResourcesChanged(bareJid: string) {
            if (bareJid === root.jid)
                root.refreshResources();
        }
    }

    Instantiator {
        id: instantiator
        model: filtered
        // The proxy may re-sort by refreshing rows in place: an object can change whom it shows.
        delegate: RosterEntry {
            onJidChanged: Qt.callLater(root.rescan)
        }
        onObjectAdded: Qt.callLater(root.rescan)
        onObjectRemoved: (index, object) => {
            if (root.entry === object)
                root.entry = null;
            Qt.callLater(root.rescan);
        }
    }
}
