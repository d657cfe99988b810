import QtQuick
import QtTest
import Linnet
import Linnet.Core
import LinnetTest
import "Checks.js" as Checks

// The device browser: the subscribed feeds beside the discovery tree, with their state and
// FeedHealth's warnings on the feed; the offline and empty states; Ctrl+3 and the keys.
TestCase {
    id: testCase
    name: "DevicesPage"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    readonly property Account alice: SampleAccounts.at(0)
    readonly property string service: "pubsub.example.org"

    Component {
        id: mainPageComponent
        MainPage {
            width: testCase.width
            height: testCase.height
            accounts: SampleAccounts
            account: SampleAccounts.at(0)
        }
    }

    function cleanup() {
        alice.devices.unsubscribe(service, "greenhouse-1");
        alice.devices.unsubscribe(service, "cellar");
    }

    // With LINNET_QML_SHOTS=DIR: saves what item shows as DIR/NAME-THEME.png.
    function shot(item: Item, name: string) {
        if (TestShots.dir.length === 0)
            return;
        const done = { value: false };
        item.grabToImage(result => {
            result.saveToFile(TestShots.dir + "/" + name + "-" + (Theme.dark ? "dark" : "light") + ".png");
            done.value = true;
        });
        tryVerify(() => done.value, 5000);
    }

    function devicesPage(page: Item): Item {
        page.showDevices();
        tryVerify(() => findChild(page, "discoveryPage") !== null, 3000, "the device browser loads");
        return findChild(page, "discoveryPage");
    }

    function test_emptyFeedsSayWhatToDo() {
        const page = createTemporaryObject(mainPageComponent, testCase);
        const devices = devicesPage(page);
        verify(findChild(devices, "feedsPane").visible, "the subscribed feeds sit beside the tree at 1280 px");
        verify(findChild(devices, "noFeeds").visible, "no feeds: it says so");
        verify(findChild(devices, "discoveryOffline").visible, "offline: the tree says why it is empty");
        compare(Checks.controlsWithoutName(devices, item => item.Accessible.name), []);
        shot(page, "devices-empty");
    }

    function test_feedWarningIsShownOnTheFeed() {
        alice.devices.subscribe(service, "greenhouse-1", "lab");
        alice.devices.subscribe(service, "cellar");
        TestReadings.append(alice, service, "cellar", "cellar:temperature", "Cel", 12.5, 2000);
        TestReadings.badInput(alice, service, "greenhouse-1", 3);
        const page = createTemporaryObject(mainPageComponent, testCase);
        const devices = devicesPage(page);
        const list = findChild(devices, "feedsList");
        tryCompare(list, "count", 2, 2000);
        tryVerify(() => findChild(devices, "feedWarningsPill").visible, 3000, "the pane counts the warning");
        let warning = null;
        tryVerify(() => {
            for (let i = 0; i < list.count; ++i) {
                const item = list.itemAtIndex(i);
                const box = item ? findChild(item, "feedWarning") : null;
                if (box && box.visible)
                    warning = box;
            }
            return warning !== null;
        }, 3000, "the feed shows its warning");
        verify(warning.children[0].text.indexOf("NaN") >= 0 || warning.children[0].text.length > 4, warning.children[0].text);
        compare(Checks.controlsWithoutName(devices, item => item.Accessible.name), []);
        shot(page, "devices-feeds");

        // Delete on the focused list unsubscribes the current feed.
        list.forceActiveFocus();
        list.currentIndex = 0;
        keyClick(Qt.Key_Delete);
        tryCompare(list, "count", 1, 2000);
    }

    function test_narrowWindowSwitchesBetweenTreeAndFeeds() {
        const page = createTemporaryObject(mainPageComponent, testCase, { width: 1000 });
        const devices = devicesPage(page);
        verify(!findChild(devices, "feedsPane").visible, "narrow: the tree first");
        mouseClick(findChild(devices, "showFeedsButton"));
        verify(findChild(devices, "feedsPane").visible, "then the feeds");
        compare(findChild(devices, "discoveryOffline").visible, false);
    }
}
