import Foundation
import Testing

@Suite("govgraph query who and timeline")
struct QueryHistoryTests {
    @Test("who names the holders of a role, in any of its forms", arguments: [
        (CLI.sample, ["--role", "Präsident", "--of", "Deutscher Landkreistag"], "Reinhard Sager (person)  Präsident  2025-10-10"),
        (CLI.sample, ["--role", "Präsidentin", "--of", "Landkreistag"], "Reinhard Sager (person)  Präsident  2025-10-10"),
        (CLI.sample, ["--role", "OB", "--of", "Leipzig"], "Burkhard Jung (person)  Oberbürgermeister  2024-03-14"),
        (CLI.sample, ["--role", "Landrätin", "--of", "Ostholstein"], "Reinhard Sager (person)  Landrat  2025-10-10"),
        (CLI.staedtetagPage, ["--role", "Präsident", "--of", "Deutscher Städtetag"], "Burkhard Jung (person)  Präsident  2019-10-31"),
        (CLI.staedtetagPage, ["--role", "Vizepräsidentin", "--of", "Deutscher Städtetag"], "Claudia Kalisch (person)  Vizepräsidentin  2026-01-26"),
        (CLI.staedtetagPage, ["--role", "Vizepräsident", "--of", "Städtetag", "--at", "2026-02-01"], "Claudia Kalisch (person)  Vizepräsidentin  2026-01-26"),
    ] as [(URL, [String], String)])
    func who(file: URL, options: [String], line: String) throws {
        let db = try CLI.database(with: [file])
        let result = try CLI.run(["query", "who"] + options + ["--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(line), "\(result.stdout)")
    }

    @Test("who names the predecessor; path runs from Kalisch over the Städtetag and Jung to Leipzig")
    func successionAndPath() throws {
        let db = try CLI.database(with: [CLI.staedtetagPage])
        let who = try CLI.run(["query", "who", "--role", "Vizepräsidentin", "--of", "Deutscher Städtetag", "--db", db])
        #expect(who.stdout.contains("succeeded Katja Dörner (person)"), "\(who.stdout)")
        let path = try CLI.run(["query", "path", "Claudia Kalisch", "Leipzig", "--db", db])
        #expect(path.status == 0, "\(path.stderr)")
        #expect(path.stdout.contains("1. Claudia Kalisch (person) —[holds_role: Vizepräsidentin]→ Deutscher Städtetag (organization)"))
        #expect(path.stdout.contains("2. Deutscher Städtetag (organization) ←[holds_role: Präsident]— Burkhard Jung (person)"))
        #expect(path.stdout.contains("3. Burkhard Jung (person) —[holds_role: Oberbürgermeister]→ Leipzig (municipality)"))
    }

    @Test("who before anyone held the role names nobody")
    func whoBefore() throws {
        let db = try CLI.database(with: [CLI.staedtetagPage])
        let result = try CLI.run(["query", "who", "--role", "Vizepräsidentin", "--of", "Städtetag", "--at", "2019-12-31", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("no Vizepräsidentin of Deutscher Städtetag (organization) is stored on 2019-12-31"))
    }

    @Test("who --json gives the holders with dates, status and predecessors")
    func whoJSON() throws {
        let db = try CLI.database(with: [CLI.staedtetagPage])
        let result = try CLI.run(["query", "who", "--role", "Präsidentin", "--of", "Städtetag", "--json", "--db", db])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["role_key"] as? String == "präsident")
        #expect((object["of"] as? [String: Any])?["id"] as? String == "organization:deutscher-staedtetag")
        let holders = try #require(object["holders"] as? [[String: Any]])
        #expect(holders.count == 1)
        #expect((holders.first?["person"] as? [String: Any])?["name"] as? String == "Burkhard Jung")
        #expect(holders.first?["first_date"] as? String == "2019-10-31")
        #expect(holders.first?["predecessors"] is [Any])
        #expect((holders.first?["evidence"] as? [Any])?.isEmpty == false)
    }

    @Test("timeline lists the dated facts in order")
    func timeline() throws {
        let db = try CLI.database(with: [CLI.staedtetagPage, CLI.sample])
        let result = try CLI.run(["query", "timeline", "Deutscher Städtetag", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        let facts = result.stdout.split(separator: "\n").filter { $0.hasPrefix("  2") }
        let jung = try #require(facts.firstIndex { $0.contains("2019-10-31  holds_role  ← Präsident: Burkhard Jung (person)") })
        let dedy = try #require(facts.firstIndex { $0.contains("2025-02-03  holds_role  ← Hauptgeschäftsführer: Helmut Dedy (person)") })
        let kalisch = try #require(facts.firstIndex { $0.contains("2026-01-26  holds_role  ← Vizepräsidentin: Claudia Kalisch (person)") })
        #expect(jung < dedy && dedy < kalisch)
        #expect(!result.stdout.contains("co_mentioned"))
        let dates = facts.map { $0.dropFirst(2).prefix(10) }
        #expect(dates == dates.sorted())
    }

    @Test("timeline --json and --co-mentions")
    func timelineJSON() throws {
        let db = try CLI.database(with: [CLI.sample])
        let result = try CLI.run(["query", "timeline", "Deutscher Städtetag", "--co-mentions", "--json", "--db", db])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let entries = try #require(object["entries"] as? [[String: Any]])
        #expect(Set(entries.compactMap { $0["predicate"] as? String }) == ["holds_role", "co_mentioned"])
        #expect(entries.allSatisfy { $0["date"] as? String == "2025-02-03" })
        #expect(entries.first?["direction"] as? String == "incoming")
    }
}
