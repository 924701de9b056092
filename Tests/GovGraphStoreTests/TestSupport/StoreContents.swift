@testable import GovGraphStore

extension GraphStore {
    /// Every stored row that saving writes (without insertion times), table by table, for
    /// comparing two stores or one store before and after.
    func contents() throws -> [String: [[String?]]] {
        let queries = [
            "document": #"SELECT id, source, title, date, start, "end" FROM document ORDER BY id"#,
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
