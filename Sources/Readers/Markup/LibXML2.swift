import CLibXML2

/// libxml2's process-wide setup, done once before the first parse: the parser
/// must be initialized before threads use it concurrently.
enum LibXML2 {
    static let initialized: Void = xmlInitParser()

    /// A NUL-free copy of `bytes` that libxml2 may read for as long as the
    /// owner lives: `xmlReaderForMemory` keeps a pointer to the caller's
    /// buffer instead of copying it.
    static func ownedCopy(of bytes: some Collection<UInt8>) -> UnsafeMutableBufferPointer<UInt8> {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes)
        return buffer
    }

    /// The string libxml2 owns at `pointer`, or nil.
    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
