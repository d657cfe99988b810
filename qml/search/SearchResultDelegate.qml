import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// One search result: who (and on which account, when there are several), when, and the
// message's text around the match with the matching words in bold. Everything shown comes
// from SearchModel's roles; the snippet is escaped rich text built in C++.
ItemDelegate {
    id: root

    required property int index
    required property string title
    required property string plainSnippet
    required property string accountName
    required property string timeText
    required property string snippet
    // Several accounts: say which one the message belongs to.
    property bool showAccount: false

    width: ListView.view ? ListView.view.width : implicitWidth
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL
    topPadding: Theme.spacingS
    bottomPadding: Theme.spacingS
    highlighted: ListView.isCurrentItem
    Accessible.role: Accessible.ListItem
    Accessible.name: title + (showAccount ? ", " + accountName : "") + ", " + timeText + ": " + plainSnippet

    background: Rectangle {
        color: root.highlighted ? Theme.selected : root.hovered ? Theme.hover : "transparent"
        border.width: root.visualFocus ? 2 : 0
        border.color: Theme.focusRing
        radius: Theme.radiusS
    }

    contentItem: ColumnLayout {
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Text {
                Layout.fillWidth: true
                text: root.title
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.textPrimary
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
            }
            Text {
                visible: root.showAccount
                text: root.accountName
                textFormat: Text.PlainText
                elide: Text.ElideRight
                Layout.maximumWidth: 140
                color: Theme.textTertiary
                font.pixelSize: Theme.fontCaption
            }
            Text {
                text: root.timeText
                textFormat: Text.PlainText
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
        }
        Text {
            Layout.fillWidth: true
            text: root.snippet
            textFormat: Text.StyledText
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall + 1
        }
    }
}
