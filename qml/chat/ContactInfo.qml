pragma ComponentBehavior: Bound
import QtQuick
import Linnet.Core

// The live roster entry of one JID (name, presence, colour) for the chat header.
// Filters a private proxy by the JID, so at most a handful of rows are instantiated.
Item {
    id: root

    required property RosterModel roster
    required property string jid

    readonly property bool known: entry !== null
    readonly property string name: entry ? entry.name : (jid.indexOf("@") > 0 ? jid.substring(0, jid.indexOf("@")) : jid)
    readonly property int availability: entry ? entry.availability : Presence.Offline
    readonly property string statusText: entry ? entry.statusText : ""
    readonly property color color: entry ? entry.color : "#8A919C"

    property RosterEntry entry: null

    component RosterEntry: QtObject {
        required property string jid
        required property string name
        required property int availability
        required property string statusText
        required property color color
    }

    RosterFilterModel {
        id: filtered
        sourceModel: root.roster
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

    onJidChanged: Qt.callLater(rescan)

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
