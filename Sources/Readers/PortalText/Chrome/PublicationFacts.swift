/// The facts a portal prints about the page as a publication — its index
/// number, publisher, dates, view count, source — one or several to a line:
/// `索引号：11130503MB…/2023-00012 发布机构：…`, `发布日期：2023-05-12 浏览次数：`.
/// A line of them opens with one of the labels.
enum PublicationFacts: ChromeRule {
    static let labels = [
        "索引号", "信息索引号", "发布机构", "发文机关", "发布单位", "发布日期", "发布时间", "成文日期", "生成日期", "公开日期", "更新时间",
        "浏览次数", "浏览量", "访问次数", "点击数", "点击量", "阅读次数", "阅读量", "来源", "信息来源", "文章来源", "作者", "责任编辑", "编辑",
        "主题分类", "体裁分类", "公开方式", "公开范围", "公开时限", "公开属性", "有效性", "文号", "发文字号", "信息名称", "组配分类",
    ]

    static func matches(_ line: String) -> Bool {
        line.opensWithLabel(labels)
    }

    static let examples = ChromeExamples(
        chrome: [
            "索引号：11130503MB0X12345K/2023-00012 发布机构：邢台市襄都区医疗保障局", "发布日期：2023-05-12 浏览次数：",
            "发布时间: 2023-05-12 来源：本站", "信息来源：县司法局 发布日期：2022-09-30", "责任编辑：张三",
        ],
        content: ["实施依据：《中华人民共和国社会保险法》第八十四条", "来源于群众举报的案件", "发布机构和发布日期见下表"]
    )
}
