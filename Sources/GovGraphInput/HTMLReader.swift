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
    /// The articles of a page given as decoded text.
    public static func read(_ html: String, path: String) throws(InputError) -> [InputArticle] {
        guard let document = LibXMLDocument.html(html), let root = document.root else {
            let why = LibXMLDocument.refusal(byteCount: html.utf8.count).map { " (\($0))" } ?? ""
            throw .malformed(path, reason: "not an HTML page libxml2 can read\(why)")
        }
        let page = PageMetadata(root: root)
        let body = root.first { $0.name == "body" } ?? root
        let articles = body.all(nested: false) { $0.name == "article" && !HTMLText.isFurniture($0) }
        if articles.count > 1 {
            let items = articles.enumerated().compactMap { index, node in
                listItem(node, page: page, path: path, index: index + 1)
            }
            if !items.isEmpty { return items }
        }
        let main =
            articles.first ?? body.first { $0.name == "main" || $0.attribute("role") == "main" } ?? body
        var text = HTMLText()
        text.collect(main, insideArticle: main.name == "article" || main.name == "main")
        let heading = main.first { $0.name == "h1" }.map { InputArticle.oneLine($0.textContent) }
        let title = heading.flatMap { $0.isEmpty ? nil : $0 } ?? page.title
        var paragraphs = text.finished
        if let title, let index = paragraphs.firstIndex(of: title) { paragraphs.remove(at: index) }
        let date = page.date ?? HTMLDates.timeElement(in: main) ?? HTMLDates.visibleDate(in: paragraphs)
        guard !paragraphs.isEmpty || title != nil else {
            throw .malformed(path, reason: "the HTML page has no text")
        }
        return [
            .titled(
                path: path, title: title, body: paragraphs.joined(separator: "\n\n"), date: date,
                url: page.canonicalURL, byteCount: html.utf8.count)
        ]
    }

    /// One `<article>` of a list page, or nil when it holds no text.
    private static func listItem(_ node: XMLNode, page: PageMetadata, path: String, index: Int)
        -> InputArticle?
    {
        var text = HTMLText()
        text.collect(node, insideArticle: true)
        let heading = node.first { ["h1", "h2", "h3", "h4"].contains($0.name) }
        let title = heading.map { InputArticle.oneLine($0.textContent) }
        var paragraphs = text.finished
        if let title, let at = paragraphs.firstIndex(of: title) { paragraphs.remove(at: at) }
        guard !paragraphs.isEmpty else { return nil }
        let link = (heading?.first { $0.name == "a" } ?? node.first { $0.name == "a" })?.attribute("href")
        return .titled(
            path: path, title: title, body: paragraphs.joined(separator: "\n\n"),
            date: HTMLDates.timeElement(in: node) ?? HTMLDates.visibleDate(in: paragraphs),
            url: link.map { page.resolve($0) }, location: "article \(index)")
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

    init(root: XMLNode) {
        var ogTitle: String?
        var ogURL: String?
        var metaDate: String?
        for meta in root.all(where: { $0.name == "meta" }) {
            let key = (meta.attribute("property") ?? meta.attribute("name") ?? meta.attribute("itemprop"))?
                .lowercased()
            guard let key, let content = meta.attribute("content") else { continue }
            if key == "og:title" { ogTitle = ogTitle ?? InputArticle.oneLine(content) }
            if key == "og:url" { ogURL = ogURL ?? content }
            if Self.dateMetaNames.contains(key), metaDate == nil { metaDate = HTMLDates.normalize(content) }
        }
        let canonical = root.first {
            $0.name == "link" && ($0.attribute("rel")?.lowercased().split(separator: " ").contains("canonical") ?? false)
        }
        canonicalURL = canonical?.attribute("href") ?? ogURL
        date = metaDate ?? Self.jsonLDDate(root)
        let pageTitle = root.first { $0.name == "title" }.map { Self.withoutSiteName(InputArticle.oneLine($0.textContent)) }
        title = ogTitle.map(Self.withoutSiteName) ?? pageTitle.flatMap { $0.isEmpty ? nil : $0 }
    }

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

    /// `datePublished` of a JSON-LD block.
    static func jsonLDDate(_ root: XMLNode) -> String? {
        for script in root.all(where: { $0.name == "script" && $0.attribute("type") == "application/ld+json" }) {
            guard let json = try? JSONSerialization.jsonObject(with: Data(script.textContent.utf8)) else { continue }
            if let date = find("datePublished", in: json) { return HTMLDates.normalize(date) }
        }
        return nil
    }

    private static func find(_ key: String, in json: Any) -> String? {
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
