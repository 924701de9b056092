/// Collects the readable text of an HTML element as paragraphs.
///
/// Block elements (`p`, headings, list items, `div`, `figcaption`, table rows, …) end a
/// paragraph; `<br>` ends a line inside one; whitespace runs become one space. An image's alt
/// text of two words or more is a paragraph of its own. Page furniture is skipped (see
/// ``isFurniture(_:)``).
struct HTMLText {
    private(set) var paragraphs: [String] = []
    private var lines: [String] = []
    private var current = ""

    /// Elements never read.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "nav", "aside", "form", "button", "iframe", "svg",
        "select", "option", "input", "textarea", "head", "object", "embed", "canvas", "video", "audio",
        "dialog", "menu",
    ]

    /// Elements that end a paragraph.
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dt", "dd", "blockquote", "figure", "figcaption", "table", "tr", "pre", "address",
        "header", "hgroup", "caption", "details", "summary", "hr", "body", "html",
    ]

    /// Words of a class or id that mark page furniture.
    static let furnitureWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "footer", "sidebar",
        "cookie", "cookies", "consent", "gdpr", "cmp", "newsletter", "share", "sharing", "social",
        "related", "advert", "advertisement", "ads", "ad", "promo", "comments", "pagination",
        "skiplink", "skiplinks", "sr-only", "visually-hidden", "toolbar", "print",
    ]

    /// ARIA roles of page furniture.
    static let furnitureRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
        "menu", "menubar",
    ]

    /// Whether an element is page furniture by its role, class, id or hiddenness.
    static func isFurniture(_ node: XMLNode) -> Bool {
        if let role = node.attribute("role")?.lowercased(), furnitureRoles.contains(role) { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }), style.contains("display:none") {
            return true
        }
        let names = (node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")
        let words = names.lowercased().split { !($0.isLetter || $0.isNumber) }
        return words.contains { furnitureWords.contains(String($0)) }
    }

    /// Adds the text below `node`. Outside an article or `<main>`, `<header>` and `<footer>`
    /// are the site's and are skipped.
    ///
    /// The tree is walked with a stack of its own, not by recursion, so that a page nested
    /// thousands of levels deep is read whole and cannot overflow the thread's stack.
    mutating func collect(_ node: XMLNode, insideArticle: Bool) {
        enum Step {
            case enter(XMLNode, insideArticle: Bool)
            case leaveCell
            case leaveBlock
        }
        var stack: [Step] = []
        func push(childrenOf node: XMLNode, insideArticle: Bool) {
            let start = stack.count
            var child = node.firstChild
            while let at = child {
                stack.append(.enter(at, insideArticle: insideArticle))
                child = at.nextSibling
            }
            stack[start...].reverse()
        }
        push(childrenOf: node, insideArticle: insideArticle)
        while let step = stack.popLast() {
            switch step {
            case .leaveCell:
                current += " "
            case .leaveBlock:
                endParagraph()
            case let .enter(child, insideArticle):
                if child.isText {
                    current += child.content
                    continue
                }
                guard child.isElement else { continue }
                let name = child.name
                if Self.skipped.contains(name) || Self.isFurniture(child) { continue }
                if name == "footer" || (name == "header" && !insideArticle) { continue }
                switch name {
                case "br":
                    endLine()
                case "img":
                    if let alt = child.attribute("alt").map(InputArticle.oneLine), alt.split(separator: " ").count >= 2 {
                        endParagraph()
                        paragraphs.append(alt)
                    }
                case "td", "th":
                    current += " "
                    stack.append(.leaveCell)
                    push(childrenOf: child, insideArticle: insideArticle)
                default:
                    let block = Self.blocks.contains(name)
                    if block {
                        endParagraph()
                        stack.append(.leaveBlock)
                    }
                    push(childrenOf: child, insideArticle: insideArticle || name == "article" || name == "main")
                }
            }
        }
        if node.name == "body" || node.name == "html" { endParagraph() }
    }

    /// The text collected so far, with its last paragraph closed.
    var finished: [String] {
        var copy = self
        copy.endParagraph()
        return copy.paragraphs
    }

    private mutating func endLine() {
        let line = InputArticle.oneLine(current)
        if !line.isEmpty { lines.append(line) }
        current = ""
    }

    private mutating func endParagraph() {
        endLine()
        if !lines.isEmpty { paragraphs.append(lines.joined(separator: "\n")) }
        lines = []
    }
}
