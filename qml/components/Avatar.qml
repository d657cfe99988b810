import QtQuick
import Linnet

// A round avatar: the contact's picture when there is one (source: a file URL from C++, the
// roster's "avatarUrl" role or Contact.avatarUrl; already cut round by AvatarCache), else
// initials on a per-person colour, optionally with a presence dot. It computes nothing:
// initials and colour come from C++, in delegates from the roster's "initials" and "color"
// roles, elsewhere from ContactLook.initials(name) and ContactLook.color(jid).
Item {
    id: root

    property string initials: "?"
    property url source
    property color color: Theme.accent
    property real size: 40
    property bool showPresence: false
    property int availability
    property color ringColor: Theme.surface

    implicitWidth: size
    implicitHeight: size
    Accessible.ignored: true

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: root.color

        Text {
            objectName: "avatarInitials"
            anchors.centerIn: parent
            text: root.initials
            color: "white"
            font.pixelSize: Math.round(root.size * 0.38)
            font.weight: Font.DemiBold
            textFormat: Text.PlainText
            visible: picture.status !== Image.Ready
        }
    }

    // Loaded off the GUI thread; the initials stay until the picture is ready (or if it fails).
    Image {
        id: picture
        objectName: "avatarPicture"
        anchors.fill: parent
        visible: status === Image.Ready
        source: root.source
        asynchronous: true
        cache: true
        smooth: true
        mipmap: true
        fillMode: Image.PreserveAspectCrop
        sourceSize.width: 128
        sourceSize.height: 128
    }

    PresenceDot {
        visible: root.showPresence
        size: Math.max(10, Math.round(root.size * 0.3))
        availability: root.availability
        ringColor: root.ringColor
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.rightMargin: -1
        anchors.bottomMargin: -1
    }
}
