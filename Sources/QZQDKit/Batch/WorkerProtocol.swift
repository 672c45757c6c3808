import CanonicalJSON

/// The lines a batch and its workers (`qzqd worker`) exchange, one JSON
/// object each: `{"input":…,"output":…}` in, then, while OCR reads a
/// scanned PDF, `{"recognized":{"pages":…,"of":…}}` after each page, and
/// `{"converted":{…}}` or `{"failed":{"code":…,"message":…}}` out.
public enum WorkerProtocol {
    public struct Request: Sendable, Equatable {
        public var input: String
        public var output: String

        public init(input: String, output: String) {
            self.input = input
            self.output = output
        }
    }

    public static func encode(_ request: Request) -> [UInt8] {
        line(.object(["input": .string(request.input), "output": .string(request.output)]))
    }

    public static func decodeRequest(_ line: [UInt8]) -> Request? {
        guard let json = try? JSONParser.parse(line),
              let input = json["input"]?.stringValue, let output = json["output"]?.stringValue
        else { return nil }
        return Request(input: input, output: output)
    }

    public static func encode(_ result: Result<ConversionSummary, FileFailure>) -> [UInt8] {
        switch result {
        case .success(let summary): line(.object(["converted": summary.json]))
        case .failure(let failure): line(.object(["failed": failure.json]))
        }
    }

    public static func decodeResult(_ line: [UInt8]) -> Result<ConversionSummary, FileFailure>? {
        guard let json = try? JSONParser.parse(line) else { return nil }
        if let summary = json["converted"].flatMap(ConversionSummary.init(json:)) { return .success(summary) }
        if let failure = json["failed"].flatMap(FileFailure.init(json:)) { return .failure(failure) }
        return nil
    }

    /// Pages recognized so far, of how many.
    public struct Recognized: Sendable, Equatable {
        public var pages: Int
        public var of: Int

        public init(pages: Int, of total: Int) {
            self.pages = pages
            of = total
        }
    }

    public static func encode(_ recognized: Recognized) -> [UInt8] {
        line(.object(["recognized": .object(["pages": .number(Double(recognized.pages)), "of": .number(Double(recognized.of))])]))
    }

    public static func decodeRecognized(_ line: [UInt8]) -> Recognized? {
        guard let json = try? JSONParser.parse(line), let recognized = json["recognized"],
              let pages = recognized["pages"]?.intValue, let total = recognized["of"]?.intValue else { return nil }
        return Recognized(pages: pages, of: total)
    }

    private static func line(_ json: JSONValue) -> [UInt8] {
        // JCS has no newlines, so one value is one line.
        ((try? CanonicalJSONWriter.jcs(json)) ?? []) + [UInt8(ascii: "\n")]
    }
}
