import QtQuick
import Linnet

// "Today", "Yesterday", a weekday or a date, centred above the first message of a day.
Item {
    id: root

    property date timestamp

    function dayLabel(stamp: date): string {
        const now = new Date();
        const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
        const day = new Date(stamp.getFullYear(), stamp.getMonth(), stamp.getDate());
        const days = Math.round((today.getTime() - day.getTime()) / 86400000);
        if (days === 0)
            return qsTr("Today");
        if (days === 1)
            return qsTr("Yesterday");
        if (days > 1 && days < 7)
            return Qt.locale().toString(stamp, "dddd");
        if (stamp.getFullYear() === now.getFullYear())
            return Qt.locale().toString(stamp, "dddd, d MMMM");
        return Qt.locale().toString(stamp, "d MMMM yyyy");
    }

    implicitHeight: 44
    Accessible.role: Accessible.Separator
    Accessible.name: label.text

    Rectangle {
        anchors.centerIn: parent
        anchors.verticalCenterOffset: 4
        width: label.implicitWidth + 20
        height: 24
        radius: 12
        color: Theme.dark ? "#262A32" : "#E9ECF1"

        Text {
            id: label
            anchors.centerIn: parent
            text: root.visible ? root.dayLabel(root.timestamp) : ""
            textFormat: Text.PlainText
            color: Theme.textSecondary
            font.pixelSize: Theme.fontCaption + 1
            font.weight: Font.DemiBold
        }
    }
}
