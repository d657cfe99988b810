import QtQuick
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The left column: who I am, the search field and the buddy list.
Rectangle {
    id: root

    required property Account account
    readonly property string searchText: search.text

    function focusSearch() {
        search.focusAndSelect();
    }

    function clearSearch() {
        search.clear();
    }

    function openRelative(delta: int) {
        roster.openRelative(delta);
    }

    color: Theme.sidebar

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        AccountHeader {
            Layout.fillWidth: true
            account: root.account
        }

        SearchField {
            id: search
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            Layout.bottomMargin: Theme.spacingS
            placeholderText: qsTr("Search buddies")
            shortcutHint: qsTr("Ctrl+K")
            onMoveDown: roster.focusList()
            onAccepted: roster.openFirst()
        }

        RosterList {
            id: roster
            Layout.fillWidth: true
            Layout.fillHeight: true
            account: root.account
            filterText: search.text
        }
    }
}
