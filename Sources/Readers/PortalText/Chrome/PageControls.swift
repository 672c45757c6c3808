import PowerListModel

/// The page's controls: print and close buttons, the font-size switch, share
/// and QR-code prompts, "back to top", links to the next article. A line of
/// them holds nothing else.
enum PageControls: ChromeRule {
    private static let tokens = [
        "【打印】", "【关闭】", "【收藏】", "【打印本页】", "【关闭窗口】", "【返回顶部】", "[打印]", "[关闭]", "[收藏]",
        "打印本页", "关闭窗口", "打印", "关闭", "收藏", "返回顶部", "返回", "分享", "字号", "字体", "大", "中", "小", "【", "】", "[", "]",
        "：", ":", "|", "｜", "默认", "视力保护色", "朗读", "分享到", "扫一扫在手机打开当前页", "扫一扫在手机上查看当前页面", "微信", "微博",
    ]
    private static let openings = ["上一篇", "下一篇", "相关链接", "相关文章", "相关稿件", "分享到", "【字体", "【字号", "字体：", "字号："]

    /// A line opening with none of these is content, told without trying each token.
    private static let openingScalars = OpeningScalars(of: tokens + openings)

    static func matches(_ line: String) -> Bool {
        guard let first = line.first(where: { !$0.isWhitespace })?.unicodeScalars.first,
              openingScalars.mayOpen(with: first) else { return false }
        let compact = line.filter { !$0.isWhitespace }
        guard !compact.isEmpty else { return false }
        if openings.contains(where: { compact.hasPrefix($0) }) { return true }
        var rest = Substring(compact)
        while !rest.isEmpty {
            guard let token = tokens.filter({ rest.hasPrefix($0) }).max(by: { $0.count < $1.count }) else { return false }
            rest = rest.dropFirst(token.count)
        }
        return true
    }

    static let examples = ChromeExamples(
        chrome: ["【打印】【关闭】", "字号：大 中 小 【打印】【关闭】", "【打印】 【关闭】", "扫一扫在手机打开当前页", "上一篇：关于公布2022年权责清单的通知", "分享到："],
        content: ["打印费用由申请人承担", "大中型企业安全生产检查", "关闭违法网站的处罚", "对擅自关闭公共设施的处罚"]
    )
}
