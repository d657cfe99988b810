import QtQuick
import QtTest
import Linnet
import Linnet.Core
import "Checks.js" as Checks

// Message bodies are plain text: markup shows literally and nothing is fetched. Outgoing
// messages carry their delivery mark (clock, tick, two ticks, failure) with its state in words;
// a failed one offers Retry. Corrections say "edited", replies quote plainly, cut bodies say what
// was cut, group chats name the sender and mark mentions, attachments show D's AttachmentView.
TestCase {
    id: testCase
    name: "MessageBubble"
    when: windowShown
    width: 700
    height: 400
    visible: true

    // Every role with its "nothing special" value; tests override what they look at.
    component Bubble: MessageBubble {
        width: 600
        body: "<b>x</b><img src=\"http://127.0.0.1/x.png\">"
        timestamp: new Date(2026, 10, 20, 10, 2)
        outgoing: false
        delivery: ChatModel.Received
        deliveryLabel: ""
        firstOfDay: true
        firstOfGroup: true
        rowId: 1
        messageId: "m1"
        edited: false
        replyToBody: ""
        attachmentUrl: ""
        attachmentName: ""
        attachmentKind: 0
        senderName: ""
        senderColor: "transparent"
        mentioned: false
        truncated: false
        truncatedNote: ""
        peerName: "Ada"
    }

    Component { id: incomingComponent; Bubble {} }

    Component {
        id: outgoingComponent
        Bubble {
            body: "Did the relay switch?"
            outgoing: true
            delivery: ChatModel.Sent
            deliveryLabel: "sent"
        }
    }

    SignalSpy { id: retrySpy; signalName: "retryRequested" }

    function test_markupStaysLiteral() {
        const bubble = createTemporaryObject(incomingComponent, testCase);
        verify(bubble);
        const body = findChild(bubble, "messageBody");
        verify(body, "the body text item exists");
        compare(body.textFormat, TextEdit.PlainText);
        compare(body.text, "<b>x</b><img src=\"http://127.0.0.1/x.png\">");
        // Rich text would have turned the markup into one bold "x" and an image.
        verify(body.length > 10);
        verify(!findChild(bubble, "deliveryMark").visible, "incoming messages have no delivery mark");
        verify(!findChild(bubble, "retryButton").visible);
        verify(!findChild(bubble, "editedMark").visible);
        verify(!findChild(bubble, "replyQuote").visible);
        verify(!findChild(bubble, "truncatedNote").visible);
        verify(!findChild(bubble, "senderName").visible, "1:1 chats name nobody");
        compare(findChild(bubble, "attachment").active, false);
    }

    function test_deliveryMarks() {
        const bubble = createTemporaryObject(outgoingComponent, testCase);
        verify(bubble);
        const mark = findChild(bubble, "deliveryMark");
        verify(mark.visible);
        compare(mark.Accessible.name, "sent");
        compare(bubble.Accessible.name, "You at 10:02: Did the relay switch? (sent)");
        const tick = mark.path;

        bubble.delivery = ChatModel.Delivered;
        bubble.deliveryLabel = "delivered";
        compare(mark.Accessible.name, "delivered");
        compare(bubble.Accessible.name, "You at 10:02: Did the relay switch? (delivered)");
        verify(mark.path !== tick, "delivered shows two ticks, not the sent tick");
        const ticks = mark.path;

        bubble.delivery = ChatModel.Sending;
        bubble.deliveryLabel = "sending";
        verify(mark.path !== tick && mark.path !== ticks, "sending shows a clock");
        const clock = mark.path;
        verify(bubble.Accessible.name.endsWith("(sending)"), bubble.Accessible.name);

        bubble.delivery = ChatModel.Queued;
        bubble.deliveryLabel = "waiting to send";
        compare(mark.path, clock, "waiting (offline) shows the clock too");
        verify(bubble.Accessible.name.endsWith("(waiting to send)"), bubble.Accessible.name);
        verify(!findChild(bubble, "retryButton").visible);

        bubble.delivery = ChatModel.Failed;
        bubble.deliveryLabel = "not sent";
        verify(mark.path !== tick && mark.path !== ticks);
        verify(bubble.Accessible.name.endsWith("(not sent)"), bubble.Accessible.name);
    }

    function test_failedOffersRetry() {
        const bubble = createTemporaryObject(outgoingComponent, testCase,
                                             {delivery: ChatModel.Failed, deliveryLabel: "not sent", messageId: "m-9"});
        retrySpy.target = bubble;
        const retry = findChild(bubble, "retryButton");
        verify(retry.visible, "a failed message offers Retry");
        verify(retry.Accessible.name.indexOf("Did the relay switch?") >= 0, retry.Accessible.name);
        verify(bubble.implicitHeight >= findChild(bubble, "bubble").height + retry.height, "the button has its room");
        mouseClick(retry);
        compare(retrySpy.count, 1);
        compare(retrySpy.signalArguments[0][0], "m-9");
        compare(Checks.controlsWithoutName(bubble, item => item.Accessible.name), []);
    }

    function test_editedReplyAndCut() {
        const bubble = createTemporaryObject(incomingComponent, testCase, {
            body: "hello", edited: true, replyToBody: "tea or coffee?\nor both",
            truncated: true, truncatedNote: "12,345 more characters not shown"
        });
        verify(findChild(bubble, "editedMark").visible, "a corrected message says so");
        const quote = findChild(bubble, "replyQuote");
        verify(quote.visible);
        verify(quote.height > 0 && quote.width > 0);
        const note = findChild(bubble, "truncatedNote");
        verify(note.visible);
        verify(note.text.indexOf("12,345 more characters not shown") >= 0, note.text);
        compare(note.font.italic, true, "the note is styled apart from the text");
        compare(findChild(bubble, "messageBody").text, "hello");
        const name = bubble.Accessible.name;
        verify(name.indexOf("(edited)") >= 0 && name.indexOf("tea or coffee?") >= 0
               && name.indexOf("12,345") >= 0, name);
        // The quote sits above the text, inside the bubble.
        verify(quote.mapToItem(bubble, 0, 0).y < findChild(bubble, "messageBody").mapToItem(bubble, 0, 0).y);
    }

    function test_groupChat() {
        const bubble = createTemporaryObject(incomingComponent, testCase, {
            body: "ada: tea?", senderName: "bob", senderColor: "#2a9d8f", mentioned: true
        });
        const sender = findChild(bubble, "senderName");
        verify(sender.visible);
        compare(sender.text, "bob");
        compare(sender.color, Qt.color("#2a9d8f"));
        compare(findChild(bubble, "bubble").border.color, Theme.accent, "a mention stands out");
        verify(bubble.Accessible.name.startsWith("bob at 10:02"), bubble.Accessible.name);
        bubble.firstOfGroup = false;
        verify(!sender.visible, "the nick shows once per run of messages");
    }

    function test_attachmentShowsInsteadOfTheUrl() {
        const bubble = createTemporaryObject(incomingComponent, testCase, {
            body: "https://upload.example.org/x/report.pdf",
            attachmentUrl: "https://upload.example.org/x/report.pdf",
            attachmentName: "report.pdf", attachmentKind: 0
        });
        const loader = findChild(bubble, "attachment");
        verify(loader.active);
        tryVerify(() => loader.item !== null, 2000);
        compare(loader.item.fileName, "report.pdf");
        verify(!findChild(bubble, "messageBody").visible || !findChild(bubble, "messageBody").parent.visible,
               "the bare URL is not shown as text");
        verify(bubble.Accessible.name.indexOf("report.pdf") >= 0, bubble.Accessible.name);
    }
}
