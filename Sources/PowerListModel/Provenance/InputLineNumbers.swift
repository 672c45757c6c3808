/// The input line (1-based) each entry of a text extractor's lines stands on.
/// The extractor gives a form feed an entry of its own, cut out of the line
/// it starts or ends (`…\n\fNext page` is `…`, ``, `\f`, `Next page`): the
/// pieces around a form feed share one input line.
public enum InputLineNumbers {
    public static func of(_ lines: [String]) -> [Int] {
        var numbers: [Int] = []
        numbers.reserveCapacity(lines.count)
        var inputLine = 1
        for (index, line) in lines.enumerated() {
            numbers.append(inputLine)
            let cutByFormFeed = line == "\u{0C}" || (index + 1 < lines.count && lines[index + 1] == "\u{0C}")
            if !cutByFormFeed { inputLine += 1 }
        }
        return numbers
    }
}
