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
        // The delimiter set apart, or read as a colon.
        SplittingExample(
            .recognized("1 .受理阶段责任：公示应当提交的材料。", "2.审查阶段责任：审查材料。"),
            .steps(["受理阶段责任｜公示应当提交的材料", "审查阶段责任｜审查材料"])
        ),
        SplittingExample(
            .recognized("1:《中华人民共和国民法典》第二百一十条", "2.《不动产登记暂行条例》第七条"),
            .provisions(["《中华人民共和国民法典》第二百一十条", "《不动产登记暂行条例》第七条"])
        ),
        // The 1 in brackets read as a letter; the `(2)` gives the style.
        SplittingExample(
            .recognized("(T)立案阶段责任：对违法线索进行核查。", "(2)调查阶段责任：调取证据。"),
            .steps(["立案阶段责任｜对违法线索进行核查", "调查阶段责任｜调取证据"])
        ),
        // The preamble's colon lost before a number set apart.
        SplittingExample(
            .recognized("有下列情形的，应承担相应责任1 .未按规定组织检查的；", "2.向被检查单位收取费用的。"),
            .accountability(preamble: "有下列情形的，应承担相应责任", cases: ["未按规定组织检查的", "向被检查单位收取费用的"])
        ),
        // A speck read as a character before the number, in the cell's corner.
        SplittingExample(
            .recognized("了1.《中华人民共和国社会保险法》第七十七条", "2.《河北省社会保险基金监督办法》第十九条"),
            .provisions(["《中华人民共和国社会保险法》第七十七条", "《河北省社会保险基金监督办法》第十九条"])
        ),
        SplittingExample(
            .recognized("41、受理责任：单位提供受理材料；", "2、审查责任：审查材料完整性。"),
            .steps(["受理责任｜单位提供受理材料", "审查责任｜审查材料完整性"])
        ),
        SplittingExample(
            .recognized("有下列情形的，应承担相应责任：…1。不对本辖区进行监督检查；", "2、不依法实施处罚的。"),
            .accountability(preamble: "有下列情形的，应承担相应责任", cases: ["不对本辖区进行监督检查", "不依法实施处罚的"])
        ),
        // A lookalike before a bracketed category of law.
        SplittingExample(
            .recognized("工【法律】《中华人民共和国社会保险法》第七十七条。", "2、【部门规章】《社会保险稽核办法》第二条。"),
            .provisions(["【法律】《中华人民共和国社会保险法》第七十七条", "【部门规章】《社会保险稽核办法》第二条"])
        ),
        // The 2 misread too (its delimiter lost before a step label): the printed 3 gives the style.
        SplittingExample(
            .recognized("1 .立案阶段责任：对违法建设行为进行核查。2调查阶段责任：现场勘查。3.审查阶段责任：进行认定。"),
            .steps(["立案阶段责任｜对违法建设行为进行核查", "调查阶段责任｜现场勘查", "审查阶段责任｜进行认定"])
        ),
        // A word's first character before a number is no speck: one element, as read.
        SplittingExample(
            .recognized("依据1.5倍标准执行。", "2、审查责任：审查材料。"),
            .steps(["依据1.5倍标准执行。2、审查责任：审查材料"])
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
        // The separator before a provision's number lost: the number runs on after a
        // character, but opens a title (its delimiter perhaps misread).
        SplittingExample(
            .recognized("1.《甲法》第七十七条2.《乙办法》第十六条3:《丙办法》第十九条"),
            .provisions(["《甲法》第七十七条", "《乙办法》第十六条", "《丙办法》第十九条"])
        ),
        SplittingExample(.recognized("1.《甲法》第七十七条", "2.按照第3.《乙办法》执行"), .provisions(["《甲法》第七十七条", "按照第3.《乙办法》执行"])),
        // `1.` for `11.`, one of two like digits lost; a `1.` that a `2.` follows opens a nested list.
        SplittingExample(
            .recognized("有下列情形的：", "1.甲的；", "2.乙的；", "3.丙的；", "4.丁的；", "5.戊的；", "6.己的；", "7.庚的；", "8.辛的；", "9.壬的；",
                        "10.癸的；1.其他违反法律法规规章文件规定的行为。"),
            .accountability(preamble: "有下列情形的", cases: ["甲的", "乙的", "丙的", "丁的", "戊的", "己的", "庚的", "辛的", "壬的", "癸的", "其他违反法律法规规章文件规定的行为"])
        ),
        SplittingExample(
            .recognized("有下列情形的：", "1.甲的；", "2.乙的；", "3.丙的；", "4.丁的；", "5.戊的；", "6.己的；", "7.庚的；", "8.辛的；", "9.壬的；",
                        "10.有下列行为之一的；1.子的；2.丑的。"),
            .accountability(preamble: "有下列情形的", cases: ["甲的", "乙的", "丙的", "丁的", "戊的", "己的", "庚的", "辛的", "壬的", "有下列行为之一的；1.子的；2.丑的"])
        ),
        // A lost number, then the next read with a colon: the list resumes there.
        SplittingExample(
            .recognized("1.受理阶段责任：公示材料。", "2 HAVRE.HAALSS间规划要求。", "3:决定阶段责任：作出决定。"),
            .steps(["受理阶段责任｜公示材料。2 HAVRE.HAALSS间规划要求", "决定阶段责任｜作出决定"])
        ),
        // The delimiter lost before a title or a law's category, or read as a full stop.
        SplittingExample(
            .recognized("1、《中华人民共和国社会保险法》第八条社会保险经办机构提供社会保险服务。2《社会保险费征缴暂行条例》第十六条"),
            .provisions(["《中华人民共和国社会保险法》第八条社会保险经办机构提供社会保险服务", "《社会保险费征缴暂行条例》第十六条"])
        ),
        SplittingExample(
            .recognized("1.【法律】《中华人民共和国社会保险法》第七十七条：应当如实提供。2[部门规章】《社会保险稽核办法》第二条"),
            .provisions(["【法律】《中华人民共和国社会保险法》第七十七条：应当如实提供", "[部门规章】《社会保险稽核办法》第二条"])
        ),
        SplittingExample(
            .recognized("1、《中华人民共和国社会保险法》第三十一条规范医疗服务行为。2。《河北省定点医药机构纳入实施细则》全文。"),
            .provisions(["《中华人民共和国社会保险法》第三十一条规范医疗服务行为", "《河北省定点医药机构纳入实施细则》全文"])
        ),
        // The delimiter lost after a sentence's end; a count goes on after its number.
        SplittingExample(
            .recognized("有下列情形的：1、未依法实施封存的；2、丢失资料的；3、造成资料灭失；4违反法定权限实施行政强制的；5 其他违法行为。"),
            .accountability(preamble: "有下列情形的", cases: ["未依法实施封存的", "丢失资料的", "造成资料灭失", "违反法定权限实施行政强制的", "其他违法行为"])
        ),
        SplittingExample(
            .recognized("1.受理阶段责任：受理申请；2.审查阶段责任：审查材料；3个工作日内作出决定。"),
            .steps(["受理阶段责任｜受理申请", "审查阶段责任｜审查材料；3个工作日内作出决定"])
        ),
        // Inside a sentence, a number without its delimiter is text.
        SplittingExample(.recognized("1.《甲法》第七条", "填写附件2《申请表》"), .provisions(["《甲法》第七条填写附件2《申请表》"])),
        // `(2《`: the closing bracket lost before a title; `3)` resumes the list at a line start.
        SplittingExample(
            .recognized("(1)《中华人民共和国土地管理法》第七十五条。(2《土地管理法实施条例》第五十六条。", "3)《基本农田保护条例》第三十三条"),
            .provisions(["《中华人民共和国土地管理法》第七十五条", "《土地管理法实施条例》第五十六条", "《基本农田保护条例》第三十三条"])
        ),
        // The delimiter lost before a step label.
        SplittingExample(
            .recognized("1.调解阶段责任：组织调解。", "2拟定处理意见阶段责任：提出处理意见。"),
            .steps(["调解阶段责任｜组织调解", "拟定处理意见阶段责任｜提出处理意见"])
        ),
        // A misread digit before a step label is the expected one.
        SplittingExample(
            .recognized("(1)调查阶段责任：开展调查。", "(2)告知阶段责任：告知权利。", "(8)决定阶段责任：作出决定。", "(4)征收阶段责任：督促缴纳。"),
            .steps(["调查阶段责任｜开展调查", "告知阶段责任｜告知权利", "决定阶段责任｜作出决定", "征收阶段责任｜督促缴纳"])
        ),
        // Bracketed `（一）` numbers: one or two characters that are no numeral, or the opening bracket lost.
        SplittingExample(
            .recognized("有下列情形的：", "（一）没有法律依据的；", "(=)显失公正的；", "（三）擅自改变处罚种类的；", "（西）违反法定程序的；", "五）其他违法行为。"),
            .accountability(preamble: "有下列情形的", cases: ["没有法律依据的", "显失公正的", "擅自改变处罚种类的", "违反法定程序的", "其他违法行为"])
        ),
        SplittingExample(
            .recognized("(1)受理阶段责任：受理申请。", "(2)审查阶段责任：审查材料。", "3)其他法律法规规章文件规定应履行的责任。"),
            .steps(["受理阶段责任｜受理申请", "审查阶段责任｜审查材料", "其他法律法规规章文件规定应履行的责任"])
        ),
        // A numeral misread as the next one: the list's next token is the number after the expected one.
        SplittingExample(
            .recognized("有下列情形的：（一）不予征缴的;（三）违反规定减免的；（三）擅自提高征收标准的；（四）其他违法行为。"),
            .accountability(preamble: "有下列情形的", cases: ["不予征缴的", "违反规定减免的", "擅自提高征收标准的", "其他违法行为"])
        ),
        SplittingExample(
            .lines("有下列情形的：（一）不予征缴的;（三）违反规定减免的；（三）擅自提高征收标准的。"),
            .accountability(preamble: "有下列情形的", cases: ["不予征缴的;（三）违反规定减免的；（三）擅自提高征收标准的"])
        ),
        // The `；` before a number read as a comma; the closing bracket read as `》`.
        SplittingExample(
            .recognized("有下列情形的：（一）不予制止的；（二）截留、私分的，（三）滥用职权的；（四）其他违法行为。"),
            .accountability(preamble: "有下列情形的", cases: ["不予制止的", "截留、私分的", "滥用职权的", "其他违法行为"])
        ),
        SplittingExample(
            .recognized("有下列情形的：（一）不予制止的；（二）依照第（三）项规定截留的；（三）其他违法行为。"),
            .accountability(preamble: "有下列情形的", cases: ["不予制止的", "依照第（三）项规定截留的", "其他违法行为"])
        ),
        SplittingExample(
            .recognized("(1)《甲法》第五十四条。(2)《乙法》第十五条。(3)《丙规定》第四条。(4》《丁条例》第八条"),
            .provisions(["《甲法》第五十四条", "《乙法》第十五条", "《丙规定》第四条", "《丁条例》第八条"])
        ),
        // A character read from a speck before the number, or for its bracket.
        SplittingExample(
            .recognized("有下列情形的：（一）对破坏耕地的行为不予制止的；上（二）没有法定依据的；人三）其他违法行为。"),
            .accountability(preamble: "有下列情形的", cases: ["对破坏耕地的行为不予制止的", "没有法定依据的", "其他违法行为"])
        ),
        // A bracketed word after a character is text, wherever it stands.
        SplittingExample(
            .recognized("(1)《甲法》第四十一条：由乡、镇人民政府报县人民政府核发。", "(2)《乙法》第四十一条：不得占用农用地。", "(3)《丙条例》第四十四条：应当向乡（镇）人民政府提出申请，由", "乡（镇）人民政府报县（市、区）人民政府核发。"),
            .provisions(["《甲法》第四十一条：由乡、镇人民政府报县人民政府核发", "《乙法》第四十一条：不得占用农用地", "《丙条例》第四十四条：应当向乡（镇）人民政府提出申请，由乡（镇）人民政府报县（市、区）人民政府核发"])
        ),
        // A bracketed note is no number: it holds a numeral or a mark, or is not where a number is expected.
        SplittingExample(
            .recognized("有下列情形的：", "（一）没有法律依据的；（注，见附件）", "（二）显失公正的。"),
            .accountability(preamble: "有下列情形的", cases: ["没有法律依据的；（注，见附件）", "显失公正的"])
        ),
        // Printed text is as printed: the list ends where its numbers stop.
        SplittingExample(
            .lines("有下列情形的，应承担相应责任：", "1.没有法律依据的；", "2.显失公正的；", "4.违反法定程序的。"),
            .accountability(preamble: "有下列情形的，应承担相应责任", cases: ["没有法律依据的", "显失公正的；4.违反法定程序的"])
        ),
        SplittingExample(.lines("1.《甲法》第七十七条2.《乙办法》第十六条"), .provisions(["《甲法》第七十七条2.《乙办法》第十六条"])),
        SplittingExample(
            .lines("有下列情形的：", "（一）没有法律依据的；", "（西）显失公正的。"),
            .accountability(preamble: "有下列情形的", cases: ["没有法律依据的；（西）显失公正的"])
        ),
    ]
}
