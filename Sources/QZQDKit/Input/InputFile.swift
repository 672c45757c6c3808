import Foundation

/// Reading an input file, with the checks that give each failure its own
/// message: missing, a directory, unreadable, over the size limit.
enum InputFile {
    static func read(_ path: String, maxBytes: Int) throws(ConversionError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ConversionError(.unreadable, "no such file")
        }
        guard !isDirectory.boolValue else {
            throw ConversionError(.unreadable, "is a directory, not a file (use `qzqd batch` for directories)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ConversionError(.unreadable, "cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= maxBytes else {
            throw ConversionError(.tooLarge, "\(size) bytes, over the limit of \(maxBytes) (--max-bytes)")
        }
        do {
            let data = try handle.readToEnd() ?? Data()
            guard data.count <= maxBytes else {
                throw ConversionError(.tooLarge, "over the limit of \(maxBytes) bytes (--max-bytes)")
            }
            return [UInt8](data)
        } catch let error as ConversionError {
            throw error
        } catch {
            throw ConversionError(.unreadable, "read failed: \(error.localizedDescription)")
        }
    }
}

/// What the first bytes of a file that no reader takes say about it, for the
/// error message (`SourceKind` decides what a file is).
enum InputSniffer {
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// Signatures of common non-list files people drop into an input folder.
    static func binaryKind(_ bytes: [UInt8]) -> String? {
        let signatures: [(String, [UInt8])] = [
            ("a ZIP archive", [0x50, 0x4B, 0x03, 0x04]), ("a PNG image", [0x89, 0x50, 0x4E, 0x47]),
            ("a JPEG image", [0xFF, 0xD8, 0xFF]), ("a GIF image", Array("GIF8".utf8)),
            ("an OLE compound file", [0xD0, 0xCF, 0x11, 0xE0]), ("a gzip archive", [0x1F, 0x8B]),
            ("a RAR archive", Array("Rar!".utf8)), ("a 7z archive", [0x37, 0x7A, 0xBC, 0xAF]),
        ]
        return signatures.first { bytes.starts(with: $0.1) }?.0
    }
}
