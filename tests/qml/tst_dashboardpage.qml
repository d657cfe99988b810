import QtQuick
import QtTest
import Linnet
import Linnet.Core
import LinnetTest
import "Checks.js" as Checks

// The dashboards in the main page: the empty states (no dashboard: browse or import; an empty
// dashboard: add a tile), tiles appearing from the dashboard's TilesModel as charts, gauges and
// timelines, a reading past a tile's threshold turning it red (through the real ReadingStore and
// alert engine), the sidebar's Devices section and Ctrl+2.
TestCase {
    id: testCase
    name: "DashboardPage"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    readonly property Account alice: SampleAccounts.at(0)
    readonly property string service: "pubsub.example.org"

    Component {
        id: pageComponent
        DashboardPage {
            width: testCase.width
            height: testCase.height
            account: testCase.alice
            dashboard: null
        }
    }

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
        while (alice.dashboards.count > 0)
            alice.dashboards.removeDashboard(0);
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

    function shown(root: Item, name: string): Item {
        const item = findChild(root, name);
        return item && item.visible ? item : null;
    }

    function test_noDashboardSaysWhatToDo() {
        const page = createTemporaryObject(pageComponent, testCase);
        const empty = shown(page, "noDashboards");
        verify(empty, "the empty state shows");
        compare(empty.title, "No dashboards yet");
        verify(shown(page, "emptyBrowse"), "with Browse devices");
        verify(shown(page, "emptyImport"), "and Import");
        shot(page, "no-dashboards");
        compare(shown(page, "dashboardHeader"), null, "no header without a dashboard");
        let browsed = false;
        page.browseRequested.connect(() => browsed = true);
        mouseClick(findChild(page, "emptyBrowse"));
        verify(browsed, "Browse devices asks for the device browser");
        compare(Checks.controlsWithoutName(page, item => item.Accessible.name), []);
    }

    function test_emptyDashboardOffersAddTile() {
        const dashboard = alice.dashboards.addDashboard("Greenhouse");
        verify(dashboard);
        const page = createTemporaryObject(pageComponent, testCase, { dashboard: dashboard });
        verify(shown(page, "dashboardHeader"), "the header shows");
        compare(findChild(page, "dashboardTitle").text, "Greenhouse");
        verify(shown(page, "emptyDashboard"), "the dashboard says it has no tiles");
        verify(shown(page, "emptyAddTile"), "with Add a tile");
        shot(page, "empty-dashboard");
        mouseClick(findChild(page, "emptyAddTile"));
        const editor = findChild(page, "tileEditor");
        tryVerify(() => editor.opened, 2000, "which opens the tile editor");
        editor.close();
        compare(Checks.controlsWithoutName(page, item => item.Accessible.name), []);
    }

    function test_tilesAppearFromTheModel() {
        const dashboard = alice.dashboards.addDashboard("Lab");
        const page = createTemporaryObject(pageComponent, testCase, { dashboard: dashboard });
        const tiles = dashboard.tiles;
        const chart = tiles.addTile(TilesModel.Chart, "Temperatures", 0, 0, 6, 3);
        const gauge = tiles.addTile(TilesModel.Gauge, "CO2", 6, 0, 3, 3);
        const timeline = tiles.addTile(TilesModel.Timeline, "Door", 0, 3, 6, 2);
        verify(chart >= 0 && gauge >= 0 && timeline >= 0, "the tiles fit");
        verify(tiles.addSeries(chart, service, "lab-1", "lab-1:temperature"));
        verify(tiles.addSeries(chart, service, "lab-2", "lab-2:temperature"));
        verify(tiles.addSeries(gauge, service, "lab-1", "lab-1:co2"));
        verify(tiles.addSeries(timeline, service, "lab-1", "lab-1:door"));
        TestReadings.append(alice, service, "lab-1", "lab-1:co2", "ppm", 612, 2000);

        tryVerify(() => shown(page, "tileGrid") !== null, 2000, "the grid replaces the empty state");
        compare(shown(page, "emptyDashboard"), null);
        const grid = findChild(page, "tileGrid");
        const chartTile = grid.tileAt(chart);
        const gaugeTile = grid.tileAt(gauge);
        verify(chartTile && gaugeTile && grid.tileAt(timeline), "one frame per tile");
        compare(findChild(chartTile, "tileTitle").text, "Temperatures");
        verify(findChild(chartTile, "chartView"), "a chart tile draws a ChartView");
        tryCompare(chartTile.content.lines, "length", 2, 2000, "one line per series");
        verify(findChild(grid.tileAt(timeline), "timelineTrack"), "a timeline tile draws its track");
        tryCompare(findChild(gaugeTile, "gaugeValue"), "text", "612", 3000, "the gauge shows the last value");
        verify(chartTile.width > gaugeTile.width, "6 columns are wider than 3");
        verify(gaugeTile.x > chartTile.x, "the gauge sits right of the chart");

        // Keyboard: Right moves the gauge a column, Shift+Left narrows it.
        gaugeTile.forceActiveFocus();
        keyClick(Qt.Key_Right);
        tryCompare(gaugeTile, "column", 7);
        keyClick(Qt.Key_Left, Qt.ShiftModifier);
        tryCompare(gaugeTile, "columnSpan", 2);
        compare(Checks.controlsWithoutName(page, item => item.Accessible.name), []);
    }

    function test_alertTurnsTheTileRed() {
        const dashboard = alice.dashboards.addDashboard("Alerts");
        const page = createTemporaryObject(pageComponent, testCase, { dashboard: dashboard });
        const tiles = dashboard.tiles;
        const row = tiles.addTile(TilesModel.Gauge, "Greenhouse", 0, 0, 4, 3);
        verify(tiles.addSeries(row, service, "gh-1", "gh-1:temperature"));
        verify(tiles.setThresholds(row, 10, 30));
        TestReadings.append(alice, service, "gh-1", "gh-1:temperature", "Cel", 24, 3000);
        tryVerify(() => findChild(page, "tileGrid") !== null, 2000);
        const tile = findChild(page, "tileGrid").tileAt(row);
        tryCompare(findChild(tile, "gaugeValue"), "text", "24.0", 3000);
        verify(!tile.alert, "in range: no alert");
        compare(findChild(tile, "alertBadge").visible, false);

        TestReadings.append(alice, service, "gh-1", "gh-1:temperature", "Cel", 34.5, 0);
        tryVerify(() => tile.alert, 3000, "past the high threshold: the tile is in alert");
        verify(findChild(tile, "alertBadge").visible, "it says so");
        compare(findChild(tile, "tileTitle").color, Theme.danger, "its title turns red");
        tryVerify(() => alice.dashboards.alerts.unacknowledged > 0, 2000, "the alert is logged");
        compare(findChild(page, "alertsCount").count, alice.dashboards.alerts.unacknowledged,
                "the header counts it");
        alice.dashboards.alerts.acknowledgeAll();
        compare(findChild(page, "alertsCount").visible, false);
    }

    // The tile editor lists the series the store holds, by device; checking one picks it, and a
    // typed-in name still works for a series that has sent nothing yet.
    function test_tileEditorPicksStoreSeries() {
        const dashboard = alice.dashboards.addDashboard("Picker");
        TestReadings.append(alice, service, "pick-1", "pick-1:temperature", "Cel", 21.5, 1000);
        TestReadings.append(alice, service, "pick-1", "pick-1:humidity", "%RH", 55, 1000);
        TestReadings.append(alice, service, "pick-2", "pick-2:co2", "ppm", 640, 1000);
        const known = alice.dashboards.availableSeries();
        verify(known.some(s => s.name === "pick-1:temperature" && s.unit === "Cel" && s.label === "temperature"),
               "availableSeries() lists the store's series with unit and label");
        compare(alice.dashboards.availableSeries(service, "pick-2").length, 1, "or one node's");

        const page = createTemporaryObject(pageComponent, testCase, { dashboard: dashboard });
        page.addTile();
        const editor = findChild(page, "tileEditor");
        tryVerify(() => editor.opened, 2000);
        const list = findChild(editor, "seriesList");
        tryVerify(() => list.count >= 3, 2000, "the picker lists them");
        const rows = editor.picker.rows;
        const index = rows.findIndex(s => s.name === "pick-2:co2");
        verify(index >= 0);
        list.positionViewAtIndex(index, ListView.Contain);
        wait(50);
        mouseClick(list.itemAtIndex(index));
        compare(editor.chosen.length, 1, "a click picks it");
        compare(editor.chosen[0].name, "pick-2:co2");
        mouseClick(list.itemAtIndex(index));
        compare(editor.chosen.length, 0, "a second click drops it");
        editor.toggle(service, "pick-1", "pick-1:temperature");
        // A feed to type a series of: subscribed, nothing received yet.
        alice.devices.subscribe(service, "pick-9");
        const feedBox = findChild(editor, "feedBox");
        tryVerify(() => feedBox.count > 0, 2000);
        feedBox.currentIndex = feedBox.find("pick-9");
        editor.nameField.editText = "pick-9:pressure";
        editor.addChosen();
        verify(editor.chosen.some(s => s.name === "pick-9:pressure"), "a typed-in name is still taken");
        verify(editor.picker.rows.some(s => s.name === "pick-9:pressure" && !s.known), "and listed as typed in");
        compare(Checks.controlsWithoutName(editor.contentItem, item => item.Accessible.name), []);
        shot(testCase.Window.contentItem, "tile-editor");
        mouseClick(findChild(editor, "tileEditorConfirm"));
        tryVerify(() => !editor.visible, 2000);
        compare(dashboard.tiles.count, 1);
        const series = dashboard.tiles.data(dashboard.tiles.index(0, 0), TilesModel.SeriesRole);
        compare(series.length, 2, "the tile shows what was picked");
        alice.devices.unsubscribe(service, "pick-9");
    }

    function test_alertLogShowsAlerts() {
        const dashboard = alice.dashboards.addDashboard("Log");
        const tiles = dashboard.tiles;
        const row = tiles.addTile(TilesModel.Chart, "Meeting room CO₂", 0, 0, 6, 3);
        tiles.addSeries(row, service, "log-1", "log-1:co2");
        tiles.setThresholds(row, null, 1000);
        TestReadings.append(alice, service, "log-1", "log-1:co2", "ppm", 940, 5000);
        TestReadings.append(alice, service, "log-1", "log-1:co2", "ppm", 1130, 0);
        tryVerify(() => alice.dashboards.alerts.unacknowledged > 0, 3000);
        const page = createTemporaryObject(pageComponent, testCase, { dashboard: dashboard });
        page.openAlerts();
        const log = findChild(page, "alertLog");
        tryVerify(() => log.opened, 2000);
        tryVerify(() => findChild(log.contentItem, "alertList").count > 0, 2000);
        compare(Checks.controlsWithoutName(log.contentItem, item => item.Accessible.name), []);
        shot(testCase.Window.contentItem, "alert-log");
        log.close();
        alice.dashboards.alerts.clear();
    }

    function test_sidebarAndShortcutShowDashboards() {
        alice.dashboards.addDashboard("First");
        alice.dashboards.addDashboard("Second");
        const page = createTemporaryObject(mainPageComponent, testCase);
        const section = findChild(page, "devicesSection");
        verify(section && section.visible, "the sidebar has a Devices section");
        const list = findChild(section, "dashboardList");
        tryCompare(list, "count", 2);
        page.showDashboard(1);
        tryVerify(() => findChild(page, "dashboardTitle") !== null && findChild(page, "dashboardTitle").text === "Second",
                  2000, "the main area shows the dashboard");
        page.showChats();
        tryVerify(() => shown(page, "noChatSelected") !== null, 2000, "and back to chats");
        page.showDashboard(-1);
        tryCompare(findChild(page, "dashboardTitle"), "text", "Second", 2000, "the last dashboard shown comes back");
    }

    // With LINNET_QML_SHOTS=DIR: the whole main page on a busy dashboard, saved as
    // DIR/dashboard-THEME.png (LINNET_TEST_THEME picks the theme) for looking at it.
    function test_zz_screenshot() {
        if (TestShots.dir.length === 0)
            skip("LINNET_QML_SHOTS not set");
        const dashboard = alice.dashboards.addDashboard("Greenhouse");
        const tiles = dashboard.tiles;
        const minute = 60000;
        TestReadings.wave(alice, service, "gh-1", "gh-1:temperature", "Cel", 600, 1000, 22, 3);
        TestReadings.wave(alice, service, "gh-2", "gh-2:temperature", "Cel", 600, 1000, 19.5, 2);
        TestReadings.wave(alice, service, "gh-1", "gh-1:humidity", "%RH", 600, 1000, 61, 6);
        TestReadings.gap(alice, service, "gh-2", 6 * minute, 4 * minute);
        TestReadings.wave(alice, service, "gh-1", "gh-1:co2", "ppm", 600, 1000, 840, 260);
        TestReadings.wave(alice, service, "gh-3", "gh-3:power", "W", 600, 1000, 420, 180);
        TestReadings.wave(alice, service, "gh-3", "gh-3:battery", "%", 300, 1000, 67, 1);
        // Silent for three minutes: stale.
        TestReadings.wave(alice, service, "gh-4", "gh-4:temperature", "Cel", 400, 1000, 17, 1.2, 3 * minute);
        for (let i = 0; i < 12; ++i)
            TestReadings.append(alice, service, "gh-1", "gh-1:door", "", i % 3 === 0 ? 1 : 0, (600 - i * 50) * 1000);
        let row = tiles.addTile(TilesModel.Chart, "Temperatures", 0, 0, 6, 3);
        tiles.addSeries(row, service, "gh-1", "gh-1:temperature");
        tiles.addSeries(row, service, "gh-2", "gh-2:temperature");
        tiles.addSeries(row, service, "gh-1", "gh-1:humidity");
        tiles.addSeries(row, service, "gh-4", "gh-4:temperature");
        tiles.setThresholds(row, null, 24.5);
        row = tiles.addTile(TilesModel.Gauge, "CO2", 6, 0, 3, 3);
        tiles.addSeries(row, service, "gh-1", "gh-1:co2");
        tiles.setThresholds(row, 400, 1000);
        row = tiles.addTile(TilesModel.Gauge, "Battery", 9, 0, 3, 3);
        tiles.addSeries(row, service, "gh-3", "gh-3:battery");
        tiles.setThresholds(row, 70, null);
        row = tiles.addTile(TilesModel.Chart, "Heater power", 0, 3, 8, 3);
        tiles.addSeries(row, service, "gh-3", "gh-3:power");
        tiles.setThresholds(row, null, 550);
        row = tiles.addTile(TilesModel.Timeline, "Door", 8, 3, 4, 2);
        tiles.addSeries(row, service, "gh-1", "gh-1:door");

        const page = createTemporaryObject(mainPageComponent, testCase);
        page.showDashboard(alice.dashboards.indexOf("Greenhouse"));
        tryVerify(() => findChild(page, "tileGrid") !== null, 3000);
        wait(1500);
        const done = { value: false };
        page.grabToImage(result => {
            result.saveToFile(TestShots.dir + "/dashboard-" + (Theme.dark ? "dark" : "light") + ".png");
            done.value = true;
        });
        tryVerify(() => done.value, 5000);
    }
}
