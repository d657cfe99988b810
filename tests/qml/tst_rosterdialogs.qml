import QtQuick
import QtQuick.Controls
import QtTest
import Linnet
import Linnet.Core
import LinnetTest
import "Checks.js" as Checks

// The contact dialog (add, edit), the contact menu and the remove confirmation: accessible
// names, the keyboard path, and that what they ask reaches the account's roster (the sample
// account is offline, so the roster answers with actionFailed: proof the request went out).
TestCase {
    id: testCase
    name: "RosterDialogs"
    when: windowShown
    width: 800
    height: 600
    visible: true

    readonly property Account alice: SampleAccounts.at(0)

    function accessibleName(item: Item): string {
        return item.Accessible.name;
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }

    Component {
        id: dialogComponent
        ContactDialog {
            roster: testCase.alice.roster
        }
    }

    function test_addByKeyboard() {
        const dialog = createTemporaryObject(dialogComponent, testCase);
        const failed = createTemporaryObject(spyComponent, testCase, {target: alice.roster, signalName: "actionFailed"});
        dialog.openToAdd();
        tryCompare(dialog, "opened", true);
        const address = findChild(dialog.contentItem, "contactAddressField");
        const submit = findChild(dialog.contentItem, "contactDialogSubmit");
        verify(address.activeFocus, "the address field has the focus");
        compare(Checks.controlsWithoutName(dialog.contentItem, accessibleName), []);
        verify(!submit.enabled, "nothing to add yet");
        keyClick(Qt.Key_B);
        keyClick(Qt.Key_O);
        keyClick(Qt.Key_B);
        verify(!submit.enabled, "bob is no address");
        address.text = "Bob@Example.org/phone";
        verify(!submit.enabled, "a full JID is not a contact");
        address.text = "Bob@Example.org";
        verify(submit.enabled);
        compare(dialog.address, "bob@example.org");
        keyClick(Qt.Key_Return);
        verify(findChild(dialog.contentItem, "contactNameField").activeFocus, "Return goes on to the name");
        keyClick(Qt.Key_B);
        keyClick(Qt.Key_Return);
        const groups = findChild(dialog.contentItem, "contactGroupsField");
        verify(groups.activeFocus, "then to the groups");
        groups.text = "Friends, Work";
        keyClick(Qt.Key_Return);
        tryCompare(dialog, "visible", false);
        // Offline: the roster reports that adding failed, for this address.
        tryCompare(failed, "count", 1);
        compare(failed.signalArguments[0][0], "bob@example.org");
    }

    function test_editShowsNameAndGroups() {
        const dialog = createTemporaryObject(dialogComponent, testCase);
        dialog.openToEdit("ada@example.org", "Ada", ["Friends", "Work"]);
        tryCompare(dialog, "opened", true);
        verify(!findChild(dialog.contentItem, "contactAddressField").visible, "the address is fixed");
        compare(findChild(dialog.contentItem, "contactNameField").text, "Ada");
        verify(findChild(dialog.contentItem, "contactNameField").activeFocus);
        compare(findChild(dialog.contentItem, "contactGroupsField").text, "Friends, Work");
        compare(dialog.heading, "Edit ada@example.org");
        keyClick(Qt.Key_Escape);
        tryCompare(dialog, "visible", false);
    }

    Component {
        id: menuComponent
        ContactMenu {
            roster: testCase.alice.roster
        }
    }

    function test_menuBlocksAndAsksToRemove() {
        const menu = createTemporaryObject(menuComponent, testCase);
        const failed = createTemporaryObject(spyComponent, testCase, {target: alice.roster, signalName: "actionFailed"});
        const removal = createTemporaryObject(spyComponent, testCase, {target: menu, signalName: "removeRequested"});
        menu.openFor("ada@example.org", "Ada", "Friends", false, true, testCase, 10, 10);
        tryCompare(menu, "opened", true);
        const block = findChild(menu.contentItem, "contactMenuBlock");
        compare(block.text, "Block");
        compare(block.Accessible.name, "Block ada@example.org: no messages or presence from them");
        compare(findChild(menu.contentItem, "contactMenuEdit").Accessible.name, "Edit the name and groups of Ada");
        // Down walks the items; the first is "Edit".
        keyClick(Qt.Key_Down);
        compare(menu.currentIndex, 0);
        block.triggered();
        tryCompare(menu, "visible", false);
        tryCompare(failed, "count", 1);
        compare(failed.signalArguments[0][0], "ada@example.org");
        verify(failed.signalArguments[0][1].indexOf("Blocking") === 0, failed.signalArguments[0][1]);

        menu.openFor("ada@example.org", "Ada", "Friends", true, true, testCase, 10, 10);
        tryCompare(menu, "opened", true);
        compare(block.text, "Unblock");
        findChild(menu.contentItem, "contactMenuRemove").triggered();
        compare(removal.count, 1);
        compare(removal.signalArguments[0][0], "ada@example.org");
        menu.close();
    }

    Component {
        id: removeComponent
        RemoveContactDialog {
            roster: testCase.alice.roster
        }
    }

    function test_removeDefaultsToCancel() {
        const dialog = createTemporaryObject(removeComponent, testCase);
        const failed = createTemporaryObject(spyComponent, testCase, {target: alice.roster, signalName: "actionFailed"});
        dialog.openFor("ada@example.org", "Ada");
        tryCompare(dialog, "opened", true);
        compare(dialog.heading, "Remove Ada?");
        verify(findChild(dialog.contentItem, "removeContactCancel").activeFocus, "Cancel has the focus");
        compare(Checks.controlsWithoutName(dialog.contentItem, accessibleName), []);
        keyClick(Qt.Key_Space);
        tryCompare(dialog, "visible", false);
        compare(failed.count, 0, "nothing was asked");
        dialog.openFor("ada@example.org", "Ada");
        tryCompare(dialog, "opened", true);
        findChild(dialog.contentItem, "removeContactConfirm").clicked();
        tryCompare(failed, "count", 1);
        compare(failed.signalArguments[0][0], "ada@example.org");
    }
}
