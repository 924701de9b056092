import GovGraphModel
import GovGraphStore

/// The stored sentences of a document as HTML, each mention marked and linked to its entity.
enum DocumentMarkup {
    /// `passage` escaped, with each mention inside it as `<a class="mention" href="/entity/…">`.
    ///
    /// Offsets are code points into the input, as the store keeps them; a mention that overlaps
    /// one already marked, or that lies outside the passage's text, is left unmarked.
    static func html(_ passage: StoredDocument.Passage, mentions: [StoredDocument.DocumentMention]) -> String {
        let scalars = Array(passage.text.unicodeScalars)
        var html = ""
        var position = 0
        let inside = mentions.filter { $0.start >= passage.start && $0.end <= passage.end && $0.start < $0.end }
            .sorted { ($0.start, $1.end) < ($1.start, $0.end) }
        for mention in inside {
            let start = mention.start - passage.start
            let end = mention.end - passage.start
            guard start >= position, end <= scalars.count else { continue }
            html += HTML.escape(String(String.UnicodeScalarView(scalars[position..<start])))
            let href = "/entity/" + HTML.segment(mention.entity.id.rawValue)
            let title = "\(mention.entity.name) (\(mention.entity.type.rawValue))"
            html += "<a class=\"mention \(mention.entity.type.rawValue)\" href=\"\(HTML.escape(href))\" title=\"\(HTML.escape(title))\">"
            html += HTML.escape(String(String.UnicodeScalarView(scalars[start..<end]))) + "</a>"
            position = end
        }
        html += HTML.escape(String(String.UnicodeScalarView(scalars[position...])))
        return html
    }
}
