import Dispatch
import GovGraphModel
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

    @Test("A v1 graph is brought to the current version: its documents keep their rows and have no text")
    func upgradeFromV1() throws {
        try TestPostgres.withDatabase { location throws in
            // Given a database with the first schema version, holding a document and a mention
            let session = try PostgresSession.connect(to: location)
            defer { session.close() }
            try session.query("CREATE TABLE govgraph_schema (version integer PRIMARY KEY, migratedAt timestamptz NOT NULL DEFAULT now())")
            for statement in PostgresSchema.statements(of: PostgresSchema.migrations[0]) { try session.query(statement) }
            try session.query("INSERT INTO govgraph_schema(version) VALUES (1)")
            try session.query(#"INSERT INTO document(id, source, title, date, start, "end") VALUES ('doc-a', 'alt/a.txt', 'Städtetag', '2019-10-31', 0, 60)"#)
            try session.query("INSERT INTO entity(id, name, type, mentionCount, documentCount) VALUES ('person:burkhard-jung', 'Burkhard Jung', 'person', 1, 1)")
            try session.query(#"INSERT INTO mention(documentId, entityId, start, "end", text) VALUES ('doc-a', 'person:burkhard-jung', 0, 13, 'Burkhard Jung')"#)

            // When the current store opens it and saves a document with its text
            let store = try PostgresGraphStore(location: location)
            try store.save(Corpus.leipzigDocument)

            // Then it has every version, the old rows are kept with no text, the new one has its text
            #expect(try store.schemaVersion() == PostgresSchema.version)
            #expect(PostgresSchema.version == 2)
            #expect(
                try store.fetchUnchecked(sql: #"SELECT id, source, title, date, CAST(start AS TEXT), CAST("end" AS TEXT), text FROM document ORDER BY id"#)
                    == [["doc-a", "alt/a.txt", "Städtetag", "2019-10-31", "0", "60", nil],
                        [Corpus.leipzigDocument.id, Corpus.leipzigDocument.source, nil, "2024-03-01", "0",
                         String(Corpus.leipzigDocument.end), Corpus.leipzigDocument.text]])
            #expect(try store.fetchUnchecked(sql: "SELECT text FROM mention WHERE documentId = 'doc-a'") == [["Burkhard Jung"]])
            #expect(try store.fetchUnchecked(sql: "SELECT CAST(version AS TEXT) FROM govgraph_schema ORDER BY version") == [["1"], ["2"]])
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
