internal import GRDB
import GovGraphModel

/// The SQLite knowledge graph: extracted documents go in, entities, links, paths and merged
/// graphs come out.
///
/// A store wraps one GRDB database writer (a `DatabasePool` in WAL mode for a file, a
/// `DatabaseQueue` in memory) and migrates the schema when it is opened. Its API speaks only in
/// GovGraphModel types and the read models of this module; GRDB stays an implementation detail,
/// and every database error is thrown as a ``GraphStoreError``.
///
/// ```swift
/// let store = try GraphStore(path: "govgraph.sqlite")
/// try store.save(document)                      // .inserted, or .unchanged when known
/// let hits = try store.findEntities(matching: "Städtetags")
/// let links = try store.links(of: hits[0].id)
/// ```
public struct GraphStore: GraphStoring, Sendable {
    /// Access to the database.
    private let dbWriter: any DatabaseWriter
    /// The path named in error messages (`:memory:` for in-memory stores).
    let path: String

    /// Opens (creating if needed) the database file at `path` and migrates it.
    ///
    /// Before anything is written, the file is checked: a directory, a file that is not an
    /// SQLite database, an SQLite database of another application and a database written by a
    /// newer govgraph are all refused, and the file is left untouched. The database uses WAL
    /// mode and waits up to five seconds for a lock held by another process.
    ///
    /// - Throws: ``GraphStoreError``.
    public init(path: String) throws {
        try Self.checkBeforeOpening(path: path)
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: Self.makeConfiguration())
        } catch {
            throw Self.storeError(error, path: path)
        }
        try self.init(pool, path: path)
    }

    /// Creates a store on a database writer and migrates it.
    init(_ dbWriter: any DatabaseWriter, path: String) throws {
        self.dbWriter = dbWriter
        self.path = path
        do {
            try Self.migrator.migrate(dbWriter)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// A store on a read-only connection, whose schema is already current (not migrated).
    init(reading queue: DatabaseQueue, path: String) {
        self.dbWriter = queue
        self.path = path
    }

    /// A fresh, empty, in-memory store (for tests and one-off runs).
    public static func inMemory() throws -> GraphStore {
        let path = ":memory:"
        do {
            return try GraphStore(DatabaseQueue(configuration: makeConfiguration()), path: path)
        } catch {
            throw storeError(error, path: path)
        }
    }

    /// The configuration of every connection: a busy timeout, the search functions and the
    /// pragmas that make saving fast.
    ///
    /// `synchronous = NORMAL` is safe in WAL mode: a crash or power loss can lose the last
    /// committed documents but never corrupts the database, and commits no longer wait for the
    /// disk (see <https://www.sqlite.org/pragma.html#pragma_synchronous>). Extraction can be
    /// re-run, so that is the right trade. The page cache is 64 MB per read-only connection and
    /// 32 MB for a store that writes, so that `govgraph extract` stays within its memory bound
    /// (see the README).
    ///
    /// The WAL is copied back into the database (checkpointed, which waits for the disk) once it
    /// holds 16,384 pages (64 MB) instead of SQLite's 1,000: a document's commit writes about
    /// 40 pages, so the default checkpointed every 25 documents, and the wait for the disk was
    /// most of the time `govgraph extract` spent storing. A hot page (an index's upper levels,
    /// a much mentioned entity) is also copied back once per checkpoint, not once per 25
    /// documents. Durability is the same: a commit is in the WAL either way.
    ///
    /// A read-only store reads the database file through a memory map of up to 2 GB
    /// (`mmap_size`): a query that reads rows scattered over a large file (the relations of an
    /// entity come from many documents) no longer copies each page in with a system call.
    /// Neighbours on a graph of 1M relations took half the time. A store that writes does not
    /// map the file: every page an extraction touches would stay resident (a 51 MB corpus makes
    /// a database of 516 MB, and `govgraph extract` peaked at 792 MB), while SQLite's own page
    /// cache stays within the 32 MB above.
    static func makeConfiguration(readonly: Bool = false) -> Configuration {
        var config = Configuration()
        config.readonly = readonly
        config.busyMode = .timeout(5)
        config.label = "govgraph"
        config.prepareDatabase { db in
            db.add(function: SearchText.foldFunction)
            try db.execute(
                sql: """
                    PRAGMA synchronous = NORMAL; PRAGMA cache_size = \(readonly ? -65536 : -32768);
                    PRAGMA wal_autocheckpoint = 16384; PRAGMA mmap_size = \(readonly ? 2147418112 : 0)
                    """)
        }
        return config
    }

    // MARK: - Database access

    /// Runs `body` in a read transaction, turning every error into a ``GraphStoreError``.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try dbWriter.read(body)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Runs `body` on one snapshot of the graph: a read transaction of SQLite.
    /// Database errors become ``GraphStoreError``s; what `body` throws itself passes through.
    public func reading<T>(_ body: (GraphQueries) throws -> T) throws -> T {
        do {
            return try dbWriter.read { db in try body(GraphQueries(reader: SQLiteReader(db: db), location: path)) }
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: path)
        }
    }

    /// Runs `body` in a write transaction, turning every error into a ``GraphStoreError``.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try dbWriter.write(body)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Wraps GRDB and SQLite errors so that callers never see GRDB types.
    ///
    /// Only the SQLite result code and message are kept, never the statement arguments, so that
    /// no article text ends up in an error message.
    static func storeError(_ error: any Error, path: String) -> GraphStoreError {
        if let error = error as? GraphStoreError { return error }
        guard let error = error as? DatabaseError else {
            return .sqlite(
                path: path, code: ResultCode.SQLITE_ERROR.rawValue,
                message: "unexpected \(type(of: error))")
        }
        let message = error.message ?? "unknown error"
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notADatabase(path: path)
        case .SQLITE_CANTOPEN: return .cannotOpen(path: path, reason: message)
        case .SQLITE_READONLY, .SQLITE_PERM:
            return .cannotOpen(path: path, reason: "the database is not writable (\(message))")
        default: return .sqlite(path: path, code: error.resultCode.rawValue, message: message)
        }
    }
}
