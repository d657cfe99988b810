import QtQuick
import QtTest
import Linnet
import Linnet.Core

// A roster row shows what the roster's roles say (initials, colour, presence label from C++),
// and the avatar shows what it is given.
TestCase {
    id: testCase
    name: "RosterDelegate"
    when: windowShown

    Component {
        id: delegateComponent
        RosterDelegate {
            width: 300
            index: 0
            jid: "ada@example.org"
            name: "Ada Lovelace"
            availability: Presence.Away
            statusText: ""
            unreadCount: 2
            color: "#123456"
            initials: "AL"
            presenceLabel: "Away (from the role)"
        }
    }

    function test_showsTheRoles() {
        const row = createTemporaryObject(delegateComponent, testCase)
        verify(row)
        compare(findChild(row, "avatarInitials").text, "AL")
        compare(findChild(row, "rosterStatusLine").text, "Away (from the role)")
        verify(row.Accessible.name.indexOf("Away (from the role)") >= 0, row.Accessible.name)
        row.statusText = "Writing"
        compare(findChild(row, "rosterStatusLine").text, "Writing")
    }

    Component {
        id: avatarComponent
        Avatar {}
    }

    function test_avatarShowsWhatItIsGiven() {
        const avatar = createTemporaryObject(avatarComponent, testCase)
        compare(findChild(avatar, "avatarInitials").text, "?")
        avatar.initials = ContactLook.initials("wren.bird@garden.example")
        compare(findChild(avatar, "avatarInitials").text, "WB")
        avatar.color = ContactLook.color("wren@garden.example")
        verify(Qt.colorEqual(avatar.color, ContactLook.color("wren@garden.example")))
    }
}
