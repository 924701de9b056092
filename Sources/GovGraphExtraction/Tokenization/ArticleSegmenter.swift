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
        let boundaries = Set(document.articles.flatMap { [$0.start, $0.end] }).sorted()
        document.sentences = Self.split(document.sentences, tokens: document.tokens, at: boundaries)
    }

    /// The sentences cut where an article starts or ends, so that no sentence (and no relation
    /// read from one) reaches over two articles: a teaser line without a full stop runs into the
    /// next line, which may open the next article. `boundaries` are sorted code point offsets.
    static func split(_ sentences: [Sentence], tokens: [Token], at boundaries: [Int]) -> [Sentence] {
        guard !boundaries.isEmpty else { return sentences }
        var result: [Sentence] = []
        result.reserveCapacity(sentences.count)
        var next = 0
        for sentence in sentences {
            while next < boundaries.count, boundaries[next] <= sentence.start { next += 1 }
            guard next < boundaries.count, boundaries[next] < sentence.end, !sentence.tokens.isEmpty else {
                result.append(sentence)
                continue
            }
            var lower = sentence.tokens.lowerBound
            var start = sentence.start
            var cut = lower
            while next < boundaries.count, boundaries[next] < sentence.end {
                while cut < sentence.tokens.upperBound, tokens[cut].start < boundaries[next] { cut += 1 }
                if cut > lower, cut < sentence.tokens.upperBound {
                    result.append(Sentence(tokens: lower..<cut, start: start, end: tokens[cut - 1].end))
                    lower = cut
                    start = tokens[cut].start
                }
                next += 1
            }
            result.append(Sentence(tokens: lower..<sentence.tokens.upperBound, start: start, end: sentence.end))
        }
        return result
    }

    /// A line of the text: a code point range, without its line break. Its text is made only
    /// for the few lines that need it (dates, teasers, titles).
    struct Line {
        var start: Int
        var end: Int
        /// Only whitespace (or nothing).
        var isBlank: Bool
        /// The first code point after leading spaces and tabs is "[": only such a line can open
        /// with a date.
        var opensWithBracket: Bool

        func text(in scalars: [Unicode.Scalar]) -> String {
            String(scalars: scalars[start..<end])
        }
    }

    static func lines(of scalars: [Unicode.Scalar]) -> [Line] {
        var result: [Line] = []
        var start = 0
        for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
            var end = i
            if end > start, scalars[end - 1] == "\r" { end -= 1 }
            var line = Line(start: start, end: end, isBlank: true, opensWithBracket: false)
            line.isBlank = isBlank(scalars[start..<end]) ?? line.text(in: scalars).allSatisfy(\.isWhitespace)
            var first = start
            while first < end, scalars[first] == " " || scalars[first] == "\t" { first += 1 }
            line.opensWithBracket = first < end && scalars[first] == "["
            result.append(line)
            start = i + 1
        }
        return result
    }

    /// Whether a line is only whitespace, decided on code points; nil when its first other code
    /// point follows whitespace and is from U+0300 up, so that it may join the whitespace into
    /// one character.
    private static func isBlank(_ line: ArraySlice<Unicode.Scalar>) -> Bool? {
        for (index, scalar) in zip(line.indices, line) {
            let v = scalar.value
            if v == 0x20 || (v >= 0x09 && v <= 0x0D) || (v >= 0x80 && scalar.properties.isWhitespace) { continue }
            return index == line.startIndex || v < 0x300 ? false : nil
        }
        return true
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

    /// The text of a line up to its first "]", all that ``bracketDate(_:)`` reads (the whole line
    /// when that "]" may be joined to a character before or after it).
    static func bracketPrefix(of line: Line, in scalars: [Unicode.Scalar]) -> String {
        guard let close = scalars[line.start..<line.end].firstIndex(of: "]"),
            close + 1 == line.end || scalars[close + 1].value < 0x300,
            close == line.start || scalars[close - 1].value < 0x300
        else { return line.text(in: scalars) }
        return String(scalars: scalars[line.start...close])
    }

    static func isTeaser(_ line: String) -> Bool {
        let trimmed = line.trimmingTrailingSpace
        return trimmed.hasSuffix("mehr...") || trimmed.hasSuffix("mehr…") || trimmed.hasSuffix("weiterlesen")
    }

    func articles(in scalars: [Unicode.Scalar]) -> [Article] {
        let lines = Self.lines(of: scalars)
        var items: [(dateLine: Int, titleLine: Int?, date: String, isTeaser: Bool)] = []
        for (index, line) in lines.enumerated() where line.opensWithBracket {
            guard let date = Self.bracketDate(Self.bracketPrefix(of: line, in: scalars)) else { continue }
            let title = lines[..<index].lastIndex { !$0.isBlank }
            // A title line belongs to one item only: not to this one when it is the last item's
            // date line or comes before it (items are in line order).
            let usable = title.flatMap { t in (items.last?.dateLine ?? -1) >= t ? nil : t }
            items.append((index, usable, date, Self.isTeaser(line.text(in: scalars))))
        }
        guard !items.isEmpty else { return [undatedArticle(lines, scalars: scalars)] }

        var result: [Article] = []
        for (k, item) in items.enumerated() {
            var startLine = item.titleLine ?? item.dateLine
            if k > 0, items[k - 1].isTeaser {
                // Captions between the previous teaser and this title open this article.
                let firstAfter = lines[(items[k - 1].dateLine + 1)...].firstIndex { !$0.isBlank }
                startLine = min(startLine, firstAfter ?? startLine)
            }
            var article = Article(start: lines[startLine].start, end: scalars.count, date: item.date)
            if let t = item.titleLine { setTitle(&article, line: lines[t], in: scalars) }
            result.append(article)
        }
        for k in result.indices.dropLast() {
            let nextStart = result[k + 1].start
            let ownEnd =
                items[k].isTeaser ? lines[items[k].dateLine].end : nextStart
            result[k].end = min(ownEnd, nextStart)
        }
        if let last = items.last, last.isTeaser {
            result[result.count - 1].end = lines[last.dateLine].end
        }
        return result
    }

    private func undatedArticle(_ lines: [Line], scalars: [Unicode.Scalar]) -> Article {
        var article = Article(start: 0, end: scalars.count)
        let nonBlank = lines.filter { !$0.isBlank }
        if nonBlank.count > 1, let first = nonBlank.first {
            let text = first.text(in: scalars)
            if text.count <= 160, !text.trimmingTrailingSpace.hasSuffix(".") {
                setTitle(&article, line: first, in: scalars)
            }
        }
        return article
    }

    private func setTitle(_ article: inout Article, line: Line, in scalars: [Unicode.Scalar]) {
        var start = line.start
        var text = line.text(in: scalars)
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
