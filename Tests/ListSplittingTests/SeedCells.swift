import Foundation
import PowerListModel
import TestSupport

/// The cells of the seed text exports, rebuilt as the layout stage hands them over.
enum SeedCells {
    struct Row {
        let seq: Int
        let basis: Cell
        let responsibilities: Cell
        let accountability: Cell
    }

    /// Seed 002 is a PDF text dump: every wrapped line of a cell is a line of its own,
    /// with blank lines between. A cell's lines are the run of non-blank lines that
    /// joined make its gold text; rows are searched for in document order.
    static func pdfDumpRows(_ fixture: String, gold: [GoldItem]) throws -> [Row] {
        let text = String(decoding: try Fixtures.bytes(fixture), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            .filter { !SplitDifferences.squeezed($0).isEmpty }
        let squeezedLines = lines.map(SplitDifferences.squeezed)
        var cursor = 0
        func cell(_ goldText: String, seq: Int) throws -> Cell {
            let target = SplitDifferences.squeezed(goldText)
            guard !target.isEmpty else { return Cell() }
            for start in cursor..<lines.count where target.hasPrefix(squeezedLines[start]) {
                var joined = ""
                var end = start
                while end < lines.count, joined.utf8.count < target.utf8.count, target.hasPrefix(joined + squeezedLines[end]) {
                    joined += squeezedLines[end]
                    end += 1
                }
                if joined == target {
                    cursor = end
                    return Cell(lines: lines[start..<end].map { CellLine($0) })
                }
            }
            throw CellNotFound(seq: seq, text: goldText)
        }
        return try gold.map { item in
            Row(seq: item.seq, basis: try cell(item.basis.text, seq: item.seq),
                responsibilities: try cell(item.responsibilities.text, seq: item.seq),
                accountability: try cell(item.accountability.text, seq: item.seq))
        }
    }

    struct CellNotFound: Error, CustomStringConvertible {
        let seq: Int
        let text: String
        var description: String { "no run of seed lines makes item \(seq)'s cell “\(text.prefix(40))…”" }
    }

    /// Seed 000 is a TAB-separated export whose detail rows hold HTML: `<p>` blocks
    /// become lines, an unnumbered `<ol>`'s elements (separated by single spaces once
    /// `<li>` is gone) become list-item lines, anything else stays one line.
    static func htmlRows(_ fixture: String) throws -> [Row] {
        let text = String(decoding: try Fixtures.bytes(fixture), as: UTF8.self)
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 8, let seq = Int(fields[0]) else { return nil }
            return Row(seq: seq, basis: htmlCell(fields[4]), responsibilities: htmlCell(fields[5]), accountability: htmlCell(fields[6]))
        }
    }

    /// The same rows with the markup merely deleted: each cell one line, the list
    /// items left with a space between them and nothing flagged.
    static func strippedHTMLRows(_ fixture: String) throws -> [Row] {
        try htmlRows(fixture).map { row in
            Row(seq: row.seq, basis: flattened(row.basis), responsibilities: flattened(row.responsibilities),
                accountability: flattened(row.accountability))
        }
    }

    /// The same rows laid out as a PDF prints them: every markup block (paragraph,
    /// list item) starts a new line and wraps every `width` characters; nothing is flagged.
    static func wrappedHTMLRows(_ fixture: String, width: Int) throws -> [Row] {
        try htmlRows(fixture).map { row in
            Row(seq: row.seq, basis: wrapped(row.basis, width: width), responsibilities: wrapped(row.responsibilities, width: width),
                accountability: wrapped(row.accountability, width: width))
        }
    }

    private static func wrapped(_ cell: Cell, width: Int) -> Cell {
        Cell(lines: cell.lines.flatMap { line in
            let scalars = Array(line.text.unicodeScalars)
            return stride(from: 0, to: scalars.count, by: width).map { start in
                CellLine(String(String.UnicodeScalarView(scalars[start..<min(start + width, scalars.count)])))
            }
        })
    }

    private static func flattened(_ cell: Cell) -> Cell {
        cell.isEmpty ? cell : Cell(text: cell.text)
    }

    static func htmlCell(_ html: String) -> Cell {
        var lines: [CellLine] = []
        var rest = Substring(html)
        while true {
            rest = rest.drop { $0 == " " }
            if rest.isEmpty { break }
            if rest.hasPrefix("<p>") {
                let body = rest.dropFirst(3)
                let end = body.range(of: "</p>")
                lines.append(CellLine(String(body[..<(end?.lowerBound ?? body.endIndex)]), followsSpace: true))
                rest = end.map { body[$0.upperBound...] } ?? ""
            } else if rest.hasPrefix("<ol"), let tagEnd = rest.firstIndex(of: ">") {
                let body = rest[rest.index(after: tagEnd)...]
                let end = body.range(of: "</ol>")
                let items = body[..<(end?.lowerBound ?? body.endIndex)].trimmingCharacters(in: .whitespaces)
                if items.first?.isNumber == true {
                    lines.append(CellLine(items, followsSpace: true))
                } else {
                    lines += items.split(separator: " ").map { CellLine(String($0), startsListItem: true, followsSpace: true) }
                }
                rest = end.map { body[$0.upperBound...] } ?? ""
            } else {
                let end = rest.firstIndex(of: "<") ?? rest.endIndex
                lines.append(CellLine(String(rest[..<end]), followsSpace: true))
                rest = rest[end...]
            }
        }
        return Cell(lines: lines)
    }
}
