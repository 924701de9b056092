import Foundation
import Testing

/// The reading commands on a PostgreSQL URL answer as on a file: the same graph extracted into
/// both, the same command on both, the same output.
@Suite(
    "Reading commands on a PostgreSQL graph",
    .enabled(if: PostgresShell.enabled, Comment(rawValue: PostgresShell.skipMessage)), .serialized)
struct PostgresReadingTests {
    static let inputs = [CLI.staedtetagPage, ServeTests.page]

    /// The commands whose output must not depend on the backend.
    static let commands: [[String]] = [
        ["stats"],
        ["stats", "--json"],
        ["query", "list", "--top", "12"],
        ["query", "list", "--type", "person", "--by", "degree", "--json"],
        ["query", "Leipzig"],
        ["query", "Leipzigs", "--json"],
        ["query", "Deutscher Städtetag", "--explain", "--relation", "holds_role"],
        ["query", "Claudia Kalisch", "--type", "municipality", "--since", "2020-01-01", "--json"],
        ["query", "path", "Claudia Kalisch", "Leipzig"],
        ["query", "path", "Claudia Kalisch", "Burkhard Jung", "--json"],
        ["query", "who", "--role", "Vizepräsidentin", "--of", "Deutscher Städtetag"],
        ["query", "who", "--role", "Präsidentin", "--of", "Städtetag", "--at", "2019-12-31", "--json"],
        ["query", "timeline", "Deutscher Städtetag", "--co-mentions", "--json"],
        ["query", "Städtetak"],
        ["query", "Atlantis"],
        ["export", "--format", "json", "--out", "-"],
        ["export", "--format", "graphml", "--out", "-"],
        ["export", "--focus", "Leipzig", "--depth", "2", "--format", "dot", "--out", "-"],
        ["export", "--format", "popolo", "--out", "-"],
    ]

    @Test("Every reading command gives the same output, status and message on both backends")
    func sameAnswers() throws {
        let file = try CLI.database(with: Self.inputs)
        try PostgresShell.withDatabase { url throws in
            let extract = try CLI.run(["extract"] + Self.inputs.map(\.path) + ["--db", url, "--quiet"])
            #expect(extract.status == 0, "\(extract.stderr)")
            for command in Self.commands {
                let sqlite = try CLI.run(command + ["--db", file])
                let postgres = try CLI.run(command + ["--db", url])
                #expect(postgres.status == sqlite.status, "\(command): \(postgres.stderr)")
                #expect(postgres.stdout == sqlite.stdout, "\(command)")
                #expect(postgres.stderr == sqlite.stderr, "\(command)")
            }
        }
    }

    @Test("Full-text search uses PostgreSQL's German index: every hit SQLite finds, and inflected forms")
    func search() throws {
        let file = try CLI.database(with: Self.inputs)
        try PostgresShell.withDatabase { url throws in
            #expect(try CLI.run(["extract"] + Self.inputs.map(\.path) + ["--db", url, "--quiet"]).status == 0)
            for words in [["Städtetag"], ["Leipzig", "Oberbürgermeister"], ["Digitalisierung"]] {
                let command = ["query", "search"] + words + ["--limit", "100", "--json"]
                let sqlite = try Self.hits(try CLI.run(command + ["--db", file]).stdout)
                let postgres = try Self.hits(try CLI.run(command + ["--db", url]).stdout)
                #expect(!sqlite.isEmpty, "\(words)")
                #expect(sqlite.isSubset(of: postgres), "\(words): \(sqlite.subtracting(postgres))")
            }
            // "Städtetages" is stemmed to the word of "Städtetag": found though no text has it.
            let inflected = try Self.hits(try CLI.run(["query", "search", "Städtetages", "--json", "--db", url]).stdout)
            #expect(!inflected.isEmpty)
            let nothing = try CLI.run(["query", "search", "Atlantis", "--db", url])
            #expect(nothing.status == 0)
        }
    }

    @Test("remove takes a document out of a PostgreSQL graph as out of a file")
    func remove() throws {
        let file = try CLI.database(with: Self.inputs)
        try PostgresShell.withDatabase { url throws in
            #expect(try CLI.run(["extract"] + Self.inputs.map(\.path) + ["--db", url, "--quiet"]).status == 0)
            let id = try #require(try PostgresShell.query(url, "SELECT id FROM document ORDER BY id LIMIT 1").first)
            let fromFile = try CLI.run(["remove", id, "--db", file])
            let fromServer = try CLI.run(["remove", id, "--db", url])
            #expect(fromServer.status == 0, "\(fromServer.stderr)")
            #expect(fromServer.stdout == fromFile.stdout)
            #expect(try PostgresShell.rows(url) == PostgresShell.rows(sqlite: file))
            let again = try CLI.run(["remove", id, "--db", url])
            let againFromFile = try CLI.run(["remove", id, "--db", file])
            #expect(again.status == againFromFile.status)
            #expect(again.status != 0)
            let shown = url.replacingOccurrences(of: #":[^:@/]*@"#, with: "@", options: .regularExpression)
            #expect(again.stderr == "Error: no document \(id) in \(shown); `govgraph query search WORD` shows document ids\n")
        }
    }

    @Test("serve answers from a PostgreSQL graph as from a file")
    func serve() async throws {
        let file = try CLI.database(with: Self.inputs)
        try await PostgresShell.withDatabase { url in
            #expect(try CLI.run(["extract"] + Self.inputs.map(\.path) + ["--db", url, "--quiet"]).status == 0)
            let fromFile = try ServerProcess(["--db", file])
            let fromServer = try ServerProcess(["--db", url])
            for path in ["/api/stats", "/api/entities/Leipzig", "/api/who?role=Vizepr%C3%A4sidentin&of=Deutscher%20St%C3%A4dtetag", "/entity/Leipzig"] {
                let a = try await fromFile.get(path)
                let b = try await fromServer.get(path)
                #expect(b.status == 200, "\(path)")
                #expect(b.body == a.body, "\(path)")
            }
            #expect(fromServer.stop() == 0)
            fromFile.stop()
            let password = url.replacingOccurrences(of: #"^.*://[^:@/]*:([^@]*)@.*$"#, with: "$1", options: .regularExpression)
            #expect(!fromServer.log.contains(":\(password)@"), "the password is not logged")
        }
    }

    @Test("A reading command on a database without a graph, or a bad URL: one line, nothing created")
    func failures() throws {
        try PostgresShell.withDatabase { url throws in
            for command in [["stats"], ["query", "Leipzig"], ["export", "--format", "json", "--out", "-"], ["remove", "abc"]] {
                let result = try CLI.run(command + ["--db", url])
                #expect(result.status == 1, "\(command)")
                #expect(result.stderr.contains("holds no govgraph graph yet"), "\(command): \(result.stderr)")
                #expect(result.stderr.split(separator: "\n").count == 1)
            }
            #expect(try PostgresShell.query(url, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()") == ["0"])
        }
        let bad = try CLI.run(["stats", "--db", "postgres://govgraph@127.0.0.1:99999/x"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("port"), "\(bad.stderr)")
    }

    static func hits(_ json: String) throws -> Set<String> {
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let list = (decoded as? [[String: Any]]) ?? ((decoded as? [String: Any])?["hits"] as? [[String: Any]]) ?? []
        return Set(list.map { "\($0["document"] ?? $0["documentId"] ?? "")@\($0["start"] ?? "")" })
    }
}
