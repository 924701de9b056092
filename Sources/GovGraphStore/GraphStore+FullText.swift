import Foundation
internal import GRDB
import GovGraphModel

extension GraphStore {
    /// Full-text search over the evidence sentences and document titles, best matches first.
    ///
    /// Every word of `text` must occur, as a word or the start of one ("Städtetag" finds
    /// "Städtetages"); case and diacritics are ignored. The query is not FTS5 syntax: it is
    /// split into words and each word is quoted, so quotes, hyphens, `*`, `AND` or `NEAR` in it
    /// are plain text. Hits are ranked by BM25, then the newest document first. Each hit lists
    /// the entities mentioned within its sentence.
    ///
    /// ```swift
    /// let hits = try store.search("mehr Tempo")
    /// hits.first?.entities.map(\.name)   // ["Helmut Dedy", "Deutscher Städtetag"]
    /// ```
    ///
    /// - Returns: at most `limit` hits; none for a text without letters or digits.
    public func search(_ text: String, limit: Int = 20) throws -> [SearchHit] {
        guard let pattern = SearchText.fullTextQuery(text), limit > 0 else { return [] }
        return try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT p.id, p.documentId, p.kind, p.start, p."end", p.text, d.title, d.date
                    FROM passage_fts
                    JOIN passage p ON p.id = passage_fts.rowid
                    JOIN document d ON d.id = p.documentId
                    WHERE passage_fts MATCH ?
                    ORDER BY bm25(passage_fts), d.date DESC, p.id
                    LIMIT ?
                    """,
                arguments: [pattern, limit])
            var hits: [(hit: SearchHit, entityIDs: [EntityID])] = []
            for row in rows {
                let kindName: String = row["kind"]
                guard let kind = SearchHit.Kind(rawValue: kindName) else {
                    throw GraphStoreError.invalidStoredValue(
                        path: path, table: "passage", column: "kind", value: kindName)
                }
                let hit = SearchHit(
                    documentID: row["documentId"], title: row["title"], date: row["date"],
                    kind: kind, start: row["start"], end: row["end"], text: row["text"],
                    entities: [])
                let ids =
                    kind == .title
                    ? []
                    : try String.fetchAll(
                        db,
                        sql: """
                            SELECT entityId FROM mention
                            WHERE documentId = ? AND start >= ? AND "end" <= ?
                            GROUP BY entityId ORDER BY MIN(start), entityId
                            """,
                        arguments: [hit.documentID, hit.start, hit.end]
                    ).map(EntityID.init(rawValue:))
                hits.append((hit, ids))
            }
            let summaries = try summaries(db, ids: hits.flatMap(\.entityIDs))
            return hits.map { item in
                var hit = item.hit
                hit.entities = item.entityIDs.compactMap { summaries[$0] }
                return hit
            }
        }
    }
}

extension SearchText {
    /// A user's text as an FTS5 query: its words (runs of letters and digits), each quoted and
    /// matched as a prefix, all required; nil when the text has no word.
    ///
    /// ```swift
    /// SearchText.fullTextQuery(#"OZG-"Umsetzung""#)   // "\"OZG\"* \"Umsetzung\"*"
    /// ```
    static func fullTextQuery(_ text: String) -> String? {
        let words = text.precomposedStringWithCanonicalMapping
            .split { !($0.isLetter || $0.isNumber) }
        guard !words.isEmpty else { return nil }
        return words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }
            .joined(separator: " ")
    }
}
