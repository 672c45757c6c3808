import Foundation
import PowerListModel
import Testing
import TestSupport
@testable import QZQDKit

/// What users read must cover what the tool does.
@Suite struct DocumentationTests {
    @Test func readmeDocumentsEveryDiagnosticCode() throws {
        let readme = String(decoding: try Fixtures.read(Fixtures.packagePath("README.md")), as: UTF8.self)
        for code in DiagnosticCode.allCases {
            #expect(readme.contains("`\(code.rawValue)`"), "README.md does not document \(code.rawValue)")
        }
    }

    @Test func readmeDocumentsEveryExitStatus() throws {
        let readme = String(decoding: try Fixtures.read(Fixtures.packagePath("README.md")), as: UTF8.self)
        for kind in ConversionError.Kind.allCases {
            #expect(readme.contains("| \(kind.exitStatus) |"), "README.md does not document exit status \(kind.exitStatus) (\(kind.rawValue))")
        }
    }
}
