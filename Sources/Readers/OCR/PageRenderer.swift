import CPoppler
import CTesseract
import PDFExtraction

/// Draws PDF pages through Poppler and cairo into grey images at the
/// resolution recognition wants. Poppler's documents are not safe to share
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
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        let scale = dpi / 72
        let pixelWidth = Int32((width * scale).rounded(.up)), pixelHeight = Int32((height * scale).rounded(.up))
        guard pixelWidth > 0, pixelHeight > 0, let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pixelWidth, pixelHeight) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard let context = cairo_create(surface) else { return nil }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        poppler_page_render(page, context)
        cairo_destroy(context)
        cairo_surface_flush(surface)
        guard let image = Self.grey(surface, width: Int(pixelWidth), height: Int(pixelHeight)) else { return nil }
        return (width, height, image)
    }

    /// cairo's RGB24 (one native-endian 0x00RRGGBB word per pixel) as
    /// Leptonica's 8-bit grey (four pixels per big-endian word).
    private static func grey(_ surface: OpaquePointer, width: Int, height: Int) -> PageImage? {
        guard let source = cairo_image_surface_get_data(surface),
              let image = PageImage.adopting(pixCreate(Int32(width), Int32(height), 8)),
              let target = pixGetData(image.pix) else { return nil }
        let stride = Int(cairo_image_surface_get_stride(surface))
        let targetStride = Int(pixGetWpl(image.pix)) * 4
        let bytes = UnsafeMutableRawPointer(target).assumingMemoryBound(to: UInt8.self)
        for y in 0..<height {
            let row = UnsafeRawPointer(source + y * stride).assumingMemoryBound(to: UInt32.self)
            let out = bytes + y * targetStride
            for x in 0..<width {
                let pixel = row[x]
                let red = (pixel >> 16) & 0xFF, green = (pixel >> 8) & 0xFF, blue = pixel & 0xFF
                let luma = (red * 77 + green * 151 + blue * 28) >> 8
                #if _endian(little)
                out[x ^ 3] = UInt8(luma)
                #else
                out[x] = UInt8(luma)
                #endif
            }
        }
        return image
    }
}
