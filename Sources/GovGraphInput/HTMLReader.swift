import Foundation

/// Reads saved news pages: the article, not the page furniture.
///
/// The page is parsed with libxml2's HTML parser, which resolves entities (`&auml;`, `&#228;`)
/// and recovers from broken markup. Scripts, styles, navigation, headers and footers outside
/// the article, asides, forms, cookie banners and elements hidden or named as furniture (class,
/// id or role: `nav`, `menu`, `cookie`, `consent`, `share`, `related`, …) are dropped. The main
/// text keeps its paragraphs; image alt texts and captions become paragraphs of their own.
///
/// The article is the page's only `<article>`, else its `<main>`, else its body. A list page
/// with several `<article>` elements gives one article each, with its own heading, date and
/// link. The title is the article's `<h1>` (else `og:title`, else the `<title>` without the
/// site name); the date comes from `article:published_time` and similar meta tags, JSON-LD
/// `datePublished`, a `<time datetime>`, or a visible date near the top; the URL from
/// `<link rel="canonical">` or `og:url`.
///
/// ```swift
/// let articles = try HTMLReader.read(html, path: "seite.html")
/// articles[0].title   // "Leipzig startet digitales Bürgeramt"
/// articles[0].date    // "2024-03-14"
/// ```
public enum HTMLReader {
    /// The articles of a page given as decoded text, each whole.
    public static func read(_ html: String, path: String) throws(InputError) -> [InputArticle] {
        try read(path: path, byteCount: html.utf8.count, chunkBytes: 0) { HTMLReader.blocks(of: html) }
    }

    /// The UTF-8 of `texts`, one after the other, in blocks of at most 1 MiB (none copied whole).
    public static func blocks(of texts: String...) -> () -> [UInt8]? {
        var texts = texts[...]
        var rest = Substring("").utf8[...]
        return {
            while rest.isEmpty {
                guard let text = texts.popFirst() else { return nil }
                rest = Substring(text).utf8[...]
            }
            let block = Array(rest.prefix(1 << 20))
            rest = rest.dropFirst(block.count)
            return block
        }
    }

    /// The articles of a page whose UTF-8 text `open` gives in blocks, from the start each time
    /// it is called; each article in parts of `chunkBytes` to twice that (0: whole).
    ///
    /// The page is streamed through libxml2 twice and never held: the first pass finds the
    /// metadata, where the article is and its title and date; the second writes its text.
    public static func read(
        path: String, byteCount: Int, chunkBytes: Int, open: () -> () -> [UInt8]?
    ) throws(InputError) -> [InputArticle] {
        let plan = try plan(path: path, byteCount: byteCount, next: open())
        var makers = plan.map { PartMaker($0.article) }
        var articles: [InputArticle] = []
        let writing = PageWriter(plan.map { ($0.ordinal, $0.insideArticle, $0.title) }, path: path, chunkBytes: chunkBytes) {
            articles.append(makers[$0].part($1, last: $2))
        }
        HTMLStream.parse(handler: writing, next: open())
        writing.finish()
        return articles
    }

    /// The articles of a page as ``read(path:byteCount:chunkBytes:open:)`` gives them, but
    /// as they are written: the second pass runs on a thread of its own and stops while a few
    /// parts wait to be taken, so that only those are held, not the page's whole text.
    static func stream(
        path: String, byteCount: Int, chunkBytes: Int, open: @escaping @Sendable () -> () -> [UInt8]?
    ) throws(InputError) -> PartQueue {
        let plan = try plan(path: path, byteCount: byteCount, next: open())
        let queue = PartQueue()
        let thread = Thread {
            var makers = plan.map { PartMaker($0.article) }
            let writing = PageWriter(plan.map { ($0.ordinal, $0.insideArticle, $0.title) }, path: path, chunkBytes: chunkBytes) {
                queue.put(makers[$0].part($1, last: $2))
            }
            HTMLStream.parse(handler: writing, next: open())
            writing.finish()
            queue.close()
        }
        thread.stackSize = 8 << 20
        thread.start()
        return queue
    }

