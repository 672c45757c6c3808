/// The site's footer: who runs it, its registration numbers, its notices —
/// `主办单位：…`, `网站标识码：1305030001`, `冀ICP备…号`, `公网安备…`,
/// `版权所有`, `技术支持`, `网站地图 | 联系我们`.
enum SiteFooter: ChromeRule {
    private static let labels = ["主办单位", "承办单位", "主办", "承办", "协办单位", "技术支持", "维护单位", "联系电话", "联系地址", "地址", "邮编", "电子邮箱"]
    private static let marks = [
        "网站标识码", "ICP备", "ICP证", "公网安备", "版权所有", "Copyright", "copyright", "©", "网站地图", "联系我们", "网站声明", "隐私声明",
        "关于我们", "建议使用", "分辨率", "政府网站找错", "无障碍阅读", "适老化", "长者模式",
    ]

    static func matches(_ line: String) -> Bool {
        // Bytes first: every line of every text input is asked, and breaking
        // it into Characters for each mark cost most of reading a long export.
        line.opensWithLabel(labels) || marks.contains { line.containsUTF8($0) && line.contains($0) }
    }

    static let examples = ChromeExamples(
        chrome: [
            "主办单位：邢台市襄都区人民政府办公室 承办单位：邢台市襄都区行政审批局", "网站标识码：1305030001 冀ICP备12045678号-1 冀公网安备 13050302000123号",
            "版权所有：某县人民政府", "网站地图 | 联系我们 | 网站声明", "技术支持：某某网络科技有限公司",
        ],
        content: ["主办方应当承担的安全责任", "对未取得网站备案擅自经营的处罚", "联系人未按规定报告的处罚"]
    )
}
