pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The ad-hoc commands of one entity (a device, a roster contact, the account's server, a
// service): its commands on the left, the running one on the right (CommandPanel), and under
// "History" the commands run on it before. startNode runs one command as soon as the entity
// lists it, and startValues ("var=value;var=value") fills its first form and submits it once
// (--command, --command-values); startDone says when that is over.
FocusScope {
    id: root

    required property Account account
    // The entity: a bare JID (its online resources are asked) or a full one.
    required property string jid
    // How the user knows it; by default its roster name.
    property string entityName: contact.known ? contact.name : root.jid
    property string startNode
    property string startValues
    // The start command was run (and its values submitted) and the answer is in, or it failed.
    property bool startDone: root.startNode.length === 0
    property bool historyShown: false

    readonly property string bareJid: root.jid.split("/")[0]
    readonly property alias runner: runner
    readonly property alias panel: panel
    readonly property alias commandList: list

    signal closeRequested()

    function run(target: string, node: string, name: string) {
        root.historyShown = false;
        const other = runner.node !== node || runner.jid !== target;
        if (other && runner.state === CommandRunner.Input && runner.canCancel)
            runner.cancel();  // the device may drop the old session now instead of at its timeout
        runner.jid = target;
        runner.node = node;
        runner.name = name;
        panel.lastAction = "start";
        runner.start();
    }

    // --command: runs startNode once the entity lists it (then its full JID and name are known).
    property bool started: false
    function maybeStart() {
        if (root.started || root.startNode.length === 0 || root.account.onlineSessions === 0)
            return;
        for (let row = 0; row < commands.count; ++row) {
            const index = commands.index(row, 0);
            if (commands.data(index, CommandListModel.NodeRole) === root.startNode) {
                root.started = true;
                list.currentIndex = row;
                root.run(commands.data(index, CommandListModel.JidRole), root.startNode,
                         commands.data(index, CommandListModel.NameRole));
                return;
            }
        }
    }
    // Not listed after a while (its presence not seen, or it hides the command): tried anyway,
    // the answer says why not.
    Timer {
        interval: 8000
        running: !root.started && root.startNode.length > 0 && root.account.onlineSessions > 0
        onTriggered: {
            root.started = true;
            root.run(root.jid, root.startNode, root.startNode);
        }
    }

    // --command-values: "var=value;var=value" into the first form, then the default action.
    property bool valuesSent: false
    function fillStartValues() {
        const form = runner.form;
        for (const pair of root.startValues.split(";")) {
            const at = pair.indexOf("=");
            if (at <= 0)
                continue;
            const name = pair.slice(0, at).trim();
            const value = pair.slice(at + 1);
            for (let row = 0; row < form.count; ++row) {
                const index = form.index(row, 0);
                if (form.data(index, DataFormModel.VarRole) !== name)
                    continue;
                const type = form.data(index, DataFormModel.FieldTypeRole);
                if (type === "boolean")
                    form.setValue(row, ["1", "true", "on", "yes"].indexOf(value.toLowerCase()) >= 0);
                else if (type.endsWith("-multi"))
                    form.setValue(row, value.split(",").map(v => v.trim()));
                else
                    form.setValue(row, value);
            }
        }
        root.valuesSent = true;
        panel.submit();
    }

    function startProgress() {
        if (root.startDone || !root.started || runner.busy)
            return;
        if (runner.state === CommandRunner.Input && root.startValues.length > 0 && !root.valuesSent) {
            root.fillStartValues();
            if (runner.busy)
                return;
        }
        root.startDone = true;
    }

    Keys.onEscapePressed: root.closeRequested()
    Shortcut {
        sequence: StandardKey.Refresh
        enabled: root.visible && root.account.onlineSessions > 0
        onActivated: commands.refresh()
    }

    ContactInfo {
        id: contact
        account: root.account
        jid: root.bareJid
    }
    CommandListModel {
        id: commands
        account: root.account
        jid: root.jid
        onCountChanged: root.maybeStart()
        onLoadingChanged: root.maybeStart()
    }
    CommandRunner {
        id: runner
        account: root.account
        onStateChanged: Qt.callLater(root.startProgress)
    }
    Connections {
        target: root.account
        function onOnlineSessionsChanged() { root.maybeStart(); }
    }
    Component.onCompleted: root.maybeStart()

    Rectangle {
        anchors.fill: parent
        color: Theme.chatBackground
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        CommandsHeader {
            Layout.fillWidth: true
            account: root.account
            jid: root.jid
            entityName: root.entityName
            historyShown: root.historyShown
            onHistoryRequested: shown => root.historyShown = shown
            onReloadRequested: commands.refresh()
            onCloseRequested: root.closeRequested()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !root.historyShown
            spacing: 0

            Rectangle {
                Layout.preferredWidth: Math.min(300, Math.max(220, root.width * 0.28))
                Layout.fillHeight: true
                color: Theme.background
                CommandList {
                    id: list
                    anchors.fill: parent
                    anchors.topMargin: Theme.spacingS
                    commands: commands
                    account: root.account
                    entityName: root.entityName
                    currentJid: runner.jid
                    currentNode: runner.state === CommandRunner.Idle ? "" : runner.node
                    onCommandChosen: (target, node, name) => root.run(target, node, name)
                }
            }
            Rectangle {
                Layout.preferredWidth: 1
                Layout.fillHeight: true
                color: Theme.divider
            }
            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true

                CommandPanel {
                    id: panel
                    anchors.fill: parent
                    visible: runner.state !== CommandRunner.Idle || runner.errorText.length > 0
                    focus: visible
                    runner: runner
                    account: root.account
                    entityName: root.entityName
                    onCloseRequested: root.closeRequested()
                }
                EmptyState {
                    objectName: "noCommandChosen"
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 2 * Theme.spacingXxl, 380)
                    visible: !panel.visible
                    iconPath: CommandIcons.terminal
                    title: qsTr("Pick a command")
                    hint: qsTr("Choose one of %1's commands on the left to run it. Its history is under History.").arg(root.entityName)
                }
            }
        }

        CommandHistoryView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.historyShown
            account: root.account
            device: root.bareJid
        }
    }
}
