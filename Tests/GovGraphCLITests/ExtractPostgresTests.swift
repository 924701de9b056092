import Foundation
import Testing

/// `govgraph extract --db postgres://…`: many workers into one graph, and kill -9.
@Suite(
    "govgraph extract into PostgreSQL",
    .enabled(if: PostgresShell.enabled, Comment(rawValue: PostgresShell.skipMessage)), .serialized)
struct ExtractPostgresTests {
    @Test("Six workers at once, four on disjoint inputs and two on overlapping ones, build the graph one process builds")
    func manyWorkers() throws {
        let folder = try CLI.temporaryFolder()
        let parts = try (0..<4).map { try ExtractCrashTests.corpus(120, prefix: "teil\($0)", in: folder) }
        let shared = try ExtractCrashTests.corpus(60, prefix: "gemeinsam", in: folder)
        try PostgresShell.withDatabase { url throws in
            var workers = try parts.map { try ExtractCrashTests.start(["extract", $0.path, "--db", url, "--quiet"]) }
            workers.append(try ExtractCrashTests.start(["extract", shared.path, parts[0].path, "--db", url, "--quiet"]))
            workers.append(try ExtractCrashTests.start(["extract", parts[3].path, shared.path, "--db", url, "--quiet"]))
            for worker in workers { worker.waitUntilExit() }
            #expect(workers.map(\.terminationStatus) == [0, 0, 0, 0, 0, 0])

            let reference = folder.appendingPathComponent("reference.sqlite").path
            let single = try CLI.run(["extract"] + (parts + [shared]).map(\.path) + ["--db", reference, "--quiet"])
            #expect(single.status == 0, "\(single.stderr)")
            #expect(try PostgresShell.rows(url) == PostgresShell.rows(sqlite: reference))
            #expect(try PostgresShell.query(url, "SELECT count(*) FROM document") == ["540"])
        }
    }

