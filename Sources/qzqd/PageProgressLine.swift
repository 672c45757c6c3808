/// `OCR: 5/27 pages` on a terminal's last line, redrawn as pages are read
/// (`qzqd convert` of a scanned PDF: seconds a page).
struct PageProgressLine: Sendable {
    func show(_ pages: Int, of total: Int) {
        Console.standardError("\rOCR: \(pages)/\(total) pages\u{1B}[K")
    }

    func clear() {
        Console.standardError("\r\u{1B}[K")
    }
}
