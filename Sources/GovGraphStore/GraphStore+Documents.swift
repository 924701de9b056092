internal import GRDB
import GovGraphModel

extension GraphStore {
    /// The document with this id, with its text (when it was stored with one), its stored
    /// passages and its mentions, or nil when the store does not know it.
    ///
    /// ```swift
    /// if let document = try store.document(id: "86c3ca335dab…") {
    ///     print(document.title ?? "(untitled)", document.mentions.count)
    /// }
    /// ```
    public func document(id: String) throws -> StoredDocument? {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: #"SELECT id, source, title, date, start, "end", text FROM document WHERE id = ?"#,
                    arguments: [id])
            else { return nil }
            let passages = try Row.fetchAll(
                db,
                sql: #"SELECT kind, start, "end", text FROM passage WHERE documentId = ? ORDER BY start, "end", kind DESC"#,
                arguments: [id]
            ).map { row -> StoredDocument.Passage in
                let kindName: String = row["kind"]
                guard let kind = SearchHit.Kind(rawValue: kindName) else {
                    throw GraphStoreError.invalidStoredValue(
                        path: path, table: "passage", column: "kind", value: kindName)
                }
                return StoredDocument.Passage(kind: kind, start: row["start"], end: row["end"], text: row["text"])
            }
            let mentionRows = try Row.fetchAll(
                db,
                sql: #"SELECT entityId, start, "end", text FROM mention WHERE documentId = ? ORDER BY start, "end""#,
                arguments: [id])
            let entities = try summaries(db, ids: mentionRows.map { EntityID(rawValue: $0["entityId"]) })
            let mentions = mentionRows.compactMap { row -> StoredDocument.DocumentMention? in
                guard let entity = entities[EntityID(rawValue: row["entityId"])] else { return nil }
                return StoredDocument.DocumentMention(entity: entity, start: row["start"], end: row["end"], text: row["text"])
            }
            return StoredDocument(
                id: row["id"], source: row["source"], title: row["title"], date: row["date"],
                start: row["start"], end: row["end"], text: row["text"], passages: passages, mentions: mentions)
        }
    }
}
