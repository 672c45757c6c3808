import CPoppler

/// A PDF page drawn in grey: its size in points and one luma byte per pixel
/// (0 black … 255 white), rows top to bottom, `pixelWidth` bytes each. The one
/// place pages become pictures: OCR recognizes them, the review report shows
/// them. Lists are black print on white paper, so grey loses nothing either needs.
public struct GreyPage: Sendable {
    public var width: Double
    public var height: Double
    public var pixelWidth: Int
    public var pixelHeight: Int
    public var luma: [UInt8]

    /// Draws `page` on white paper at `scale` pixels per point through cairo;
    /// nil when cairo cannot make the surface.
    public static func draw(_ page: OpaquePointer, scale: Double) -> GreyPage? {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        let pixelWidth = Int32((width * scale).rounded(.up)), pixelHeight = Int32((height * scale).rounded(.up))
        guard pixelWidth > 0, pixelHeight > 0, let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pixelWidth, pixelHeight),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard let context = cairo_create(surface) else { return nil }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        poppler_page_render(page, context)
        cairo_destroy(context)
        cairo_surface_flush(surface)
        guard let source = cairo_image_surface_get_data(surface) else { return nil }
        let columns = Int(pixelWidth), rows = Int(pixelHeight), stride = Int(cairo_image_surface_get_stride(surface))
        var luma = [UInt8](repeating: 0, count: columns * rows)
        luma.withUnsafeMutableBufferPointer { out in
            for y in 0..<rows {
                // RGB24: one native-endian 0x00RRGGBB word per pixel.
                let row = UnsafeRawPointer(source + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<columns {
                    let pixel = row[x]
                    let red = (pixel >> 16) & 0xFF, green = (pixel >> 8) & 0xFF, blue = pixel & 0xFF
                    out[y * columns + x] = UInt8((red * 77 + green * 151 + blue * 28) >> 8)
                }
            }
        }
        return GreyPage(width: width, height: height, pixelWidth: columns, pixelHeight: rows, luma: luma)
    }
}
