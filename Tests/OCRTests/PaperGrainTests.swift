import CTesseract
@testable import OCR
import Testing

/// Grey, grainy paper made white before reading; a clean scan left alone.
@Suite struct PaperGrainTests {
    /// Grain around a paper grey of 246 (2×2 blocks, so that a sampled
    /// median sees every value), a black stroke and a grey stroke (a faint rule).
    let grain: [UInt32] = [246, 236, 250, 242, 255, 246, 238, 252]
    let stroke = PixelBox(left: 100, top: 40, right: 104, bottom: 90)
    let faint = PixelBox(left: 150, top: 40, right: 152, bottom: 90)

    func grainyPage() -> PageImage {
        let image = PageImage(pixCreate(300, 120, 8)!)
        for y in 0..<120 {
            for x in 0..<300 { pixSetPixel(image.pix, Int32(x), Int32(y), grain[(x / 2 + y / 2) % grain.count]) }
        }
        for (box, grey) in [(stroke, UInt32(0)), (faint, UInt32(150))] {
            for y in box.top..<box.bottom { for x in box.left..<box.right { pixSetPixel(image.pix, Int32(x), Int32(y), grey) } }
        }
        return image
    }

    func grey(_ image: PageImage, _ x: Int, _ y: Int) -> UInt32 {
        var value: UInt32 = 0
        pixGetPixel(image.pix, Int32(x), Int32(y), &value)
        return value
    }

    @Test func grainBecomesWhiteAndPrintKeepsItsShades() {
        let page = grainyPage()
        // Median about 246, lower quartile about 239 (Leptonica interpolates
        // ranks in its histogram): a deviation of about 10, 4 of them below the paper.
        #expect(PaperGrain.grainBound(of: page) == 204)
        let white = PaperGrain.whitened(page)
        for x in 0..<16 { #expect(grey(white, x, 10) == 255, "grain at \(x)") }
        #expect(grey(white, 101, 50) == 0)
        // 150 of a paper whose grain ends at 204: 150 × 255 / 204, darker, still far from black.
        #expect(grey(white, 150, 50) == 187)
    }

    @Test func aCleanScanIsLeftAsItIs() {
        let page = PageImage(pixCreate(200, 100, 8)!)
        pixSetAll(page.pix)
        for x in 50..<60 { pixSetPixel(page.pix, Int32(x), 50, 0) }
        #expect(PaperGrain.grainBound(of: page) == 255)
        #expect(PaperGrain.whitened(page) === page)
    }
}
