import QtQuick
import QtTest
import Linnet
import Linnet.Core
import LinnetTest
import "Checks.js" as Checks

// The chat header lists the contact's online resources and lets the user address one; a
// resource that goes offline falls back to "any device" (the bare JID).
TestCase {
    id: testCase
    name: "ChatHeader"
    when: windowShown

    // Qt Quick gives password fields no accessible name (it could leak what is typed): those
    // say what they are in the description.
    function accessibleName(item: Item): string {
        return item.Accessible.passwordEdit ? item.Accessible.description : item.Accessible.name;
    }
    width: 1000
    height: 200
    visible: true

    Component {
        id: headerComponent
        Item {
            id: holder
            width: 980
            height: 64
            property alias header: header
            property alias contact: contact
            ContactInfo {
                id: contact
                account: SampleAccounts.at(0)
                jid: "robin@example.org"
            }
            ChatHeader {
                id: header
                width: holder.width
                contact: contact
            }
        }
    }

    function chips(header) {
        const picker = findChild(header, "resourcePicker");
        const found = [];
        for (let i = 0; i < picker.children.length; ++i) {
            if (picker.children[i].hasOwnProperty("target") && picker.children[i].visible)
                found.push(picker.children[i]);
        }
        return found;
    }

    function test_anyDeviceByDefault() {
        const holder = createTemporaryObject(headerComponent, testCase);
        verify(holder);
        compare(holder.contact.resources.length, 0, "nobody online: no resources");
        compare(holder.header.resource, "");
        const found = chips(holder.header);
        compare(found.length, 1, "only 'any device'");
        verify(found[0].checked);
        compare(findChild(holder.header, "chatTitle").text, "robin@example.org", "an unknown contact shows the address");
        verify(findChild(holder.header, "chatPresence").text.length > 0, "and a presence label");
    }

    // The header's contact is the roster's live Contact (C++), the same object for the same JID,
    // and the avatar shows its initials while it has no picture.
    function test_contactComesFromTheRoster() {
        const holder = createTemporaryObject(headerComponent, testCase);
        const roster = SampleAccounts.at(0).roster;
        verify(holder.contact.contact !== null);
        verify(holder.contact.contact === roster.contactFor("robin@example.org"), "one Contact per address");
        compare(holder.contact.contact.jid, "robin@example.org");
        verify(!holder.contact.known, "not in the roster");
        compare(holder.contact.resourceList.count, 0);
        const avatar = findChild(holder.header, "chatAvatar");
        compare(String(avatar.source), "", "no picture yet");
        compare(findChild(avatar, "avatarInitials").text, "R");
        verify(findChild(avatar, "avatarInitials").visible);
        holder.contact.jid = "ada.lovelace@example.org";
        compare(holder.contact.contact.jid, "ada.lovelace@example.org", "follows the JID");
        compare(findChild(holder.header, "chatTitle").text, "ada.lovelace@example.org");
        compare(findChild(avatar, "avatarInitials").text, "AL");
    }

    function test_pickAResource() {
        const holder = createTemporaryObject(headerComponent, testCase);
        holder.contact.resources = ["laptop", "phone"];
        tryCompare(chips(holder.header), "length", 3);
        const phone = chips(holder.header)[2];
        compare(phone.label, "phone");
        mouseClick(phone);
        compare(holder.header.resource, "phone", "the chosen resource is addressed");
        verify(phone.checked);
        compare(Checks.controlsWithoutName(holder.header, accessibleName), []);
        holder.header.nextTarget();
        compare(holder.header.resource, "", "Ctrl+Shift+R steps on, wrapping to any device");
        holder.header.nextTarget();
        compare(holder.header.resource, "laptop");
        // laptop goes offline: back to any device.
        holder.contact.resources = ["phone"];
        compare(holder.header.resource, "");
    }

    // The contact's chat state ("typing…", from ChatModel.peerActivity) replaces the status line.
    function test_typingShows() {
        const holder = createTemporaryObject(headerComponent, testCase);
        const activity = findChild(holder.header, "chatActivity");
        verify(!activity.visible, "nothing while the contact is not typing");
        holder.header.activity = "typing…";
        verify(activity.visible);
        compare(activity.text, "· typing…");
        compare(activity.Accessible.name, "typing…");
        verify(holder.header.Accessible.name.indexOf("typing…") >= 0, holder.header.Accessible.name);
        compare(Checks.controlsWithoutName(holder.header, accessibleName), []);
        holder.header.activity = "";
        verify(!activity.visible, "gone when the contact stops");
        verify(holder.header.Accessible.name.indexOf("typing") < 0, holder.header.Accessible.name);
    }
}
