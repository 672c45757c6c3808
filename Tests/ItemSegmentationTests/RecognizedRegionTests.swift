import PowerListModel
import Testing
@testable import ItemSegmentation

/// A recognized title's place checked against the country's places, and the
/// place then mending the subjects and names OCR misread.
@Suite struct RecognizedRegionTests {
    let divisions = AdministrativeDivisions.shared

    /// Facts of the National Bureau of Statistics' 2023 division codes.
    @Test func theDivisionsKnowWhichUnitContainsWhich() {
        for name in ["河北省", "邢台市", "襄都区", "信都区", "赵县", "北京市", "朝阳区", "阿拉善盟", "黔东南苗族侗族自治州", "济源市"] {
            #expect(divisions.contains(name), "\(name)")
        }
        for name in ["衷都区", "训都区", "石碣镇", "市辖区", "县", "-", ""] {
            #expect(!divisions.contains(name), "\(name)")
        }
        #expect(divisions.lies("襄都区", in: "邢台市"))
        #expect(divisions.lies("邢台市", in: "河北省"))
        #expect(divisions.lies("赵县", in: "石家庄市"))
        #expect(!divisions.lies("襄都区", in: "河北省"), "only the unit directly around it")
        // Names repeat across the country; a municipality governs its districts itself.
        #expect(divisions.lies("朝阳区", in: "北京市") && divisions.lies("朝阳区", in: "长春市"))
        // A county a province governs itself.
        #expect(divisions.lies("济源市", in: "河南省"))
        #expect(divisions.names.count > 3000 && divisions.names == divisions.names.sorted())
    }

    @Test(arguments: [
        // Beside 邢台市, 襄都区 and 信都区 are both one away: the rows print 襄都区.
        ("邢台市衷都区", ["襄都区医疗保障局", "襄都区医疗保障局", "训都区医疗保障局"], "邢台市襄都区"),
        ("邢台市训都区", ["信都区医疗保障局"], "邢台市信都区"),
        // Nothing printed decides between 襄都区 and 信都区.
        ("邢台市训都区", ["训都区医疗保障局"], nil),
        ("邢台市襄都区", ["衷都区医疗保障局"], nil),
        ("起县", Array(repeating: "赵县医疗保障局", count: 20), "赵县"),
        ("石家庄市起县", [], "石家庄市赵县"),
        // A first character lost beside a known unit.
        ("台市襄都区", [], "邢台市襄都区"),
        ("台市事都区", ["邢台市襄都区医疗保障局"], "邢台市襄都区"),
        // One character read as two, beside a known unit (200 dpi): the rows decide.
        ("邢台市了事都区", ["衷都区医疗保障局", "襄都区参保登记"], "邢台市襄都区"),
        ("邢台市了事都区", ["衷都区医疗保障局"], nil),
        // Unplaced, a split is too loose a likeness to take.
        ("了事都区", ["襄都区医疗保障局"], nil),
        // Two characters misread beside a known unit: the rows must print the place twice.
        ("邢台市圳者区", ["襄都区医疗保障局", "衷都区医疗保障局", "邢台市襄都区医疗保障局"], "邢台市襄都区"),
        ("邢台市圳者区", ["襄都区医疗保障局", "衷都区医疗保障局"], nil),
        ("圳者区", ["襄都区医疗保障局", "襄都区医疗保障局"], nil),
        // Another kind of unit is not one character away.
        ("邢台市襄都县", ["襄都区医疗保障局"], nil),
    ] as [(String, [String], String?)])
    func aRegionNamingNoPlaceTakesThePlaceItMisreads(_ read: String, _ texts: [String], _ expected: String?) {
        #expect(RecognizedRegion.mended(read, texts: texts)?.0 == expected)
    }

