import GovGraphModel

/// A graph that `govgraph extract` writes into: the SQLite ``GraphStore`` or a store on a
/// database server (GovGraphPostgres). Both save each document whole or not at all and report
/// per document; see ``GraphStore/ingest(_:)``.
public protocol GraphIngesting: Sendable {
    /// Saves the documents of many sources with one commit and removes what each complete new
    /// version of a source no longer has.
    func ingest(_ replacements: [SourceReplacement]) throws -> [IngestResult]
}

extension GraphStore: GraphIngesting {}
