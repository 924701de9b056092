import Foundation
import Testing

@testable import GovGraphPostgres
@testable import GovGraphStore

/// The PostgreSQL server the store's tests may use: `GOVGRAPH_TEST_POSTGRES` is the URL of a role
/// that may create databases (`.ci/run` starts one). Without it the PostgreSQL tests are skipped
/// with a message, unless `GOVGRAPH_REQUIRE_POSTGRES=1` (CI) makes them run, and fail.
enum TestPostgres {
    static let environment = ProcessInfo.processInfo.environment
    static let url = environment["GOVGRAPH_TEST_POSTGRES"]
    static let required = environment["GOVGRAPH_REQUIRE_POSTGRES"] == "1"
    static let enabled = url != nil || required
    static let skipMessage = "no PostgreSQL server: set GOVGRAPH_TEST_POSTGRES=postgres://USER:PASSWORD@127.0.0.1:5432/DB (a role that may create databases)"

    static func base() throws -> PostgresLocation {
        guard let url else { throw Failure.noServer }
        return try PostgresLocation(url: url)
    }

    enum Failure: Error, CustomStringConvertible {
        case noServer
        var description: String { TestPostgres.skipMessage }
    }

    /// Creates a new, empty database on the server and returns its name. The first call drops
    /// what earlier runs left of databases with this prefix.
    static func createDatabase(prefix: String) throws -> String {
        let admin = try PostgresSession.connect(to: try base())
        defer { admin.close() }
        cleanLeftovers(prefix: prefix, admin: admin)
        let name = prefix + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try admin.query("CREATE DATABASE \(name)")
        return name
    }

    /// Drops a database made by ``createDatabase(prefix:)``, closing its connections.
    static func dropDatabase(_ name: String) {
        guard let location = try? base(), let admin = try? PostgresSession.connect(to: location) else { return }
        defer { admin.close() }
        _ = try? admin.query("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    /// The prefixes whose leftovers are gone (once per test run and prefix), and the lock that
    /// makes every other caller wait until they are.
    nonisolated(unsafe) private static var cleaned: Set<String> = []
    private static let cleaning = NSLock()

    private static func cleanLeftovers(prefix: String, admin: PostgresSession) {
        cleaning.lock()
        defer { cleaning.unlock() }
        guard cleaned.insert(prefix).inserted else { return }
        let names = (try? admin.texts("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [.text(prefix)])) ?? []
        for case let name? in names.map({ $0.first ?? nil }) {
            _ = try? admin.query("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        }
    }

    /// A new, empty database on the server, dropped when `body` returns.
    static func withDatabase<T>(_ body: (PostgresLocation) throws -> T) throws -> T {
        let base = try base()
        let admin = try PostgresSession.connect(to: base)
        defer { admin.close() }
        let name = "govgraph_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try admin.query("CREATE DATABASE \(name)")
        defer { _ = try? admin.query("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
        var location = base
        location.database = name
        return try body(location)
    }
}

extension PostgresGraphStore {
    /// Every stored row that saving writes, as in ``GraphStore/comparableContents()``.
    func comparableContents() throws -> [String: [[String?]]] {
        try StoreQueries.comparable.mapValues { try fetchUnchecked(sql: $0).sorted(by: StoreQueries.order) }
    }
}

extension GraphStore {
    /// Every stored row that saving writes, without row ids and insertion times, sorted: the
    /// same queries on both backends, so that their contents compare.
    func comparableContents() throws -> [String: [[String?]]] {
        try StoreQueries.comparable.mapValues { try fetchUnchecked(sql: $0).sorted(by: StoreQueries.order) }
    }
}

enum StoreQueries {
    /// One query per table, in SQL that SQLite and PostgreSQL read alike (numbers cast to text).
    static let comparable = [
        "document": #"SELECT id, source, title, date, CAST(start AS TEXT), CAST("end" AS TEXT), text FROM document"#,
        "entity": "SELECT id, name, type, keys, CAST(mentionCount AS TEXT), CAST(documentCount AS TEXT) FROM entity",
        "mention": #"SELECT documentId, entityId, CAST(start AS TEXT), CAST("end" AS TEXT), text FROM mention"#,
        "relation": """
            SELECT documentId, subjectId, predicate, objectId, role, roleKey, status, date,
                CAST(evidenceStart AS TEXT), CAST(evidenceEnd AS TEXT), evidenceText, rule
            FROM relation
            """,
        "passage": #"SELECT documentId, kind, CAST(start AS TEXT), CAST("end" AS TEXT), text FROM passage"#,
    ]

    static func order(_ a: [String?], _ b: [String?]) -> Bool {
        a.map { $0 ?? "\u{0}" }.lexicographicallyPrecedes(b.map { $0 ?? "\u{0}" })
    }
}
