import PowerListModel
@testable import ListSplitting

extension NumberedList: ExampleProviding {
    static let examples: [SplittingExample] = [
        // A wrapped line is not an element; the next number at a line start is.
        SplittingExample(
            .lines("1、立案责任：发现用人单位涉嫌不办理医疗保险登", "记的违法行为，予以审查。", "2、调查责任：指定专人负责，及", "时组织调查取证。"),
            .steps(["立案责任｜发现用人单位涉嫌不办理医疗保险登记的违法行为，予以审查", "调查责任｜指定专人负责，及时组织调查取证"])
        ),
        // Nested numbering of another style stays inside.
        SplittingExample(
            .lines("1、执行责任:实施封存，载明下列事项：", "（一）当事人的姓名；", "（二）封存的理由。", "2、其他法律法规规章文件规定应履行的责任。"),
            .steps(["执行责任｜实施封存，载明下列事项：（一）当事人的姓名；（二）封存的理由", "其他法律法规规章文件规定应履行的责任"])
        ),
        // A nested `1.` list inside a `1、` element, even at a line start, is not the next number.
        SplittingExample(
            .lines("1、《甲法》第一条；", "2、《乙办法》第二条：", "1.当年新生儿；2.非本市户籍；3.其他。", "3、《丙办法》全文。"),
            .provisions(["《甲法》第一条", "《乙办法》第二条：1.当年新生儿；2.非本市户籍；3.其他", "《丙办法》全文"])
        ),
        // Inline, a token of another delimiter is nested even when its number is the next one.
        SplittingExample(.lines("1、甲：", "1.子一；2.子二。", "2、乙：1.子一；2.子二；3.子三。"),
                         .provisions(["甲：1.子一；2.子二", "乙：1.子一；2.子二；3.子三"])),
        // A nested list opened after a colon mid-line keeps its later numbers, even at a line start.
        SplittingExample(.lines("1、甲；", "2、乙：需提供：1.子一；2.子二；3.子三；", "4.子四。", "3、丙"),
                         .provisions(["甲", "乙：需提供：1.子一；2.子二；3.子三；4.子四", "丙"])),
        // …nor is a later number of a nested list that restarted at 1, at a line start.
        SplittingExample(.lines("1、甲：", "1.子一；", "2.子二。", "2、乙"), .provisions(["甲：1.子一；2.子二", "乙"])),
        SplittingExample(.lines("1、甲；", "2、依照第2、", "3、4条处理；", "3、其他。"), .provisions(["甲", "依照第2、3、4条处理", "其他"])),
        // At a line start the family is enough: `4.` continues a `1、` list.
        SplittingExample(.lines("因不履行行政职责，应承担相应责任：", "1、甲的；", "2、乙的；", "3、丙的；", "4.丁的；", "5.其他行为。"),
                         .accountability(preamble: "因不履行行政职责，应承担相应责任", cases: ["甲的", "乙的", "丙的", "丁的", "其他行为"])),
        // The sequence must continue: a number out of order is text.
        SplittingExample(.line("1. 甲 3. 乙 2. 丙"), .provisions(["甲 3. 乙", "丙"])),
        // Dates, document numbers and article numbers are not element numbers.
        SplittingExample(.line("1、自2016年12月25日起；2、依照第1号令第十条第二项。"),
                         .provisions(["自2016年12月25日起", "依照第1号令第十条第二项"])),
        // 实施依据 that opens with text is one provision.
        SplittingExample(.line("《甲条例》第十条：下列事项：1.子一；2.子二。"), .provisions(["《甲条例》第十条：下列事项：1.子一；2.子二"])),
        // 追责情形: the number may follow the preamble inline.
        SplittingExample(.line("有下列情形的，应承担相应责任： 1.甲的； 2.乙的；"),
                         .accountability(preamble: "有下列情形的，应承担相应责任", cases: ["甲的", "乙的"])),
        SplittingExample(.line("因不履行经办职责，应承担相应责任：1、甲的；2、乙的。"),
                         .accountability(preamble: "因不履行经办职责，应承担相应责任", cases: ["甲的", "乙的"])),
    ]
}
