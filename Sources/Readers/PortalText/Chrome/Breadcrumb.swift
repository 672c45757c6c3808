/// The trail of the sections above the page: `首页 > 政务公开 > 权责清单`,
/// `当前位置：首页 » 信息公开`. It starts at the site's home or says where
/// the reader is, and its steps are joined by arrows.
enum Breadcrumb: ChromeRule {
    private static let openings = ["当前位置", "您当前的位置", "您现在的位置", "您的位置", "所在位置", "当前所在位置"]
    private static let homes = ["首页", "网站首页", "主页", "政府首页"]
    private static let arrows: Set<Character> = [">", "＞", "»", "›", "→", "/"]
    private static let arrowScalars = Set(arrows.flatMap(\.unicodeScalars))

    static func matches(_ line: String) -> Bool {
        if line.opensWithLabel(openings) { return true }
        // Steps need an arrow between them (no other spelling of one compares equal to it).
        guard line.unicodeScalars.contains(where: arrowScalars.contains) else { return false }
        let steps = line.split { arrows.contains($0) }.map { String($0).trimmingCharacters(in: " -") }.filter { !$0.isEmpty }
        guard steps.count >= 2, let first = steps.first, homes.contains(first) else { return false }
        return steps.allSatisfy { $0.count <= 16 }
    }

    static let examples = ChromeExamples(
        chrome: ["首页 > 政务公开 > 法定主动公开内容 > 权责清单", "当前位置：首页 » 信息公开 » 权责清单", "您现在的位置: 首页>部门信息", "网站首页 ＞ 政府信息公开"],
        content: ["首页", "首页 政务公开 权责清单", "1 > 2", "对违反《城市供水条例》> 规定的处罚", "邢台市襄都区医疗保障局权责清单"]
    )
}
