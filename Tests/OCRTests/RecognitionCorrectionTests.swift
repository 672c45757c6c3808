@testable import OCR
import Testing

extension CorrectionExample: CustomTestStringConvertible {
    public var testDescription: String { "\(fileID):\(line)" }
}

/// Every correction's own examples (declared beside the rule), run through `RecognitionCorrections`.
@Test(arguments: RecognitionCorrections.examples)
func correctionExample(_ example: CorrectionExample) {
    let location = SourceLocation(fileID: example.fileID, filePath: example.filePath, line: example.line, column: example.column)
    #expect(RecognitionCorrections.observed(example) == example.expected, sourceLocation: location)
}
