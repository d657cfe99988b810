import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// What went wrong with the last request (timeout, forbidden, not found, the device went
// offline, a bad request, fields that do not validate), with Retry and Start over. The form
// keeps the values either way.
Rectangle {
    id: root

    required property CommandRunner runner

    signal retryRequested()
    signal startOverRequested()

    readonly property string kind: root.runner.errorKind
    readonly property bool invalid: root.kind === "invalid"
    readonly property string advice: {
        switch (root.kind) {
        case "invalid": return qsTr("Fix the marked fields; nothing was sent.");
        case "timeout": return qsTr("No answer in time. Your values are kept: retry when the device is reachable.");
        case "forbidden": return qsTr("The device does not accept commands from this account. Ask its owner to allow %1.")
                                 .arg(root.runner.account ? root.runner.account.jid : "");
        case "not-found": return qsTr("The command or its session is gone. Start over to run it again with your values.");
        case "offline": return qsTr("Your values are kept: start over when it is back online.");
        case "bad-request": return qsTr("The device did not accept the request. Check the values and retry.");
        }
        return qsTr("Your values are kept.");
    }

    implicitHeight: column.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radiusM
    color: root.invalid ? Theme.warningSurface : Theme.dangerSurface
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.runner.errorText + ". " + root.advice

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingM

        Icon {
            Layout.alignment: Qt.AlignTop
            path: root.invalid ? CommandIcons.warning : root.kind === "offline" ? Icons.cloudOff : CommandIcons.error
            size: 20
            color: root.invalid ? Theme.warning : Theme.danger
        }
        ColumnLayout {
            id: column
            Layout.fillWidth: true
            spacing: 2
            Text {
                objectName: "commandErrorText"
                Layout.fillWidth: true
                text: root.runner.errorText
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: root.invalid ? Theme.warning : Theme.danger
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
            }
            Text {
                Layout.fillWidth: true
                text: root.advice
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall + 1
            }
        }
        Button {
            objectName: "retryButton"
            Layout.alignment: Qt.AlignVCenter
            visible: !root.invalid && root.kind !== "forbidden"
            enabled: !root.runner.busy
            flat: true
            text: qsTr("Retry")
            Accessible.name: qsTr("Retry the last request")
            onClicked: root.retryRequested()
        }
        Button {
            objectName: "startOverButton"
            Layout.alignment: Qt.AlignVCenter
            visible: !root.invalid && root.runner.step > 0
            enabled: !root.runner.busy
            flat: true
            text: qsTr("Start over")
            Accessible.name: qsTr("Start the command over, keeping the values")
            onClicked: root.startOverRequested()
        }
    }
}
