import QtQuick
import QtTest
import Linnet
import Linnet.Core
import LinnetTest

// A roster row shows what the roster's roles say (initials, colour, status line, screen reader
// text from C++), and the avatar shows what it is given; a group header and a request row too.
TestCase {
    id: testCase
    name: "RosterDelegate"
    when: windowShown
    width: 400
    height: 600
    visible: true

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
            avatarUrl: ""
            presenceLabel: "Away"
            statusLine: "Away (from the role)"
            accessibleText: "Ada Lovelace, Away (from the role), 2 unread messages"
            blocked: false
            pending: false
        }
    }

    function test_showsTheRoles() {
        const row = createTemporaryObject(delegateComponent, testCase)
        verify(row)
        compare(findChild(row, "avatarInitials").text, "AL")
        compare(findChild(row, "rosterStatusLine").text, "Away (from the role)")
        compare(row.Accessible.name, "Ada Lovelace, Away (from the role), 2 unread messages")
        row.statusLine = "Blocked"
        row.blocked = true
        compare(findChild(row, "rosterStatusLine").text, "Blocked")
        verify(Qt.colorEqual(findChild(row, "rosterStatusLine").color, Theme.danger))
    }

    function test_rightClickAsksForTheMenu() {
        const row = createTemporaryObject(delegateComponent, testCase)
        const spy = createTemporaryObject(spyComponent, testCase, {target: row, signalName: "menuRequested"})
        mouseClick(row, 20, 20, Qt.RightButton)
        compare(spy.count, 1)
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }

    Component {
        id: headerComponent
        GroupHeader {
            width: 300
            section: "g:Friends"
            headerLabel: "Friends"
            collapsed: false
            memberCount: 5
            onlineCount: 2
            countLabel: "2/5"
            accessibleText: "Friends, 2 of 5 online, expanded"
        }
    }

    function test_groupHeader() {
        const header = createTemporaryObject(headerComponent, testCase)
        compare(findChild(header, "groupHeaderLabel").text, "Friends")
        compare(findChild(header, "groupHeaderCount").text, "2/5")
        compare(header.Accessible.name, "Friends, 2 of 5 online, expanded")
        compare(header.Accessible.role, Accessible.Button)
        const spy = createTemporaryObject(spyComponent, testCase, {target: header, signalName: "clicked"})
        mouseClick(header)
        compare(spy.count, 1)
    }

    Component {
        id: requestComponent
        RequestDelegate {
            width: 300
            jid: "stranger@example.org"
            name: "stranger"
            color: "#123456"
            initials: "S"
            statusLine: "Wants to see when you are online"
            accessibleText: "Contact request from stranger@example.org"
        }
    }

    function test_requestAcceptAndDenyByKeyboard() {
        const request = createTemporaryObject(requestComponent, testCase)
        compare(request.Accessible.name, "Contact request from stranger@example.org")
        const accept = findChild(request, "requestAccept")
        const deny = findChild(request, "requestDeny")
        compare(accept.Accessible.name, "Accept the request from stranger@example.org")
        compare(deny.Accessible.name, "Deny the request from stranger@example.org")
        const accepted = createTemporaryObject(spyComponent, testCase, {target: request, signalName: "accepted"})
        const denied = createTemporaryObject(spyComponent, testCase, {target: request, signalName: "denied"})
        deny.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
        compare(denied.count, 1)
        keyClick(Qt.Key_Tab)
        verify(accept.activeFocus, "Tab goes from Deny to Accept")
        keyClick(Qt.Key_Space)
        compare(accepted.count, 1)
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

    // A picture (a file URL from AvatarCache) replaces the initials once loaded; without one
    // the initials come back.
    function test_avatarShowsAPictureWhenGiven() {
        const avatar = createTemporaryObject(avatarComponent, testCase, {initials: "AL"})
        const initials = findChild(avatar, "avatarInitials")
        verify(initials.visible)
        avatar.source = Qt.resolvedUrl("../../resources/screenshots/trust.png")
        tryCompare(findChild(avatar, "avatarPicture"), "status", Image.Ready)
        verify(!initials.visible, "the picture replaces the initials")
        avatar.source = ""
        verify(initials.visible, "and they come back without one")
    }

    // The rows together as the sidebar shows them, saved for looking at (LINNET_QML_SHOTS).
    Component {
        id: sampleComponent
        Rectangle {
            width: 300
            height: column.implicitHeight
            color: Theme.sidebar
            Column {
                id: column
                width: parent.width
                RequestDelegate {
                    width: 300; jid: "sam@example.org"; name: "sam"; color: ContactLook.color("sam@example.org")
                    initials: "S"; statusLine: "Wants to see when you are online"; accessibleText: ""
                }
                GroupHeader {
                    width: 300; section: "g:Friends"; headerLabel: "Friends"; collapsed: false
                    memberCount: 2; onlineCount: 1; countLabel: "1/2"; accessibleText: ""
                }
                RosterDelegate {
                    width: 300; index: 0; jid: "ada@example.org"; name: "Ada Lovelace"; availability: Presence.Online
                    statusText: ""; unreadCount: 2; color: ContactLook.color("ada@example.org"); initials: "AL"; avatarUrl: ""
                    presenceLabel: "Available"; statusLine: "Available"; accessibleText: ""; blocked: false; pending: false
                }
                RosterDelegate {
                    width: 300; index: 1; jid: "otto@example.org"; name: "Otto"; availability: Presence.Offline
                    statusText: ""; unreadCount: 0; color: ContactLook.color("otto@example.org"); initials: "O"; avatarUrl: ""
                    presenceLabel: "Offline"; statusLine: "Request sent, waiting for approval"; accessibleText: ""
                    blocked: false; pending: true
                }
                GroupHeader {
                    width: 300; section: "g:Work"; headerLabel: "Work"; collapsed: true
                    memberCount: 7; onlineCount: 3; countLabel: "3/7"; accessibleText: ""
                }
                GroupHeader {
                    width: 300; section: "b"; headerLabel: "Blocked"; collapsed: false
                    memberCount: 1; onlineCount: 0; countLabel: "1"; accessibleText: ""
                }
                RosterDelegate {
                    width: 300; index: 2; jid: "spam@example.net"; name: "spam"; availability: Presence.Offline
                    statusText: ""; unreadCount: 0; color: ContactLook.color("spam@example.net"); initials: "S"; avatarUrl: ""
                    presenceLabel: "Offline"; statusLine: "Blocked"; accessibleText: ""; blocked: true; pending: false
                }
            }
        }
    }

    function test_zz_sampleShot() {
        const sample = createTemporaryObject(sampleComponent, testCase)
        verify(sample.height > 300)
        if (TestShots.dir.length === 0)
            return
        waitForRendering(sample)
        grabImage(sample).save(TestShots.dir + "/rostergroups" + (Theme.dark ? "-dark" : "") + ".png")
    }
}
