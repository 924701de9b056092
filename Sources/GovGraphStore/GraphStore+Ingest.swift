internal import GRDB
import GovGraphModel

/// What ``GraphStore/ingest(_:)`` did with one ``SourceReplacement``.
public struct IngestResult: Sendable, Equatable {
    /// One outcome per document of the replacement, in order: how it was saved, or the error
    /// that rolled it back (and nothing else).
    public var documents: [Result<SaveResult, GraphStoreError>]
    /// The stored documents of the source that were removed: only when the replacement
    /// `removesOthers` and every document of its source in the same call was saved.
    public var removed: [RemovalResult]

    public init(documents: [Result<SaveResult, GraphStoreError>], removed: [RemovalResult] = []) {
        self.documents = documents
        self.removed = removed
    }

    /// True when no document failed.
    public var succeeded: Bool {
        documents.allSatisfy { if case .success = $0 { true } else { false } }
    }
}

extension GraphStore {
    /// Saves the documents of many sources with one commit, each whole or not at all, and
    /// removes what each complete new source version no longer has.
    ///
    /// This is how `govgraph extract` stores its documents. A document that fails (a relation to
    /// an entity it does not list, a constraint) is rolled back alone and its error is returned
    /// in its place; the others are committed together. So a document is stored whole or not at
    /// all, as with ``save(_:)``, but one commit serves many documents: a commit writes every
    /// page the documents changed to the write-ahead log once, where a commit per document writes
    /// the pages of the shared indexes again and again. A crash before the commit loses the
    /// documents of this call, never part of one, and never what earlier calls committed.
    ///
    /// Replacements are applied in order. One with `removesOthers` then removes the stored
    /// documents of its source that are neither among its documents nor in its `keeping`, but
    /// only when every document of that source in this call was saved, so that a failed save
    /// never costs the source its older articles.
    ///
    /// ```swift
    /// let results = try store.ingest([
    ///     SourceReplacement(source: "news/a.txt", documents: fromA),
    ///     SourceReplacement(source: "news/b.txt", documents: firstOfB, removesOthers: false),
    /// ])
    /// results[0].documents   // [.success(.inserted), .failure(…), …]
    /// ```
    ///
    /// - Throws: a ``GraphStoreError`` when the transaction as a whole fails (the disk is full,
    ///   the file is not writable); then nothing of the call is stored.
    @discardableResult
    public func ingest(_ replacements: [SourceReplacement]) throws -> [IngestResult] {
        guard !replacements.isEmpty else { return [] }
        // Documents rarely fail: first try all of them without savepoints (each one costs a
        // copy of every page it changes), and only when one fails, roll back and save each in a
        // savepoint of its own.
        // (When the transaction itself fails, a full disk say, the second try fails as well
        // and throws.)
        do {
            return try write { db in try apply(replacements, db: db, isolating: false) }
        } catch {
            return try write { db in try apply(replacements, db: db, isolating: true) }
        }
    }

    /// Saves and removes as ``ingest(_:)`` describes; without `isolating`, the first failing
    /// document throws.
    private func apply(_ replacements: [SourceReplacement], db: Database, isolating: Bool) throws -> [IngestResult] {
        let passages = try NewPassages(db)
        var statements = try SaveStatements(db)
        var failedSources: Set<String> = []
        let results = try replacements.map { replacement in
            var outcomes: [Result<SaveResult, GraphStoreError>] = []
            for document in replacement.documents {
                guard isolating else {
                    outcomes.append(.success(try insert(document, with: statements)))
                    continue
                }
                let outcome = save(document, inSavepointOf: db, with: statements)
                if case .failure = outcome {
                    failedSources.insert(replacement.source)
                    // SQLite cannot reuse a statement that failed, and GRDB drops it from its
                    // cache: prepare the statements again.
                    statements = try SaveStatements(db)
                }
                outcomes.append(outcome)
            }
            guard replacement.removesOthers, !failedSources.contains(replacement.source) else {
                return IngestResult(documents: outcomes)
            }
            return IngestResult(
                documents: outcomes, removed: try removeOthers(db, of: replacement, passages: passages))
        }
        try passages.index(db)
        return results
    }

    /// Inserts one document in a savepoint, which is rolled back when the insert fails.
    private func save(_ document: ExtractedDocument, inSavepointOf db: Database, with statements: SaveStatements)
        -> Result<SaveResult, GraphStoreError>
    {
        var result = SaveResult.unchanged
        do {
            try db.inSavepoint {
                result = try insert(document, with: statements)
                return .commit
            }
            return .success(result)
        } catch {
            return .failure(Self.storeError(error, path: path))
        }
    }
}
