pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The app's settings: the UI language (switched at once, no restart) and the colour scheme.
// Kept in the profile; --language and --theme override them for one run.
AccountDialog {
    id: root

    objectName: "settingsDialog"
    heading: qsTr("Settings")

    onOpened: languageBox.forceActiveFocus()

    Label {
        text: qsTr("Language")
        color: Theme.textPrimary
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
    }
    ComboBox {
        id: languageBox
        objectName: "languageBox"
        Layout.fillWidth: true
        Layout.topMargin: -Theme.spacingS
        textRole: "name"
        valueRole: "code"
        // "" follows the system; the languages are named in themselves.
        model: [{ code: "", name: qsTr("System language") }].concat(Translations.languages)
        Accessible.name: qsTr("Language: %1").arg(displayText)
        Component.onCompleted: currentIndex = indexOfValue(Translations.language)
        onActivated: Translations.language = currentValue
        Connections {
            target: Translations
            function onLanguageChanged() {
                languageBox.currentIndex = languageBox.indexOfValue(Translations.language);
            }
        }
    }

    Label {
        Layout.topMargin: Theme.spacingS
        text: qsTr("Appearance")
        color: Theme.textPrimary
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
    }
    RowLayout {
        Layout.topMargin: -Theme.spacingS
        Layout.leftMargin: -Theme.spacingS
        spacing: Theme.spacingM

        ButtonGroup {
            id: schemeGroup
        }
        Repeater {
            model: [
                { scheme: "", label: qsTr("System") },
                { scheme: "light", label: qsTr("Light") },
                { scheme: "dark", label: qsTr("Dark") }
            ]
            RadioButton {
                required property var modelData
                objectName: "scheme_" + (modelData.scheme || "system")
                text: modelData.label
                ButtonGroup.group: schemeGroup
                checked: ThemeSetting.scheme === modelData.scheme
                Accessible.name: qsTr("Colour scheme: %1").arg(text)
                onClicked: ThemeSetting.scheme = modelData.scheme
            }
        }
    }
    Text {
        Layout.fillWidth: true
        Layout.topMargin: -Theme.spacingS
        text: qsTr("“System” follows the desktop's light or dark mode.")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textTertiary
        font.pixelSize: Theme.fontSmall + 1
    }

    buttons: [
        Button {
            objectName: "settingsClose"
            flat: true
            implicitHeight: 40
            topInset: 0
            bottomInset: 0
            text: qsTr("Close")
            Accessible.name: qsTr("Close the settings")
            onClicked: root.close()
        }
    ]
}
