import QtQuick
import QtTest
import Linnet

// Message bodies are plain text: markup shows literally and nothing is fetched.
TestCase {
    id: testCase
    name: "MessageBubble"
    when: windowShown

    Component {
        id: bubbleComponent
        MessageBubble {
            width: 600
            body: "<b>x</b><img src=\"http://127.0.0.1/x.png\">"
            timestamp: new Date()
            outgoing: false
            delivery: 0
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
    }
}
