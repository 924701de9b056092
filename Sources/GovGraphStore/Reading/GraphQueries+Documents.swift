import GovGraphModel

extension GraphQueries {
    /// The document with this id, with its text (when it was stored with one), its stored
    /// passages and its mentions, or nil when the store does not know it.
    ///
    /// ```swift
    /// if let document = try store.document(id: "86c3ca335dab…") {
    ///     print(document.title ?? "(untitled)", document.mentions.count)
    /// }
    /// ```
    public func document(id: String) throws -> StoredDocument? {
        guard let row = try reader.row(#"SELECT id, source, title, date, start, "end", text FROM document WHERE id = ?"#, .text(id))
        else { return nil }
        let passages = try reader.rows(
            #"SELECT kind, start, "end", text FROM passage WHERE documentId = ? ORDER BY start, "end", kind DESC"#,
            .text(id)
        ).map { row -> StoredDocument.Passage in
            let kindName = row.text(0)
            guard let kind = SearchHit.Kind(rawValue: kindName) else {
                throw GraphStoreError.invalidStoredValue(path: location, table: "passage", column: "kind", value: kindName)
            }
            return StoredDocument.Passage(kind: kind, start: row.integer(1), end: row.integer(2), text: row.text(3))
        }
        let mentionRows = try reader.rows(
            #"SELECT entityId, start, "end", text FROM mention WHERE documentId = ? ORDER BY start, "end""#, .text(id))
        let entities = try summaries(ids: mentionRows.map { EntityID(rawValue: $0.text(0)) })
        let mentions = mentionRows.compactMap { row -> StoredDocument.DocumentMention? in
            guard let entity = entities[EntityID(rawValue: row.text(0))] else { return nil }
            return StoredDocument.DocumentMention(entity: entity, start: row.integer(1), end: row.integer(2), text: row.text(3))
        }
        return StoredDocument(
            id: row.text(0), source: row.text(1), title: row.optionalText(2), date: row.optionalText(3),
            start: row.integer(4), end: row.integer(5), text: row.optionalText(6), passages: passages,
            mentions: mentions)
    }
}
