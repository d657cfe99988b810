import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// An inline message with an icon and an optional action, announced to screen readers.
Rectangle {
    id: root

    enum Tone { Error, Warning }

    property int tone: Banner.Error
    property string text
    property string iconPath: tone === Banner.Error ? Icons.error : Icons.cloudOff
    property string actionText
    property bool busy: false

    signal actionTriggered()

    readonly property color foreground: tone === Banner.Error ? Theme.danger : Theme.warning

    implicitHeight: Math.max(40, row.implicitHeight + 2 * Theme.spacingS)
    radius: Theme.radiusM
    color: tone === Banner.Error ? Theme.dangerSurface : Theme.warningSurface
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.topMargin: Theme.spacingS
        anchors.bottomMargin: Theme.spacingS
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingS
        spacing: Theme.spacingS

        Icon {
            visible: !root.busy
            path: root.iconPath
            size: 18
            color: root.foreground
        }

        BusyIndicator {
            visible: root.busy
            running: root.busy
            Layout.preferredWidth: 20
            Layout.preferredHeight: 20
            padding: 0
            Accessible.ignored: true
        }

        Text {
            Layout.fillWidth: true
            text: root.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: root.foreground
            font.pixelSize: Theme.fontSmall + 1
            font.weight: Font.Medium
            Accessible.ignored: true
        }

        Button {
            visible: root.actionText.length > 0
            text: root.actionText
            flat: true
            topInset: 0
            bottomInset: 0
            implicitHeight: 30
            font.pixelSize: Theme.fontSmall + 1
            font.weight: Font.DemiBold
            Accessible.name: text
            onClicked: root.actionTriggered()
        }
    }
}
