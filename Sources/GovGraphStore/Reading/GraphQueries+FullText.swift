import Foundation
import GovGraphModel

extension GraphQueries {
    /// Full-text search over the evidence sentences and document titles, best matches first.
    ///
    /// Every word of `text` must occur, as a word or the start of one ("Städtetag" finds
    /// "Städtetages"); case and diacritics are ignored. The query is not the index's query
    /// syntax: it is split into words and each word is quoted, so quotes, hyphens, `*`, `AND`,
    /// `NEAR` or `&` in it are plain text. SQLite ranks hits by BM25 (FTS5), PostgreSQL by
    /// `ts_rank` over its German `tsvector` (which also finds other inflected forms of a word);
    /// then the newest document comes first. Each hit lists the entities mentioned within its
    /// sentence.
    ///
    /// ```swift
    /// let hits = try store.search("mehr Tempo")
    /// hits.first?.entities.map(\.name)   // ["Helmut Dedy", "Deutscher Städtetag"]
    /// ```
    ///
    /// - Returns: at most `limit` hits; none for a text without letters or digits.
    public func search(_ text: String, limit: Int = 20) throws -> [SearchHit] {
        guard limit > 0 else { return [] }
        let columns = #"p.id, p.documentId, p.kind, p.start, p."end", p.text, d.title, d.date"#
        let rows: [SQLRow]
        switch dialect {
        case .sqlite:
            guard let pattern = SearchText.fullTextQuery(text) else { return [] }
            rows = try reader.rows(
                """
                SELECT \(columns)
                FROM passage_fts
                JOIN passage p ON p.id = passage_fts.rowid
                JOIN document d ON d.id = p.documentId
                WHERE passage_fts MATCH ?
                ORDER BY bm25(passage_fts), d.date DESC, p.id
                LIMIT ?
                """, .text(pattern), .integer(limit))
        case .postgres:
            guard let query = SearchText.textSearchQuery(text) else { return [] }
            rows = try reader.rows(
                """
                SELECT \(columns)
                FROM passage p
                JOIN document d ON d.id = p.documentId
                WHERE p.search @@ to_tsquery('german', ?1)
                ORDER BY ts_rank(p.search, to_tsquery('german', ?1)) DESC, d.date DESC NULLS LAST, p.id
                LIMIT ?2
                """, .text(query), .integer(limit))
        }
        var hits: [(hit: SearchHit, entityIDs: [EntityID])] = []
        for row in rows {
            let kindName = row.text(2)
            guard let kind = SearchHit.Kind(rawValue: kindName) else {
                throw GraphStoreError.invalidStoredValue(path: location, table: "passage", column: "kind", value: kindName)
            }
            let hit = SearchHit(
                documentID: row.text(1), title: row.optionalText(6), date: row.optionalText(7),
                kind: kind, start: row.integer(3), end: row.integer(4), text: row.text(5), entities: [])
            let ids =
                kind == .title
                ? []
                : try reader.rows(
                    """
                    SELECT entityId FROM mention
                    WHERE documentId = ? AND start >= ? AND "end" <= ?
                    GROUP BY entityId ORDER BY MIN(start), \(dialect.binary("entityId"))
                    """, .text(hit.documentID), .integer(hit.start), .integer(hit.end)
                ).map { EntityID(rawValue: $0.text(0)) }
            hits.append((hit, ids))
        }
        let summaries = try summaries(ids: hits.flatMap(\.entityIDs))
        return hits.map { item in
            var hit = item.hit
            hit.entities = item.entityIDs.compactMap { summaries[$0] }
            return hit
        }
    }
}

extension SearchText {
    /// The words of a user's search text: runs of letters and digits, in NFC. They hold no
    /// quote, operator or other character either index's query syntax reads.
    static func searchWords(_ text: String) -> [Substring] {
        text.precomposedStringWithCanonicalMapping.split { !($0.isLetter || $0.isNumber) }
    }

    /// A user's text as an FTS5 query: its words, each quoted and matched as a prefix, all
    /// required; nil when the text has no word.
    ///
    /// ```swift
    /// SearchText.fullTextQuery(#"OZG-"Umsetzung""#)   // "\"OZG\"* \"Umsetzung\"*"
    /// ```
    static func fullTextQuery(_ text: String) -> String? {
        let words = searchWords(text)
        guard !words.isEmpty else { return nil }
        return words.map { "\"" + $0 + "\"*" }.joined(separator: " ")
    }

    /// A user's text as a PostgreSQL `tsquery`: its words, each quoted and matched as a prefix,
    /// all required; nil when the text has no word.
    ///
    /// ```swift
    /// SearchText.textSearchQuery("OZG-Umsetzung")   // "'OZG':* & 'Umsetzung':*"
    /// ```
    static func textSearchQuery(_ text: String) -> String? {
        let words = searchWords(text)
        guard !words.isEmpty else { return nil }
        return words.map { "'" + $0 + "':*" }.joined(separator: " & ")
    }
}
