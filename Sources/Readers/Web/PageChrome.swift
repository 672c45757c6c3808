import MarkupParsing

/// The parts of a portal page that are not its content: navigation, site
/// header and footer, side bars, scripts and forms' controls. An element is
/// chrome by what it is (`<nav>`, `<footer>`, `<aside>`) or by the class or
/// id its page gives it (`class="header"`, `id="breadcrumb"`), unless it
/// holds a table or a heading — portals put whole pages inside their layout
/// containers, and neither a table nor a title is navigation.
enum PageChrome {
    private static let chromeElements: Set<String> = ["nav", "footer", "aside", "menu"]
    /// Roots of the class and id words portals give their chrome (`topnav`,
    /// `main-menu`, `bread-crumb`, `footer_wrap`).
    private static let chromeRoots = ["nav", "menu", "header", "footer", "crumb", "sidebar", "topbar", "toolbar", "copyright", "login"]

    /// - Parameter inContent: inside an `<article>`, `<main>` or `<section>`,
    ///   where a `<header>` is the content's own.
    static func isChrome(_ element: HTMLNode, inContent: Bool) -> Bool {
        if CellLineCollector.invisible.contains(element.name) || ["iframe", "object", "embed", "svg", "canvas", "map", "audio", "video"].contains(element.name) {
            return true
        }
        let marked = chromeElements.contains(element.name)
            || (element.name == "header" && !inContent)
            || words(of: element).contains { word in chromeRoots.contains { word.contains($0) } }
        return marked && !["table", "h1", "h2", "h3"].contains { !element.descendants(named: $0).isEmpty }
    }

    /// `class="list-header main_nav"` → list, header, main, nav.
    private static func words(of element: HTMLNode) -> [String] {
        [element.attribute("class"), element.attribute("id")].compactMap { $0 }.flatMap { value in
            value.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        }
    }
}
