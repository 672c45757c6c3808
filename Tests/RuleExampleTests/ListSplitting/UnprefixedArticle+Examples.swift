import PowerListModel
@testable import ListSplitting

extension UnprefixedArticle: ExampleProviding {
    static let examples: [SplittingExample] = [
        SplittingExample(
            .line("1、《中华人民共和国社会保险法》（主席令第35号）五十七条用人单位应当申请办理社会保险登记。第五十八条用人单位应当自用工之日起三十日内申请登记。"),
            .citations(["中华人民共和国社会保险法@第五十八条"])
        ),
        SplittingExample(.line("《中华人民共和国社会保险法》五十七条"), .diagnostics(["citation-article-unparsed"])),
        SplittingExample(.line("石政规（2019）7号文中三十八条；《甲目录》全文"), .diagnostics([])),
        SplittingExample(.line("《甲办法》第五十七条，每一条均适用"), .diagnostics([])),
        SplittingExample(.line("《甲办法》第 五十七 条"), .diagnostics([])),
    ]
}
