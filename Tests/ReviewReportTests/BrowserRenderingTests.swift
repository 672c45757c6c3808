import CPoppler
import Foundation
import QZQDKit
import Testing
import TestSupport

/// The report as a reader sees it: opened in headless Chromium, on two pages
/// of the county list (cut with qpdf).
@Suite(
    .enabled(if: ExternalTools.has("chromium"), ExternalTools.missing("chromium", package: "chromium")),
    .enabled(if: ExternalTools.has("qpdf"), ExternalTools.missing("qpdf", package: "qpdf"))
)
struct BrowserRenderingTests {
    /// Boxes of fields read as printed (`ReportStyle.colour(.plain)`): #1e64dc.
    static let plainBox: (red: Int, green: Int, blue: Int) = (0x1E, 0x64, 0xDC)

    static func report(in directory: TemporaryDirectory) throws -> (path: String, items: Int) {
        let pdf = directory.path("two-pages.pdf")
        try ExternalTools.run("qpdf", ["--empty", "--pages", Fixtures.path("corpus/zhao-yibao.pdf"), "3-4", "--", pdf])
        let made = try ReviewReportFile.make(fileAt: pdf, options: ConversionOptions())
        return (try directory.write("two-pages.report.html", made.html), made.output.document.items.count)
    }

    /// Headless Chromium's standard output; its standard error (complaints
    /// about the D-Bus and GPU a container lacks) is kept out of the test log.
    @discardableResult
    static func chromium(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(ExternalTools.path("chromium")))
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1400,1000"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "chromium exited with \(process.terminationStatus)")
        return data
    }

    @Test func drawsThePageWithItsBoxes() throws {
        let directory = try TemporaryDirectory()
        let report = try Self.report(in: directory)
        let screenshot = directory.path("screenshot.png")
        try Self.chromium(["--screenshot=\(screenshot)", "file://\(report.path)"])
        // The pages take the left 55% of the window (the items' rows, right, have borders of the same colour).
        let (boxPixels, pagePixels) = try Self.countPixels(screenshot, left: 1400 * 55 / 100)
        // A box's 2-pixel border around every field of the first rows: thousands of pixels.
        #expect(boxPixels > 2000, "\(boxPixels) pixels of the box colour")
        // The page image is drawn (white paper on the pane's grey), not a broken-image icon.
        #expect(pagePixels > 200_000, "\(pagePixels) white pixels")
    }

    @Test func listsTheItemsAndHighlightsTheAddressedOne() throws {
        let directory = try TemporaryDirectory()
        let report = try Self.report(in: directory)
        #expect(report.items >= 1)
        let dom = String(decoding: try Self.chromium(["--dump-dom", "file://\(report.path)#item-0"]), as: UTF8.self)
        #expect(ReviewReportHTMLTests.count("<tr id=\"item-", in: dom) == report.items)
        // The script ran: the addressed item's row and boxes are highlighted.
        #expect(dom.contains("<tr id=\"item-0\" class=\"item m-") && dom.contains("hl\" data-item=\"0\">"))
        #expect(ReviewReportHTMLTests.count("hl\" data-item=\"0\" data-field=", in: dom) >= 4)
    }

    /// Pixels of the plain box colour (±12 a channel) and white pixels in the screenshot's `left` columns.
    static func countPixels(_ path: String, left: Int) throws -> (box: Int, white: Int) {
        guard let surface = cairo_image_surface_create_from_png(path) else { throw Unreadable() }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(surface) else { throw Unreadable() }
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        var box = 0, white = 0
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<min(width, left) {
                let pixel = row[x]
                let red = Int((pixel >> 16) & 0xFF), green = Int((pixel >> 8) & 0xFF), blue = Int(pixel & 0xFF)
                if abs(red - plainBox.red) <= 12, abs(green - plainBox.green) <= 12, abs(blue - plainBox.blue) <= 12 { box += 1 }
                if red > 250, green > 250, blue > 250 { white += 1 }
            }
        }
        return (box, white)
    }

    struct Unreadable: Error {}
}
