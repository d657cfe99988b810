import QtQuick
import QtTest
import Linnet
import Linnet.Core
import LinnetTest

// The window learns of refused certificates through a watcher on every session of every
// account: it must follow the accounts and their sessions as they come and go.
TestCase {
    id: testCase
    name: "CertificateWatcher"
    when: windowShown

    Component {
        id: watcherComponent
        CertificateWatcher {
            accounts: SampleAccounts
        }
    }

    function test_watchesEverySession() {
        const watcher = createTemporaryObject(watcherComponent, testCase);
        verify(watcher);
        compare(watcher.count, 2, "one watcher per account");
        tryCompare(watcher.objectAt(0), "count", 2, 2000, "one per session of alice");
        compare(watcher.objectAt(1).count, 1);
        const alice = SampleAccounts.at(0);
        verify(alice.addSession("tablet"));
        tryCompare(watcher.objectAt(0), "count", 3, 2000, "a new session is watched too");
        const tablet = alice.sessions[2];
        verify(alice.removeSession(tablet));
        tryCompare(watcher.objectAt(0), "count", 2, 2000);
    }
}
