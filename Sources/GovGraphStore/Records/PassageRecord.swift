import Foundation
internal import GRDB
import GovGraphModel

/// A row of the `passage` table: a text of one document that full-text search reads, its title
/// or one evidence sentence. `passage_fts` indexes the `text` column.
struct PassageRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "passage"

    var id: Int64?
    var documentId: String
    /// `title` or `sentence`.
    var kind: String
    /// The sentence's span in the input; a title has an empty span at the document's start.
    var start: Int
    var end: Int
    var text: String

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The title of the document and each distinct evidence sentence with a span, in text order.
    ///
    /// A title that is itself an evidence sentence (relations read in the headline) is indexed
    /// once, as the sentence, so that its hit lists its entities. Evidence without a span
    /// (`start == end`, such as a `located_in` relation read from the official keys) is not a
    /// sentence of the text and is not indexed.
    static func passages(of document: ExtractedDocument) -> [PassageRecord] {
        var result: [PassageRecord] = []
        let spans = document.relations.map(\.evidence).filter { $0.start < $0.end }
        if let title = document.title, !title.allSatisfy(\.isWhitespace) {
            // Each distinct sentence is trimmed once (a document's relations share sentences).
            let trimmedTitle = trimmed(title)
            let isSentence = Set(spans.map(\.text)).contains { trimmed($0) == trimmedTitle }
            if !isSentence {
                result.append(
                    PassageRecord(
                        documentId: document.id, kind: "title", start: document.start,
                        end: document.start, text: title))
            }
        }
        var seen: Set<[Int]> = []
        let sentences = spans.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        for evidence in sentences where seen.insert([evidence.start, evidence.end]).inserted {
            result.append(
                PassageRecord(
                    documentId: document.id, kind: "sentence", start: evidence.start,
                    end: evidence.end, text: evidence.text))
        }
        return result
    }

    /// `text` without leading and trailing white space and newlines (as Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, on Unicode scalars without bridging).
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let blank = CharacterSet.whitespacesAndNewlines
        guard let first = scalars.firstIndex(where: { !blank.contains($0) }),
            let last = scalars.lastIndex(where: { !blank.contains($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
