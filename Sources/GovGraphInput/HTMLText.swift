/// The attributes of an element, as libxml2 reports them (names in lower case).
struct HTMLAttributes {
    var pairs: [(name: String, value: String)] = []

    /// The value of the first attribute named `name` (matched without case).
    subscript(_ name: String) -> String? { pairs.first { $0.name == name }?.value }
}

/// What an element, its end or a piece of text is, in document order: the events of a parse
/// (``HTMLStream``) or of a walk through a parsed tree (``XMLNode/replay(to:)``).
protocol HTMLEventHandler: AnyObject {
    func start(_ name: String, _ attributes: HTMLAttributes)
    func end()
    func text(_ text: String)
}

/// Where ``HTMLText`` puts the text it collects: lines (whitespace already made single spaces,
/// given in one piece or several) within paragraphs.
protocol ParagraphSink {
    /// More of the current line (never empty).
    mutating func text(_ piece: String)
    /// The current line, which has text, ends.
    mutating func endLine()
    /// The current paragraph, which has at least one line, ends.
    mutating func endParagraph()
    /// Whether the sink wants more text (a sink that has what it needs saves the work).
    var wantsText: Bool { get }
}

extension ParagraphSink {
    var wantsText: Bool { true }
}

/// Collects the readable text of an HTML element as paragraphs, from the events below it.
///
/// Block elements (`p`, headings, list items, `div`, `figcaption`, table rows, …) end a
/// paragraph; `<br>` ends a line inside one; whitespace runs become one space. An image's alt
/// text of two words or more is a paragraph of its own. Page furniture is skipped (see
/// ``isFurniture(_:)``). The text goes to the sink as it comes, so that no paragraph, however
/// long, is held whole; nesting costs one small frame per open element.
struct HTMLText<Sink: ParagraphSink> {
    var sink: Sink
    private var line = LineBuilder()
    private var paragraphHasLines = false
    /// One frame per open element, the collected one first: what its end does, and whether
    /// what is below it is inside an article.
    private var frames: [Frame]
    /// How many open elements deep the walk is inside a skipped element (0: not skipping).
    private var skipping = 0

    private struct Frame {
        enum Action { case none, cell, block }
        var action: Action
        var insideArticle: Bool
    }

    /// A line is passed on in pieces of about this many bytes.
    static var pieceBytes: Int { 64 * 1024 }

    /// Starts collecting the text below an element; inside an article or `<main>`, `<header>`
    /// is the article's, outside it the site's and skipped (as `<footer>` always is).
    init(sink: Sink, insideArticle: Bool) {
        self.sink = sink
        frames = [Frame(action: .none, insideArticle: insideArticle)]
    }

    /// An element opens below the collected one.
    mutating func start(_ name: String, _ attributes: HTMLAttributes) {
        let insideArticle = frames.last?.insideArticle ?? false
        if skipping > 0 || HTMLFurniture.skipped.contains(name) || HTMLFurniture.isFurniture(attributes)
            || name == "footer" || (name == "header" && !insideArticle)
        {
            skipping += 1
            return
        }
        switch name {
        case "br":
            endLine()
            // What a tree puts inside it (XHTML can) is not read.
            skipping = 1
        case "img":
            // Two words or more (a space in the text made one line); an alt text longer than a
            // piece of text is no description of an image and is left out, so that an attribute
            // of megabytes is never copied about.
            if let raw = attributes["alt"], raw.utf8.count <= Self.pieceBytes {
                let alt = InputArticle.oneLine(raw)
                if alt.contains(" ") {
                    endParagraph()
                    sink.text(alt)
                    sink.endLine()
                    sink.endParagraph()
                }
            }
            skipping = 1
        case "td", "th":
            add(" ")
            frames.append(Frame(action: .cell, insideArticle: insideArticle))
        default:
            let block = HTMLFurniture.blocks.contains(name)
            if block { endParagraph() }
            frames.append(Frame(
                action: block ? .block : .none, insideArticle: insideArticle || name == "article" || name == "main"))
        }
    }