    /// An element whose text becomes an article: where it is, whether it is inside an article,
    /// its title (as found, not yet cleaned) and the article without its text.
    struct Planned: Sendable {
        var ordinal: Int
        var insideArticle: Bool
        var title: String?
        var article: InputArticle
    }

    /// The first pass: which elements become articles, with their titles, dates and links.
    static func plan(path: String, byteCount: Int, next: @escaping () -> [UInt8]?) throws(InputError) -> [Planned] {
        let survey = PageSurvey()
        guard HTMLStream.parse(handler: survey, next: next) > 0 else {
            let why = LibXMLDocument.refusal(byteCount: byteCount).map { " (\($0))" } ?? ""
            throw .malformed(path, reason: "not an HTML page libxml2 can read\(why)")
        }
        let scope = survey.scope
        let page = survey.page.metadata
        var plan: [Planned] = []
        func planned(_ node: Candidate, _ title: String?, _ article: InputArticle) -> Planned {
            var article = article
            article.title = ArticleWriter(title: title, path: path, chunkBytes: 0).title
            return Planned(ordinal: node.ordinal, insideArticle: node.insideArticle, title: title, article: article)
        }
        if scope.articles.count > 1 {
            for (index, node) in scope.articles.enumerated() {
                let title = node.heading.text.map(InputArticle.oneLine)
                let sample = node.sample(without: title)
                guard sample.count > 0 else { continue }
                let link = node.heading.href ?? node.anchor
                let article = InputArticle(
                    path: path, text: "", date: node.times.date ?? HTMLDates.visibleDate(in: sample.first),
                    url: link.map { page.resolve($0) }, location: "article \(index + 1)")
                plan.append(planned(node, title, article))
            }
        }
        if plan.isEmpty {
            let main = scope.articles.first ?? scope.main ?? scope.container
            let heading = main.h1.map(InputArticle.oneLine)
            let title = heading.flatMap { $0.isEmpty ? nil : $0 } ?? page.title
            let sample = main.sample(without: title)
            let date = page.date ?? main.times.date ?? HTMLDates.visibleDate(in: sample.first)
            guard sample.count > 0 || title != nil else { throw .malformed(path, reason: "the HTML page has no text") }
            plan = [planned(main, title, InputArticle(path: path, text: "", date: date, url: page.canonicalURL, byteCount: byteCount))]
        }
        return plan
    }
}

/// Parts handed from the thread that writes them to the one that takes them; the writer waits
/// while `capacity` parts are waiting.
final class PartQueue: @unchecked Sendable {
    static let capacity = 4
    private let condition = NSCondition()
    private var parts: [InputArticle] = []
    private var closed = false
    private var abandoned = false

    /// Adds a part, waiting while the queue is full (dropped once the reader is gone).
    func put(_ part: InputArticle) {
        condition.lock()
        defer { condition.unlock() }
        while parts.count >= Self.capacity, !abandoned { condition.wait() }
        if !abandoned { parts.append(part) }
        condition.broadcast()
    }

    /// No more parts follow.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next part, waiting for it; nil once all are taken.
    func next() -> InputArticle? {
        condition.lock()
        defer { condition.unlock() }
        while parts.isEmpty, !closed { condition.wait() }
        guard !parts.isEmpty else { return nil }
        condition.broadcast()
        return parts.removeFirst()
    }

    /// The reader is gone: the writer drops what it writes and finishes.
    func abandon() {
        condition.lock()
        abandoned = true
        parts = []
        condition.broadcast()
        condition.unlock()
    }
}

