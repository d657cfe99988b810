import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Who and what this is: the version as built, the Qt and QXmpp it runs on, the licence.
AccountDialog {
    id: root

    objectName: "aboutDialog"
    heading: qsTr("About Linnet")
    message: qsTr("Chat with buddies and watch and drive devices, over XMPP.")

    onOpened: closeButton.forceActiveFocus()

    component Key: Text {
        Layout.alignment: Qt.AlignTop
        textFormat: Text.PlainText
        color: Theme.textSecondary
        font.pixelSize: Theme.fontBody
    }
    component Value: Text {
        Layout.fillWidth: true
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textPrimary
        font.pixelSize: Theme.fontBody
    }

    RowLayout {
        spacing: Theme.spacingL

        LinnetMark {
            Layout.alignment: Qt.AlignTop
            size: 56
        }
        GridLayout {
            objectName: "aboutVersions"
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacingL
            rowSpacing: Theme.spacingXs

            Key { text: qsTr("Version") }
            Value {
                objectName: "aboutVersion"
                text: About.version
                Accessible.name: qsTr("Linnet version %1").arg(About.version)
            }
            Key { text: "Qt" }
            Value {
                text: About.qtVersion
                Accessible.name: qsTr("Qt version %1").arg(About.qtVersion)
            }
            Key { text: "QXmpp" }
            Value {
                text: About.qxmppVersion
                Accessible.name: qsTr("QXmpp version %1").arg(About.qxmppVersion)
            }
            Key { text: qsTr("Licence") }
            Value {
                text: qsTr("GNU General Public License, version 3 or later (%1)").arg(About.licence)
                Accessible.name: qsTr("Licence: %1").arg(text)
            }
        }
    }

    buttons: [
        Button {
            id: closeButton
            objectName: "aboutClose"
            flat: true
            implicitHeight: 40
            topInset: 0
            bottomInset: 0
            text: qsTr("Close")
            Accessible.name: qsTr("Close About")
            onClicked: root.close()
        }
    ]
}
