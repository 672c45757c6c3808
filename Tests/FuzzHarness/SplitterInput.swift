import PowerListModel

/// Spells a segmented item out of fuzz bytes. Each line (split on LF) is one
/// cell line: its first byte says where it goes and how it was marked — bits
/// 0–1 pick the cell (0 and 3 实施依据, 1 责任事项, 2 追责情形), bit 2 sets
/// `startsListItem`, bit 3 `followsSpace` — and the rest is its UTF-8 text
/// (invalid bytes become U+FFFD).
public enum SplitterInput {
    public static func item(from bytes: [UInt8]) -> SegmentedItem {
        var cells: [[CellLine]] = [[], [], []]
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
            let control = line[line.startIndex]
            let text = String(decoding: line.dropFirst(), as: UTF8.self)
            let cell = Int(control & 0b11) % 3
            cells[cell].append(CellLine(text, startsListItem: control & 0b100 != 0, followsSpace: control & 0b1000 != 0))
        }
        return SegmentedItem(
            seq: 1, seqSource: .printed, category: "行政处罚", categoryRaw: "行政处罚", name: "对违法行为的处罚",
            mainItem: nil, subItem: nil, subject: "县医疗保障局",
            basis: Cell(lines: cells[0]), responsibilities: Cell(lines: cells[1]), accountability: Cell(lines: cells[2]),
            remarks: nil, code: nil, extra: [:], pages: []
        )
    }
}
