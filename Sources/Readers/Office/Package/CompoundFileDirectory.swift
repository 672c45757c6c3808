/// The names in an OLE compound file's directory (MS-CFB): what tells a
/// legacy Word document (`WordDocument`) from a workbook (`Workbook`) and
/// from a password-protected .docx/.xlsx (`EncryptionInfo`,
/// `EncryptedPackage`). Only the directory is read, never a stream.
struct CompoundFileDirectory {
    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    private(set) var names: Set<String> = []

    /// nil when the bytes are not a compound file or its header is damaged;
    /// a directory cut short by damage gives the names read before it.
    init?(_ bytes: [UInt8]) {
        guard bytes.starts(with: Self.signature), bytes.count >= 512 else { return nil }
        let shift = Int(Self.uint16(bytes, 0x1E))
        guard shift == 9 || shift == 12 else { return nil }
        let sectorSize = 1 << shift
        let sectorCount = bytes.count / sectorSize
        let fat = Self.allocationTable(bytes, sectorSize: sectorSize)
        var sector = Int(Self.uint32(bytes, 0x30))
        var visited = 0
        // A chain longer than the file has sectors is a loop.
        while sector < sectorCount, visited <= sectorCount {
            let offset = (sector + 1) * sectorSize
            guard offset + sectorSize <= bytes.count else { break }
            for entry in stride(from: offset, to: offset + sectorSize, by: 128) {
                if let name = Self.entryName(bytes, at: entry) { names.insert(name) }
            }
            visited += 1
            guard sector < fat.count else { break }
            sector = Int(fat[sector])
        }
    }

    /// The sector chain table, from the FAT sectors the header lists (the
    /// first 109, which cover files of several megabytes).
    private static func allocationTable(_ bytes: [UInt8], sectorSize: Int) -> [UInt32] {
        var table: [UInt32] = []
        for slot in 0..<109 {
            let sector = Int(uint32(bytes, 0x4C + slot * 4))
            let offset = (sector + 1) * sectorSize
            guard sector < 0xFFFF_FFFA, offset + sectorSize <= bytes.count else { break }
            for position in stride(from: offset, to: offset + sectorSize, by: 4) {
                table.append(uint32(bytes, position))
            }
        }
        return table
    }

    /// A storage's or stream's name (UTF-16LE, its length in bytes with the
    /// terminator); nil for an unused entry.
    private static func entryName(_ bytes: [UInt8], at offset: Int) -> String? {
        guard offset + 128 <= bytes.count else { return nil }
        let type = bytes[offset + 0x42]
        let length = Int(uint16(bytes, offset + 0x40))
        guard type == 1 || type == 2, length >= 2, length <= 64 else { return nil }
        let units = stride(from: offset, to: offset + length - 2, by: 2).map { uint16(bytes, $0) }
        return String(decoding: units, as: UTF16.self)
    }

    private static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        guard offset + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        guard offset + 4 <= bytes.count else { return 0xFFFF_FFFF }
        return (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
    }
}
