import Foundation

/// Reads RSS 2.0 (and RSS 1.0) and Atom feeds: each item is an article with its date and link.
///
/// An RSS item's text is its `content:encoded`, else its `description`; an Atom entry's is its
/// `content`, else its `summary`. Both may hold escaped HTML, which is read as in
/// ``HTMLReader``. The date is the item's `pubDate` (or `dc:date`), or the entry's `published`
/// (else `updated`); the URL its `link`; the external id its `guid` or `id`.
///
/// ```swift
/// let items = try FeedReader.read(xml, path: "laender.rss")
/// items[0].date   // "2025-09-15"
/// items[0].url    // "https://verwaltungsdigital.example/sh-schroedter"
/// ```
public enum FeedReader {
    public static func read(_ xml: String, path: String) throws(InputError) -> [InputArticle] {
        var warnings: [InputWarning] = []
        return try read(xml, path: path, warnings: &warnings)
    }

    /// Reads a feed and adds to `warnings` what could not be read: entities its DTD declares
    /// (never expanded, so a small feed cannot grow into gigabytes), and the first place where
    /// it is not well-formed XML.
    public static func read(_ xml: String, path: String, warnings: inout [InputWarning]) throws(InputError)
        -> [InputArticle]
    {
        try read(xml, path: path, warnings: &warnings, chunkBytes: 0)
    }

    /// Reads a feed as ``read(_:path:warnings:)`` does, each item in parts of `chunkBytes` to
    /// twice that (0: whole; see ``InputArticle/parts(chunkBytes:)``), made without its whole text.
    static func read(_ xml: String, path: String, warnings: inout [InputWarning], chunkBytes: Int) throws(InputError)
        -> [InputArticle]
    {
        var (parsed, articles) = stream(xml, path: path, chunkBytes: chunkBytes)
        if parsed.declaresEntities {
            warnings.append(InputWarning(
                path: path,
                message: "the feed's DTD declares entities (<!ENTITY>); they are not expanded and their references are left out"))
        }
        if !parsed.wellFormed, let error = parsed.firstError {
            // Mend what libxml2 stops at (see XMLRepair) and read the mended feed.
            let repair = XMLRepair.repair(xml)
            var done: [String] = []
            if repair.strayEndTags > 0 { done.append("\(repair.strayEndTags) stray end tag\(repair.strayEndTags == 1 ? "" : "s") dropped") }
            if repair.escaped > 0 { done.append("\(repair.escaped) bare & or < read as text") }
            if repair.closedElements > 0 { done.append("\(repair.closedElements) unclosed element\(repair.closedElements == 1 ? "" : "s") closed") }
            let (mended, mendedArticles) = repair.changed ? stream(repair.text, path: path, chunkBytes: chunkBytes) : (parsed, articles)
            let readable = mended.document?.root != nil
            if readable { (parsed, articles) = (mended, mendedArticles) }
            let outcome =
                !readable || !mended.wellFormed
                ? "read as far as libxml2 could recover; text after this point may be lost"
                : done.isEmpty ? "read as far as it could be" : "repaired (\(done.joined(separator: ", "))) and read whole"
            warnings.append(InputWarning(path: path, line: error.line, message: "not well-formed XML (\(error.message)); \(outcome)"))
            if let line = repair.cutItemLine, readable {
                warnings.append(InputWarning(path: path, line: line, message: "the file ends inside this item, which is left out"))
            }
        }
        guard let document = parsed.document, let root = document.root else {
            let why = parsed.firstError.map { " (line \($0.line): \($0.message))" } ?? ""
            throw .malformed(path, reason: "not well-formed XML\(why)")
        }
        guard ["rss", "rdf", "feed"].contains(root.name) else {
            throw .malformed(path, reason: "XML, but not an RSS 2.0 or Atom feed (the root element is <\(root.name)>)")
        }
        return articles
    }

    /// Parses a feed and reads each item as soon as it ends (see ``LibXMLDocument/parseXML(_:item:)``),
    /// so that the tree never holds more than one item: an RSS 2.0 `<item>` of a `<channel>`, an
    /// RSS 1.0 `<item>` anywhere but inside another (in a broken feed, each unclosed item would
    /// hold all later ones, and reading each would read the rest of the feed again), an Atom
    /// `<entry>` of the feed.
    private static func stream(_ xml: String, path: String, chunkBytes: Int) -> (LibXMLDocument.Parsed, [InputArticle]) {
        var articles: [InputArticle] = []
        var index = 0
        let parsed = LibXMLDocument.parseXML(xml) { node, depth, root in
            let atom: Bool
            switch root.name {
            case "rss":
                guard node.name == "item", depth == 2, node.parent?.name == "channel" else { return false }
                atom = false
            case "rdf":
                guard node.name == "item", !node.hasAncestor(named: "item") else { return false }
                atom = false
            case "feed":
                guard node.name == "entry", depth == 1 else { return false }
                atom = true
            default:
                return false
            }
            index += 1
            let parts = atom
                ? entry(node, path: path, index: index, chunkBytes: chunkBytes)
                : rssItem(node, path: path, index: index, chunkBytes: chunkBytes)
            articles += parts
            return true
        }
        return (parsed, articles)
    }

