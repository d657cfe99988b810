pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Search all conversations of every account (Ctrl+Shift+F, or the sidebar's search button): a
// field that searches as the user types, results newest first with the match in bold, and
// Enter (or a click) opening the conversation at that message. Up/Down move through the
// results from the field too; Escape closes.
Popup {
    id: root

    required property AccountsModel accounts

    // The user picked a result: its account's chats already show it; the window switches to
    // that account if it is another one.
    signal accountRequested(Account account)

    function openResult(row: int) {
        const account = results.open(row);
        if (!account)
            return;
        root.close();
        root.accountRequested(account);
    }

    // Opens with `text` searched at once (the app's --show search:TEXT, for screenshots).
    function searchFor(text: string) {
        root.open();
        field.text = text;
        results.searchNow();
    }

    function move(delta: int) {
        if (list.count === 0)
            return;
        list.currentIndex = Math.max(0, Math.min(list.count - 1, list.currentIndex + delta));
    }

    objectName: "messageSearch"
    parent: Overlay.overlay
    x: parent ? Math.round((parent.width - width) / 2) : 0
    y: parent ? Math.round(parent.height * 0.12) : 0
    width: Math.min(640, (parent ? parent.width : 640) - 2 * Theme.spacingXl)
    height: Math.min(560, (parent ? parent.height : 560) * 0.76)
    modal: true
    focus: true
    padding: Theme.spacingM
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    onOpened: {
        field.focusAndSelect();
    }

    background: PopupBackground {
        radius: Theme.radiusL
    }
    Overlay.modal: Rectangle {
        color: Theme.dark ? "#A6000000" : "#73101828"
    }

    SearchModel {
        id: results
        accounts: root.accounts
        query: field.text
        onResultsChanged: list.currentIndex = results.count > 0 ? 0 : -1
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingS
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Search messages")

        SearchField {
            id: field
            objectName: "messageSearchField"
            Layout.fillWidth: true
            placeholderText: qsTr("Search all conversations")
            shortcutHint: qsTr("Ctrl+Shift+F")
            onAccepted: {
                if (results.busy && results.searchedText !== text)
                    results.searchNow();
                else if (list.currentIndex >= 0)
                    root.openResult(list.currentIndex);
            }
            onMoveDown: root.move(1)
            Keys.onUpPressed: root.move(-1)
            Keys.onPressed: event => {
                if (event.key === Qt.Key_PageDown) {
                    root.move(8);
                    event.accepted = true;
                } else if (event.key === Qt.Key_PageUp) {
                    root.move(-8);
                    event.accepted = true;
                }
            }
        }

        // Progress while a search runs (a thin bar: results stay readable under it).
        ProgressBar {
            objectName: "searchProgress"
            Layout.fillWidth: true
            Layout.preferredHeight: 3
            indeterminate: true
            opacity: results.busy && field.text.trim().length > 0 ? 1 : 0
            Accessible.name: qsTr("Searching")
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: list
                objectName: "searchResults"
                anchors.fill: parent
                clip: true
                model: results
                currentIndex: -1
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                boundsBehavior: Flickable.StopAtBounds
                activeFocusOnTab: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Search results")
                ScrollBar.vertical: ScrollBar {}
                Keys.onReturnPressed: root.openResult(list.currentIndex)
                Keys.onEnterPressed: root.openResult(list.currentIndex)

                delegate: SearchResultDelegate {
                    showAccount: root.accounts.count > 1
                    onClicked: root.openResult(index)
                }

                footer: Item {
                    width: list.width
                    height: results.hasMore ? moreButton.implicitHeight + Theme.spacingM : 0
                    visible: results.hasMore
                    Button {
                        id: moreButton
                        objectName: "searchShowMore"
                        anchors.centerIn: parent
                        flat: true
                        text: qsTr("Show more results")
                        Accessible.name: text
                        enabled: !results.busy
                        onClicked: results.showMore()
                    }
                }
            }

            EmptyState {
                objectName: "searchEmpty"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacingXl, 400)
                visible: list.count === 0
                iconPath: Icons.search
                title: field.text.trim().length === 0 ? qsTr("Type to search all conversations")
                     : results.busy ? qsTr("Searching…")
                     : qsTr("No messages match “%1”").arg(results.searchedText)
                hint: field.text.trim().length === 0 ? qsTr("Every word counts as the start of a word; case and accents do not matter.")
                    : results.busy ? "" : qsTr("Check the spelling, or try fewer or shorter words.")
            }
        }
    }
}
