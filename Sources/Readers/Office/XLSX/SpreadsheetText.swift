import PowerListModel

/// The text of a spreadsheet cell as Excel displays it.
enum SpreadsheetText {
    /// SpreadsheetML escapes characters XML cannot carry as `_xHHHH_`
    /// (Excel writes a cell's CR as `_x000D_`); `_x005F_` escapes an underscore.
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_",
               let value = UInt32(String(String.UnicodeScalarView(scalars[index + 2..<index + 6])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                result.append(scalar)
                index += 7
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        scalars.removeAll()
        return String(result)
    }

    /// A cell's lines: a line break inside a cell (Alt+Enter) separates them.
    static func cell(_ text: String) -> Cell {
        Cell(lines: text.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }.map { CellLine(String($0), followsSpace: true) })
    }

    /// A number in Excel's General format: integers without a decimal point
    /// (`1`, not `1.0`), others in their shortest exact decimal form.
    static func number(_ value: String) -> String {
        guard let number = Double(value), number.isFinite else { return value }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }

    /// A boolean cell (`t="b"`) as Excel shows it.
    static func boolean(_ value: String) -> String {
        value == "1" || value.lowercased() == "true" ? "TRUE" : "FALSE"
    }
}
