import CPoppler
import PDFExtraction

/// A grey page (`GreyPage`) as a cairo A8 surface: cairo writes an A8 surface
/// as an 8-bit grey PNG.
enum GreySurface {
    static func make(from drawn: GreyPage) -> OpaquePointer? {
        guard let grey = cairo_image_surface_create(CAIRO_FORMAT_A8, Int32(drawn.pixelWidth), Int32(drawn.pixelHeight)) else { return nil }
        guard cairo_surface_status(grey) == CAIRO_STATUS_SUCCESS, let target = cairo_image_surface_get_data(grey) else {
            cairo_surface_destroy(grey)
            return nil
        }
        cairo_surface_flush(grey)
        let targetStride = Int(cairo_image_surface_get_stride(grey))
        drawn.luma.withUnsafeBufferPointer { luma in
            for y in 0..<drawn.pixelHeight {
                let row = luma.baseAddress! + y * drawn.pixelWidth
                (target + y * targetStride).update(from: row, count: drawn.pixelWidth)
            }
        }
        cairo_surface_mark_dirty(grey)
        return grey
    }
}