/// Where the text of a page may be (its body, its `<main>`, its `<article>` elements) and what
/// the first pass found in each: the first paragraphs, headings, links and dates.
final class Candidate {
    /// The element's place among the page's elements (1 for the root), the same in both passes.
    let ordinal: Int
    let insideArticle: Bool
    var text: HTMLText<ParagraphSample>
    /// The text of the first `<h1>` below it.
    var h1: String?
    var h1Found = false
    /// The first heading (`<h1>` to `<h4>`) below it: its text and the `href` of its first link.
    var heading: (text: String?, href: String?) = (nil, nil)
    var headingFound = false
    /// The depth of the first heading while it is open.
    var headingDepth: Int?
    var headingLinkFound = false
    /// The `href` of its first link.
    var anchor: String?
    var anchorFound = false
    var times = TimeElements()

    init(ordinal: Int, insideArticle: Bool) {
        self.ordinal = ordinal
        self.insideArticle = insideArticle
        text = HTMLText(sink: ParagraphSample(), insideArticle: insideArticle)
    }

    /// The paragraphs as the reader sees them once the title's paragraph is left out: how many,
    /// and the first few.
    func sample(without title: String?) -> (count: Int, first: [String?]) {
        let sample = text.sink
        var first = sample.first
        var count = sample.count
        if let title, let index = first.firstIndex(where: { $0 == title }) {
            first.remove(at: index)
            count -= 1
        }
        return (count, first)
    }
}

/// The `<time>` elements below an element: the date of the first one marked as the
/// publication's (`pubdate`, `itemprop="datePublished"`), else of the first with a date; by
/// their places in the page, since a date from an element's text is known only at its end.
struct TimeElements {
    private var marked: (ordinal: Int, date: String?)?
    private var dated: (ordinal: Int, date: String)?

    mutating func add(_ date: String?, marked isMarked: Bool, ordinal: Int) {
        if isMarked, marked.map({ ordinal < $0.ordinal }) ?? true { marked = (ordinal, date) }
        if let date, dated.map({ ordinal < $0.ordinal }) ?? true { dated = (ordinal, date) }
    }

    var date: String? { marked?.date ?? dated?.date }
}

/// The first paragraphs of a text, and how many there are.
struct ParagraphSample: ParagraphSink {
    /// Paragraphs kept: enough for a date near the top once the title's is left out.
    static let kept = 7
    /// A longer paragraph is counted but not kept (nil).
    static let longest = 1 << 16
    private(set) var count = 0
    private(set) var first: [String?] = []
    private var current: String? = ""
    private var lineEnded = false

    mutating func text(_ piece: String) {
        guard count < Self.kept, var paragraph = current else { return }
        current = nil
        if lineEnded { paragraph += "\n" }
        lineEnded = false
        paragraph += piece
        current = paragraph.utf8.count > Self.longest ? nil : paragraph
    }

    mutating func endLine() { lineEnded = true }

    /// More than `kept` paragraphs is all a reader needs to know of the rest, and the rest of a
    /// paragraph too long to keep is not needed either.
    var wantsText: Bool { count <= Self.kept && current != nil }

    mutating func endParagraph() {
        if count < Self.kept { first.append(current) }
        count += 1
        current = ""
        lineEnded = false
    }
}

/// The text below an element (`textContent`), up to 1 MiB: a title, a heading, a date.
struct TextCapture {
    static let longest = 1 << 20
    var text = ""

    mutating func add(_ piece: String) {
        let room = Self.longest - text.utf8.count
        guard room > 0 else { return }
        text += piece.utf8.count <= room ? piece : String(decoding: piece.utf8.prefix(room), as: UTF8.self)
    }
}

/// What the page says about itself wherever it says it: meta tags, the canonical link, the
/// `<title>`, JSON-LD.
struct PageFacts {
    var ogTitle: String?
    var ogURL: String?
    var metaDate: String?
    var canonicalFound = false
    var canonical: String?
    var titleFound = false
    var title: String?
    var jsonLDDone = false
    var jsonLDDate: String?

    mutating func element(_ name: String, _ attributes: HTMLAttributes) {
        if name == "meta" {
            let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"])?.lowercased()
            guard let key, let content = attributes["content"] else { return }
            if key == "og:title" { ogTitle = ogTitle ?? InputArticle.oneLine(content) }
            if key == "og:url" { ogURL = ogURL ?? content }
            if PageMetadata.dateMetaNames.contains(key), metaDate == nil { metaDate = HTMLDates.normalize(content) }
        } else if name == "link", !canonicalFound,
            attributes["rel"]?.lowercased().split(separator: " ").contains("canonical") ?? false
        {
            canonicalFound = true
            canonical = attributes["href"]
        }
    }

