internal import GRDB
import GovGraphModel

extension GraphStore {
    /// Saves many documents in one transaction, as ``save(contentsOf:)`` saves them, with the
    /// work that does not decide what is stored put off to the end: the indexes that walk the
    /// graph (relations by either end, mentions by entity) are dropped while rows go in and
    /// built once, sorted, at the end; the entities' mention and document counts are added up
    /// in memory and written once per entity instead of once per document.
    ///
    /// The store holds the same rows afterwards as if each document had been saved with
    /// ``save(_:)``, in the same order. Everything happens in one transaction: when `body` or a
    /// save throws, nothing of the load is stored and the schema is as it was. Building the
    /// indexes reads every relation and mention of the store, so this is for loading many
    /// documents into a new or small store (an import, the store benchmark); `govgraph extract`
    /// saves document by document.
    ///
    /// ```swift
    /// try store.bulkLoad { loader in
    ///     for batch in batches { try loader.save(contentsOf: batch) }
    /// }
    /// ```
    ///
    /// - Parameter body: saves documents with the loader it is given, and nothing else; it
    ///   must not use the store (the store is busy writing until `body` returns).
    /// - Throws: what ``save(_:)`` throws, or what `body` throws.
    public func bulkLoad(_ body: (BulkLoader) throws -> Void) throws {
        try write { db in
            let deferred = try DeferredSchema(db)
            try deferred.drop(db)
            let loader = try BulkLoader(store: self, db: db)
            try body(loader)
            if let failure = loader.failure { throw failure }
            try deferred.restore(db)
            try loader.finish(db)
        }
    }
}

/// Saves documents inside ``GraphStore/bulkLoad(_:)``.
public final class BulkLoader {
    private let store: GraphStore
    private let statements: SaveStatements
    /// The passages of the load, indexed for search at the end.
    private let passages: NewPassages
    /// Mentions and documents added per entity.
    private var counts: [String: (mentions: Int, documents: Int)] = [:]
    /// The first error of a save: it ends the load even if `body` catches it.
    fileprivate private(set) var failure: (any Error)?

    fileprivate init(store: GraphStore, db: Database) throws {
        self.store = store
        statements = try SaveStatements(db)
        passages = try NewPassages(db)
    }

    /// Saves one document as ``GraphStore/save(_:)`` would.
    @discardableResult
    public func save(_ document: ExtractedDocument) throws -> SaveResult {
        if let failure { throw failure }
        do {
            let result = try store.insert(document, with: statements, counting: false)
            if result == .inserted { count(document) }
            return result
        } catch {
            let failure = GraphStore.storeError(error, path: store.path)
            self.failure = failure
            throw failure
        }
    }

    /// Saves documents in order, as ``GraphStore/save(contentsOf:)`` would.
    @discardableResult
    public func save(contentsOf documents: [ExtractedDocument]) throws -> [SaveResult] {
        try documents.map { try save($0) }
    }

    /// Adds the mentions of a new document to the counts, as ``GraphStore/save(_:)`` would:
    /// each distinct span of an entity once, and the document once per entity it mentions.
    private func count(_ document: ExtractedDocument) {
        for (entity, mentions) in MentionCounts.distinctMentions(of: document) {
            counts[entity, default: (0, 0)].mentions += mentions
            counts[entity, default: (0, 0)].documents += 1
        }
    }

    /// Writes the counts and indexes the new passages for search.
    fileprivate func finish(_ db: Database) throws {
        for (entity, added) in counts {
            try statements.addCounts.execute(arguments: [added.mentions, added.documents, entity])
        }
        try passages.index(db)
    }
}

/// The indexes a bulk load drops and builds again, read from the schema itself so that they
/// come back exactly as they were.
private struct DeferredSchema {
    /// (name, sql) of each dropped index.
    let indexes: [(name: String, sql: String)]

    init(_ db: Database) throws {
        // Secondary indexes that are not unique (a unique index decides which rows are stored).
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT name, sql FROM sqlite_master
                WHERE type = 'index' AND tbl_name IN ('mention', 'relation') AND sql IS NOT NULL
                    AND sql NOT LIKE 'CREATE UNIQUE%'
                ORDER BY name
                """)
        indexes = rows.map { ($0["name"], $0["sql"]) }
    }

    func drop(_ db: Database) throws {
        for index in indexes { try db.execute(sql: "DROP INDEX \(index.name.quotedDatabaseIdentifier)") }
    }

    func restore(_ db: Database) throws {
        for index in indexes { try db.execute(sql: index.sql) }
    }
}
