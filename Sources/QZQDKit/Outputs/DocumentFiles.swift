import Foundation

/// The documents an export reads: a file named on the command line, or the
/// `*.json` files of a directory at any depth (what `qzqd batch` wrote),
/// without a batch's `manifest.json` and hidden files (a batch's
/// temporaries and lock among them).
public enum DocumentFiles {
    public static func expand(_ path: String) throws(DocumentReadingError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .input(ConversionError(.unreadable, "no such file or directory"))
        }
        return isDirectory.boolValue ? try documents(under: path) : [path]
    }

    /// Sorted by path, so every run exports in the same order.
    private static func documents(under directory: String) throws(DocumentReadingError) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw .input(ConversionError(.unreadable, "cannot read the directory"))
        }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let components = relative.split(separator: "/")
            guard DocumentReader.isDocumentFile(relative), relative != Manifest.fileName,
                  !components.contains(where: { $0.hasPrefix(".") })
            else { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(base + relative)
            }
        }
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