    mutating func jsonLD(_ text: String) {
        guard !jsonLDDone, let json = try? JSONSerialization.jsonObject(with: Data(text.utf8)),
            let date = PageMetadata.find("datePublished", in: json)
        else { return }
        jsonLDDone = true
        jsonLDDate = HTMLDates.normalize(date)
    }

    var metadata: PageMetadata {
        PageMetadata(
            title: ogTitle.map(PageMetadata.withoutSiteName) ?? title.map { PageMetadata.withoutSiteName(InputArticle.oneLine($0)) }.flatMap { $0.isEmpty ? nil : $0 },
            date: metaDate ?? jsonLDDate, canonicalURL: canonical ?? ogURL)
    }
}

/// Where to look for the article: below the root element, or below the body once there is one.
final class PageScope {
    let container: Candidate
    let depth: Int
    var main: Candidate?
    var articles: [Candidate] = []
    /// The depth of the listed `<article>` open now (articles inside it are not listed).
    var articleDepth: Int?
    var closed = false

    init(container: Candidate, depth: Int) {
        self.container = container
        self.depth = depth
    }
}

/// The first pass over a page: its facts, and for each place its text may be, what is there.
final class PageSurvey: HTMLEventHandler {
    private var ordinal = 0
    /// The depth of each open element.
    private var depth = 0
    private(set) var page = PageFacts()
    private var rootScope: PageScope?
    private var bodyScope: PageScope?
    private var rootDone = false
    /// Candidates open now, with the depth of their element.
    private var open: [(candidate: Candidate, depth: Int)] = []

    private enum Purpose {
        case h1(Candidate), heading(Candidate), time(Candidate, marked: Bool, ordinal: Int), title, jsonLD
    }

    /// Texts being captured, with the depth of their element.
    private var captures: [(purpose: Purpose, depth: Int, text: TextCapture)] = []

    var scope: PageScope { bodyScope ?? rootScope! }

    func start(_ name: String, _ attributes: HTMLAttributes) {
        ordinal += 1
        let depth = self.depth
        self.depth += 1
        if rootDone { return }
        // The element is below every candidate open now.
        for (candidate, _) in open {
            candidate.text.start(name, attributes)
            if name == "h1", !candidate.h1Found {
                candidate.h1Found = true
                captures.append((.h1(candidate), depth, TextCapture()))
            }
            if name == "h1" || name == "h2" || name == "h3" || name == "h4", !candidate.headingFound {
                candidate.headingFound = true
                candidate.headingDepth = depth
                captures.append((.heading(candidate), depth, TextCapture()))
            }
            if name == "a" {
                if !candidate.anchorFound {
                    candidate.anchorFound = true
                    candidate.anchor = attributes["href"]
                }
                if candidate.headingDepth != nil, !candidate.headingLinkFound {
                    candidate.headingLinkFound = true
                    candidate.heading.href = attributes["href"]
                }
            }
            if name == "time" {
                let marked = attributes["pubdate"] != nil || attributes["itemprop"] == "datePublished"
                if let datetime = attributes["datetime"] {
                    candidate.times.add(HTMLDates.normalize(datetime), marked: marked, ordinal: ordinal)
                } else {
                    captures.append((.time(candidate, marked: marked, ordinal: ordinal), depth, TextCapture()))
                }
            }
        }
        guard depth > 0 else {
            if rootScope == nil { rootScope = PageScope(container: candidate(depth: depth, insideArticle: false), depth: depth) }
            return
        }
        page.element(name, attributes)
        if name == "title", !page.titleFound {
            page.titleFound = true
            captures.append((.title, depth, TextCapture()))
        }
        if name == "script", attributes["type"] == "application/ld+json" {
            captures.append((.jsonLD, depth, TextCapture()))
        }
        for scope in [rootScope, bodyScope].compactMap({ $0 }) where !scope.closed {
            if scope.main == nil, name == "main" || attributes["role"] == "main" {
                scope.main = candidate(depth: depth, insideArticle: name == "main" || name == "article")
            }
            if scope.articleDepth == nil, name == "article", !HTMLFurniture.isFurniture(attributes) {
                scope.articleDepth = depth
                scope.articles.append(candidate(depth: depth, insideArticle: true))
            }
        }
        if name == "body", bodyScope == nil {
            bodyScope = PageScope(container: candidate(depth: depth, insideArticle: false), depth: depth)
        }
    }

