pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The running command: its title and step, where it runs, the instructions, the notes, an
// error banner (Retry / Start over, the values kept), the form or the result (fields and the
// <reported/> table), a busy indicator while a request is out, and the actions. Enter submits
// the default action (not inside a text area: Ctrl+Enter there), Escape cancels a running
// command and otherwise asks to close.
FocusScope {
    id: root

    required property CommandRunner runner
    required property Account account
    // The entity's name as the user knows it ("Greenhouse 1").
    property string entityName

    signal closeRequested()

    // What the last button asked for, so Retry repeats it.
    property string lastAction: "start"
    readonly property bool running: root.runner.state === CommandRunner.Input || root.runner.state === CommandRunner.Waiting
    readonly property bool hasError: root.runner.errorText.length > 0
    readonly property alias formView: formView
    readonly property alias pinDialog: pinDialog

    function perform(action: string) {
        if (root.runner.busy)
            return;
        root.lastAction = action;
        switch (action) {
        case "next": root.runner.next(); break;
        case "prev": root.runner.prev(); break;
        case "complete": root.runner.complete(); break;
        case "cancel": root.runner.cancel(); break;
        case "restart": root.runner.restart(); break;
        case "start": root.runner.start(); break;
        }
        if (root.runner.errorKind === "invalid")
            Qt.callLater(formView.focusFirst);
    }

    function submit() {
        if (root.runner.state === CommandRunner.Input && root.runner.defaultAction.length > 0)
            root.perform(root.runner.defaultAction);
    }

    // Escape: cancels a command waiting for input; anything else closes.
    function handleEscape() {
        if (root.runner.state === CommandRunner.Input && root.runner.canCancel)
            root.perform("cancel");
        else
            root.closeRequested();
    }

    function retry() {
        // A session the error ended starts over; otherwise the last request goes again.
        if (root.runner.state === CommandRunner.Failed || root.runner.state === CommandRunner.Idle)
            root.perform(root.runner.step > 0 ? "restart" : "start");
        else
            root.perform(root.lastAction === "cancel" ? "cancel" : root.lastAction === "restart" || root.lastAction === "start"
                         ? root.runner.defaultAction : root.lastAction);
    }

    function stateText(): string {
        switch (root.runner.state) {
        case CommandRunner.Waiting: return qsTr("Waiting for an answer…");
        case CommandRunner.Completed: return root.runner.completedWithError ? qsTr("Failed") : qsTr("Completed");
        case CommandRunner.Canceled: return qsTr("Canceled");
        case CommandRunner.Failed: return qsTr("Failed");
        }
        return "";
    }

    Keys.onReturnPressed: root.submit()
    Keys.onEnterPressed: root.submit()
    Keys.onEscapePressed: root.handleEscape()

    // After each answer: focus the first field (or the first with an error).
    Connections {
        target: root.runner
        function onAnswerChanged() {
            if (root.runner.state === CommandRunner.Input)
                Qt.callLater(() => { if (!formView.focusFirst()) actionBar.forceActiveFocus(); });
        }
    }

    // Pins this command, with the values entered now, as a dashboard tile.
    PinCommandDialog {
        id: pinDialog
        account: root.account
        jid: root.runner.jid
        node: root.runner.node
        commandName: root.runner.name
        form: root.runner.form
    }

    function pin() {
        pinDialog.values = root.runner.pinnableValues();
        pinDialog.open();
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Title, step and where it runs.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXl
            Layout.rightMargin: Theme.spacingXl
            Layout.topMargin: Theme.spacingL
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Text {
                    objectName: "commandTitle"
                    Layout.fillWidth: true
                    text: root.runner.title
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Pill {
                    objectName: "commandState"
                    visible: text.length > 0
                    text: root.stateText()
                    // Completed with an error note (the note says why) is a failure too.
                    readonly property bool failed: root.runner.state === CommandRunner.Failed || root.runner.completedWithError
                    foreground: failed ? Theme.danger : root.runner.state === CommandRunner.Completed ? Theme.success : Theme.textSecondary
                    fill: failed ? Theme.dangerSurface : Theme.field
                }
            }
            Text {
                objectName: "commandWhere"
                Layout.fillWidth: true
                text: [root.runner.step > 0 ? qsTr("Step %1").arg(root.runner.step) : "",
                       root.runner.to.length > 0 ? qsTr("at %1").arg(root.runner.to) : root.runner.jid,
                       root.runner.resource.length > 0 ? qsTr("sent from %1").arg(root.runner.resource) : "",
                       root.runner.roundTripMs > 0 && !root.runner.busy ? qsTr("%1 ms").arg(root.runner.roundTripMs) : ""]
                      .filter(part => part.length > 0).join(" · ")
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
        }

        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: Theme.spacingM
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: scroll.availableWidth
                spacing: Theme.spacingM

                CommandErrorBanner {
                    objectName: "commandError"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingXl
                    Layout.rightMargin: Theme.spacingXl
                    visible: root.hasError
                    runner: root.runner
                    onRetryRequested: root.retry()
                    onStartOverRequested: root.perform("restart")
                }
                Text {
                    objectName: "commandInstructions"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingXl
                    Layout.rightMargin: Theme.spacingXl
                    visible: text.length > 0
                    text: root.runner.instructions
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontBody
                    lineHeight: 1.15
                }
                NotesView {
                    objectName: "commandNotes"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingXl
                    Layout.rightMargin: Theme.spacingXl
                    notes: root.runner.notes
                }
                FormView {
                    id: formView
                    objectName: "commandForm"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingXl
                    Layout.rightMargin: Theme.spacingXl
                    Layout.maximumWidth: 640 + 2 * Theme.spacingXl
                    Layout.bottomMargin: Theme.spacingS
                    visible: root.runner.form.count > 0
                    enabled: !root.runner.busy
                    opacity: root.runner.busy ? 0.6 : 1
                    form: root.runner.form
                    readOnly: root.runner.state !== CommandRunner.Input && root.runner.state !== CommandRunner.Waiting
                    onSubmitRequested: root.submit()
                }
                ResultTable {
                    objectName: "commandTable"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingXl
                    Layout.rightMargin: Theme.spacingXl
                    Layout.bottomMargin: Theme.spacingL
                    visible: root.runner.hasTable
                    table: root.runner.table
                }
                // Nothing but the busy indicator before the first answer.
                RowLayout {
                    Layout.leftMargin: Theme.spacingXl
                    Layout.topMargin: Theme.spacingL
                    visible: root.runner.busy
                    spacing: Theme.spacingS
                    BusyIndicator {
                        objectName: "commandBusy"
                        running: root.runner.busy
                        Layout.preferredWidth: 28
                        Layout.preferredHeight: 28
                        padding: 0
                        Accessible.name: qsTr("Waiting for %1").arg(root.entityName)
                    }
                    Text {
                        text: qsTr("Waiting for %1…").arg(root.entityName)
                        textFormat: Text.PlainText
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontBody
                    }
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            color: Theme.divider
        }
        ActionBar {
            id: actionBar
            objectName: "commandActions"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXl
            Layout.rightMargin: Theme.spacingXl
            Layout.topMargin: Theme.spacingM
            Layout.bottomMargin: Theme.spacingM
            runner: root.runner
            pinnable: root.runner.state === CommandRunner.Input || root.runner.state === CommandRunner.Completed
            onActionRequested: action => root.perform(action)
            onCloseRequested: root.closeRequested()
            onPinRequested: root.pin()
        }
    }
}
