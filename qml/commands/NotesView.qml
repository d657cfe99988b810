pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The notes of a command's last answer (XEP-0050 <note/>): info, warn and error, each with its
// icon and colour, announced to screen readers.
ColumnLayout {
    id: root

    required property NotesModel notes

    visible: root.notes.count > 0
    spacing: Theme.spacingS

    Repeater {
        model: root.notes
        delegate: Rectangle {
            id: note

            required property string type
            required property string text
            readonly property color foreground: note.type === "error" ? Theme.danger
                                              : note.type === "warn" ? Theme.warning : Theme.accent

            objectName: "note_" + note.type
            Layout.fillWidth: true
            implicitHeight: row.implicitHeight + 2 * Theme.spacingS + 2
            radius: Theme.radiusM
            color: note.type === "error" ? Theme.dangerSurface
                 : note.type === "warn" ? Theme.warningSurface : Theme.selected
            Accessible.role: note.type === "info" ? Accessible.StaticText : Accessible.AlertMessage
            Accessible.name: (note.type === "error" ? qsTr("Error: %1") : note.type === "warn" ? qsTr("Warning: %1")
                                                                                                  : "%1").arg(note.text)

            RowLayout {
                id: row
                anchors.fill: parent
                anchors.margins: Theme.spacingS
                anchors.leftMargin: Theme.spacingM
                spacing: Theme.spacingS
                Icon {
                    Layout.alignment: Qt.AlignTop
                    path: note.type === "error" ? CommandIcons.error
                        : note.type === "warn" ? CommandIcons.warning : CommandIcons.info
                    size: 18
                    color: note.foreground
                }
                Text {
                    Layout.fillWidth: true
                    text: note.text
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: note.type === "info" ? Theme.textPrimary : note.foreground
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.Medium
                }
            }
        }
    }
}
