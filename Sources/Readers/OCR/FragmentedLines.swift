/// Tesseract's layout analysis now and then breaks one printed line of a
/// cell into pieces it takes for lines of their own, and gives them out of
/// order: the name `食品经营许` (Noto Serif, 8 pt, at 250 dpi) came out as the
/// lines `许`, `经营`, `品终`, `口`, `食`, all on one band — read as a single
/// line, it reads `食品经营许`. A band of a cell's reading holding two or more
/// lines, one starting left of a line before it or well before its end, is
/// read again as one line.
enum FragmentedLines {
    /// The bands to read again: for each, the indices of its lines (in
    /// reading order) and the region (page coordinates) they cover, with a
    /// third of their height above and below.
    static func bands(of lines: [RecognizedLine]) -> [(indices: [Int], region: PixelBox)] {
        var bands: [[Int]] = []
        for index in lines.indices {
            let box = lines[index].box
            if let band = bands.firstIndex(where: { $0.contains { sharesBand(lines[$0].box, box) } }) {
                bands[band].append(index)
            } else {
                bands.append([index])
            }
        }
        return bands.compactMap { indices in
            guard indices.count >= 2, isOutOfOrder(indices.map { lines[$0].box }) else { return nil }
            // Two lines, the second reading the first's end again (`五、行政给` /
            // `行政给付（1项）`), are `RereadOverlaps`'s: the stretch read twice is
            // dropped, and both readings kept otherwise (read as one line, the
            // heading lost its count).
            if indices.count == 2, RereadOverlaps.repeated(lines[indices[0]], lines[indices[1]]) != nil { return nil }
            let boxes = indices.map { lines[$0].box }
            let top = boxes.map(\.top).min()!, bottom = boxes.map(\.bottom).max()!
            let pad = (bottom - top) / 3
            return (indices, PixelBox(left: boxes.map(\.left).min()! - pad, top: top - pad, right: boxes.map(\.right).max()! + pad, bottom: bottom + pad))
        }
    }

    /// Replaces each band's lines with its one-line reading (`again`, one per
    /// band, in the order of `bands`), where that read anything.
    static func merge(_ lines: [RecognizedLine], bands: [(indices: [Int], region: PixelBox)], again: [[RecognizedLine]]) -> [RecognizedLine] {
        var result = lines.map { Optional($0) }
        for (band, reading) in zip(bands, again) {
            guard let line = reading.max(by: { $0.words.flatMap(\.symbols).count < $1.words.flatMap(\.symbols).count }),
                  !line.words.isEmpty else { continue }
            // Read as one line, the band may come out worse (`五、行` / `行政给付(1项)`
            // read `A.TRAAWD`): it must hold as many Chinese characters as its longest piece.
            guard line.characterCount >= band.indices.map({ lines[$0].characterCount }).max() ?? 0 else { continue }
            for index in band.indices { result[index] = nil }
            result[band.indices[0]] = line
        }
        return result.compactMap { $0 }
    }

    /// Two boxes on one band: each overlaps the other by more than half the lower one's height.
    private static func sharesBand(_ a: PixelBox, _ b: PixelBox) -> Bool {
        let overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
        return 2 * overlap > min(a.height, b.height)
    }

    /// Some line of the band starts left of a line given before it, or
    /// before its end by more than a quarter of its height: the summary's
    /// `食品经营许可` came out `食品经营` and, over its end, `刷经营许可`.
    private static func isOutOfOrder(_ boxes: [PixelBox]) -> Bool {
        boxes.indices.dropFirst().contains { index in
            boxes[..<index].contains { $0.left > boxes[index].left || $0.right - boxes[index].left > $0.height / 4 }
        }
    }
}
