import CTesseract
import Foundation
import PowerListModel

/// The Chinese words of Tesseract's own `chi_sim` model (its LSTM word
/// dictionary, the one recognition itself consults), and the lists' words
/// it lacks (`AdministrativeWords`): the lexicon the OCR'd text is checked
/// against where two readings disagree. One instance serves
/// the whole process; its Tesseract is only asked about words, under a lock.
public final class RecognitionLexicon: Lexicon, @unchecked Sendable {
    private let api: OpaquePointer
    private let lock = NSLock()

    /// The process's lexicon; nil when Tesseract or `chi_sim` is not installed.
    public static let chinese: RecognitionLexicon? = RecognitionLexicon(language: Recognition.chinese)

    init?(language: String, dataPath: String? = nil) {
        guard (try? OCRLibraries.load()) != nil else { return nil }
        OpenMPThreads.turnOff()
        LibraryMessages.silence()
        guard let api = PageRecognizer.started(dataPath: dataPath, languages: [language]) else { return nil }
        self.api = api
    }

    deinit {
        TessBaseAPIDelete(api)
    }

    public func isWord(_ text: String) -> Bool {
        if AdministrativeWords.words.contains(text) { return true }
        lock.lock()
        defer { lock.unlock() }
        return TessBaseAPIIsValidWord(api, text) != 0
    }
}
