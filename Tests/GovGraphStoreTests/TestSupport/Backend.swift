import Foundation
import GovGraphModel
import Testing

@testable import GovGraphPostgres
@testable import GovGraphStore

/// The two stores a test case runs against: SQLite, and PostgreSQL where a server is configured
/// (see ``TestPostgres``), so that the backends cannot drift apart.
///
/// ```swift
/// @Test("…", arguments: Backend.all)
/// func links(backend: Backend) throws {
///     let store = try Corpus.store(on: backend)
///     …
/// }
/// ```
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    /// SQLite always; PostgreSQL when `GOVGRAPH_TEST_POSTGRES` names a server or CI requires
    /// one (then a missing server fails the PostgreSQL cases instead of skipping them).
    static let all: [Backend] = {
        guard TestPostgres.enabled else {
            print("note: the PostgreSQL cases of the store's tests are skipped: \(TestPostgres.skipMessage)")
            return [.sqlite]
        }
        return [.sqlite, .postgres]
    }()

    var testDescription: String { rawValue }

    /// A fresh, empty store: an in-memory SQLite database, or a new PostgreSQL database that is
    /// dropped when the store is released.
    func emptyStore() throws -> any GraphStoring {
        switch self {
        case .sqlite: try GraphStore.inMemory()
        case .postgres: try PostgresTestStore()
        }
    }
}

/// A PostgreSQL store on a database of its own, dropped with the store.
final class PostgresTestStore: GraphStoring, @unchecked Sendable {
    let store: PostgresGraphStore
    private let name: String

    init() throws {
        name = try TestPostgres.createDatabase(prefix: "govgraph_store_")
        var location = try TestPostgres.base()
        location.database = name
        store = try PostgresGraphStore(location: location)
    }

    deinit { TestPostgres.dropDatabase(name) }

    func reading<T>(_ body: (GraphQueries) throws -> T) throws -> T { try store.reading(body) }
    func save(_ document: ExtractedDocument) throws -> SaveResult { try store.save(document) }
    func remove(documentID: String) throws -> RemovalResult? { try store.remove(documentID: documentID) }
    func ingest(_ replacements: [SourceReplacement]) throws -> [IngestResult] { try store.ingest(replacements) }
}

/// A value shared by tests that run at once, behind a lock.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
