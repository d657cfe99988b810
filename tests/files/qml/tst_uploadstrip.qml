import QtQuick
import QtTest
import Linnet
import Linnet.Core
import LinnetFilesTest

// The strip shows only this conversation's uploads, hides when there are none, and a failed
// upload says why with Retry and Dismiss buttons that work.
TestCase {
    id: testCase
    name: "UploadStrip"
    when: windowShown
    width: 500
    height: 300
    visible: true

    property var uploads: TestFiles.makeUploads()
    property var account: QtObject { property var uploads: testCase.uploads }

    Component {
        id: stripComponent
        UploadStrip {
            width: 400
            account: testCase.account
        }
    }

    function findByName(item, accessibleName) {
        if (item.Accessible && item.Accessible.name === accessibleName && item.visible)
            return item
        const kids = item.contentItem && item.contentItem !== item ? [...item.children, item.contentItem] : item.children
        for (let i = 0; i < kids.length; ++i) {
            const found = findByName(kids[i], accessibleName)
            if (found)
                return found
        }
        return null
    }

    function test_failedUploadShownForItsPeerOnly() {
        const strip = createTemporaryObject(stripComponent, testCase, {peer: "bob@example.org"})
        const other = createTemporaryObject(stripComponent, testCase, {peer: "carol@example.org"})
        verify(!strip.visible)
        compare(strip.implicitHeight, 0)

        const id = TestFiles.failUpload(uploads, "bob@example.org", "plan.txt")
        verify(id > 0)
        tryVerify(() => strip.visible)
        verify(strip.implicitHeight > 0)
        verify(!other.visible)
        const row = findByName(strip, "plan.txt: Not connected: connect the account, then retry")
        verify(row, "the row names the file and why it failed")
        if (TestFiles.shots())
            grabImage(strip).save(TestFiles.shots() + "/uploadstrip-failed" + (Theme.dark ? "-dark" : "") + ".png")
        const retry = findByName(strip, "Retry upload of plan.txt")
        verify(retry)
        mouseClick(retry)
        verify(findByName(strip, "plan.txt: Not connected: connect the account, then retry"))  // failed again
        const dismiss = findByName(strip, "Dismiss plan.txt")
        verify(dismiss)
        mouseClick(dismiss)
        tryVerify(() => !strip.visible)
    }
}
