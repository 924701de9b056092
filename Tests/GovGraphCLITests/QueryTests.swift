import Foundation
import Testing

@Suite("govgraph query")
struct QueryTests {
    /// A database holding the sample.
    static func sampleDatabase() throws -> String {
        let db = try CLI.temporaryFolder().appendingPathComponent("g.sqlite").path
        let result = try CLI.run(["extract", CLI.sample.path, "--db", db])
        try #require(result.status == 0, "\(result.stderr)")
        return db
    }

    @Test("A partial or inflected name finds the entity and lists its links with evidence", arguments: [
        "Städtetag", "Deutschen Städtetages", "deutscher städtetag", "organization:deutscher-staedtetag",
    ])
    func links(name: String) throws {
        let db = try Self.sampleDatabase()
        let result = try CLI.run(["query", name, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Deutscher Städtetag (organization)"))
        #expect(result.stdout.contains("holds_role  ← Hauptgeschäftsführer: Helmut Dedy (person)  2025-02-03"))
        #expect(result.stdout.contains("“[03.02.2025] Helmut Dedy, Hauptgeschäftsführer des Deutschen Städtetages"))
    }

    @Test("query --json gives the links machine-readably")
    func linksJSON() throws {
        let db = try Self.sampleDatabase()
        let result = try CLI.run(["query", "Reinhard Sager", "--db", db, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let links = try #require(object["links"] as? [[String: Any]])
        let roles = links.filter { $0["predicate"] as? String == "holds_role" }.compactMap { $0["role"] as? String }
        #expect(Set(roles) == ["Präsident", "Landrat"])
    }

    @Test("path prints a shortest chain with the relation of each step")
    func path() throws {
        let db = try Self.sampleDatabase()
        let result = try CLI.run(["query", "path", "Helmut Dedy", "Bund", "--db", db])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Bund"))
        let chain = try CLI.run(["query", "path", "Reinhard Sager", "Ostholstein", "--db", db])
        #expect(chain.status == 0, "\(chain.stderr)")
        #expect(chain.stdout.contains("1 step"))
        #expect(chain.stdout.contains("[holds_role: Landrat]"))
        let twoSteps = try CLI.run(["query", "path", "Dirk Schrödter", "Dataport", "--db", db])
        #expect(twoSteps.status == 0, "\(twoSteps.stderr)")
        #expect(twoSteps.stdout.contains("Dirk Schrödter (person) → Dataport (organization): 2 steps"))
        #expect(twoSteps.stdout.contains("Dirk Schrödter (person) —[holds_role: Digitalisierungsminister]→ Schleswig-Holstein (state)"))
    }

    @Test("list shows entities by mentions, filtered by type")
    func list() throws {
        let db = try Self.sampleDatabase()
        let result = try CLI.run(["query", "list", "--type", "person", "--db", db])
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n").dropFirst()
        #expect(rows.allSatisfy { $0.contains(" person ") })
        #expect(rows.first?.contains("Burkhard Jung") == true || rows.first?.contains("Fabian Mehring") == true)
    }

    @Test("Unknown entities and missing databases get a clear error", arguments: [
        (["query", "Atlantis"], "no entity matches \"Atlantis\""),
        (["query", "list", "--db", "/nonexistent/g.sqlite"], "no database at /nonexistent/g.sqlite"),
    ])
    func errors(arguments: [String], message: String) throws {
        let db = try Self.sampleDatabase()
        let result = try CLI.run(arguments + (arguments.contains("--db") ? [] : ["--db", db]))
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
