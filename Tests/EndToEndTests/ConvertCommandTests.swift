import CanonicalJSON
import Foundation
import QZQDKit
import Testing
import TestSupport

@Suite struct ConvertCommandTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    @Test(arguments: Inputs.seeds)
    func convertsASeedToSchemaValidJSONOnStandardOutput(_ seed: String) throws {
        let input = try directory.write(seed, Inputs.seed(seed))
        let outcome = try QZQDProcess.run(["convert", input])
        #expect(outcome.status == 0)
        #expect(outcome.standardError == "")
        #expect(Inputs.itemCount(ofValidOutput: outcome.standardOutput) ?? 0 > 0)
    }

    @Test func writesTheOutputFileAtomicallyAndReadsStandardInput() throws {
        let seed = try Inputs.seed(Inputs.seeds[0])
        let viaFile = try QZQDProcess.run(["convert", try directory.write("in.txt", seed), "-o", directory.path("out.json"), "--jcs"])
        let viaStandardInput = try QZQDProcess.run(["convert", "-", "--jcs"], input: seed)
        #expect(viaFile.status == 0)
        #expect(viaFile.standardOutput.isEmpty)
        #expect(directory.files() == ["in.txt", "out.json"])
        let written = try Fixtures.read(directory.path("out.json"))
        #expect(Inputs.itemCount(ofValidOutput: written) != nil)
        #expect(try JSONParser.parse(written)["items"] == (try JSONParser.parse(viaStandardInput.standardOutput))["items"])
    }

    static let failures: [(name: String, bytes: [UInt8], kind: ConversionError.Kind)] = [
        ("empty.txt", [], .empty),
        ("blank.txt", Array("  \n\t\n".utf8), .empty),
        ("random.pdf", Inputs.randomBytes(4096), .binary),
        ("truncated.pdf", (try? Inputs.truncatedPDF()) ?? [], .notPDFOrDamaged),
        ("undecodable.pdf", Inputs.undecodablePDF(), .undecodablePDFText),
    ]

    @Test(arguments: failures)
    func aBadInputFailsWithItsStatusAndOneStandardErrorLine(_ name: String, _ bytes: [UInt8], _ kind: ConversionError.Kind) throws {
        let input = try directory.write(name, bytes)
        let outcome = try QZQDProcess.run(["convert", input, "-o", directory.path("out.json")])
        #expect(outcome.status == kind.exitStatus)
        #expect(outcome.standardErrorLines.count == 1)
        #expect(outcome.standardError.hasPrefix("qzqd: \(input): "))
        #expect(directory.files() == [name], "no output, not even a partial one")
    }

    @Test func aDirectoryOrAMissingFileIsUnreadable() throws {
        for path in [directory.path, directory.path("missing.pdf")] {
            let outcome = try QZQDProcess.run(["convert", path])
            #expect(outcome.status == ConversionError.Kind.unreadable.exitStatus)
            #expect(outcome.standardErrorLines.count == 1)
            #expect(outcome.standardError.hasPrefix("qzqd: \(path): "))
        }
    }

    @Test func aFileOverMaxBytesIsTooLarge() throws {
        let input = try directory.write("big.txt", Inputs.seed(Inputs.seeds[0]))
        let outcome = try QZQDProcess.run(["convert", input, "--max-bytes", "1K"])
        #expect(outcome.status == ConversionError.Kind.tooLarge.exitStatus)
        #expect(outcome.standardError.hasPrefix("qzqd: \(input): "))
    }

    @Test func anUnwritableOutputHasItsOwnStatus() throws {
        let input = try directory.write("in.txt", Inputs.seed(Inputs.seeds[0]))
        let outcome = try QZQDProcess.run(["convert", input, "-o", directory.path("no/such/dir/out.json")])
        #expect(outcome.status == ExitStatus.cannotCreateOutput)
        #expect(outcome.standardError.hasPrefix("qzqd: \(input): cannot create \(directory.path("no/such/dir/out.json")): "))
    }

    @Test func badUsageExitsWith64() throws {
        #expect(try QZQDProcess.run(["convert"]).status == 64)
        #expect(try QZQDProcess.run(["convert", "x.pdf", "--format", "word"]).status == 64)
        #expect(try QZQDProcess.run(["convert", "x.pdf", "--max-bytes", "lots"]).status == 64)
        #expect(try QZQDProcess.run(["batch", "--jobs", "0"]).status == 64)
        #expect(try QZQDProcess.run(["frobnicate"]).status == 64)
    }

    @Test func versionAndHelp() throws {
        let version = try QZQDProcess.run(["--version"])
        #expect(version.status == 0)
        // The release and the build: the first 12 hex digits of the executable's build ID.
        let printed = String(decoding: version.standardOutput, as: UTF8.self)
        #expect(printed.hasPrefix(ToolVersion.release + " (build "))
        let digest = printed.dropFirst(ToolVersion.release.count + 8).prefix(12)
        #expect(digest.count == 12 && digest.allSatisfy { $0.isHexDigit })
        let help = String(decoding: try QZQDProcess.run(["convert", "--help"]).standardOutput, as: UTF8.self)
        for promise in ["--output", "--timeout", "Examples:", "6  damaged-pdf", "66 unreadable"] {
            #expect(help.contains(promise), "convert --help mentions \(promise)")
        }
    }
}
