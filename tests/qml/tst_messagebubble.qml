import QtQuick
import QtTest
import Linnet
import Linnet.Core

// Message bodies are plain text: markup shows literally and nothing is fetched. Outgoing
// messages carry their delivery mark (clock, tick, two ticks, failure) with its state in words.
TestCase {
    id: testCase
    name: "MessageBubble"
    when: windowShown
    width: 700
    height: 300
    visible: true

    Component {
        id: bubbleComponent
        MessageBubble {
            width: 600
            body: "<b>x</b><img src=\"http://127.0.0.1/x.png\">"
            timestamp: new Date()
            outgoing: false
            delivery: ChatModel.Received
            deliveryLabel: ""
            firstOfDay: true
            firstOfGroup: true
        }
    }

    Component {
        id: outgoingComponent
        MessageBubble {
            width: 600
            body: "Did the relay switch?"
            timestamp: new Date(2026, 10, 20, 10, 2)
            outgoing: true
            delivery: ChatModel.Sent
            deliveryLabel: "sent"
            firstOfDay: true
            firstOfGroup: true
        }
    }

    function test_markupStaysLiteral() {
        const bubble = createTemporaryObject(bubbleComponent, testCase)
        verify(bubble)
        const body = findChild(bubble, "messageBody")
        verify(body, "the body text item exists")
        compare(body.textFormat, TextEdit.PlainText)
        compare(body.text, "<b>x</b><img src=\"http://127.0.0.1/x.png\">")
        // Rich text would have turned the markup into one bold "x" and an image.
        verify(body.length > 10)
        verify(!findChild(bubble, "deliveryMark").visible, "incoming messages have no delivery mark")
    }

    function test_deliveryMarks() {
        const bubble = createTemporaryObject(outgoingComponent, testCase)
        verify(bubble)
        const mark = findChild(bubble, "deliveryMark")
        verify(mark.visible)
        compare(mark.Accessible.name, "sent")
        compare(bubble.Accessible.name, "You at 10:02: Did the relay switch? (sent)")
        const tick = mark.path

        bubble.delivery = ChatModel.Delivered
        bubble.deliveryLabel = "delivered"
        compare(mark.Accessible.name, "delivered")
        compare(bubble.Accessible.name, "You at 10:02: Did the relay switch? (delivered)")
        verify(mark.path !== tick, "delivered shows two ticks, not the sent tick")
        const ticks = mark.path

        bubble.delivery = ChatModel.Sending
        bubble.deliveryLabel = "sending"
        verify(mark.path !== tick && mark.path !== ticks, "sending shows a clock")
        verify(bubble.Accessible.name.endsWith("(sending)"), bubble.Accessible.name)

        bubble.delivery = ChatModel.Failed
        bubble.deliveryLabel = "not sent"
        verify(mark.path !== tick && mark.path !== ticks)
        verify(bubble.Accessible.name.endsWith("(not sent)"), bubble.Accessible.name)
    }
}
