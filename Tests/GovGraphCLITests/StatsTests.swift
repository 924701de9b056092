import Foundation
import Testing

@Suite("govgraph stats")
struct StatsTests {
    @Test("stats --json has documents, entities by type, relations by predicate and the date range")
    func json() throws {
        let db = try CLI.database(with: [CLI.sample])
        let result = try CLI.run(["stats", "--json", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["documents", "entities", "relations", "first_date", "last_date"])
        #expect(object["documents"] as? Int == 7)
        #expect(object["first_date"] as? String == "2024-03-14")
        #expect(object["last_date"] as? String == "2025-11-05")
        let entities = try #require(object["entities"] as? [String: Int])
        #expect(entities["person"] == 10)
        #expect(entities["municipality"] == 6)
        let relations = try #require(object["relations"] as? [String: Int])
        #expect(relations["holds_role"] ?? 0 > 0)
        #expect(relations["co_mentioned"] ?? 0 > 0)
    }

    @Test("stats prints one line per count")
    func text() throws {
        let db = try CLI.database(with: [CLI.sample])
        let result = try CLI.run(["stats", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("documents: 7 (2024-03-14 … 2025-11-05)\n"))
        #expect(result.stdout.contains("\nentities: "))
        #expect(result.stdout.contains("(10 persons, 6 municipalities"))
        #expect(result.stdout.contains("relations: "))
        #expect(result.stdout.contains("mentions: "))
    }

    @Test("An empty database has null dates")
    func empty() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("g.sqlite").path
        let text = folder.appendingPathComponent("leer.txt")
        try Data("Ein Text ohne Namen.\n".utf8).write(to: text)
        _ = try CLI.run(["extract", text.path, "--db", db])
        let result = try CLI.run(["stats", "--json", "--db", db])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["first_date"] is NSNull)
        #expect(object["entities"] as? [String: Int] == [:])
    }

    @Test("Reading commands change no byte of the database, and read one the user may only read")
    func readOnly() throws {
        let db = try CLI.database(with: [CLI.sample])
        let url = URL(fileURLWithPath: db)
        // Written back once, so that nothing is left in the WAL.
        let before = try Data(contentsOf: url)
        for arguments in [["stats"], ["query", "list"], ["stats", "--json"]] {
            let result = try CLI.run(arguments + ["--db", db])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        #expect(try Data(contentsOf: url) == before)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
        let result = try CLI.run(["stats", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Data(contentsOf: url) == before)
    }
}
