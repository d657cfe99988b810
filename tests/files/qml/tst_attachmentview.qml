import QtQuick
import QtTest
import Linnet
import Linnet.Core
import LinnetFilesTest

// An image whose file is in the cache shows as a preview at its aspect ratio (no network); a
// file shows a card with its name, a status line and Open / Save as… buttons with names.
TestCase {
    id: testCase
    name: "AttachmentView"
    when: windowShown
    width: 500
    height: 500
    visible: true

    property var uploads: TestFiles.makeUploads()
    property var account: QtObject { property var uploads: testCase.uploads }

    Component {
        id: viewComponent
        AttachmentView {
            account: testCase.account
            outgoing: false
        }
    }

    function findByName(item, accessibleName) {
        if (item.Accessible && item.Accessible.name === accessibleName && item.visible)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findByName(item.children[i], accessibleName)
            if (found)
                return found
        }
        return null
    }

    function test_imagePreviewFromCache() {
        const url = "https://upload.example.org/abc/holiday.png"
        TestFiles.cacheImage(uploads, url, "holiday.png", 400, 200)
        const view = createTemporaryObject(viewComponent, testCase,
                                           {url: url, fileName: "holiday.png", kind: AttachmentDownload.Image})
        verify(view)
        // The card first, then the decoded preview.
        tryVerify(() => Math.round(view.implicitWidth) === 320, 5000)
        // 400 x 200 shown within 320 x 320: 320 x 160.
        compare(Math.round(view.implicitWidth), 320)
        compare(Math.round(view.implicitHeight), 160)
        verify(view.Accessible.name.indexOf("holiday.png") >= 0)
        if (TestFiles.shots())
            grabImage(view).save(TestFiles.shots() + "/attachment-image" + (Theme.dark ? "-dark" : "") + ".png")
    }

    function test_fileCard() {
        const view = createTemporaryObject(viewComponent, testCase,
                                           {url: "https://upload.invalid/x/report.pdf", fileName: "report.pdf",
                                            kind: AttachmentDownload.File})
        verify(view)
        verify(findByName(view, "Open report.pdf"))
        verify(findByName(view, "Save report.pdf as…"))
        // Its size cannot be known (the host does not resolve): the card says so, not a preview.
        verify(view.implicitWidth > 100)
        verify(view.Accessible.name.indexOf("report.pdf") >= 0)
        if (TestFiles.shots())
            grabImage(view).save(TestFiles.shots() + "/attachment-file" + (Theme.dark ? "-dark" : "") + ".png")
    }
}
