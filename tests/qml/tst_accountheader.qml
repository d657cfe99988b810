import QtQuick
import QtTest
import Linnet
import Linnet.Core
import LinnetTest
import "Checks.js" as Checks

// The top of the sidebar: the account switcher lists every account, each session shows as a
// chip, and the presence selector acts for the chosen session (by default the main one).
TestCase {
    id: testCase
    name: "AccountHeader"
    when: windowShown

    // Qt Quick gives password fields no accessible name (it could leak what is typed): those
    // say what they are in the description.
    function accessibleName(item: Item): string {
        return item.Accessible.passwordEdit ? item.Accessible.description : item.Accessible.name;
    }
    width: 400
    height: 600
    visible: true

    Component {
        id: headerComponent
        AccountHeader {
            width: 300
            account: SampleAccounts.at(0)
            accounts: SampleAccounts
        }
    }

    SignalSpy { id: switchSpy; signalName: "switchRequested" }
    SignalSpy { id: pageSpy; signalName: "accountsPageRequested" }

    function chipsOf(header) {
        const flow = findChild(header, "sessionChips");
        const chips = [];
        for (let i = 0; i < flow.children.length; ++i) {
            if (flow.children[i].hasOwnProperty("session"))
                chips.push(flow.children[i]);
        }
        return chips;
    }

    function test_sessionsAndPresence() {
        const header = createTemporaryObject(headerComponent, testCase);
        verify(header, "AccountHeader loads");
        const account = SampleAccounts.at(0);
        const chips = chipsOf(header);
        compare(chips.length, 2, "a chip per session");
        compare(chips[0].session.resource, "desk");
        verify(chips[0].Accessible.name.indexOf("desk") >= 0);
        const selector = findChild(header, "presenceSelector");
        compare(selector.presence, account.mainSession.presence, "the main session by default");
        verify(chips[0].checked && !chips[1].checked);
        mouseClick(chips[1]);
        compare(header.presenceSession, account.sessions[1]);
        compare(selector.presence, account.sessions[1].presence, "then the chosen one");
        verify(chips[1].checked && !chips[0].checked);
        compare(selector.sessionName, "lab", "and it says which");
        compare(Checks.controlsWithoutName(header, accessibleName), []);
    }

    function test_switcherListsAccounts() {
        const header = createTemporaryObject(headerComponent, testCase);
        switchSpy.target = header;
        switchSpy.clear();
        pageSpy.target = header;
        pageSpy.clear();
        header.openAccountMenu();
        const menu = findChild(header, "accountMenu");
        tryVerify(() => menu.opened, 2000, "the account menu opens");
        // Two accounts, a separator, "Add account…" and "Manage accounts…".
        compare(menu.count, 5);
        const second = menu.itemAt(1);
        verify(second.Accessible.name.indexOf("sensors@example.org") >= 0);
        mouseClick(second);
        compare(switchSpy.count, 1);
        compare(switchSpy.signalArguments[0][0], SampleAccounts.at(1));
        mouseClick(findChild(header, "accountsPageButton"));
        compare(pageSpy.count, 1, "the sidebar button opens the accounts page");
    }

    function test_zz_screenshot() {
        if (TestShots.dir.length === 0)
            skip("LINNET_QML_SHOTS is not set");
        const header = createTemporaryObject(headerComponent, testCase);
        header.openAccountMenu();
        const menu = findChild(header, "accountMenu");
        tryVerify(() => menu.opened, 2000);
        wait(300);
        grabImage(testCase).save(TestShots.dir + "/accountmenu" + (Theme.dark ? "-dark" : "") + ".png");
        menu.close();
    }
}
