import QtQuick
import Linnet.Core

// One JID's contact for the chat header and the commands page: the roster's live Contact
// (RosterModel.contactFor: kept current in C++, also for addresses not in the roster), with
// plain properties to bind to. No scanning of the roster here.
Item {
    id: root

    required property Account account
    required property string jid

    readonly property Contact contact: account && jid.length > 0 ? account.roster.contactFor(jid) : null
    readonly property bool known: contact ? contact.known : false
    readonly property string name: contact ? contact.name : jid
    readonly property int availability: contact ? contact.availability : Presence.Offline
    readonly property string statusText: contact ? contact.statusText : ""
    readonly property color color: ContactLook.color(jid)  // from the address alone
    readonly property string initials: contact ? contact.initials : ContactLook.initials(jid)
    readonly property string presenceLabel: contact ? contact.presenceLabel : ContactLook.presenceLabel(Presence.Offline)
    readonly property url avatarUrl: contact ? contact.avatarUrl : ""
    // Each online resource's presence, status and client name (ResourcesModel).
    readonly property ResourcesModel resourceList: contact ? contact.resourceList : null
    // The contact's online resources ("phone", "laptop"), most reachable first; re-read when
    // any of them changes (presence, status, client name).
    property list<string> resources: contact ? contact.resources : []
}