    /// A candidate for the element just opened at `depth`, walked until it ends.
    private func candidate(depth: Int, insideArticle: Bool) -> Candidate {
        let candidate = Candidate(ordinal: ordinal, insideArticle: insideArticle)
        open.append((candidate, depth))
        return candidate
    }

    func end() {
        guard depth > 0 else { return }
        depth -= 1
        if rootDone { return }
        while let last = captures.last, last.depth == depth {
            captures.removeLast()
            finish(last.purpose, last.text.text)
        }
        // Candidates that end here (several may share an element) are finished; the others
        // see the end of an element below them.
        open.removeAll { candidate, at in
            guard at == depth else { return false }
            candidate.text.finish()
            return true
        }
        for (candidate, _) in open {
            candidate.text.end()
            if candidate.headingDepth == depth { candidate.headingDepth = nil }
        }
        for scope in [rootScope, bodyScope].compactMap({ $0 }) {
            if scope.articleDepth == depth { scope.articleDepth = nil }
            if scope.depth == depth { scope.closed = true }
        }
        if depth == 0 { rootDone = true }
    }

    private func finish(_ purpose: Purpose, _ text: String) {
        switch purpose {
        case let .h1(candidate): candidate.h1 = text
        case let .heading(candidate): candidate.heading.text = text
        case let .time(candidate, marked, ordinal): candidate.times.add(HTMLDates.normalize(text), marked: marked, ordinal: ordinal)
        case .title: page.title = text
        case .jsonLD: page.jsonLD(text)
        }
    }

    func text(_ text: String) {
        if rootDone { return }
        for (candidate, _) in open { candidate.text.text(text) }
        for index in captures.indices { captures[index].text.add(text) }
    }
}

/// The second pass: writes the text of the chosen elements, and hands over each part of it as
/// soon as it is cut.
final class PageWriter: HTMLEventHandler {
    private var ordinal = 0
    private var depth = 0
    private let chosen: [Int: Int]
    private var texts: [HTMLText<ParagraphWriter>?]
    private var active: (index: Int, depth: Int)?

    /// `onPart` takes the index of the element in `plan`, a part of its text and whether it is
    /// the last.
    init(
        _ plan: [(ordinal: Int, insideArticle: Bool, title: String?)], path: String, chunkBytes: Int,
        onPart: @escaping (Int, String, Bool) -> Void
    ) {
        chosen = Dictionary(plan.enumerated().map { ($1.ordinal, $0) }, uniquingKeysWith: { first, _ in first })
        texts = plan.enumerated().map { index, item in
            let sink = ParagraphWriter(title: item.title, path: path, chunkBytes: chunkBytes) { onPart(index, $0, $1) }
            return HTMLText(sink: sink, insideArticle: item.insideArticle)
        }
    }

    func start(_ name: String, _ attributes: HTMLAttributes) {
        ordinal += 1
        defer { depth += 1 }
        if let (index, _) = active {
            texts[index]?.start(name, attributes)
        } else if let index = chosen[ordinal] {
            active = (index, depth)
        }
    }

    func end() {
        depth -= 1
        guard let (index, at) = active else { return }
        if depth == at {
            active = nil
            finish(index)
        } else {
            texts[index]?.end()
        }
    }

