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
    /// Saves one extracted document in one transaction: the document row (with its text, when
    /// the document has one), its entities (the
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
    ///
    /// - Complexity: one prepared, cached statement per row (no record encoding), and the keys
    ///   of an entity are encoded only when the store does not know it yet.
    @discardableResult
    public func save(_ document: ExtractedDocument) throws -> SaveResult {
        try write { db in
            let passages = try NewPassages(db)
            let result = try insert(document, with: SaveStatements(db))
            try passages.index(db)
            return result
        }
    }

    /// Saves many extracted documents in one transaction, in order, each as ``save(_:)`` saves
    /// it: the result of each is what saving them one by one gives (a document listed twice is
    /// `.unchanged` the second time).
    ///
    /// A transaction holds whole documents only: when one document fails, nothing of the batch
    /// is saved and the store is as it was. One commit for many documents is what makes a large
    /// ingest fast; a crash loses the batch being written, never part of a document.
    ///
    /// ```swift
    /// let results = try store.save(contentsOf: documents)   // [.inserted, .unchanged, …]
    /// ```
    ///
    /// - Throws: what ``save(_:)`` throws, for the first document that fails.
    @discardableResult
    public func save(contentsOf documents: [ExtractedDocument]) throws -> [SaveResult] {
        guard !documents.isEmpty else { return [] }
        return try write { db in
            let passages = try NewPassages(db)
            let statements = try SaveStatements(db)
            let results = try documents.map { try insert($0, with: statements) }
            try passages.index(db)
            return results
        }
    }

    /// Inserts one document inside the caller's transaction, unless a document with its id is
    /// stored already, and with `counting` adds its mentions to the entities' counts.
    ///
    /// Its passages are not yet searchable: the transaction indexes them with ``NewPassages``.
    func insert(_ document: ExtractedDocument, with statements: SaveStatements, counting: Bool = true) throws
        -> SaveResult
    {
        if try statements.documentExists(document.id) { return .unchanged }
        try statements.insertDocument.execute(arguments: [
            document.id, document.source, document.title, document.date, document.start,
            document.end, document.text,
        ])
        let listed = Set(document.graphEntities.map(\.id))
        for entity in document.graphEntities where try !statements.entityExists(entity.id) {
            try statements.insertEntity.execute(arguments: [
                entity.id.rawValue, entity.name, entity.type.rawValue,
                EntityRecord.encode(keys: entity.keys),
            ])
        }
        for entity in document.entities {
            for mention in entity.mentions {
                try statements.insertMention.execute(arguments: [
                    document.id, entity.id.rawValue, mention.start, mention.end, mention.text,
                ])
            }
        }
        if counting {
            for (entity, mentions) in MentionCounts.distinctMentions(of: document) {
                try statements.addCounts.execute(arguments: [mentions, 1, entity])
            }
        }
        for relation in document.relations {
            for endpoint in [relation.subject, relation.object] where !listed.contains(endpoint) {
                guard try statements.entityExists(endpoint) else {
                    throw GraphStoreError.unknownEntity(
                        path: path, documentID: document.id, entityID: endpoint)
                }
            }
            let status =
                relation.predicate == .holdsRole ? (relation.status ?? .current).rawValue : nil
            try statements.insertRelation.execute(arguments: [
                document.id, relation.subject.rawValue, relation.object.rawValue,
                relation.predicate.rawValue, relation.role, relation.roleKey, status,
                relation.date ?? document.date, relation.evidence.start, relation.evidence.end,
                relation.evidence.text, relation.evidence.rule,
            ])
        }
        for passage in PassageRecord.passages(of: document) {
            try statements.insertPassage.execute(arguments: [
                passage.documentId, passage.kind, passage.start, passage.end, passage.text,
            ])
        }
        return .inserted
    }
}

/// The statements ``GraphStore/save(_:)`` runs, prepared once per connection (SQLite keeps
/// them in GRDB's statement cache).
struct SaveStatements {
    let documentExistsStatement: Statement
    let entityExistsStatement: Statement
    let insertDocument: Statement
    let insertEntity: Statement
    let insertMention: Statement
    let insertRelation: Statement
    let insertPassage: Statement
    let addCounts: Statement

    init(_ db: Database) throws {
        documentExistsStatement = try db.cachedStatement(sql: "SELECT 1 FROM document WHERE id = ?")
        entityExistsStatement = try db.cachedStatement(sql: "SELECT 1 FROM entity WHERE id = ?")
        insertDocument = try db.cachedStatement(
            sql: #"INSERT INTO document(id, source, title, date, start, "end", text) VALUES (?, ?, ?, ?, ?, ?, ?)"#)
        insertEntity = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO entity(id, name, type, keys) VALUES (?, ?, ?, ?)")
        insertMention = try db.cachedStatement(
            sql: #"""
                INSERT OR IGNORE INTO mention(documentId, entityId, start, "end", text)
                VALUES (?, ?, ?, ?, ?)
                """#)
        insertRelation = try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO relation(documentId, subjectId, objectId, predicate, role,
                    roleKey, status, date, evidenceStart, evidenceEnd, evidenceText, rule)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        insertPassage = try db.cachedStatement(
            sql: #"""
                INSERT OR IGNORE INTO passage(documentId, kind, start, "end", text)
                VALUES (?, ?, ?, ?, ?)
                """#)
        addCounts = try db.cachedStatement(
            sql: """
                UPDATE entity SET mentionCount = mentionCount + ?, documentCount = documentCount + ?
                WHERE id = ?
                """)
    }

    func documentExists(_ id: String) throws -> Bool {
        try Int.fetchOne(documentExistsStatement, arguments: [id]) != nil
    }

    func entityExists(_ id: EntityID) throws -> Bool {
        try Int.fetchOne(entityExistsStatement, arguments: [id.rawValue]) != nil
    }
}

/// The passages a write transaction stores, added to the full-text index in one statement.
///
/// Not by a trigger per row: FTS5 writes its pending terms as a new segment at every statement
/// of a transaction after it was written to (SQLite 3.40), so a trigger made each statement of a
/// save write a small segment. Call ``index(_:)`` at the end of the transaction, and before it
/// deletes passages (the delete trigger takes them out of the index, so they must be in it).
final class NewPassages {
    /// The last passage in the index.
    private var indexedThrough: Int64

    init(_ db: Database) throws {
        indexedThrough = try Self.lastPassage(db)
    }

    /// Adds the passages stored since the last call (or since the start) to the index.
    func index(_ db: Database) throws {
        let last = try Self.lastPassage(db)
        guard last > indexedThrough else { return }
        try db.execute(
            sql: "INSERT INTO passage_fts(rowid, text) SELECT id, text FROM passage WHERE id > ? ORDER BY id",
            arguments: [indexedThrough])
        indexedThrough = last
    }

    private static func lastPassage(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM passage") ?? 0
    }
}

/// How many mentions a new document adds to each entity it mentions.
enum MentionCounts {
    /// Each entity's distinct mention spans (the mention table stores a span once), for the
    /// entities with at least one.
    static func distinctMentions(of document: ExtractedDocument) -> [(entity: String, mentions: Int)] {
        var spans: [String: Set<Int>] = [:]
        var order: [String] = []
        for entity in document.entities where !entity.mentions.isEmpty {
            if spans[entity.id.rawValue] == nil { order.append(entity.id.rawValue) }
            for mention in entity.mentions {
                // Offsets are code points of one input file (at most a few hundred million).
                spans[entity.id.rawValue, default: []].insert(mention.start << 32 | mention.end)
            }
        }
        return order.map { ($0, spans[$0]!.count) }
    }
}
