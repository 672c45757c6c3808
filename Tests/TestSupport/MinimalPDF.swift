/// Serializes numbered PDF objects into a complete file (header, objects,
/// cross-reference table, trailer): enough for tests to draw their own
/// small PDFs without a PDF library.
public enum MinimalPDF {
    /// `objects[i]` becomes object `i + 1`; `root` is the catalog's object number.
    public static func document(objects: [String], root: Int) -> String {
        var output = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(output.utf8.count)
            output += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = output.utf8.count
        output += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            output += String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n"
        }
        output += "trailer\n<< /Size \(objects.count + 1) /Root \(root) 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return output
    }
}
