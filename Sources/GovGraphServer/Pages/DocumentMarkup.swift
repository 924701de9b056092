import GovGraphModel
import GovGraphStore

/// A document's text as HTML, each mention marked and linked to its entity.
enum DocumentMarkup {
    /// `passage` escaped, with each mention inside it as `<a class="mention" href="/entity/…">`.
    ///
    /// Offsets are code points into the input, as the store keeps them; a mention that overlaps
    /// one already marked, or that lies outside the passage's text, is left unmarked.
    static func html(_ passage: StoredDocument.Passage, mentions: [StoredDocument.DocumentMention]) -> String {
        var markup = Markup(paragraphs: false)
        markup.add(passage.text, from: passage.start, mentions: mentions)
        return markup.finish()
    }

    /// The whole text of a document (`text`, which starts at offset `start` of the input) as
    /// paragraphs: `<p>` for each run of lines between blank lines, `<br>` for a line end inside
    /// one, each mention marked as ``html(_:mentions:)`` marks it. A mention that runs over a
    /// blank line is left unmarked.
    ///
    /// - Complexity: O(n + m log m) for a text of n code points and m mentions: the HTML is
    ///   written once into one buffer, so a text of a megabyte takes milliseconds.
    static func paragraphs(_ text: String, start: Int, mentions: [StoredDocument.DocumentMention]) -> String {
        var markup = Markup(paragraphs: true)
        markup.add(text, from: start, mentions: mentions)
        return markup.finish()
    }
}

/// Writes escaped text and marked mentions into one UTF-8 buffer.
private struct Markup {
    /// Whether line ends become `<br>` and blank lines new paragraphs (else they stay as they are).
    let paragraphs: Bool
    private var bytes: [UInt8] = []

    init(paragraphs: Bool) {
        self.paragraphs = paragraphs
    }

    /// Adds `text`, which starts at input offset `start`, with the mentions that lie inside it.
    mutating func add(_ text: String, from start: Int, mentions: [StoredDocument.DocumentMention]) {
        let scalars = Array(text.unicodeScalars)
        bytes.reserveCapacity(bytes.count + text.utf8.count + text.utf8.count / 8 + 64)
        // Paragraphs leave out the line ends at both ends of the text (it ends with one).
        var first = 0
        var last = scalars.count
        if paragraphs {
            while first < last, scalars[first] == "\n" { first += 1 }
            while last > first, scalars[last - 1] == "\n" { last -= 1 }
            append("<p>")
        }
        let inside = mentions.filter { $0.start >= start + first && $0.end <= start + last && $0.start < $0.end }
            .sorted { ($0.start, $1.end) < ($1.start, $0.end) }
        var position = first
        for mention in inside {
            let from = mention.start - start
            let to = mention.end - start
            guard from >= position, !(paragraphs && Self.hasBlankLine(scalars[from..<to])) else { continue }
            appendText(scalars[position..<from])
            let href = "/entity/" + HTML.segment(mention.entity.id.rawValue)
            let title = "\(mention.entity.name) (\(mention.entity.type.rawValue))"
            append("<a class=\"mention ")
            appendEscaped(mention.entity.type.rawValue.unicodeScalars)
            append("\" href=\"")
            appendEscaped(href.unicodeScalars)
            append("\" title=\"")
            appendEscaped(title.unicodeScalars)
            append("\">")
            appendText(scalars[from..<to])
            append("</a>")
            position = to
        }
        appendText(scalars[position..<last])
        if paragraphs { append("</p>") }
    }

    func finish() -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    private static func hasBlankLine(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var previous: Unicode.Scalar = " "
        for scalar in scalars {
            if scalar == "\n", previous == "\n" { return true }
            previous = scalar
        }
        return false
    }

    private mutating func append(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Escaped text; with ``paragraphs``, a line end is `<br>` and a run of line ends with a
    /// blank line in it ends the paragraph.
    private mutating func appendText(_ scalars: ArraySlice<Unicode.Scalar>) {
        guard paragraphs else { return appendEscaped(scalars) }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard scalars[index] == "\n" else {
                let next = scalars[index...].firstIndex(of: "\n") ?? scalars.endIndex
                appendEscaped(scalars[index..<next])
                index = next
                continue
            }
            var run = index
            while run < scalars.endIndex, scalars[run] == "\n" { run += 1 }
            append(run - index >= 2 ? "</p>\n<p>" : "<br>\n")
            index = run
        }
    }

    private mutating func appendEscaped<S: Sequence<Unicode.Scalar>>(_ scalars: S) {
        for scalar in scalars {
            switch scalar {
            case "&": append("&amp;")
            case "<": append("&lt;")
            case ">": append("&gt;")
            case "\"": append("&quot;")
            case "'": append("&#39;")
            default:
                if scalar.isASCII {
                    bytes.append(UInt8(truncatingIfNeeded: scalar.value))
                } else {
                    bytes.append(contentsOf: scalar.utf8)
                }
            }
        }
    }
}
