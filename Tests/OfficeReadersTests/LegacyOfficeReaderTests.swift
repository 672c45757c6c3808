import Foundation
import Testing
import TestSupport
@testable import OfficeReaders

enum LibreOffice {
    static let path = LibreOfficeConverter.locate()
    static var isInstalled: Bool { path != nil }

    /// The corpus file `name` saved by LibreOffice as `format` (`doc`, `xls`, `odt`).
    static func saved(_ name: String, as format: String) throws -> [UInt8] {
        let directory = try TemporaryDirectory()
        let input = try directory.write(name, try Fixtures.bytes("formats/" + name))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = [
            "-env:UserInstallation=" + URL(fileURLWithPath: directory.path("profile")).absoluteString,
            "--headless", "--norestore", "--convert-to", format, "--outdir", directory.path("out"), input,
        ]
        process.environment = ["HOME": directory.path, "PATH": "/usr/bin:/bin"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let stem = name.split(separator: ".").dropLast().joined(separator: ".")
        return try Fixtures.read(directory.path("out/\(stem).\(format)"))
    }
}

@Suite(.serialized) struct LegacyOfficeReaderTests {
    static func failure(_ read: () throws -> Void) -> OfficeReadingError? {
        do {
            try read()
            return nil
        } catch {
            return error as? OfficeReadingError
        }
    }

    @Test(.enabled(if: LibreOffice.isInstalled, "LibreOffice (soffice) is not installed"), arguments: [
        ("xiangdu-yibao.docx", "doc", LegacyOfficeFormat.doc), ("zhao-yibao.xlsx", "xls", .xls),
    ])
    func aLegacyFileReadsLikeTheFileItWasSavedFrom(name: String, extension: String, format: LegacyOfficeFormat) throws {
        let legacy = try LibreOffice.saved(name, as: `extension`)
        let document = try LegacyOfficeReader.read(legacy, format: format)
        let gold = try Fixtures.json("formats/" + name + ".gold.json")
        let result = StructuredGoldenCheck.compare(document, gold: gold)
        #expect(result.seqs.sorted() == gold["items"]?.arrayValue?.compactMap { $0["seq"]?.intValue }.sorted())
        #expect(result.differences.isEmpty, "\(result.differences.joined(separator: "\n"))")
    }

    @Test func withoutLibreOfficeTheErrorNamesThePackagesToInstall() {
        let error = Self.failure { _ = try LegacyOfficeReader.read([0xD0, 0xCF, 0x11, 0xE0], format: .doc, soffice: nil) }
        #expect(error == OfficeReadingError(.converterMissing, "reading .doc files needs LibreOffice, which is not installed (Debian/Ubuntu: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui)"))
    }

    /// A converter that hangs, and leaves a child behind: both are gone when time is up.
    @Test func aHangingConversionIsKilledWithEverythingItStarted() throws {
        let directory = try TemporaryDirectory()
        let marker = directory.path("child.pid")
        let script = try directory.write("soffice", "#!/bin/sh\nsleep 60 &\necho $! > \(marker)\nwait\n")
        chmod(script, 0o755)
        let start = ContinuousClock.now
        let error = Self.failure { _ = try LibreOfficeConverter.convert([1, 2, 3], fileExtension: "doc", to: .docx, soffice: script, timeLimit: .milliseconds(500)) }
        #expect(error?.kind == .conversionTimedOut)
        #expect(ContinuousClock.now - start < .seconds(10))
        let child = pid_t(String(decoding: try Fixtures.read(marker), as: UTF8.self).split(separator: "\n").first.flatMap { Int32($0) } ?? 0)
        #expect(child > 0)
        #expect(Self.ends(child, within: .seconds(2)), "the converter's child is still running")
    }

    /// SIGKILL is delivered asynchronously: on a loaded machine the killed
    /// child may take a moment to go.
    static func ends(_ pid: pid_t, within limit: Duration) -> Bool {
        let deadline = ContinuousClock.now + limit
        while isRunning(pid) {
            guard ContinuousClock.now < deadline else { return false }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return true
    }

    /// Alive and not a zombie waiting for whoever adopted it to reap it.
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return kill(pid, 0) == 0 }
        let fields = String(decoding: stat, as: UTF8.self).split(separator: ")").last?.split(separator: " ")
        return fields?.first != "Z"
    }

    @Test func aConversionThatProducesNothingIsAFailureWithItsLastWords() throws {
        let directory = try TemporaryDirectory()
        let script = try directory.write("soffice", "#!/bin/sh\necho 'Error: source file could not be loaded'\nexit 0\n")
        chmod(script, 0o755)
        let error = Self.failure { _ = try LibreOfficeConverter.convert([1, 2, 3], fileExtension: "xls", to: .xlsx, soffice: script) }
        #expect(error == OfficeReadingError(.conversionFailed, "LibreOffice could not convert the .xls file (damaged or password-protected?): Error: source file could not be loaded"))
    }

    @Test func anEncryptedFileIsNotHandedToLibreOffice() {
        let encrypted = OfficeFixtures.compoundFile(streams: ["EncryptionInfo", "EncryptedPackage"])
        #expect(Self.failure { _ = try LegacyOfficeReader.read(encrypted, format: .doc, soffice: nil) }?.kind == .encrypted)
    }
}
