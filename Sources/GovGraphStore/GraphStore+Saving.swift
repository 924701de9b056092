internal import GRDB
import GovGraphModel

/// What ``GraphStore/save(_:)`` did with a document.
public enum SaveResult: Sendable, Equatable {
    /// The document was new and is now stored with its entities, mentions and relations.
    case inserted
    /// A document with the same id (the same text) was already stored; nothing changed.
    case unchanged
}

extension GraphStore {
    /// Saves one extracted document in one transaction: the document row, its entities (the
    /// name and keys first stored win), its mentions, its relations (with their role status)
    /// and the passages full-text search reads (the title and the evidence sentences).
    ///
    /// Documents are keyed by the hash of their text, so saving the same article again changes
    /// nothing. A relation's evidence is dated with the relation's date, else the document's. A
    /// role without a status is stored as `current`; other predicates have no status.
    ///
    /// ```swift
    /// try store.save(document)   // .inserted
    /// try store.save(document)   // .unchanged
    /// ```
    ///
    /// - Throws: ``GraphStoreError/unknownEntity(path:documentID:entityID:)`` when a relation
    ///   refers to an entity that neither the document nor the store knows (nothing is saved),
    ///   or another ``GraphStoreError`` when SQLite fails.
    @discardableResult
    public func save(_ document: ExtractedDocument) throws -> SaveResult {
        let entities = try document.entities.map(EntityRecord.init)
        let listed = Set(document.entities.map(\.id))
        return try write { db in
            if try DocumentRecord.exists(db, key: document.id) { return .unchanged }
            try DocumentRecord(
                id: document.id, source: document.source, title: document.title,
                date: document.date, start: document.start, end: document.end
            ).insert(db)
            for entity in entities {
                try entity.insert(db, onConflict: .ignore)
            }
            for entity in document.entities {
                for mention in entity.mentions {
                    var record = MentionRecord(
                        documentId: document.id, entityId: entity.id.rawValue,
                        start: mention.start, end: mention.end, text: mention.text)
                    try record.insert(db, onConflict: .ignore)
                }
            }
            for relation in document.relations {
                for endpoint in [relation.subject, relation.object] where !listed.contains(endpoint)
                {
                    guard try EntityRecord.exists(db, key: endpoint.rawValue) else {
                        throw GraphStoreError.unknownEntity(
                            path: path, documentID: document.id, entityID: endpoint)
                    }
                }
                var record = RelationRecord(
                    documentId: document.id, subjectId: relation.subject.rawValue,
                    objectId: relation.object.rawValue, predicate: relation.predicate.rawValue,
                    role: relation.role, roleKey: relation.roleKey,
                    status: relation.predicate == .holdsRole
                        ? (relation.status ?? .current).rawValue : nil,
                    date: relation.date ?? document.date,
                    evidenceStart: relation.evidence.start, evidenceEnd: relation.evidence.end,
                    evidenceText: relation.evidence.text)
                try record.insert(db, onConflict: .ignore)
            }
            for var passage in PassageRecord.passages(of: document) {
                try passage.insert(db, onConflict: .ignore)
            }
            return .inserted
        }
    }
}
