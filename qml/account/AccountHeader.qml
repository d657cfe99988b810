import QtQuick
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Who is signed in: avatar, name, address and the own-presence selector.
Item {
    id: root

    required property Account account

    // A stable colour per address until the C++ side offers the account's own colour.
    readonly property color ownColor: {
        const jid = account.jid;
        let hash = 0;
        for (let i = 0; i < jid.length; ++i)
            hash = (hash * 31 + jid.charCodeAt(i)) >>> 0;
        return Qt.hsla((hash % 360) / 360, 0.55, 0.48, 1);
    }

    implicitHeight: column.implicitHeight + Theme.spacingM + Theme.spacingS

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.topMargin: Theme.spacingM + 2
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingM
        anchors.bottomMargin: Theme.spacingS
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXs
            spacing: Theme.spacingM

            Avatar {
                size: 42
                name: root.account.displayName
                color: root.ownColor
                showPresence: true
                availability: root.account.mainSession.presence.availability
                ringColor: Theme.sidebar
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 1

                Text {
                    Layout.fillWidth: true
                    text: root.account.displayName
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontTitle + 1
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Signed in as %1").arg(text)
                }
                Text {
                    Layout.fillWidth: true
                    text: root.account.jid
                    textFormat: Text.PlainText
                    elide: Text.ElideMiddle
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
        }

        PresenceSelector {
            objectName: "presenceSelector"
            Layout.fillWidth: true
            presence: root.account.mainSession.presence
            onSignOutRequested: root.account.disconnectAll()
        }
    }
}
