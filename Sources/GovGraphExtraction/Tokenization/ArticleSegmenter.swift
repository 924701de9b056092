/// Splits a page into its dated items, each with its date and title.
///
/// News pages list items as a title line followed by a paragraph that opens with the date in
/// brackets ("[31.10.2019] Im Interview …"). Each such paragraph starts an article; its title is
/// the nearest non-empty line above it, without a kicker glued to its front ("InterviewBrücken
/// bauen" → "Brücken bauen"). A teaser (a dated paragraph ending in "mehr...") ends with its
/// paragraph, so the lines after it (image captions) open the next article; a full article runs
/// until the next item. Text before the first item (page furniture) belongs to no article.
///
/// A text without dated items is one article whose title is its first line when that line is
/// short and followed by more text.
public struct ArticleSegmenter: PipelineStage {
    public init() {}

    /// Words that news sites print in front of a title without a space.
    static let kickers = [
        "Interview", "Kommentar", "Porträt", "Schwerpunkt", "Serie", "Bericht", "Analyse",
        "Meldung", "Reportage", "Hintergrund", "Gastbeitrag", "Praxis", "Nachgefragt",
    ]

    public func process(_ document: inout Document) {
        document.articles = articles(in: document.scalars)
    }

    struct Line {
        var start: Int
        var end: Int
        var text: String
        var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
    }

    static func lines(of scalars: [Unicode.Scalar]) -> [Line] {
        var result: [Line] = []
        var start = 0
        for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
            var end = i
            if end > start, scalars[end - 1] == "\r" { end -= 1 }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            result.append(Line(start: start, end: end, text: String(view)))
            start = i + 1
        }
        return result
    }

    /// The ISO date of a line that opens with "[DD.MM.YYYY]".
    static func bracketDate(_ line: String) -> String? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.first == "[", let close = trimmed.firstIndex(of: "]") else { return nil }
        let parts = trimmed[trimmed.index(after: trimmed.startIndex)..<close].split(separator: ".")
        guard parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]),
            let year = Int(parts[2]), parts[2].count == 4, (1...31).contains(day), (1...12).contains(month)
        else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    static func isTeaser(_ line: String) -> Bool {
        let trimmed = line.trimmingTrailingSpace
        return trimmed.hasSuffix("mehr...") || trimmed.hasSuffix("mehr…") || trimmed.hasSuffix("weiterlesen")
    }

    func articles(in scalars: [Unicode.Scalar]) -> [Article] {
        let lines = Self.lines(of: scalars)
        var items: [(dateLine: Int, titleLine: Int?, date: String)] = []
        for (index, line) in lines.enumerated() {
            guard let date = Self.bracketDate(line.text) else { continue }
            let title = lines[..<index].lastIndex { !$0.isBlank }
            // A title line belongs to one item only.
            let usable = title.flatMap { t in items.contains { $0.dateLine >= t } ? nil : t }
            items.append((index, usable, date))
        }
        guard !items.isEmpty else { return [undatedArticle(lines, count: scalars.count)] }

        var result: [Article] = []
        for (k, item) in items.enumerated() {
            var startLine = item.titleLine ?? item.dateLine
            if k > 0, Self.isTeaser(lines[items[k - 1].dateLine].text) {
                // Captions between the previous teaser and this title open this article.
                let firstAfter = lines[(items[k - 1].dateLine + 1)...].firstIndex { !$0.isBlank }
                startLine = min(startLine, firstAfter ?? startLine)
            }
            var article = Article(start: lines[startLine].start, end: scalars.count, date: item.date)
            if let t = item.titleLine { setTitle(&article, line: lines[t]) }
            result.append(article)
        }
        for k in result.indices.dropLast() {
            let nextStart = result[k + 1].start
            let ownEnd =
                Self.isTeaser(lines[items[k].dateLine].text) ? lines[items[k].dateLine].end : nextStart
            result[k].end = min(ownEnd, nextStart)
        }
        if let last = items.last, Self.isTeaser(lines[last.dateLine].text) {
            result[result.count - 1].end = lines[last.dateLine].end
        }
        return result
    }

    private func undatedArticle(_ lines: [Line], count: Int) -> Article {
        var article = Article(start: 0, end: count)
        let nonBlank = lines.filter { !$0.isBlank }
        if nonBlank.count > 1, let first = nonBlank.first, first.text.count <= 160,
            !first.text.trimmingTrailingSpace.hasSuffix(".")
        {
            setTitle(&article, line: first)
        }
        return article
    }

    private func setTitle(_ article: inout Article, line: Line) {
        var start = line.start
        var text = line.text
        let leading = text.prefix { $0 == " " || $0 == "\t" }
        start += leading.unicodeScalars.count
        text.removeFirst(leading.count)
        for kicker in Self.kickers where text.hasPrefix(kicker) {
            let rest = text.dropFirst(kicker.count)
            if let first = rest.first, first.isUppercase {
                start += kicker.unicodeScalars.count
                text = String(rest)
                break
            }
        }
        let trimmed = text.trimmingTrailingSpace
        article.title = trimmed
        article.titleStart = start
        article.titleEnd = start + trimmed.unicodeScalars.count
    }
}

extension String {
    var trimmingTrailingSpace: String {
        var s = self
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return s
    }
}
