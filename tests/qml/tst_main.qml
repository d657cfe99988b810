import QtQuick
import QtTest
import Linnet
import LinnetTest
import "Checks.js" as Checks

TestCase {
    id: testCase
    name: "MainWindow"
    when: windowShown

    // Qt Quick gives password fields no accessible name (it could leak what is typed): those
    // say what they are in the description.
    function accessibleName(item: Item): string {
        return item.Accessible.passwordEdit ? item.Accessible.description : item.Accessible.name;
    }

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

    function test_loginPageControlsHaveNames() {
        const window = createTemporaryObject(mainComponent, testCase, { accounts: TestAccounts })
        compare(Checks.controlsWithoutName(window.contentItem, accessibleName), [])
        verify(!find(window, "loginAccountsButton").visible, "no accounts: no link to them")
    }

    // A first-time user can create an account from the sign-in page: the add dialog opens in
    // "create" mode.
    function test_createAnAccountFromTheSignInPage() {
        const window = createTemporaryObject(mainComponent, testCase, { accounts: TestAccounts })
        const link = find(window, "loginCreateButton")
        verify(link && link.visible)
        mouseClick(link)
        tryVerify(() => window.accountsPage !== null && window.accountsPage.addDialog.opened, 3000, "the add dialog opens")
        verify(window.accountsPage.addDialog.creating, "in create mode")
        window.accountsPage.addDialog.close()
    }

    function test_accountsPageFromTheSignInPage() {
        const window = createTemporaryObject(mainComponent, testCase, { accounts: SampleAccounts })
        verify(window.account === null, "nothing online: the sign-in page")
        const link = find(window, "loginAccountsButton")
        verify(link.visible, "the sign-in page leads to the saved accounts")
        verify(link.text.indexOf("2") >= 0, "and says how many")
        mouseClick(link)
        verify(window.accountsPageOpen)
        tryVerify(() => window.accountsPage !== null && window.accountsPage.visible, 2000, "the accounts page shows")
        window.accountsPage.closeRequested()
        verify(!window.accountsPageOpen)
        window.toggleAccountsPage()  // Ctrl+Shift+A
        verify(window.accountsPageOpen)
        window.toggleAccountsPage()
        verify(!window.accountsPageOpen)
    }

    // A restored account without a known password gets a prompt, not the sign-in page.
    function test_passwordNeededShowsThePrompt() {
        const window = createTemporaryObject(mainComponent, testCase, { accounts: SampleAccounts })
        const alice = SampleAccounts.at(0)
        alice.connectAll()
        const prompt = findChild(window, "passwordPrompt")
        verify(prompt, "the prompt exists")
        tryVerify(() => prompt.opened, 2000, "the prompt opens")
        compare(prompt.account, alice)
        prompt.reject()
        tryVerify(() => !prompt.visible, 2000)
        alice.disconnectAll()
        compare(alice.active, false)
    }

    // Removing the account the window shows: the window lets go first, then the model deletes
    // it; nothing may touch the deleted account on the way.
    function test_removeTheShownAccount() {
        failOnWarning(/TypeError/)
        const window = createTemporaryObject(mainComponent, testCase, { accounts: TestAccounts })
        // A closed local port and no keychain: it fails to connect, quickly and quietly.
        const temporary = TestAccounts.addAccount("temp@example.org/desk", "pw", "127.0.0.1", 9, false)
        verify(temporary, "a valid address is added")
        window.switchAccount(temporary)
        tryVerify(() => window.mainPage !== null, 2000, "the main page shows it")
        window.openAccountsPage()
        tryVerify(() => window.accountsPage !== null, 2000)
        wait(100)
        window.removeAccount(temporary, false)
        tryCompare(TestAccounts, "count", 0, 2000, "the account is gone")
        compare(window.account, null, "the window shows the sign-in page again")
        tryVerify(() => findChild(window.contentItem, "jidField") !== null, 2000)
        wait(100)
    }

    // Removing another account: its card, its entry in the account menu and its watchers go,
    // the shown account stays.
    function test_removeAnotherAccount() {
        failOnWarning(/TypeError/)
        const window = createTemporaryObject(mainComponent, testCase, { accounts: TestAccounts })
        const shown = TestAccounts.addAccount("shown@example.org", "pw", "127.0.0.1", 9, false)
        const other = TestAccounts.addAccount("other@example.org", "pw", "127.0.0.1", 9, false)
        window.switchAccount(shown)
        tryVerify(() => window.mainPage !== null, 2000)
        window.mainPage.openAccountMenu()
        window.openAccountsPage()
        tryVerify(() => window.accountsPage !== null, 2000)
        wait(100)
        window.removeAccount(other, true)
        compare(TestAccounts.count, 1)
        compare(window.account, shown)
        wait(100)
        window.removeAccount(shown, false)
        tryCompare(TestAccounts, "count", 0, 2000)
    }

    function test_zz_screenshot() {
        if (TestShots.dir.length === 0)
            skip("LINNET_QML_SHOTS is not set")
        const window = createTemporaryObject(mainComponent, testCase, { accounts: SampleAccounts })
        wait(500)
        grabImage(window.contentItem).save(TestShots.dir + "/login" + (Theme.dark ? "-dark" : "") + ".png")
    }
}
