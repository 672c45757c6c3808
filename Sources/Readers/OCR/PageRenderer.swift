import CPoppler
import CTesseract
import PDFExtraction

/// Draws PDF pages (`GreyPage`) into Leptonica images at the resolution
/// recognition wants. Poppler's documents are not safe to share
/// between threads: each worker opens its own renderer.
final class PageRenderer {
    private let document: PopplerDocument

    init(path: String, password: String?) throws(OCRError) {
        do {
            document = try PopplerDocument(path: path, password: password)
        } catch {
            throw .unreadable(path: path, reason: error.message)
        }
    }

    /// Whether the page draws an image: a page without text or image is
    /// blank paper, with nothing to recognize.
    func hasImages(page number: Int) -> Bool {
        document.withPage(number) { page in
            guard let mapping = poppler_page_get_image_mapping(page) else { return false }
            poppler_page_free_image_mapping(mapping)
            return true
        } ?? false
    }

    /// The page's size in points and its image at `dpi`, grey (scanned lists are
    /// black on white; colour says nothing recognition needs).
    func render(page number: Int, dpi: Double) -> (width: Double, height: Double, image: PageImage)? {
        document.withPage(number) { page in Self.render(page, dpi: dpi) } ?? nil
    }

    private static func render(_ page: OpaquePointer, dpi: Double) -> (width: Double, height: Double, image: PageImage)? {
        guard let drawn = GreyPage.draw(page, scale: dpi / 72), let image = Self.pix(drawn) else { return nil }
        return (drawn.width, drawn.height, image)
    }

    /// The grey page as Leptonica's 8-bit image (four pixels per big-endian word).
    private static func pix(_ drawn: GreyPage) -> PageImage? {
        guard let image = PageImage.adopting(pixCreate(Int32(drawn.pixelWidth), Int32(drawn.pixelHeight), 8)),
              let target = pixGetData(image.pix) else { return nil }
        let targetStride = Int(pixGetWpl(image.pix)) * 4
        let bytes = UnsafeMutableRawPointer(target).assumingMemoryBound(to: UInt8.self)
        drawn.luma.withUnsafeBufferPointer { luma in
            for y in 0..<drawn.pixelHeight {
                let out = bytes + y * targetStride
                for x in 0..<drawn.pixelWidth {
                    #if _endian(little)
                    out[x ^ 3] = luma[y * drawn.pixelWidth + x]
                    #else
                    out[x] = luma[y * drawn.pixelWidth + x]
                    #endif
                }
            }
        }
        return image
    }
}
