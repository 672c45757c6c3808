import CPoppler

/// cairo's RGB24 picture of a page as an A8 surface holding each pixel's
/// luma: cairo writes an A8 surface as an 8-bit grey PNG.
enum GreySurface {
    static func make(from colour: OpaquePointer, width: Int, height: Int) -> OpaquePointer? {
        guard let grey = cairo_image_surface_create(CAIRO_FORMAT_A8, Int32(width), Int32(height)) else { return nil }
        guard cairo_surface_status(grey) == CAIRO_STATUS_SUCCESS,
              let source = cairo_image_surface_get_data(colour), let target = cairo_image_surface_get_data(grey)
        else {
            cairo_surface_destroy(grey)
            return nil
        }
        cairo_surface_flush(grey)
        let sourceStride = Int(cairo_image_surface_get_stride(colour)), targetStride = Int(cairo_image_surface_get_stride(grey))
        for y in 0..<height {
            // RGB24: one native-endian 0x00RRGGBB word per pixel.
            let row = UnsafeRawPointer(source + y * sourceStride).assumingMemoryBound(to: UInt32.self)
            let out = target + y * targetStride
            for x in 0..<width {
                let pixel = row[x]
                let red = (pixel >> 16) & 0xFF, green = (pixel >> 8) & 0xFF, blue = pixel & 0xFF
                out[x] = UInt8((red * 77 + green * 151 + blue * 28) >> 8)
            }
        }
        cairo_surface_mark_dirty(grey)
        return grey
    }
}
