/// Where a face sets its lines close (AR PL UMing: 36-pixel characters on
/// a 40-pixel pitch, four blank rows between), Tesseract now and then takes
/// two printed lines of a cell for one: the name `建设项目用` / `地预审与选` /
/// `址意见书核` / `发` came out with a third line boxed over the last two
/// (587–662) and read `相间见书核`, and `发`, inside a box read, was lost
/// unseen. A line whose box holds two bands of print or more, each at least
/// `least` of an em tall and apart by blank rows, is read again band by
/// band, each on its own with paper round it.
enum StackedLines {
    /// The least height of a band of print, in ems: a stroke apart (the top
    /// of `二`) or a speck is thinner, a line of characters about an em tall.
    static let least = 0.6

    /// The lines of `lines` holding stacked bands, by index, with the region
    /// of each band (page pixels): from the middle of the blank rows above
    /// it to the middle of those below, the line's box at either end.
    /// `runs` gives the bands of inked rows of a box (`LineInk.runs`).
    static func suspects(in lines: [RecognizedLine], runs: (PixelBox) -> [LineInk.Run]) -> [(index: Int, bands: [PixelBox])] {
        guard let em = lines.em else { return [] }
        return lines.indices.compactMap { index in
            let box = lines[index].box
            guard Double(box.height) >= 2 * least * em else { return nil }
            let bands = runs(box).filter { Double($0.bottom - $0.top) >= least * em }
            guard bands.count >= 2 else { return nil }
            let regions = bands.indices.map { band in
                let top = band == 0 ? box.top : (bands[band - 1].bottom + bands[band].top) / 2
                let bottom = band + 1 == bands.count ? box.bottom : (bands[band].bottom + bands[band + 1].top) / 2
                return PixelBox(left: box.left, top: top, right: box.right, bottom: bottom)
            }
            return (index, regions)
        }
    }
}
