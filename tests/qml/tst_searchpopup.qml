import QtQuick
import QtTest
import Linnet
import Linnet.Core
import LinnetTest
import "Checks.js" as Checks

// The message search (qml/search): what it says before typing and when nothing matches,
// results of messages received through the account's real receive path (stored in the
// profile's message store), keyboard navigation, Enter opening the conversation, and an
// accessible name for every control. LINNET_QML_SHOTS=DIR saves what it shows.
TestCase {
    id: testCase
    name: "SearchPopup"
    when: windowShown
    width: 900
    height: 700
    visible: true

    readonly property Account alice: SampleAccounts.at(0)

    Item {
        id: host
        anchors.fill: parent
    }

    Component {
        id: popupComponent
        SearchPopup {
            accounts: SampleAccounts
        }
    }

    function cleanup() {
        alice.chats.closeChat();
    }

    function accessibleName(item: Item): string {
        return item.Accessible.name;
    }

    function shoot(item: Item, name: string) {
        if (TestShots.dir.length === 0)
            return;
        const image = grabImage(item);
        image.save(TestShots.dir + "/" + name + ".png");
    }

    function openPopup(): SearchPopup {
        const popup = createTemporaryObject(popupComponent, host);
        verify(popup);
        popup.open();
        tryVerify(() => popup.opened, 2000, "the popup opens");
        const field = findChild(popup.contentItem, "messageSearchField");
        tryVerify(() => field.activeFocus, 2000, "the field has the focus");
        return popup;
    }

    function test_emptyStates() {
        const popup = openPopup();
        const empty = findChild(popup.contentItem, "searchEmpty");
        verify(empty.visible);
        compare(empty.title, "Type to search all conversations");
        compare(Checks.controlsWithoutName(popup.contentItem, accessibleName), []);
        shoot(testCase, "search-empty");

        keyClick(Qt.Key_Z);
        keyClick(Qt.Key_Q);
        keyClick(Qt.Key_X);
        tryCompare(empty, "title", "No messages match “zqx”", 10000);
        verify(empty.visible);
        compare(findChild(popup.contentItem, "searchResults").count, 0);
        keyClick(Qt.Key_Escape);  // clears the field first
        compare(findChild(popup.contentItem, "messageSearchField").text, "");
        keyClick(Qt.Key_Escape);
        tryVerify(() => !popup.visible, 2000, "Escape closes it");
    }

    function test_findsAndOpensAReceivedMessage() {
        TestChats.receive(alice, "robin@example.org/phone", "Meet at the Café <Lumière> at noon?", "s1");
        TestChats.receive(alice, "wren@example.org/nest", "cafe closed today", "s2");
        TestChats.receive(alice, "wren@example.org/nest", "unrelated", "s3");
        const popup = openPopup();
        const field = findChild(popup.contentItem, "messageSearchField");
        const list = findChild(popup.contentItem, "searchResults");
        const requested = signalSpy.createObject(testCase, { target: popup, signalName: "accountRequested" });
        // Stored asynchronously: search until both are found.
        tryVerify(() => {
            field.text = "";
            field.text = "cafe";
            wait(300);
            return list.count === 2;
        }, 20000, "both messages are found");
        compare(findChild(popup.contentItem, "searchEmpty").visible, false);
        compare(list.currentIndex, 0);
        // Newest first: Wren's; the snippet is escaped rich text with the match in bold.
        compare(list.currentItem.title, "wren");
        compare(list.currentItem.snippet, "<b>cafe</b> closed today");
        keyClick(Qt.Key_Down);
        compare(list.currentIndex, 1);
        compare(list.currentItem.title, "robin");
        compare(list.currentItem.snippet, "Meet at the <b>Café</b> &lt;Lumière&gt; at noon?");
        verify(list.currentItem.Accessible.name.indexOf("Café <Lumière>") >= 0, list.currentItem.Accessible.name);
        compare(Checks.controlsWithoutName(popup.contentItem, accessibleName), []);
        shoot(testCase, "search-results");

        keyClick(Qt.Key_Return);
        tryVerify(() => !popup.visible, 2000, "opening a result closes the search");
        compare(requested.count, 1);
        compare(requested.signalArguments[0][0], alice);
        compare(alice.chats.currentJid, "robin@example.org");
    }

    Component {
        id: signalSpy
        SignalSpy {}
    }
}
