import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The actions the command allows now (Back, Next, Complete, Cancel: the default one filled),
// or, once it ended, Run again and Close; "Pin to dashboard…" on the left. Enter on a focused
// button presses it.
RowLayout {
    id: root

    required property CommandRunner runner
    property bool pinnable: false

    signal actionRequested(string action)  // "prev" | "next" | "complete" | "cancel" | "restart"
    signal closeRequested()
    signal pinRequested()

    readonly property bool running: root.runner.state === CommandRunner.Input || root.runner.state === CommandRunner.Waiting
    readonly property bool ended: root.runner.state === CommandRunner.Completed || root.runner.state === CommandRunner.Canceled
                                  || root.runner.state === CommandRunner.Failed

    component ActionButton: Button {
        id: button
        flat: true
        implicitHeight: 40
        topInset: 0
        bottomInset: 0
        focusPolicy: Qt.StrongFocus
        Accessible.name: button.text
        Keys.onReturnPressed: button.clicked()
        Keys.onEnterPressed: button.clicked()
    }

    spacing: Theme.spacingS

    ActionButton {
        objectName: "pinCommandButton"
        visible: root.pinnable
        enabled: !root.runner.busy
        text: qsTr("Pin to dashboard…")
        Accessible.name: qsTr("Pin %1 to a dashboard").arg(root.runner.name)
        onClicked: root.pinRequested()
    }
    Item { Layout.fillWidth: true }

    ActionButton {
        objectName: "cancelAction"
        visible: root.running && root.runner.canCancel
        enabled: !root.runner.busy
        text: qsTr("Cancel")
        Accessible.name: qsTr("Cancel the command (Esc)")
        onClicked: root.actionRequested("cancel")
    }
    ActionButton {
        objectName: "prevAction"
        visible: root.running && root.runner.canPrev
        enabled: !root.runner.busy
        text: qsTr("Back")
        onClicked: root.actionRequested("prev")
    }
    ActionButton {
        objectName: "nextAction"
        visible: root.running && root.runner.canNext && root.runner.defaultAction !== "next"
        enabled: !root.runner.busy
        text: qsTr("Next")
        onClicked: root.actionRequested("next")
    }
    ActionButton {
        objectName: "completeAction"
        visible: root.running && root.runner.canComplete && root.runner.defaultAction !== "complete"
        enabled: !root.runner.busy
        text: qsTr("Complete")
        onClicked: root.actionRequested("complete")
    }
    ActionButton {
        objectName: "restartAction"
        visible: root.ended
        text: qsTr("Run again")
        Accessible.name: qsTr("Run %1 again").arg(root.runner.name)
        onClicked: root.actionRequested("restart")
    }
    // The default action: Next or Complete (Enter), or Close once the command ended.
    PrimaryButton {
        id: primary
        objectName: "defaultAction"
        visible: root.ended || (root.running && root.runner.defaultAction.length > 0)
        implicitHeight: 40
        busy: root.runner.busy
        enabled: !root.runner.busy
        focusPolicy: Qt.StrongFocus
        text: root.ended ? qsTr("Close")
            : root.runner.defaultAction === "next" ? qsTr("Next") : qsTr("Complete")
        Accessible.name: root.ended ? qsTr("Close (Esc)") : qsTr("%1 (Enter)").arg(primary.text)
        Keys.onReturnPressed: primary.clicked()
        Keys.onEnterPressed: primary.clicked()
        onClicked: {
            if (root.ended)
                root.closeRequested();
            else
                root.actionRequested(root.runner.defaultAction);
        }
    }
}
