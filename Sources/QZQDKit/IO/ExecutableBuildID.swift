#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The GNU build ID of an ELF file: the digest of its content the linker
/// writes into a `.note.gnu.build-id` note (what `readelf -n` prints as
/// "Build ID"). Reading it costs a few small reads, where hashing a 45 MB
/// executable costs 40 ms on every start of every process.
///
/// Only 64-bit ELF files are read (every platform Swift builds Linux
/// executables for); anything else, or a file without the note, gives `nil`.
public enum ExecutableBuildID {
    private static let noteSegment: UInt32 = 4 // PT_NOTE
    private static let buildIDNote: UInt32 = 3 // NT_GNU_BUILD_ID
    /// More notes than any linker writes; a larger segment is not a note segment to trust.
    private static let largestNoteSegment = 1 << 16

    /// The build ID's bytes as lowercase hex, or `nil`.
    public static func read(fileAt path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard let header = bytes(descriptor, at: 0, count: 64), let file = ELFFile(header: header) else { return nil }
        for index in 0..<file.programHeaderCount {
            let place = file.programHeaderOffset + index * file.programHeaderSize
            guard let entry = bytes(descriptor, at: place, count: 56) else { return nil }
            guard file.uint32(entry, 0) == noteSegment else { continue }
            let offset = Int(file.uint64(entry, 8)), size = Int(file.uint64(entry, 32))
            let alignment = max(4, Int(file.uint64(entry, 48)))
            guard size <= largestNoteSegment, let notes = bytes(descriptor, at: offset, count: size) else { continue }
            if let id = buildID(in: notes, of: file, alignment: alignment) { return id }
        }
        return nil
    }

    /// Walks the notes of one segment: each is name size, description size,
    /// type, then the name and the description, each padded to `alignment`.
    private static func buildID(in notes: [UInt8], of file: ELFFile, alignment: Int) -> String? {
        var place = 0
        while place + 12 <= notes.count {
            let nameSize = Int(file.uint32(notes, place)), descriptionSize = Int(file.uint32(notes, place + 4))
            let type = file.uint32(notes, place + 8)
            let name = place + 12
            let description = name + padded(nameSize, to: alignment)
            let end = description + padded(descriptionSize, to: alignment)
            guard description + descriptionSize <= notes.count, nameSize <= notes.count, descriptionSize <= notes.count else { return nil }
            if type == buildIDNote, notes[name..<name + nameSize].elementsEqual(Array("GNU\0".utf8)), descriptionSize > 0 {
                return notes[description..<description + descriptionSize].map { byte in
                    let hex = String(byte, radix: 16)
                    return byte < 16 ? "0" + hex : hex
                }.joined()
            }
            place = end
        }
        return nil
    }

    private static func padded(_ size: Int, to alignment: Int) -> Int {
        (size + alignment - 1) / alignment * alignment
    }

    private static func bytes(_ descriptor: Int32, at offset: Int, count: Int) -> [UInt8]? {
        guard offset >= 0, count >= 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: count)
        let read = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
        return read == count ? buffer : nil
    }
}

/// What the ELF header says about where the program headers are and how numbers are stored.
private struct ELFFile {
    var littleEndian: Bool
    var programHeaderOffset: Int
    var programHeaderSize: Int
    var programHeaderCount: Int

    init?(header: [UInt8]) {
        // "\x7fELF", class 2 (64-bit), data 1 (little-endian) or 2 (big-endian).
        guard header.starts(with: [0x7F, 0x45, 0x4C, 0x46]), header[4] == 2, header[5] == 1 || header[5] == 2 else { return nil }
        let littleEndian = header[5] == 1
        self.littleEndian = littleEndian
        programHeaderOffset = Int(Self.number(header, 0x20, 8, littleEndian: littleEndian))
        programHeaderSize = Int(Self.number(header, 0x36, 2, littleEndian: littleEndian))
        programHeaderCount = Int(Self.number(header, 0x38, 2, littleEndian: littleEndian))
        guard programHeaderSize >= 56, programHeaderOffset > 0 else { return nil }
    }

    func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 { UInt32(truncatingIfNeeded: Self.number(bytes, at, 4, littleEndian: littleEndian)) }
    func uint64(_ bytes: [UInt8], _ at: Int) -> UInt64 { Self.number(bytes, at, 8, littleEndian: littleEndian) }

    private static func number(_ bytes: [UInt8], _ at: Int, _ width: Int, littleEndian: Bool) -> UInt64 {
        let field = bytes[at..<at + width]
        let ordered = littleEndian ? Array(field.reversed()) : Array(field)
        return ordered.reduce(0) { $0 << 8 | UInt64($1) }
    }
}