    @Test func aPlaceTwoCharactersOffSaysSo() {
        var title = ["邢台市圳者区医疗保障局权责清单"]
        let diagnostics = RecognizedRegion.apply(to: &title, region: "邢台市圳者区", texts: ["襄都区医疗保障局", "邢台市襄都区医疗保障局"])
        #expect(title == ["邢台市襄都区医疗保障局权责清单"])
        #expect(diagnostics.map(\.message) == [
            "标题OCR识别为“邢台市圳者区医疗保障局权责清单”，其中“圳者区”不是行政区划名称，取“襄都区”（与之差两字，为清单其他处多次所印），请核对原件",
        ])
    }

    @Test func aCharacterReadAsTwoIsASplit() {
        #expect(RecognizedRegion.isSplit("了事都区", of: "襄都区"))
        #expect(RecognizedRegion.isSplit("邢台市了事都区", of: "邢台市襄都区"))
        #expect(!RecognizedRegion.isSplit("襄事都区", of: "襄都区"), "one of the two is the place's own character")
        #expect(!RecognizedRegion.isSplit("衷都区", of: "襄都区"), "one for one is no split")
        #expect(!RecognizedRegion.isSplit("襄都了区", of: "襄都区"), "the unit's last character stays")
        #expect(!RecognizedRegion.isSplit("了、都区", of: "襄都区"), "a mark is no half of a character")
        #expect(!RecognizedRegion.isSplit("襄都县", of: "威县"), "a place of two characters")
    }

    @Test func theOwnerOfAChosenTitleMustNameAPlace() {
        #expect(RecognizedRegion.namesNoPlace(owner: "邢台市衷都区医疗保障局"))
        #expect(!RecognizedRegion.namesNoPlace(owner: "邢台市襄都区医疗保障局"))
        #expect(!RecognizedRegion.namesNoPlace(owner: "医疗保障局"))
    }

    static func table(recognized: Bool) -> Table {
        let rows: [(String, String)] = [
            ("训都区医疗保障局", "对用人单位的检查"), ("衷都区医疗保障局", "衷都区参保登记"), ("襄都区医疗保障局", "襄都区生育津贴申领"),
            ("邢台市陪都区医疗保障局", "对信都区医保机构的检查"),
        ]
        let confidence: UInt8? = recognized ? 90 : nil
        let body: [BodyEntry] = rows.enumerated().map { index, row in
            .row(TableRow(cells: [
                .seq: Cell(text: "\(index + 1)"), .category: Cell(text: "行政检查"),
                .name: Cell(lines: [CellLine(row.1, confidence: confidence)]), .subject: Cell(lines: [CellLine(row.0, confidence: confidence)]),
            ]))
        }
        return Table(
            titleLines: ["邢台市衷都区医疗保障局权责清单"], columns: [.seq, .category, .name, .subject].map { Column(title: "\($0)", role: $0) },
            body: body, summary: [], pageCount: 1, titlesRecognized: recognized
        )
    }

    @Test func aRecognizedListTakesItsPlaceFromTheCountrysPlaces() {
        let list = ItemSegmenter.segment(Self.table(recognized: true))
        #expect(list.facts == ListFacts(title: "邢台市襄都区医疗保障局权责清单", region: "邢台市襄都区", department: "医疗保障局", edition: nil))
        #expect(list.items.map(\.subject) == ["襄都区医疗保障局", "襄都区医疗保障局", "襄都区医疗保障局", "邢台市襄都区医疗保障局"])
        // 信都区 is a place of its own: it stays.
        #expect(list.items.map(\.name) == ["对用人单位的检查", "襄都区参保登记", "襄都区生育津贴申领", "对信都区医保机构的检查"])
        #expect(list.diagnostics.first == Diagnostic(
            .warning, .ocrRegionChosen, seq: nil,
            "标题OCR识别为“邢台市衷都区医疗保障局权责清单”，其中“衷都区”不是行政区划名称，取“襄都区”（与之仅差一字，且与相邻区划相符或为清单其他处所印），请核对原件"
        ))
        #expect(list.diagnostics.dropFirst().first == Diagnostic(
            .warning, .ocrPlaceNameChosen, seq: 1,
            "第1项行政主体OCR识别为“训都区医疗保障局”，其中“训都区”与清单地名仅差一字，按地名取“襄都区医疗保障局”，请核对原件"
        ))
        #expect(list.diagnostics.dropFirst().map(\.code) == Array(repeating: .ocrPlaceNameChosen, count: 4))
        #expect(list.diagnostics.dropFirst().map(\.seq) == [1, 2, 2, 4])
    }

    @Test func aPrintedListIsLeftAsPrinted() {
        let list = ItemSegmenter.segment(Self.table(recognized: false))
        #expect(list.facts.region == "邢台市衷都区")
        #expect(list.items.map(\.subject) == ["训都区医疗保障局", "衷都区医疗保障局", "襄都区医疗保障局", "邢台市陪都区医疗保障局"])
        #expect(list.diagnostics.isEmpty)
    }
}