    /// The last element opened below the collected one ends.
    mutating func end() {
        if skipping > 0 {
            skipping -= 1
            return
        }
        guard frames.count > 1 else { return }
        switch frames.removeLast().action {
        case .cell: add(" ")
        case .block: endParagraph()
        case .none: break
        }
    }

    /// Text below the collected element.
    mutating func text(_ text: String) {
        guard skipping == 0 else { return }
        add(text)
    }

    /// The collected element ends: its last paragraph is closed.
    mutating func finish() {
        endParagraph()
    }

    private mutating func add(_ text: String) {
        guard sink.wantsText else { return }
        line.add(text)
        if line.text.utf8.count >= Self.pieceBytes { sink.text(line.take()) }
    }

    private mutating func endLine() {
        let hadText = line.hasText
        let rest = line.finish()
        if !rest.isEmpty { sink.text(rest) }
        if hadText {
            sink.endLine()
            paragraphHasLines = true
        }
    }

    private mutating func endParagraph() {
        endLine()
        if paragraphHasLines {
            sink.endParagraph()
            paragraphHasLines = false
        }
    }
}

/// What ``HTMLText`` skips and where it ends paragraphs.
enum HTMLFurniture {
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
    static func isFurniture(_ attributes: HTMLAttributes) -> Bool {
        guard !attributes.pairs.isEmpty else { return false }
        if let role = attributes["role"]?.lowercased(), furnitureRoles.contains(role) { return true }
        if attributes["hidden"] != nil || attributes["aria-hidden"] == "true" { return true }
        if let style = attributes["style"]?.lowercased().filter({ $0 != " " }), style.contains("display:none") {
            return true
        }
        let names = (attributes["class"] ?? "") + " " + (attributes["id"] ?? "")
        let words = names.lowercased().split { !($0.isLetter || $0.isNumber) }
        return words.contains { furnitureWords.contains(String($0)) }
    }
}

/// Paragraphs joined by blank lines, lines by line ends: the text of a short fragment.
struct ParagraphJoiner: ParagraphSink, TextOutput {
    private var paragraphs = JoinedParagraphs(output: StringOutput())
    var joined: String { paragraphs.output.text }

    mutating func text(_ piece: String) { paragraphs.text(piece) }
    mutating func endLine() { paragraphs.endLine() }
    mutating func endParagraph() { paragraphs.endParagraph() }
    mutating func write(_ text: String) { paragraphs.output.write(text) }
}

/// A string that text is written to.
struct StringOutput: TextOutput {
    private(set) var text = ""
    mutating func write(_ piece: String) { text += piece }
}

/// Collects the text below one element from events: all the events it is given (a walk below
/// the element), or those below the first element of a parse (`belowRoot`).
final class ElementText<Sink: ParagraphSink>: HTMLEventHandler {
    private(set) var text: HTMLText<Sink>
    private let belowRoot: Bool
    private var depth = 0
    private var done = false

    init(sink: Sink, insideArticle: Bool, belowRoot: Bool) {
        text = HTMLText(sink: sink, insideArticle: insideArticle)
        self.belowRoot = belowRoot
    }

    func start(_ name: String, _ attributes: HTMLAttributes) {
        defer { depth += 1 }
        guard !done, !(belowRoot && depth == 0) else { return }
        text.start(name, attributes)
    }

    func end() {
        depth -= 1
        guard !done else { return }
        if belowRoot && depth == 0 {
            done = true
            text.finish()
        } else {
            text.end()
        }
    }

    func text(_ piece: String) {
        guard !done, !belowRoot || depth > 0 else { return }
        text.text(piece)
    }

    /// The sink, once the element has ended.
    func finish() -> Sink {
        if !done {
            done = true
            text.finish()
        }
        return text.sink
    }
}
