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

    @Test("query --explain gives every sentence of a link with the rule that read it")
    func explain() throws {
        let db = try Self.sampleDatabase()
        let result = try CLI.run(["query", "Reinhard Sager", "--db", db, "--explain", "--relation", "holds_role"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("holds_role  → Landrat of Kreis Ostholstein (district)"))
        // Each sentence under its date, document, rule and status; the rules are those of
        // gazetteer/rules/roles.rules (or a named Swift resolver), which may change.
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let sentence = try #require(lines.firstIndex { $0.contains("“Sager ist auch Landrat des Kreises Ostholstein.") })
        #expect(lines[sentence - 1].hasPrefix("      2025-10-10, document "))
        #expect(lines[sentence - 1].contains(", rule role."))
        #expect(lines[sentence - 1].hasSuffix(", current"))
        #expect(lines.contains { $0.contains("“DLT-Präsident Reinhard Sager") })
        #expect(!result.stdout.contains("rule not recorded"))
        let json = try CLI.run(["query", "Reinhard Sager", "--db", db, "--json"])
        #expect(json.stdout.contains("\"rule\" : \"role."))
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

    @Test("Links are filtered by relation, type and dates", arguments: [
        ([String](), ["holds_role  ← Präsident: Reinhard Sager (person)", "co_mentioned  ~ named with Reinhard Sager (person)"]),
        (["--relation", "holds_role"], ["holds_role  ← Präsident: Reinhard Sager (person)"]),
        (["--relation", "co_mentioned", "--type", "person"], ["co_mentioned  ~ named with Reinhard Sager (person)"]),
        (["--type", "municipality"], []),
        (["--since", "2025-10-10", "--until", "2025-10-10"], ["holds_role  ← Präsident: Reinhard Sager (person)", "co_mentioned  ~ named with Reinhard Sager (person)"]),
        (["--since", "2025-10-11"], []),
    ])
    func linkFilters(options: [String], expected: [String]) throws {
        let db = try Self.sampleDatabase()
        let result = try CLI.run(["query", "Landkreistag", "--db", db] + options)
        #expect(result.status == 0, "\(result.stderr)")
        let links = result.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("    ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(links.count == expected.count, "\(result.stdout)")
        for (line, prefix) in zip(links, expected) { #expect(line.hasPrefix(prefix), "\(line)") }
        if expected.isEmpty { #expect(result.stdout.contains("no links")) }
    }

    @Test("Dates are validated", arguments: [
        ["query", "Leipzig", "--since", "2025-13-01"],
        ["query", "Leipzig", "--until", "10.10.2025"],
        ["query", "Leipzig", "--since", "2025-02-30"],
        ["query", "Leipzig", "--since", "2025-10-11", "--until", "2025-10-10"],
        ["query", "who", "--role", "Präsident", "--of", "Landkreistag", "--at", "2025"],
    ])
    func badDates(arguments: [String]) throws {
        let db = try Self.sampleDatabase()
        let result = try CLI.run(arguments + ["--db", db])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("Error: --"), "\(result.stderr)")
        #expect(result.stderr.contains("Usage:"))
    }

    @Test("list shows the degree; --by degree orders by it")
    func listDegree() throws {
        let db = try Self.sampleDatabase()
        let text = try CLI.run(["query", "list", "--top", "3", "--by", "degree", "--db", db])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("mentions  docs  degree  type          name"))
        let json = try CLI.run(["query", "list", "--by", "degree", "--db", db, "--json"])
        let entities = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let degrees = entities.compactMap { $0["degree"] as? Int }
        #expect(degrees.count == entities.count)
        #expect(degrees == degrees.sorted(by: >))
        let sager = try #require(entities.first { $0["name"] as? String == "Reinhard Sager" })
        #expect(sager["degree"] as? Int == 2)
    }

    @Test("An unknown name suggests the closest known names", arguments: [
        ("Städtetak", "Error: no entity matches \"Städtetak\"; did you mean Deutscher Städtetag?"),
        ("Reinhard Sagr", "Error: no entity matches \"Reinhard Sagr\"; did you mean Reinhard Sager?"),
    ])
    func didYouMean(name: String, message: String) throws {
        let db = try Self.sampleDatabase()
        for arguments in [["query", name], ["query", "timeline", name], ["query", "who", "--role", "Präsident", "--of", name]] {
            let result = try CLI.run(arguments + ["--db", db])
            #expect(result.status == 1)
            #expect(result.stderr.split(separator: "\n") == [Substring(message)], "\(result.stderr)")
        }
    }

    @Test("Unknown entities and missing databases get a clear error", arguments: [
        (["query", "Atlantis"], "no entity matches \"Atlantis\"; `govgraph query list` shows what is stored"),
        (["query", "list", "--db", "/nonexistent/g.sqlite"], "no database at /nonexistent/g.sqlite"),
    ])
    func errors(arguments: [String], message: String) throws {
        let db = try Self.sampleDatabase()
        let result = try CLI.run(arguments + (arguments.contains("--db") ? [] : ["--db", db]))
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("A role written with another word shows the canonical role and the written one")
    func canonicalRole() throws {
        let text = try CLI.temporaryFolder().appendingPathComponent("jung.txt")
        try Data("[31.10.2019] Burkhard Jung, Präsident des Deutschen Städtetags und Stadtoberhaupt von Leipzig, sprach über die Verwaltung.\n".utf8).write(to: text)
        let db = try CLI.database(with: [text])
        let result = try CLI.run(["query", "Leipzig", "--db", db])
        #expect(result.stdout.contains("holds_role  ← Oberbürgermeister (Stadtoberhaupt): Burkhard Jung (person)"), "\(result.stdout)")
    }

    @Test("Numbers out of range are usage errors with exit status 2, negative ones too; a folder as --db as well", arguments: [
        (["query", "path", "Leipzig", "Dresden", "--max-length", "-1"], "--max-length must be 1 or more, not -1"),
        (["query", "path", "Leipzig", "Dresden", "--max-length", "0"], "--max-length must be 1 or more, not 0"),
        (["query", "list", "--top", "0"], "--top must be 1 or more, not 0"),
        (["query", "list", "--top", "-3"], "--top must be 1 or more, not -3"),
        (["export", "--format", "dot", "--top", "0"], "--top must be 1 or more, not 0"),
        (["extract", "x.txt", "--jobs", "-1"], "--jobs must be at least 1, not -1"),
        (["stats", "--db", "/tmp"], "--db /tmp is a folder; pass the path of a database file, for example /tmp/govgraph.sqlite"),
        (["extract", "x.txt", "--db", "/tmp"], "--db /tmp is a folder"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let db = try Self.sampleDatabase()
        let withDB = arguments.contains("--db") ? arguments : arguments + ["--db", db]
        let result = try CLI.run(withDB)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