    private static func rssItem(_ item: XMLNode, path: String, index: Int, chunkBytes: Int) -> [InputArticle] {
        func child(_ name: String, namespace: String? = nil) -> String? {
            item.elements.first { $0.name == name && (namespace == nil || $0.namespace?.contains(namespace!) == true) }
                .map(\.textContent).flatMap { $0.isEmpty ? nil : $0 }
        }
        let title = child("title").map(InputArticle.oneLine)
        var writer = ArticleWriter(title: title, path: path, chunkBytes: chunkBytes)
        let hasBody = write(html: child("encoded", namespace: "purl.org/rss/1.0/modules/content") ?? child("description") ?? "", to: &writer)
        guard hasBody || title != nil else { return [] }
        let article = InputArticle(
            path: path, text: "", title: writer.title,
            date: (child("pubdate") ?? child("date")).flatMap(InputDate.normalize),
            url: child("link")?.trimmingCharacters(in: .whitespacesAndNewlines), externalID: child("guid"),
            location: "item \(index)")
        return article.split(into: writer.finish())
    }

    private static func entry(_ entry: XMLNode, path: String, index: Int, chunkBytes: Int) -> [InputArticle] {
        func child(_ name: String) -> XMLNode? { entry.elements.first { $0.name == name } }
        let title = child("title").map { InputArticle.oneLine(text(of: $0)) }
        let body = (child("content") ?? child("summary")).map(text(of:)) ?? ""
        guard !body.isEmpty || title != nil else { return [] }
        let links = entry.elements.filter { $0.name == "link" }
        let link = links.first { ($0.attribute("rel") ?? "alternate") == "alternate" } ?? links.first
        let date = (child("published") ?? child("updated")).flatMap { InputDate.normalize($0.textContent) }
        return InputArticle.titled(
            path: path, title: title, body: body, date: date, url: link?.attribute("href"),
            externalID: child("id")?.textContent, location: "entry \(index)", chunkBytes: chunkBytes)
    }

    /// The text of an Atom text construct: `text`, escaped `html`, or inline `xhtml`.
    private static func text(of node: XMLNode) -> String {
        switch node.attribute("type") ?? "text" {
        case "html", "text/html": return html(node.textContent)
        case "xhtml", "application/xhtml+xml":
            let text = ElementText(sink: ParagraphJoiner(), insideArticle: true, belowRoot: false)
            node.replay(to: text)
            return text.finish().joined
        default: return node.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// The paragraphs of an HTML fragment.
    static func html(_ fragment: String) -> String {
        var joiner = ParagraphJoiner()
        _ = write(html: fragment, to: &joiner)
        return joiner.joined
    }

    /// Writes the paragraphs of an HTML fragment as they come (no tag or reference: the text as
    /// it is); returns whether there is text. Unreadable markup is written as it is.
    static func write(html fragment: String, to output: inout some TextOutput) -> Bool {
        guard fragment.contains("<") || fragment.contains("&") else {
            output.write(fragment.trimmingCharacters(in: .whitespacesAndNewlines))
            return !fragment.unicodeScalars.allSatisfy { CharacterSet.whitespacesAndNewlines.contains($0) }
        }
        let text = ElementText(sink: JoinedParagraphs(output: output), insideArticle: true, belowRoot: true)
        guard HTMLStream.parse(handler: text, next: HTMLReader.blocks(of: "<html><body>", fragment, "</body></html>")) > 0
        else {
            output.write(fragment)
            return !fragment.isEmpty
        }
        let joined = text.finish()
        output = joined.output
        return joined.wrote
    }
}

/// Where joined paragraphs go: a string, or an article's writer.
protocol TextOutput {
    mutating func write(_ text: String)
}

extension ArticleWriter: TextOutput {}

/// Paragraphs joined by blank lines, lines by line ends, written to an output as they come.
struct JoinedParagraphs<Output: TextOutput>: ParagraphSink {
    var output: Output
    private(set) var wrote = false
    private var lineEnded = false
    private var paragraphEnded = false

    init(output: Output) { self.output = output }

    mutating func text(_ piece: String) {
        if paragraphEnded {
            output.write("\n\n")
        } else if lineEnded {
            output.write("\n")
        }
        paragraphEnded = false
        lineEnded = false
        wrote = true
        output.write(piece)
    }

    mutating func endLine() { lineEnded = true }

    mutating func endParagraph() { paragraphEnded = true }
}
