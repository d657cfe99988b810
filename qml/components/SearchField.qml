import QtQuick
import QtQuick.Templates as T
import Linnet

// A rounded search field with a search icon, a clear button and a shortcut hint.
T.TextField {
    id: root

    property string shortcutHint

    signal moveDown()

    function focusAndSelect() {
        forceActiveFocus(Qt.ShortcutFocusReason);
        selectAll();
    }

    implicitWidth: 240
    implicitHeight: 38
    leftPadding: 38
    rightPadding: 36
    verticalAlignment: TextInput.AlignVCenter
    color: Theme.textPrimary
    selectionColor: Theme.accent
    selectedTextColor: Theme.textOnAccent
    placeholderTextColor: Theme.textTertiary
    font.pixelSize: Theme.fontBody
    selectByMouse: true
    Accessible.role: Accessible.EditableText
    Accessible.name: placeholderText
    Accessible.searchEdit: true

    Keys.onDownPressed: root.moveDown()
    Keys.onEscapePressed: event => {
        if (root.text.length > 0) {
            root.clear();
            event.accepted = true;
        } else {
            event.accepted = false;
        }
    }

    background: Rectangle {
        radius: Theme.radiusM
        color: root.activeFocus ? Theme.surface : Theme.field
        border.width: root.activeFocus ? 2 : 0
        border.color: Theme.focusRing

        Icon {
            anchors.left: parent.left
            anchors.leftMargin: 11
            anchors.verticalCenter: parent.verticalCenter
            path: Icons.search
            size: 18
            color: root.activeFocus ? Theme.accent : Theme.textTertiary
        }

        Text {
            id: hint
            anchors.right: parent.right
            anchors.rightMargin: 10
            anchors.verticalCenter: parent.verticalCenter
            visible: root.text.length === 0 && !root.activeFocus && root.shortcutHint.length > 0
            text: root.shortcutHint
            textFormat: Text.PlainText
            color: Theme.textTertiary
            font.pixelSize: Theme.fontCaption
            font.weight: Font.Medium
            Accessible.ignored: true
        }
    }

    Text {
        x: root.leftPadding
        // Clear of the shortcut hint, however long a language makes it ("Strg+K").
        width: root.width - root.leftPadding - (hint.visible ? hint.implicitWidth + 16 : root.rightPadding)
        height: root.height
        verticalAlignment: Text.AlignVCenter
        visible: root.text.length === 0 && root.preeditText.length === 0
        text: root.placeholderText
        textFormat: Text.PlainText
        color: root.placeholderTextColor
        font: root.font
        elide: Text.ElideRight
        Accessible.ignored: true
    }

    IconButton {
        anchors.right: parent.right
        anchors.rightMargin: 3
        anchors.verticalCenter: parent.verticalCenter
        implicitWidth: 30
        implicitHeight: 30
        visible: root.text.length > 0
        iconPath: Icons.close
        iconSize: 16
        toolTipText: qsTr("Clear search")
        onClicked: {
            root.clear();
            root.forceActiveFocus();
        }
    }
}
