internal import GRDB
import GovGraphModel

extension GraphStore {
    /// Deletes a document and everything only it supported, in one transaction.
    ///
    /// Its mentions, relations and search passages go with it (the schema cascades). Entities it
    /// mentioned or linked that are left with no mention and no relation are deleted too;
    /// entities other documents still support stay, with their name and keys.
    ///
    /// ```swift
    /// let removed = try store.remove(documentID: "b3c90e3bafd8468af9f799843ba74f1d")
    /// removed?.entities   // ["person:jana-becker"]
    /// ```
    ///
    /// - Returns: what was deleted, or nil when no document has this id.
    @discardableResult
    public func remove(documentID: String) throws -> RemovalResult? {
        try write { db in try remove(db, documentID: documentID) }
    }

    /// Stores a new version of a source: saves each of `documents`, then removes the stored
    /// documents of `source` that are not among them.
    ///
    /// Documents are keyed by the hash of their text, so articles that did not change stay as
    /// they are, a changed article is a new document, and the old version of it (or an article
    /// the source no longer has) is removed with ``remove(documentID:)``. Each document is saved
    /// or removed in its own transaction (``replaceDocuments(_:)`` applies many in one).
    /// Replacing a source with the same documents again changes nothing.
    ///
    /// ```swift
    /// let result = try store.replaceDocuments(fromSource: "news/page.txt", with: extracted)
    /// print(result.inserted.count, result.unchanged.count, result.removed.count)
    /// ```
    @discardableResult
    public func replaceDocuments(fromSource source: String, with documents: [ExtractedDocument])
        throws -> ReplaceResult
    {
        var result = ReplaceResult()
        for document in documents {
            switch try save(document) {
            case .inserted: result.inserted.append(document.id)
            case .unchanged: result.unchanged.append(document.id)
            }
        }
        let stale = try read { db in
            try staleDocuments(db, of: SourceReplacement(source: source, documents: documents))
        }
        for id in stale {
            if let removed = try remove(documentID: id) { result.removed.append(removed) }
        }
        return result
    }

    /// Applies several replacements in one transaction, in order, each as
    /// ``replaceDocuments(fromSource:with:)`` applies it (a replacement whose `removesOthers`
    /// is false only saves its documents).
    ///
    /// A transaction holds whole documents only: when one replacement fails, none is applied
    /// and the store is as it was.
    ///
    /// ```swift
    /// let results = try store.replaceDocuments([
    ///     SourceReplacement(source: "news/a.txt", documents: fromA),
    ///     SourceReplacement(source: "news/b.txt", documents: firstOfB, removesOthers: false),
    /// ])
    /// ```
    @discardableResult
    public func replaceDocuments(_ replacements: [SourceReplacement]) throws -> [ReplaceResult] {
        guard !replacements.isEmpty else { return [] }
        return try write { db in
            let passages = try NewPassages(db)
            let statements = try SaveStatements(db)
            let results = try replacements.map {
                try replace($0, db: db, statements: statements, passages: passages)
            }
            try passages.index(db)
            return results
        }
    }

    private func replace(
        _ replacement: SourceReplacement, db: Database, statements: SaveStatements, passages: NewPassages
    ) throws -> ReplaceResult {
        var result = ReplaceResult()
        for document in replacement.documents {
            switch try insert(document, with: statements) {
            case .inserted: result.inserted.append(document.id)
            case .unchanged: result.unchanged.append(document.id)
            }
        }
        guard replacement.removesOthers else { return result }
        result.removed = try removeOthers(db, of: replacement, passages: passages)
        return result
    }

    /// Removes the stored documents of the replacement's source that it neither saves nor keeps
    /// (first indexing the new passages, which a removal may take out of the index again).
    func removeOthers(_ db: Database, of replacement: SourceReplacement, passages: NewPassages) throws
        -> [RemovalResult]
    {
        try passages.index(db)
        return try staleDocuments(db, of: replacement).compactMap { try remove(db, documentID: $0) }
    }

    /// The stored documents of the replacement's source that it neither saves nor keeps, in
    /// text order.
    private func staleDocuments(_ db: Database, of replacement: SourceReplacement) throws -> [String] {
        let kept = Set(replacement.documents.map(\.id)).union(replacement.keeping)
        let stored = try String.fetchAll(
            db, sql: "SELECT id FROM document WHERE source = ? ORDER BY start, id",
            arguments: [replacement.source])
        return stored.filter { !kept.contains($0) }
    }

    private func remove(_ db: Database, documentID: String) throws -> RemovalResult? {
        guard try DocumentRecord.exists(db, key: documentID) else { return nil }
        let arguments: StatementArguments = [documentID]
        let mentions =
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM mention WHERE documentId = ?", arguments: arguments)
            ?? 0
        let relations =
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM relation WHERE documentId = ?", arguments: arguments)
            ?? 0
        let touched = try String.fetchAll(
            db,
            sql: """
                SELECT entityId FROM mention WHERE documentId = :id
                UNION SELECT subjectId FROM relation WHERE documentId = :id
                UNION SELECT objectId FROM relation WHERE documentId = :id
                """,
            arguments: ["id": documentID])
        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: arguments)
        var orphans: [EntityID] = []
        for chunk in Self.chunks(of: touched) {
            let list = Self.placeholders(chunk.count)
            let ids = try String.fetchAll(
                db,
                sql: """
                    SELECT id FROM entity e WHERE id IN (\(list))
                        AND NOT EXISTS (SELECT 1 FROM mention WHERE entityId = e.id)
                        AND NOT EXISTS (SELECT 1 FROM relation WHERE subjectId = e.id)
                        AND NOT EXISTS (SELECT 1 FROM relation WHERE objectId = e.id)
                    ORDER BY id
                    """,
                arguments: StatementArguments(Array(chunk)))
            try db.execute(
                sql: "DELETE FROM entity WHERE id IN (\(Self.placeholders(ids.count)))",
                arguments: StatementArguments(ids))
            orphans += ids.map(EntityID.init(rawValue:))
        }
        return RemovalResult(
            documentID: documentID, mentions: mentions, relations: relations,
            entities: orphans.sorted())
    }
}

/// A new version of a source for ``GraphStore/replaceDocuments(_:)``: the documents to save,
/// and whether the stored documents of the source that are not among them are removed.
public struct SourceReplacement: Sendable {
    public var source: String
    public var documents: [ExtractedDocument]
    /// True for a whole new version of the source; false for a part of it (a source still being
    /// read), whose documents are only saved.
    public var removesOthers: Bool
    /// Ids of documents of the new version saved before (the earlier parts of a long source):
    /// they stay when the others are removed.
    public var keeping: Set<String>

    public init(
        source: String, documents: [ExtractedDocument], removesOthers: Bool = true, keeping: Set<String> = []
    ) {
        self.source = source
        self.documents = documents
        self.removesOthers = removesOthers
        self.keeping = keeping
    }
}

extension GraphStore {
    /// Splits values for `IN (…)` lists, well below SQLite's limit on statement arguments.
    static func chunks<T>(of values: [T], size: Int = 500) -> [ArraySlice<T>] {
        stride(from: 0, to: values.count, by: size).map {
            values[$0..<min($0 + size, values.count)]
        }
    }

    /// `?, ?, ?` for `count` arguments.
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