    @Test("A worker killed with kill -9 loses only its open batch; a re-run completes the graph")
    func killed() throws {
        let folder = try CLI.temporaryFolder()
        let corpus = try ExtractCrashTests.corpus(600, prefix: "krach", in: folder)
        let reference = folder.appendingPathComponent("reference.sqlite").path
        #expect(try CLI.run(["extract", corpus.path, "--db", reference, "--quiet"]).status == 0)
        try PostgresShell.withDatabase { url throws in
            var generator = SystemRandomNumberGenerator()
            for _ in 0..<3 {
                let worker = try ExtractCrashTests.start(["extract", corpus.path, "--db", url, "--quiet"])
                Thread.sleep(forTimeInterval: Double.random(in: 0.5...2.5, using: &generator))
                kill(worker.processIdentifier, SIGKILL)
                worker.waitUntilExit()
                // Only whole documents: every stored document has its mentions and passages.
                // (A worker killed while it loads the gazetteer has not made the tables yet.)
                guard try PostgresShell.query(url, "SELECT to_regclass('document') IS NOT NULL") == ["t"] else { continue }
                #expect(try PostgresShell.query(url, """
                    SELECT count(*) FROM document d
                    WHERE NOT EXISTS (SELECT 1 FROM mention WHERE documentId = d.id)
                        OR NOT EXISTS (SELECT 1 FROM passage WHERE documentId = d.id)
                    """).allSatisfy { $0 == "0" })
            }
            let rerun = try CLI.run(["extract", corpus.path, "--db", url, "--quiet"])
            #expect(rerun.status == 0, "\(rerun.stderr)")
            #expect(try PostgresShell.rows(url) == PostgresShell.rows(sqlite: reference))
        }
    }

    @Test("A server that is not there, a wrong password and a database of something else: one line, exit 1")
    func failures() throws {
        try PostgresShell.withDatabase { url throws in
            let wrong = url.replacingOccurrences(
                of: #":[^:@/]*@"#, with: ":falsch@", options: .regularExpression)
            let noServer = url.replacingOccurrences(of: #"@[^/]*/"#, with: "@127.0.0.1:9/", options: .regularExpression)
            _ = try PostgresShell.query(url, "CREATE TABLE kunden (id integer)")
            for (db, message) in [(wrong, "refused the login"), (noServer, "cannot connect"), (url, "not a govgraph database")] {
                let result = try CLI.run(["extract", CLI.sample.path, "--db", db, "--quiet"])
                #expect(result.status == 1)
                #expect(result.stderr.contains(message), "\(result.stderr)")
                #expect(result.stderr.split(separator: "\n").count == 1)
                #expect(!result.stderr.contains("falsch"))
            }
            #expect(try PostgresShell.query(url, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()") == ["kunden"])
        }
    }
}

/// The PostgreSQL server of the tests, through `psql`: `GOVGRAPH_TEST_POSTGRES` names a role
/// that may create databases; `GOVGRAPH_REQUIRE_POSTGRES=1` (CI) makes the tests run without it,
/// and fail.
enum PostgresShell {
    static let url = ProcessInfo.processInfo.environment["GOVGRAPH_TEST_POSTGRES"]
    static let enabled = url != nil || ProcessInfo.processInfo.environment["GOVGRAPH_REQUIRE_POSTGRES"] == "1"
    static let skipMessage = "no PostgreSQL server: set GOVGRAPH_TEST_POSTGRES=postgres://USER:PASSWORD@127.0.0.1:5432/DB (a role that may create databases)"

    /// A new database, dropped when `body` returns; `body` gets its URL.
    static func withDatabase(_ body: (String) throws -> Void) throws {
        let (admin, name, database) = try createDatabase()
        defer { _ = try? query(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
        try body(database)
    }

    /// ``withDatabase(_:)`` for a test that awaits.
    static func withDatabase(_ body: (String) async throws -> Void) async throws {
        let (admin, name, database) = try createDatabase()
        defer { _ = try? query(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
        try await body(database)
    }

    /// A new database: the URL it was made through, its name and its URL.
    private static func createDatabase() throws -> (admin: String, name: String, url: String) {
        guard let url, let slash = url.lastIndex(of: "/") else { throw ShellError(message: skipMessage) }
        let name = "govgraph_cli_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        _ = try query(url, "CREATE DATABASE \(name)")
        return (url, name, String(url[...slash]) + name)
    }

    /// The rows of `sql`, one line each (fields joined by `|`).
    static func query(_ url: String, _ sql: String) throws -> [String] {
        try run(["psql", url, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql])
    }

    /// Every row saving writes, without row ids, in SQL both backends read alike, sorted.
    static let comparable = [
        #"SELECT id || '|' || source || '|' || coalesce(title, '-') || '|' || coalesce(date, '-') || '|' || start || '|' || "end" FROM document"#,
        "SELECT id || '|' || name || '|' || type || '|' || keys || '|' || mentionCount || '|' || documentCount FROM entity",
        #"SELECT documentId || '|' || entityId || '|' || start || '|' || "end" || '|' || text FROM mention"#,
        """
        SELECT documentId || '|' || subjectId || '|' || predicate || '|' || objectId || '|' || coalesce(role, '-') || '|' ||
            coalesce(status, '-') || '|' || coalesce(date, '-') || '|' || evidenceStart || '|' || evidenceEnd || '|' || coalesce(rule, '-')
        FROM relation
        """,
        #"SELECT documentId || '|' || kind || '|' || start || '|' || "end" FROM passage"#,
    ]

    static func rows(_ url: String) throws -> [[String]] {
        try comparable.map { try query(url, $0).sorted() }
    }

    static func rows(sqlite path: String) throws -> [[String]] {
        try comparable.map { try SQLiteShell.query(path, $0).sorted() }
    }

    private static func run(_ arguments: [String]) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problems = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ShellError(message: "psql: " + String(decoding: problems, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}

struct ShellError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
