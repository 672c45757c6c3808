import PowerListModel
@testable import ListSplitting

extension MisreadFirstNumber: ExampleProviding {
    static let examples: [SplittingExample] = [
        // A rule's remnant beside the 1; the `2、` gives the style.
        SplittingExample(
            .recognized("1]、《中华人民共和国社会保险法》第八十七条", "2、《河北省社会保险基金监管办法》全文"),
            .provisions(["《中华人民共和国社会保险法》第八十七条", "《河北省社会保险基金监管办法》全文"])
        ),
        // The mark lost.
        SplittingExample(
            .recognized("1立案责任：发现违法行为，予以审查。", "2、调查责任：指定专人负责。"),
            .steps(["立案责任｜发现违法行为，予以审查", "调查责任｜指定专人负责"])
        ),
        // The whole token read as one character, before 《 or a step label.
        SplittingExample(
            .recognized("上《关于印发城镇职工基本医疗保险办法的通知》全文", "2.《河北省医疗保障基金监管办法》全文"),
            .provisions(["《关于印发城镇职工基本医疗保险办法的通知》全文", "《河北省医疗保障基金监管办法》全文"])
        ),
        SplittingExample(
            .recognized("工受理责任：按照规定受理。", "2、审核责任：审核材料。"),
            .steps(["受理责任｜按照规定受理", "审核责任｜审核材料"])
        ),
        // After the preamble, a Latin lookalike before its delimiter.
        SplittingExample(
            .recognized("有下列情形的，应承担相应责任:I.没有法律依据实施处罚的；", "2.行政处罚显失公正的。"),
            .accountability(preamble: "有下列情形的，应承担相应责任", cases: ["没有法律依据实施处罚的", "行政处罚显失公正的"])
        ),
        // The report names what OCR read.
        SplittingExample(.recognized("1]、《甲法》第一条", "2、《乙法》第二条"), .diagnostics(["ocr-numbering-read"])),
        // A character that starts a word stays: 工伤 is no misread 1, and a cell
        // opening with text is one element (`NumberedList`).
        SplittingExample(
            .recognized("工伤保险按规定办理。", "2、审核责任：审核材料。"),
            .steps(["工伤保险按规定办理。2、审核责任：审核材料"])
        ),
        // No 2 after it: one element, as read.
        SplittingExample(.recognized("1立案责任：发现违法行为，予以审查。"), .steps(["1立案责任：发现违法行为，予以审查"])),
        // Printed text is never reread: a PDF's `1立案` is as printed.
        SplittingExample(
            .lines("1立案责任：发现违法行为。", "2、调查责任：指定专人负责。"),
            .steps(["1立案责任：发现违法行为。2、调查责任：指定专人负责"])
        ),
    ]
}

extension MisreadNextNumber: ExampleProviding {
    static let examples: [SplittingExample] = [
        // `3:` where the list expects 3.
        SplittingExample(
            .recognized("有下列情形的，应承担相应责任：", "1.没有法律依据的；", "2.显失公正的;3:擅自改变处罚种类的；", "4.违反法定程序的。"),
            .accountability(preamble: "有下列情形的，应承担相应责任", cases: ["没有法律依据的", "显失公正的", "擅自改变处罚种类的", "违反法定程序的"])
        ),
        // `11.` with its first 1 read as a bracket.
        SplittingExample(
            .recognized("有下列情形的：", "1.甲的；", "2.乙的；", "3.丙的；", "4.丁的；", "5.戊的；", "6.己的；", "7.庚的；", "8.辛的；", "9.壬的；",
                        "10.癸的;", "]1.其他违反法律法规规章文件规定的行为。"),
            .accountability(preamble: "有下列情形的", cases: ["甲的", "乙的", "丙的", "丁的", "戊的", "己的", "庚的", "辛的", "壬的", "癸的", "其他违反法律法规规章文件规定的行为"])
        ),
        // A number lost: the list resumes at the next one at a line start, the lost case kept in the one before.
        SplittingExample(
            .recognized("有下列情形的，应承担相应责任：", "1.没有法律依据的；", "2.显失公正的；人.擅自改变处罚种类的；", "4.违反法定程序的。"),
            .accountability(preamble: "有下列情形的，应承担相应责任", cases: ["没有法律依据的", "显失公正的；人.擅自改变处罚种类的", "违反法定程序的"])
        ),
        // Printed text is as printed: the list ends where its numbers stop.
        SplittingExample(
            .lines("有下列情形的，应承担相应责任：", "1.没有法律依据的；", "2.显失公正的；", "4.违反法定程序的。"),
            .accountability(preamble: "有下列情形的，应承担相应责任", cases: ["没有法律依据的", "显失公正的；4.违反法定程序的"])
        ),
    ]
}
