import Foundation
import QZQDKit
import Testing
import TestSupport

@Suite struct DirectoryLockTests {
    @Test func aSecondAcquirerFailsNamingTheHolderUntilTheFirstReleases() throws {
        let directory = try TemporaryDirectory()
        let first = try DirectoryLock(directory: directory.path)
        let lockFile = directory.path(DirectoryLock.fileName)
        #expect(throws: DirectoryLock.Failure.held(lockFile: lockFile, holder: getpid())) {
            _ = try DirectoryLock(directory: directory.path)
        }
        first.release()
        let third = try DirectoryLock(directory: directory.path)
        #expect(third.lockFile == lockFile)
    }

    @Test func theMessageSaysWhoHoldsTheLock() {
        let failure = DirectoryLock.Failure.held(lockFile: "Output/.qzqd.lock", holder: 4242)
        #expect(failure.description == "process 4242 is already writing this directory (lock Output/.qzqd.lock is held)")
    }

    @Test func aMissingDirectoryIsAnError() throws {
        let directory = try TemporaryDirectory()
        let lockFile = directory.path("missing/" + DirectoryLock.fileName)
        #expect(throws: DirectoryLock.Failure.unavailable(FileSystemError("create lock file", lockFile, code: ENOENT))) {
            _ = try DirectoryLock(directory: directory.path("missing"))
        }
    }
}
