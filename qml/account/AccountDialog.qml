import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// The frame of the account dialogs: centred, modal, a title, a message under it, content, and
// a row of buttons at the bottom (the dialogs put their own there). Escape cancels.
Dialog {
    id: root

    property string heading
    property string message
    default property alias body: bodyColumn.data
    // Buttons, right-aligned at the bottom.
    property alias buttons: buttonRow.data

    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    width: Math.min(520, (parent ? parent.width : 520) - 2 * Theme.spacingXl)
    padding: Theme.spacingXl
    topPadding: Theme.spacingXl
    bottomPadding: Theme.spacingL
    // Screen readers announce the dialog by its title (not drawn: the heading below is).
    title: heading

    background: PopupBackground {
        radius: Theme.radiusL
    }
    // A dark veil in both schemes (Material's dims a dark window with a light grey).
    Overlay.modal: Rectangle {
        color: Theme.dark ? "#A6000000" : "#73101828"
    }
    header: null
    footer: null

    contentItem: ColumnLayout {
        spacing: Theme.spacingM

        Text {
            objectName: "dialogHeading"
            Layout.fillWidth: true
            text: root.heading
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.textPrimary
            font.pixelSize: Theme.fontHeading
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            Layout.fillWidth: true
            visible: root.message.length > 0
            text: root.message
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontBody
            lineHeight: 1.1
        }
        ColumnLayout {
            id: bodyColumn
            Layout.fillWidth: true
            spacing: Theme.spacingM
        }
        // Right-aligned, in the order given: the secondary action first, the primary last.
        RowLayout {
            id: buttonRow
            Layout.fillWidth: false
            Layout.alignment: Qt.AlignRight
            Layout.topMargin: Theme.spacingS
            spacing: Theme.spacingS
        }
    }
}
