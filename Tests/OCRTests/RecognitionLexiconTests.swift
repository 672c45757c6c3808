@testable import OCR
import Testing
import TestSupport

/// Tesseract's own Chinese word list, asked through its C API.
@Suite struct RecognitionLexiconTests {
    @Test(.enabled(if: Tools.hasTesseractData, Tools.missingTesseractData))
    func chiSimKnowsTheWordsAMisreadingBreaks() throws {
        let lexicon = try #require(RecognitionLexicon.chinese)
        // Read right and misread in the development scans' names.
        for word in ["资料", "隐瞒", "隐匿", "采取", "丙肝", "凭证", "登记"] {
            #expect(lexicon.isWord(word), "\(word)")
        }
        for misreading in ["次料", "隐眶", "隐螨", "来取", "两肝", "赁证"] {
            #expect(!lexicon.isWord(misreading), "\(misreading)")
        }
    }

    /// The lists' words `chi_sim` lacks are words of the lexicon; a pair
    /// that only `AdministrativeWords` knows stays one (`收文` was no rival).
    @Test(.enabled(if: Tools.hasTesseractData, Tools.missingTesseractData))
    func theListsOwnWordsAreWordsToo() throws {
        let lexicon = try #require(RecognitionLexicon.chinese)
        for word in AdministrativeWords.words {
            #expect(lexicon.isWord(word), "\(word)")
        }
        #expect(!lexicon.isWord("挫杂") && !lexicon.isWord("收支管"))
    }

    @Test func aMissingModelGivesNoLexicon() {
        #expect(RecognitionLexicon(language: "no_such_language") == nil)
    }
}
