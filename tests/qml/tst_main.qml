import QtQuick
import QtTest
import Linnet
import LinnetTest

TestCase {
    id: testCase
    name: "MainWindow"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function find(window, name) {
        return findChild(window.contentItem, name) ?? findChild(window, name)
    }

    function test_loginControlsExist() {
        const window = createTemporaryObject(mainComponent, testCase, { accounts: TestAccounts })
        verify(window, "Main.qml loads")
        for (const name of ["jidField", "passwordField", "hostField", "portField", "connectButton"])
            verify(find(window, name), name + " exists")
        verify(find(window, "jidField").visible)
        verify(find(window, "passwordField").visible)
        verify(find(window, "connectButton").visible)
    }

    function test_invalidAddressShowsAnError() {
        const window = createTemporaryObject(mainComponent, testCase, { accounts: TestAccounts })
        const jid = find(window, "jidField")
        const password = find(window, "passwordField")
        jid.text = "not-an-address"
        password.text = "secret"
        mouseClick(find(window, "connectButton"))
        const banner = find(window, "errorBanner")
        verify(banner)
        tryVerify(() => banner.visible, 2000, "the error banner shows")
    }
}
