import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Over the tiles: progress while the account's saved readings are read back from disk or its
// feeds fetch what was published while it was away, and a banner when the history on disk does
// not work (ReadingStore::historyError).
ColumnLayout {
    id: root

    required property DashboardsModel dashboards
    // Feeds are being subscribed or backfilled (DeviceController.busy).
    property bool fetching: false
    readonly property bool working: root.dashboards.restoringHistory || root.fetching
    // The history error the user put away (shown again if another one comes).
    property string dismissedError
    readonly property bool showError: root.dashboards.historyError.length > 0
                                      && root.dismissedError !== root.dashboards.historyError

    spacing: 0
    visible: root.working || root.showError

    // The account's saved readings are still being read back: charts fill in meanwhile.
    Rectangle {
        objectName: "historyRestoring"
        Layout.fillWidth: true
        Layout.preferredHeight: 32
        visible: root.working
        color: Theme.background
        Accessible.role: Accessible.ProgressBar
        Accessible.name: restoringText.text
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingL
            anchors.rightMargin: Theme.spacingL
            spacing: Theme.spacingS
            BusyIndicator {
                Layout.preferredWidth: 18
                Layout.preferredHeight: 18
                padding: 0
                running: root.working
                Accessible.ignored: true
            }
            Text {
                id: restoringText
                Layout.fillWidth: true
                text: root.dashboards.restoringHistory ? qsTr("Restoring saved readings… the charts fill in as they load.")
                                                       : qsTr("Fetching what the devices published meanwhile…")
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall + 1
            }
        }
        ProgressBar {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 2
            indeterminate: true
            padding: 0
            Accessible.ignored: true
        }
    }

    Banner {
        id: historyBanner
        objectName: "historyErrorBanner"
        Layout.fillWidth: true
        Layout.margins: Theme.spacingS
        Layout.bottomMargin: 0
        visible: root.showError
        tone: Banner.Error
        text: qsTr("Readings are not being saved: %1. The charts show what arrived since Linnet started.")
              .arg(root.dashboards.historyError)
        actionText: qsTr("Dismiss")
        onActionTriggered: root.dismissedError = root.dashboards.historyError
    }
}
