import QtQuick
import QtTest
import Linnet
import Linnet.Core
import LinnetTest
import "Checks.js" as Checks

// How an account connects, on the accounts page: the editor's transport choice (only encrypted
// WebSocket and BOSH addresses are taken), the card saying it, and each session saying what its
// link runs over.
TestCase {
    id: testCase
    name: "AccountTransport"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    // Password fields say what they are in the description (see tst_accountspage.qml).
    function accessibleName(item: Item): string {
        return item.Accessible.passwordEdit ? item.Accessible.description : item.Accessible.name;
    }

    Component {
        id: samplePage
        AccountsPage {
            width: testCase.width
            height: testCase.height
            accounts: SampleAccounts
            currentAccount: SampleAccounts.at(0)
        }
    }

    function cardOf(page, jid) {
        const list = findChild(page, "accountList");
        for (let i = 0; i < list.count; ++i) {
            const slot = list.itemAtIndex(i);
            if (slot && slot.jid === jid)
                return slot.children[0];
        }
        return null;
    }

    function rowsOf(card) {
        const rows = [];
        const visit = item => {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i];
                if (child.hasOwnProperty("removable") && child.hasOwnProperty("session"))
                    rows.push(child);
                else
                    visit(child);
            }
        };
        visit(card);
        return rows;
    }

    // The "Connect over" choice: WebSocket and BOSH take an address, only an encrypted one
    // (refused with the reason, the dialog stays open); saved, the card says how it connects
    // and the editor shows it again. Keyboard only.
    function test_editTheTransport() {
        const page = createTemporaryObject(samplePage, testCase);
        const alice = cardOf(page, "alice@example.org");
        const account = SampleAccounts.at(0);
        const dialog = page.editDialog;
        const connection = dialog.connection;
        const box = connection.transportBox;
        const endpoint = connection.endpointField;
        const problem = findChild(connection, "endpointProblem");
        page.openEditDialog(account);
        tryVerify(() => dialog.opened, 2000);
        compare(box.currentValue, AccountTransport.Automatic, "a new account connects automatically");
        verify(!endpoint.visible && dialog.hostField.visible, "host and port, no address");

        box.forceActiveFocus();
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Down);
        compare(box.currentValue, AccountTransport.WebSocket);
        verify(endpoint.visible && !dialog.hostField.visible, "WebSocket takes an address instead");
        compare(Checks.controlsWithoutName(dialog.contentItem, accessibleName), []);
        endpoint.forceActiveFocus();
        endpoint.text = "ws://example.org/xmpp-websocket";
        verify(problem.visible && problem.text.indexOf("wss://") >= 0, "an unencrypted address is refused: " + problem.text);
        keyClick(Qt.Key_Return);
        verify(dialog.visible, "and not saved");
        compare(AccountTransport.kindOf(account), AccountTransport.Automatic);

        endpoint.text = "wss://example.org/xmpp-websocket";
        verify(!problem.visible);
        keyClick(Qt.Key_Return);
        tryVerify(() => !dialog.visible, 2000, "Enter saves and closes");
        compare(AccountTransport.kindOf(account), AccountTransport.WebSocket);
        compare(AccountTransport.endpointOf(account), "wss://example.org/xmpp-websocket");
        tryCompare(findChild(alice, "accountServer"), "text", "WebSocket at wss://example.org/xmpp-websocket");

        // BOSH wants https://; empty asks the server.
        page.openEditDialog(account);
        tryVerify(() => dialog.opened, 2000);
        compare(box.currentValue, AccountTransport.WebSocket, "the editor shows the saved choice");
        compare(endpoint.text, "wss://example.org/xmpp-websocket");
        box.forceActiveFocus();
        keyClick(Qt.Key_Down);
        compare(box.currentValue, AccountTransport.Bosh);
        verify(problem.visible, "a WebSocket address is no BOSH address");
        endpoint.text = "";
        verify(!problem.visible);
        mouseClick(dialog.saveButton);
        tryVerify(() => !dialog.visible, 2000);
        compare(AccountTransport.kindOf(account), AccountTransport.Bosh);
        tryCompare(findChild(alice, "accountServer"), "text", "BOSH, address asked from the server");

        // Back to automatic for the other tests.
        page.openEditDialog(account);
        tryVerify(() => dialog.opened, 2000);
        connection.showTransport(AccountTransport.Automatic, "");
        mouseClick(dialog.saveButton);
        tryVerify(() => !dialog.visible, 2000);
        compare(AccountTransport.kindOf(account), AccountTransport.Automatic);
    }

    // What a session's link runs over, as the bridge reports it, under its state.
    function test_sessionSaysItsTransport() {
        const page = createTemporaryObject(samplePage, testCase);
        const alice = cardOf(page, "alice@example.org");
        const row = rowsOf(alice)[0];
        const line = findChild(row, "sessionTransport");
        verify(!line.parent.visible, "nothing without a link");
        TestSessions.setTransportName(row.session, "WebSocket (wss://example.org/xmpp-websocket)");
        tryVerify(() => line.parent.visible);
        compare(line.text, "Connected over WebSocket (wss://example.org/xmpp-websocket)");
        verify(row.Accessible.name.indexOf("Connected over WebSocket") >= 0, row.Accessible.name);
        TestSessions.setTransportName(row.session, "");
        tryVerify(() => !line.parent.visible);
    }
}