    func text(_ text: String) {
        if let (index, _) = active { texts[index]?.text(text) }
    }

    /// Ends the text of each chosen element that has not ended (in order).
    func finish() {
        for index in texts.indices { finish(index) }
    }

    private func finish(_ index: Int) {
        guard var text = texts[index] else { return }
        texts[index] = nil
        text.finish()
        _ = text.sink.finish()
    }
}

/// Paragraphs joined by blank lines and lines by line ends, the first paragraph that is the
/// title left out, written to an ``ArticleWriter``.
struct ParagraphWriter: ParagraphSink {
    private var writer: ArticleWriter
    /// The paragraph to leave out once (the title as the reader found it), until it is found.
    private var title: String?
    /// The current paragraph, held while it may still be the title.
    private var held: String?
    private var paragraphOpen = false
    private var paragraphWritten = false
    private var lineEnded = false
    private var paragraphs = 0

    init(title: String?, path: String, chunkBytes: Int, onPart: ((String, Bool) -> Void)? = nil) {
        writer = ArticleWriter(title: title, path: path, chunkBytes: chunkBytes, onPart: onPart)
        self.title = title
    }

    mutating func text(_ piece: String) {
        if !paragraphOpen {
            paragraphOpen = true
            if title != nil { held = "" }
        }
        var piece = piece
        if lineEnded {
            // A paragraph of two lines is not the title, which is one.
            lineEnded = false
            piece = "\n" + piece
            release()
        }
        if let title, var paragraph = held {
            held = nil
            paragraph += piece
            held = paragraph
            // Canonically equal strings may differ in length (é or e and U+0301), by 3 times at most.
            if paragraph.utf8.count > 4 * title.utf8.count { release() }
            return
        }
        write(piece)
    }

    mutating func endLine() { lineEnded = true }

    mutating func endParagraph() {
        if let paragraph = held, paragraph == title {
            title = nil
            held = nil
        } else {
            release()
        }
        paragraphOpen = false
        paragraphWritten = false
        lineEnded = false
    }

    /// The parts of the text.
    mutating func finish() -> [String] { writer.finish() }

    /// Writes the held paragraph: it is not the title.
    private mutating func release() {
        guard let paragraph = held else { return }
        held = nil
        write(paragraph)
    }

    private mutating func write(_ piece: String) {
        if !paragraphWritten {
            paragraphWritten = true
            if paragraphs > 0 { writer.write("\n\n") }
            paragraphs += 1
        }
        writer.write(piece)
    }
}

/// What the page's `<head>` (and JSON-LD) says about the article.
struct PageMetadata {
    var title: String?
    var date: String?
    var canonicalURL: String?

    /// Meta tags whose content is the publication date, by `property`, `name` or `itemprop`.
    static let dateMetaNames: Set<String> = [
        "article:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
        "dcterms.date", "dcterms.issued", "pubdate", "publishdate", "publication_date",
        "og:article:published_time", "sailthru.date", "parsely-pub-date",
    ]

    /// "Leipzig startet … | Stadtportal" → "Leipzig startet …".
    static func withoutSiteName(_ title: String) -> String {
        for separator in [" | ", " – ", " - ", " :: "] {
            if let range = title.range(of: separator, options: .backwards) {
                let head = String(title[..<range.lowerBound])
                if head.count >= 12 { return head }
            }
        }
        return title
    }

    /// The first value of `key` in a JSON value, depth first.
    static func find(_ key: String, in json: Any) -> String? {
        if let object = json as? [String: Any] {
            if let value = object[key] as? String { return value }
            for value in object.values { if let found = find(key, in: value) { return found } }
        } else if let array = json as? [Any] {
            for value in array { if let found = find(key, in: value) { return found } }
        }
        return nil
    }

    /// `href` made absolute against the canonical URL, when it is relative and one is known.
    func resolve(_ href: String) -> String {
        guard let canonicalURL, let base = URL(string: canonicalURL), let url = URL(string: href, relativeTo: base)
        else { return href }
        return url.absoluteString
    }
}
