import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Names a new dashboard, or renames one. A name that is empty or taken keeps the dialog open
// with the reason.
AccountDialog {
    id: root

    required property DashboardsModel dashboards
    // The dashboard renamed; -1: a new one.
    property int row: -1
    property string errorText
    readonly property alias nameField: nameField

    signal created(int index)

    function openFor(dashboardRow: int) {
        root.row = dashboardRow;
        const existing = dashboardRow >= 0 ? root.dashboards.at(dashboardRow) : null;
        nameField.text = existing ? existing.name : "";
        root.errorText = "";
        open();
    }

    function submit() {
        const name = nameField.text.trim();
        if (name.length === 0) {
            root.errorText = qsTr("Give the dashboard a name.");
            return;
        }
        if (root.row >= 0) {
            const current = root.dashboards.at(root.row);
            if (current && current.name !== name && !root.dashboards.renameDashboard(root.row, name)) {
                root.errorText = qsTr("There is a dashboard called “%1” already.").arg(name);
                return;
            }
            root.close();
            return;
        }
        if (!root.dashboards.addDashboard(name)) {
            root.errorText = qsTr("There is a dashboard called “%1” already.").arg(name);
            return;
        }
        root.close();
        root.created(root.dashboards.indexOf(name));
    }

    objectName: "dashboardNameDialog"
    heading: root.row >= 0 ? qsTr("Rename dashboard") : qsTr("New dashboard")
    message: root.row >= 0 ? "" : qsTr("A dashboard is a grid of charts, gauges and timelines of your devices' readings.")
    onOpened: {
        nameField.forceActiveFocus();
        nameField.selectAll();
    }

    TextField {
        id: nameField
        objectName: "dashboardNameField"
        Layout.fillWidth: true
        placeholderText: qsTr("Name, e.g. Greenhouse")
        maximumLength: 80
        Accessible.name: qsTr("Dashboard name")
        onAccepted: root.submit()
        onTextChanged: root.errorText = ""
    }
    Text {
        Layout.fillWidth: true
        visible: root.errorText.length > 0
        text: root.errorText
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.danger
        font.pixelSize: Theme.fontSmall + 1
    }

    buttons: [
        Button {
            flat: true
            implicitHeight: 40
            topInset: 0
            bottomInset: 0
            text: qsTr("Cancel")
            Accessible.name: text
            onClicked: root.reject()
        },
        PrimaryButton {
            objectName: "dashboardNameConfirm"
            implicitHeight: 40
            text: root.row >= 0 ? qsTr("Rename") : qsTr("Create")
            onClicked: root.submit()
        }
    ]
}
