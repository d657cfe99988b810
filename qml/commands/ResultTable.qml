pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Linnet
import Linnet.Core

// The table of a result form (<reported/> columns, one row per <item/>): a header row and a
// table whose columns share the width (each at least as wide as its text).
Rectangle {
    id: root

    required property ReportedModel table

    readonly property int columns: root.table.columnNames.length
    readonly property int rowHeight: 36

    implicitHeight: header.height + Math.min(root.table.rows, 12) * root.rowHeight + 2
    radius: Theme.radiusM
    color: Theme.surface
    border.width: 1
    border.color: Theme.divider
    clip: true
    Accessible.role: Accessible.Table
    Accessible.name: qsTr("Result table, %n row(s)", "", root.table.rows)

    function columnWidth(column: int): real {
        const share = (tableView.width - 1) / Math.max(1, root.columns);
        return Math.max(share, tableView.implicitColumnWidth(column));
    }

    HorizontalHeaderView {
        id: header
        objectName: "resultTableHeader"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 1
        syncView: tableView
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        delegate: Rectangle {
            id: headerCell
            required property int index
            implicitWidth: headerText.implicitWidth + 2 * Theme.spacingM
            implicitHeight: 34
            color: Theme.dark ? "#272B34" : "#F1F3F6"
            Text {
                id: headerText
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingM
                anchors.rightMargin: Theme.spacingM
                verticalAlignment: Text.AlignVCenter
                text: root.table.columnNames[headerCell.index] ?? ""
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                Accessible.role: Accessible.ColumnHeader
                Accessible.name: text
            }
        }
    }

    TableView {
        id: tableView
        objectName: "resultTable"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: parent.bottom
        anchors.margins: 1
        anchors.topMargin: 0
        clip: true
        model: root.table
        boundsBehavior: Flickable.StopAtBounds
        columnWidthProvider: column => root.columnWidth(column)
        onWidthChanged: forceLayout()
        ScrollBar.vertical: ScrollBar {}
        ScrollBar.horizontal: ScrollBar {}

        delegate: Rectangle {
            id: cell
            required property int row
            required property int column
            required property string display
            implicitWidth: cellText.implicitWidth + 2 * Theme.spacingM
            implicitHeight: root.rowHeight
            color: cell.row % 2 === 1 ? (Theme.dark ? "#20232A" : "#FAFBFC") : Theme.surface
            Accessible.role: Accessible.Cell
            Accessible.name: (root.table.columnNames[cell.column] ?? "") + ": " + cell.display

            Text {
                id: cellText
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingM
                anchors.rightMargin: Theme.spacingM
                verticalAlignment: Text.AlignVCenter
                text: cell.display
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.textPrimary
                font.pixelSize: Theme.fontBody
                font.features: { "tnum": 1 }
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.divider
                opacity: 0.6
            }
        }
    }
}
