import QtQuick
import QtTest
import Linnet
import Linnet.Core
import LinnetTest
import "Checks.js" as Checks

// The signed-in page: the sidebar and "No conversation selected" until a chat is open, the chat
// page while one is, Escape (search first, then the chat; in the window, from the composer too),
// the connection banner with the reason while the account's main session failed, and an
// accessible name for every control.
TestCase {
    id: testCase
    name: "MainPage"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    // Qt Quick gives password fields no accessible name (it could leak what is typed): those
    // say what they are in the description.
    function accessibleName(item: Item): string {
        return item.Accessible.passwordEdit ? item.Accessible.description : item.Accessible.name;
    }

    readonly property Account alice: SampleAccounts.at(0)

    Component {
        id: pageComponent
        MainPage {
            width: testCase.width
            height: testCase.height
            accounts: SampleAccounts
            account: SampleAccounts.at(0)
        }
    }

    Component {
        id: mainComponent
        Main {}
    }

    function cleanup() {
        alice.chats.closeChat();
    }

    // The chat page's or the empty state's item once the loader shows it (the other one may
    // linger until it is deleted).
    function shown(page: MainPage, name: string): Item {
        const item = findChild(page, name);
        return item && item.visible ? item : null;
    }

    function test_loadsForAnAccount() {
        const page = createTemporaryObject(pageComponent, testCase);
        verify(page, "MainPage loads");
        compare(page.account, alice);
        const sidebar = findChild(page, "sidebar");
        verify(sidebar.visible && sidebar.width > 0, "the sidebar shows");
        compare(findChild(sidebar, "accountName").text, "Alice Liddell", "with the account");
        verify(findChild(sidebar, "searchField").visible, "the search field");
        verify(findChild(sidebar, "rosterList").visible, "and the buddy list");
        verify(findChild(sidebar, "rosterOffline").visible, "which says the account is not connected");

        const empty = findChild(page, "noChatSelected");
        verify(empty && empty.visible, "no chat open: the empty state");
        compare(empty.title, "No conversation selected");
        verify(empty.mapToItem(page, 0, 0).x >= sidebar.width, "right of the sidebar");
        compare(findChild(page, "messageField"), null, "no composer without a chat");
        compare(Checks.controlsWithoutName(page, accessibleName), []);
    }

    function test_openingAChatShowsIt() {
        const page = createTemporaryObject(pageComponent, testCase);
        alice.chats.openChat("robin@example.org");
        tryVerify(() => shown(page, "chatTitle") !== null, 2000, "the chat page shows");
        compare(findChild(page, "chatTitle").text, "robin@example.org");
        tryVerify(() => shown(page, "noChatSelected") === null, 2000, "the empty state is gone");
        const field = findChild(page, "messageField");
        tryVerify(() => field.activeFocus, 2000, "the composer has the focus");
        verify(findChild(page, "sidebar").visible, "the sidebar stays");
        compare(Checks.controlsWithoutName(page, accessibleName), []);

        // Another buddy: the same page follows.
        alice.chats.openChat("wren@example.org");
        compare(findChild(page, "chatTitle").text, "wren@example.org");

        mouseClick(findChild(page, "closeChatButton"));
        compare(alice.chats.currentChat, null);
        tryVerify(() => shown(page, "noChatSelected") !== null, 2000, "closing the chat brings the empty state back");
        tryVerify(() => findChild(page, "messageField") === null, 2000, "and the chat page is gone");
    }

    function test_escapeClearsTheSearchThenClosesTheChat() {
        const page = createTemporaryObject(pageComponent, testCase);
        const sidebar = findChild(page, "sidebar");
        page.handleEscape();  // nothing to do: no error
        alice.chats.openChat("robin@example.org");
        findChild(sidebar, "searchField").text = "rob";
        compare(sidebar.searchText, "rob");
        page.handleEscape();
        compare(sidebar.searchText, "", "Escape clears the search first");
        verify(alice.chats.currentChat !== null, "and keeps the chat");
        page.handleEscape();
        compare(alice.chats.currentChat, null, "then closes the chat");
        tryVerify(() => shown(page, "noChatSelected") !== null, 2000);
    }

    // The Escape key as the window binds it, pressed while the composer has the focus.
    function test_escapeKeyClosesTheChat() {
        const window = createTemporaryObject(mainComponent, testCase, { accounts: SampleAccounts });
        window.switchAccount(alice);
        tryVerify(() => window.mainPage !== null, 2000, "the main page shows alice");
        window.requestActivate();
        tryVerify(() => window.active, 2000);
        alice.chats.openChat("robin@example.org");
        const page = window.mainPage;
        tryVerify(() => shown(page, "messageField") !== null, 2000);
        const field = findChild(page, "messageField");
        tryVerify(() => field.activeFocus, 2000, "the composer has the focus");
        keyClick(Qt.Key_H);
        compare(field.text, "h", "keys reach the window");
        keyClick(Qt.Key_Escape);
        compare(alice.chats.currentChat, null, "Escape closes the chat");
        tryVerify(() => shown(page, "noChatSelected") !== null, 2000);
    }

    // A draft survives switching buddies, and closing the chat (Escape is one key away).
    function test_draftsSurviveClosingTheChat() {
        const page = createTemporaryObject(pageComponent, testCase);
        alice.chats.openChat("robin@example.org");
        tryVerify(() => shown(page, "messageField") !== null, 2000);
        let field = findChild(page, "messageField");
        tryVerify(() => field.activeFocus, 2000);
        for (const c of "for robin")
            keyClick(c);
        alice.chats.openChat("wren@example.org");
        compare(field.text, "", "wren's conversation starts empty");
        alice.chats.openChat("robin@example.org");
        compare(field.text, "for robin", "robin's draft is back after switching");

        page.handleEscape();
        tryVerify(() => shown(page, "noChatSelected") !== null, 2000);
        alice.chats.openChat("robin@example.org");
        tryVerify(() => shown(page, "messageField") !== null, 2000);
        field = findChild(page, "messageField");
        compare(field.text, "for robin", "and after closing the chat");
        alice.chats.openChat("wren@example.org");
        compare(field.text, "");
    }

    function test_bannerWhileOffline() {
        const page = createTemporaryObject(pageComponent, testCase);
        const banner = findChild(page, "connectionBanner");
        verify(banner.visible && banner.height > 0, "alice is offline: the banner shows");
        compare(banner.message, "alice@example.org is offline.");
        compare(banner.Accessible.name, banner.message);
        compare(findChild(banner, "reconnectButton").text, "Connect");
        compare(Checks.controlsWithoutName(page, accessibleName), []);
    }

    // An account whose main session failed to connect: the banner says why.
    function test_bannerSaysWhyTheConnectionFailed() {
        // A closed local port and no keychain: it fails to connect, quickly and quietly.
        const failing = TestAccounts.addAccount("banner@example.org/desk", "pw", "127.0.0.1", 9, false);
        verify(failing, "a valid address is added");
        // Not a temporary object: the page must be gone before the account is removed.
        const page = pageComponent.createObject(testCase, { account: failing, accounts: TestAccounts });
        const connection = failing.mainSession.connection;
        tryVerify(() => connection.error !== ConnectionError.None && connection.state !== ConnectionController.Connecting,
                  15000, "the attempt fails");
        const banner = findChild(page, "connectionBanner");
        verify(banner.visible && banner.height > 0, "the banner shows");
        verify(connection.errorMessage.length > 0);
        verify(banner.message.indexOf(connection.errorMessage) >= 0, "with the reason: " + banner.message);
        compare(banner.Accessible.name, banner.message, "for screen readers too");
        const button = findChild(banner, "reconnectButton");
        verify(button.visible && button.text.length > 0, button.text);
        compare(Checks.controlsWithoutName(page, accessibleName), []);

        // The banner stays while a chat is open.
        failing.chats.openChat("robin@example.org");
        tryVerify(() => shown(page, "chatTitle") !== null, 2000);
        verify(banner.visible);
        failing.chats.closeChat();

        // The page lets go of the account before the model deletes it.
        page.destroy();
        wait(0);
        failing.disconnectAll();
        TestAccounts.removeAccount(failing, false);
        tryCompare(TestAccounts, "count", 0, 2000);
    }
}
