import GovGraphModel
@testable import GovGraphStore

extension GraphStore {
    /// Every stored row that saving writes (without insertion times), table by table, for
    /// comparing two stores or one store before and after.
    func contents() throws -> [String: [[String?]]] {
        let queries = [
            "document": #"SELECT id, source, title, date, start, "end", text FROM document ORDER BY id"#,
            "entity": "SELECT id, name, type, keys, mentionCount, documentCount FROM entity ORDER BY id",
            "mention": #"SELECT id, documentId, entityId, start, "end", text FROM mention ORDER BY id"#,
            "relation": """
                SELECT id, documentId, subjectId, predicate, objectId, role, roleKey, status, date,
                    evidenceStart, evidenceEnd, evidenceText
                FROM relation ORDER BY id
                """,
            "passage": #"SELECT id, documentId, kind, start, "end", text FROM passage ORDER BY id"#,
            "passage_fts": "SELECT rowid, text FROM passage_fts ORDER BY rowid",
        ]
        return try queries.mapValues { try fetchUnchecked(sql: $0) }
    }
}

extension GraphStore {
    /// Each stored document's text (nil when it has none), by id.
    func storedTexts() throws -> [String: String?] {
        var texts: [String: String?] = [:]
        for row in try fetchUnchecked(sql: "SELECT id, text FROM document") { texts[row[0]!] = row[1] }
        return texts
    }
}

extension Array where Element == ExtractedDocument {
    /// Each document's text, by id (a repeated document once).
    var texts: [String: String?] {
        Dictionary(map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
    }
}
