import ColumnReassembly
import PowerListModel
import TextExtraction

/// Text exports: decode, pick the layout, reassemble.
enum TextInput {
    static func grid(bytes: [UInt8], format: InputFormat) throws(ConversionError) -> TableGrid {
        if let kind = InputSniffer.binaryKind(bytes) {
            throw ConversionError(.binary, "\(kind), not a PDF or a text export")
        }
        if InputSniffer.looksBinary(bytes) {
            throw ConversionError(.binary, "binary data: not a PDF (no %PDF- header) and not a text export")
        }
        let forced: ExtractedText.Layout? = switch format {
        case .tsv: .tabSeparated
        case .flow: .flow
        case .layout: .layout
        case .auto, .pdf: nil
        }
        let text: ExtractedText
        do {
            text = try TextExtractor.extract(bytes, layout: forced)
        } catch {
            throw ConversionError(.undecodable, error.message)
        }
        if text.lines.allSatisfy({ TextNormalizer.collapseWhitespace($0).isEmpty }) {
            throw ConversionError(.empty, "the file holds only white space")
        }
        do {
            var grid = switch text.layout {
            case .tabSeparated: try TabularReassembler.reassemble(text.lines)
            case .flow: try FlowTextReassembler.reassemble(text.lines)
            case .layout: try LayoutTextReassembler.reassemble(text.lines)
            }
            grid.diagnostics = text.diagnostics + grid.diagnostics
            return grid
        } catch {
            throw ConversionError(.notAPowerList, "no power-list table found (no header row or numbered item rows; read as \(text.layout.rawValue) text)")
        }
    }
}
