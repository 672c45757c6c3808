import CPoppler

/// A cairo surface as PNG bytes in memory (cairo_surface_write_to_png_stream
/// into a growing buffer), never through a temporary file.
enum PNGStream {
    static func write(_ surface: OpaquePointer) -> [UInt8]? {
        let buffer = Buffer()
        let context = Unmanaged.passRetained(buffer)
        defer { context.release() }
        let status = cairo_surface_write_to_png_stream(surface, { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Buffer>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, context.toOpaque())
        return status == CAIRO_STATUS_SUCCESS ? buffer.bytes : nil
    }

    private final class Buffer {
        var bytes: [UInt8] = []
    }
}
