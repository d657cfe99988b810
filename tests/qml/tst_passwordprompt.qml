import QtQuick
import QtTest
import Linnet
import Linnet.Core
import LinnetTest
import "Checks.js" as Checks

// The password prompt names the account, keeps an empty password from being sent, and "Not
// now" (or Escape) closes it without connecting.
TestCase {
    id: testCase
    name: "PasswordPrompt"
    when: windowShown

    // Qt Quick gives password fields no accessible name (it could leak what is typed): those
    // say what they are in the description.
    function accessibleName(item: Item): string {
        return item.Accessible.passwordEdit ? item.Accessible.description : item.Accessible.name;
    }
    width: 1000
    height: 700
    visible: true

    Component {
        id: promptComponent
        PasswordPrompt {
            accounts: SampleAccounts
            account: SampleAccounts.at(0)
        }
    }

    SignalSpy { id: rejectedSpy; signalName: "rejected" }

    function test_namesTheAccountAndWaitsForAPassword() {
        const prompt = createTemporaryObject(promptComponent, testCase);
        prompt.open();
        tryVerify(() => prompt.opened, 2000);
        verify(prompt.heading.indexOf("alice@example.org") >= 0, "the heading names the account");
        verify(prompt.passwordField.activeFocus, "the password field has the focus");
        verify(!prompt.rememberBox.checked, "remember follows the account (not remembered)");
        verify(!findChild(prompt.contentItem, "promptKeychainBanner").visible, "no keychain warning without a problem");
        compare(Checks.controlsWithoutName(prompt.contentItem, accessibleName), []);
        mouseClick(findChild(prompt.contentItem, "promptConnect"));
        verify(prompt.visible, "an empty password is not sent");
        rejectedSpy.target = prompt;
        rejectedSpy.clear();
        keyClick(Qt.Key_Escape);
        tryVerify(() => !prompt.visible, 2000, "Escape closes it");
        compare(rejectedSpy.count, 1);
        compare(SampleAccounts.at(0).onlineSessions, 0, "nothing connected");
    }

    function test_reasonShowsWhenThePasswordWasRefused() {
        const prompt = createTemporaryObject(promptComponent, testCase, { reason: "The server refused the password." });
        prompt.open();
        tryVerify(() => prompt.opened, 2000);
        compare(prompt.message, "The server refused the password.");
        prompt.close();
    }

    function test_zz_screenshot() {
        if (TestShots.dir.length === 0)
            skip("LINNET_QML_SHOTS is not set");
        const prompt = createTemporaryObject(promptComponent, testCase, { reason: "The server refused the password: not-authorized." });
        prompt.open();
        tryVerify(() => prompt.opened, 2000);
        wait(300);
        grabImage(testCase).save(TestShots.dir + "/passwordprompt" + (Theme.dark ? "-dark" : "") + ".png");
        prompt.close();
    }
}
