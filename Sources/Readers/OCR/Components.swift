import CTesseract

/// Connected components of a 1-bit image.
enum Components {
    /// A component: its box, and (when asked for) its own pixels, box-sized.
    struct Component {
        var box: PixelBox
        var mask: PageImage?
    }

    static func boxes(of image: PageImage, connectivity: Int32) -> [PixelBox] {
        components(of: image, connectivity: connectivity, withMasks: false).map(\.box)
    }

    static func components(of image: PageImage, connectivity: Int32, withMasks: Bool) -> [Component] {
        var pieces: UnsafeMutablePointer<Pixa>?
        var found = withMasks ? pixConnComp(image.pix, &pieces, connectivity) : pixConnComp(image.pix, nil, connectivity)
        defer {
            boxaDestroy(&found)
            pixaDestroy(&pieces)
        }
        guard let found else { return [] }
        return (0..<boxaGetCount(found)).map { index in
            var x: Int32 = 0, y: Int32 = 0, width: Int32 = 0, height: Int32 = 0
            boxaGetBoxGeometry(found, index, &x, &y, &width, &height)
            let mask = pieces.flatMap { PageImage.adopting(pixaGetPix($0, index, Int32(L_CLONE))) }
            return Component(box: PixelBox(left: Int(x), top: Int(y), right: Int(x + width), bottom: Int(y + height)), mask: mask)
        }
    }

    /// The pieces of `binary` (1 = ink) within `region`, clipped to it, in page coordinates.
    static func boxes(of binary: PageImage, within region: PixelBox) -> [PixelBox] {
        let area = PixelBox(
            left: max(0, region.left), top: max(0, region.top),
            right: min(binary.width, region.right), bottom: min(binary.height, region.bottom)
        )
        guard area.width > 0, area.height > 0, let clipped = binary.clipped(to: area) else { return [] }
        return boxes(of: clipped, connectivity: 8).map { box in
            PixelBox(left: area.left + box.left, top: area.top + box.top, right: area.left + box.right, bottom: area.top + box.bottom)
        }
    }
}
