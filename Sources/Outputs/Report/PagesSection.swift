import Foundation
import PowerListModel

/// The source pages, each with a box over every place an item's field was
/// read from: one element per place, positioned in percent of the page so
/// the boxes scale with the picture.
struct PagesSection {
    var document: PowerListDocument
    var pages: [RenderedPage]
    var marks: ItemMarks

    func html() -> String {
        var boxes: [Int: [String]] = [:]
        let sizes = Dictionary(pages.map { ($0.number, (width: $0.width, height: $0.height)) }, uniquingKeysWith: { first, _ in first })
        for (index, item) in document.items.enumerated() {
            guard let provenance = item.provenance else { continue }
            // The table's field order, then any field the table does not show: every place gets its box.
            let shown = ItemField.of(item).map(\.key)
            let others = provenance.fields.keys.filter { !shown.contains($0) }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for key in shown + others {
                for place in provenance.fields[key] ?? [] {
                    guard case .pageBox(let page, let box) = place, let size = sizes[page] else { continue }
                    boxes[page, default: []].append(element(item: index, seq: item.seq, field: key, box: box, size: size))
                }
            }
        }
        var out = "<section id=\"pages\" aria-label=\"原文页面\">\n"
        for page in pages {
            out += "<figure class=\"page\" id=\"page-\(page.number)\">"
            out += "<figcaption>第\(page.number)页</figcaption>"
            out += "<div class=\"sheet\" style=\"aspect-ratio:\(Percent.ratio(page.width, page.height))\">"
            out += "<img alt=\"第\(page.number)页\" src=\"data:image/png;base64,\(Data(page.png).base64EncodedString())\">"
            out += (boxes[page.number] ?? []).joined()
            out += "</div></figure>\n"
        }
        return out + "</section>\n"
    }

    private func element(item index: Int, seq: Int, field: String, box: PageBox, size: (width: Double, height: Double)) -> String {
        let mark = marks.mark(item: index, field: field)
        let style = "left:\(Percent.of(box.x0, size.width));top:\(Percent.of(box.y0, size.height));"
            + "width:\(Percent.of(box.x1 - box.x0, size.width));height:\(Percent.of(box.y1 - box.y0, size.height))"
        let tip = HTMLText.escaped("第\(seq)项 \(ItemField.label(of: field))")
        return "<div class=\"box \(mark.cssClass)\" data-item=\"\(index)\" data-field=\"\(HTMLText.escaped(field))\" style=\"\(style)\" title=\"\(tip)\"></div>"
    }
}
