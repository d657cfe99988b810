import QtQuick
import QtTest
import Linnet
import LinnetTest
import "Checks.js" as Checks

// The trust dialog shows the certificate it is given (fingerprint, names, validity, errors),
// warns harder when the certificate changed, and never trusts by accident: Cancel has the
// focus, Escape cancels. The same dialog asks about an AMQP broker (brokerName set).
TestCase {
    id: testCase
    name: "TrustDialog"
    when: windowShown

    // Qt Quick gives password fields no accessible name (it could leak what is typed): those
    // say what they are in the description.
    function accessibleName(item: Item): string {
        return item.Accessible.passwordEdit ? item.Accessible.description : item.Accessible.name;
    }
    width: 1280
    height: 800
    visible: true

    readonly property string fingerprint: "3F:A1:09:C4:7E:22:B8:5D:90:11:6A:EE:43:0C:D7:19:8B:F2:64:3A:05:CE:71:9D:28:B0:E6:54:1F:8A:C3:77"

    Component {
        id: dialogComponent
        TrustDialog {
            serverName: "demo.linnet"
            subject: "demo.linnet (demo.linnet)"
            issuer: "Linnet Demo CA"
            validFrom: new Date(2026, 0, 1)
            validUntil: new Date(2027, 0, 1)
            fingerprint: testCase.fingerprint
            errors: ["The issuer certificate of a locally looked up certificate could not be found",
                     "The root CA certificate is not trusted for this purpose"]
        }
    }

    SignalSpy { id: rejectedSpy; signalName: "rejected" }
    SignalSpy { id: trustedSpy; signalName: "trusted" }

    function openDialog(properties) {
        const dialog = createTemporaryObject(dialogComponent, testCase, properties ?? {});
        verify(dialog, "TrustDialog loads");
        dialog.open();
        tryVerify(() => dialog.opened, 2000, "the dialog opens");
        return dialog;
    }

    function test_showsTheFingerprintItIsGiven() {
        const dialog = openDialog();
        const fingerprintText = findChild(dialog.contentItem, "certificateFingerprint");
        verify(fingerprintText, "the fingerprint field exists");
        // Shown in two lines of 16 bytes.
        compare(fingerprintText.text.replace("\n", ":"), fingerprint);
        compare(fingerprintText.lineCount, 2);
        verify(fingerprintText.visible);
        verify(fingerprintText.Accessible.name.indexOf(fingerprint) >= 0, "the fingerprint is read out");
        compare(findChild(dialog.contentItem, "certificateSubject").text, "demo.linnet (demo.linnet)");
        compare(findChild(dialog.contentItem, "certificateIssuer").text, "Linnet Demo CA");
        verify(findChild(dialog.contentItem, "certificateValidity").text.indexOf("2027") >= 0, "the expiry year shows");
        const errors = findChild(dialog.contentItem, "certificateErrors");
        verify(errors.visible, "the errors show");
        compare(dialog.trustButton.text, "Trust for this account");
        compare(dialog.cancelButton.text, "Cancel");
    }

    function test_changedCertificateWarnsHarder() {
        const plain = openDialog();
        const plainWarning = findChild(plain.contentItem, "trustWarningText").text;
        verify(plainWarning.indexOf("changed") < 0, "no 'changed' warning for a first certificate");
        plain.close();

        const changed = openDialog({ changed: true });
        const warning = findChild(changed.contentItem, "trustWarningText").text;
        verify(warning.indexOf("changed since you trusted it") >= 0, "the warning says the certificate changed: " + warning);
        verify(changed.heading.indexOf("changed") >= 0, "so does the heading");
    }

    function test_escapeCancels() {
        const dialog = openDialog();
        rejectedSpy.target = dialog;
        rejectedSpy.clear();
        trustedSpy.target = dialog;
        trustedSpy.clear();
        verify(dialog.cancelButton.activeFocus, "Cancel has the focus, so Enter never trusts");
        keyClick(Qt.Key_Escape);
        tryVerify(() => !dialog.visible, 2000, "Escape closes the dialog");
        compare(rejectedSpy.count, 1);
        compare(trustedSpy.count, 0);
    }

    function test_trustButtonTrusts() {
        const dialog = openDialog();
        trustedSpy.target = dialog;
        trustedSpy.clear();
        mouseClick(dialog.trustButton);
        compare(trustedSpy.count, 1);
        tryVerify(() => !dialog.visible, 2000);
    }

    // For a broker: it names the broker and its host, and the button says what it pins.
    function test_brokerDialogNamesTheBroker() {
        failOnWarning(/.*/);
        const dialog = openDialog({ brokerName: "plant", serverName: "broker.plant.example" });
        verify(dialog.forBroker);
        verify(dialog.message.indexOf("plant") >= 0 && dialog.message.indexOf("broker.plant.example") >= 0,
               "the message names the broker and its host: " + dialog.message);
        verify(dialog.heading.indexOf("broker.plant.example") >= 0, dialog.heading);
        compare(dialog.trustButton.text, "Trust for this broker");
        verify(dialog.trustButton.Accessible.name.indexOf("plant") >= 0, dialog.trustButton.Accessible.name);
        const warning = findChild(dialog.contentItem, "trustWarningText").text;
        verify(warning.indexOf("broker") >= 0 && warning.indexOf("changed") < 0, warning);
        compare(findChild(dialog.contentItem, "certificateFingerprint").text.replace("\n", ":"), fingerprint);
        compare(Checks.controlsWithoutName(dialog.contentItem, accessibleName), []);
        dialog.close();

        const changed = openDialog({ brokerName: "plant", serverName: "broker.plant.example", changed: true });
        const changedWarning = findChild(changed.contentItem, "trustWarningText").text;
        verify(changedWarning.indexOf("broker's certificate changed since you trusted it") >= 0, changedWarning);
        verify(changed.heading.indexOf("changed") >= 0, changed.heading);
    }

    function test_brokerEscapeCancels() {
        const dialog = openDialog({ brokerName: "plant", serverName: "broker.plant.example" });
        rejectedSpy.target = dialog;
        rejectedSpy.clear();
        trustedSpy.target = dialog;
        trustedSpy.clear();
        verify(dialog.cancelButton.activeFocus, "Cancel has the focus");
        keyClick(Qt.Key_Tab);
        keyClick(Qt.Key_Escape);
        tryVerify(() => !dialog.visible, 2000, "Escape closes the dialog");
        compare(rejectedSpy.count, 1);
        compare(trustedSpy.count, 0);
    }

    function test_controlsHaveAccessibleNames() {
        const dialog = openDialog({ changed: true });
        compare(Checks.controlsWithoutName(dialog.contentItem, accessibleName), []);
    }

    // LINNET_QML_SHOTS=DIR: how the dialog looks (the demo's server certificate is trusted).
    function test_zz_screenshot() {
        if (TestShots.dir.length === 0)
            skip("LINNET_QML_SHOTS is not set");
        for (const changed of [false, true]) {
            const dialog = openDialog({ changed: changed });
            wait(400);
            const image = grabImage(testCase);
            image.save(TestShots.dir + "/trustdialog" + (changed ? "-changed" : "") + (Theme.dark ? "-dark" : "") + ".png");
            dialog.close();
        }
        for (const changed of [false, true]) {
            const dialog = openDialog({ changed: changed, brokerName: "plant", serverName: "broker.plant.example",
                                        subject: "localhost", issuer: "Linnet Test CA" });
            wait(400);
            const image = grabImage(testCase);
            image.save(TestShots.dir + "/trustdialog-broker" + (changed ? "-changed" : "") + (Theme.dark ? "-dark" : "") + ".png");
            dialog.close();
        }
    }
}
