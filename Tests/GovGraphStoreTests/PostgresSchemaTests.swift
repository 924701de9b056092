import Dispatch
import GovGraphStore
import Testing

@testable import GovGraphPostgres

@Suite("Opening a PostgreSQL graph", .enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipMessage)), .serialized)
struct PostgresSchemaTests {
    @Test("An empty database gets the schema; opening it again keeps it")
    func migrate() throws {
        try TestPostgres.withDatabase { location throws in
            #expect(try PostgresGraphStore(location: location).schemaVersion() == PostgresSchema.version)
            #expect(try PostgresGraphStore(location: location).schemaVersion() == PostgresSchema.version)
        }
    }

    @Test("Workers that open a new database at once migrate it once")
    func openTogether() throws {
        try TestPostgres.withDatabase { location throws in
            let errors = FailureList()
            DispatchQueueConcurrency.run(4) {
                do { _ = try PostgresGraphStore(location: location) } catch { errors.append("\(error)") }
            }
            #expect(errors.all == [])
            let store = try PostgresGraphStore(location: location)
            #expect(try store.fetchUnchecked(sql: "SELECT CAST(count(*) AS TEXT) FROM govgraph_schema") == [["\(PostgresSchema.version)"]])
        }
    }

    @Test("A database of something else is refused and left as it is")
    func foreign() throws {
        try TestPostgres.withDatabase { location throws in
            let session = try PostgresSession.connect(to: location)
            defer { session.close() }
            try session.query("CREATE TABLE kunden (id integer)")
            #expect(throws: PostgresStoreError.notAGraphDatabase(location.description, tables: ["kunden"])) {
                _ = try PostgresGraphStore(location: location)
            }
            let tables = try session.texts("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
            #expect(tables == [["kunden"]])
        }
    }

    @Test("A graph of a newer govgraph is refused")
    func newer() throws {
        try TestPostgres.withDatabase { location throws in
            let store = try PostgresGraphStore(location: location)
            try store.executeUnchecked(sql: "INSERT INTO govgraph_schema(version) VALUES (99)")
            #expect(throws: PostgresStoreError.newerSchema(location.description, version: 99, known: PostgresSchema.version)) {
                _ = try PostgresGraphStore(location: location)
            }
        }
    }

    @Test("A wrong password, a missing database and no server each get one line")
    func connectionErrors() throws {
        var location = try TestPostgres.base()
        var wrongPassword = location
        wrongPassword.password = "falsch-\(location.password ?? "")"
        location.database = "govgraph_gibt_es_nicht"
        var noServer = location
        noServer.host = "127.0.0.1"
        noServer.port = 9
        let cases: [(PostgresLocation, (PostgresStoreError) -> Bool)] = [
            (wrongPassword, { if case .authentication = $0 { true } else { false } }),
            (location, { $0 == .noDatabase(location.description) }),
            (noServer, { if case .cannotConnect = $0 { true } else { false } }),
        ]
        for (where_, matches) in cases {
            do {
                _ = try PostgresGraphStore(location: where_)
                Issue.record("\(where_) opened")
            } catch {
                #expect(matches(error), "\(error)")
                #expect(!error.description.contains("\n") && !error.description.contains("falsch"))
            }
        }
    }
}

/// Runs `body` on `count` threads at once.
enum DispatchQueueConcurrency {
    static func run(_ count: Int, _ body: @Sendable () -> Void) {
        DispatchQueue.concurrentPerform(iterations: count) { _ in body() }
    }
}
