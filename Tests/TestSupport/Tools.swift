import Foundation
import Testing

/// Optional tools and data some tests need; those tests are skipped, visibly, without them.
public enum Tools {
    /// Tesseract's Chinese (two models) and English trained data, where Tesseract looks for
    /// it (`TESSDATA_PREFIX`, or the directories Debian's packages fill).
    public static let hasTesseractData = hasTesseract(["chi_sim", "HanS", "eng"])

    /// Tesseract's orientation data (`osd`), besides the languages.
    public static let hasOrientationData = hasTesseractData && hasTesseract(["osd"])

    private static func hasTesseract(_ data: [String]) -> Bool {
        let fileManager = FileManager.default
        var directories = ["/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata"]
        if let prefix = ProcessInfo.processInfo.environment["TESSDATA_PREFIX"] { directories = [prefix] }
        return directories.contains { directory in
            data.allSatisfy { fileManager.fileExists(atPath: "\(directory)/\($0).traineddata") }
        }
    }

    /// The reason a test is skipped without that data:
    /// `@Test(.enabled(if: Tools.hasTesseractData, Tools.missingTesseractData))`.
    public static let missingTesseractData: Comment =
        "Tesseract's chi_sim, HanS and eng data are not installed (tesseract-ocr-chi-sim, tesseract-ocr-script-hans, tesseract-ocr-eng)"

    /// The reason a test is skipped without the orientation data.
    public static let missingOrientationData: Comment =
        "Tesseract's chi_sim, HanS, eng and osd data are not installed (tesseract-ocr-chi-sim, tesseract-ocr-script-hans, tesseract-ocr-eng, tesseract-ocr-osd)"
}
