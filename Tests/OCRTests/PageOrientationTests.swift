import CTesseract
@testable import OCR
import PowerListModel
import Testing
import TestSupport

/// A page scanned a quarter or half turn round is turned upright before it
/// is read (a landscape list scanned onto portrait paper).
@Suite struct PageOrientationTests {
    let scan = Fixtures.path("scanned/xiangdu-yibao-speckled-p3.pdf")

    /// The fixture's page drawn at 300 dpi, as it stands.
    func drawn() throws -> PageImage {
        let renderer = try PageRenderer(path: scan, password: nil)
        return try #require(renderer.render(page: 1, dpi: 300)).image
    }

    @Test(.enabled(if: Tools.hasOrientationData, Tools.missingOrientationData), arguments: [QuarterTurn.none, .clockwise, .half, .counterclockwise])
    func aTurnedPageIsSeenTurnedAndTurnedBack(_ turn: QuarterTurn) throws {
        let page = try drawn()
        // Turn the upright page the way `turn` says its print stands.
        let quarters: Int32 = switch turn {
        case .none: 0
        case .clockwise: 1
        case .half: 2
        case .counterclockwise: 3
        }
        let turned = quarters == 0 ? page : PageImage(pixRotateOrth(page.pix, quarters)!)
        let orientation = try #require(PageOrientation())
        #expect(orientation.turn(of: turned, dpi: 300) == turn)
        let upright = PageOrientation.upright(turned, turn: turn)
        #expect((upright.width, upright.height) == (page.width, page.height))
    }

    @Test func tesseractsDegreesAreTheTurnOfThePrint() {
        #expect([0, 90, 180, 270, 45].map(PageOrientation.turn(degrees:)) == [.none, .clockwise, .half, .counterclockwise, .none])
    }
}
