import Foundation
import Testing

@Suite("govgraph query search")
struct QuerySearchTests {
    @Test("search finds sentences and titles, with document, date and entities")
    func search() throws {
        let db = try CLI.database(with: [CLI.sample])
        let result = try CLI.run(["query", "search", "Tempo", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("2025-02-03  Deutscher Städtetag: Dedy fordert mehr Tempo  ["))
        #expect(result.stdout.contains("“[03.02.2025] Helmut Dedy, Hauptgeschäftsführer des Deutschen Städtetages, fordert mehr Tempo bei der Digitalisierung.”"))
        #expect(result.stdout.contains("Helmut Dedy (person), Deutscher Städtetag (organization)"))
    }

    @Test("Several words, any case and accents; FTS5 syntax is plain text", arguments: [
        (["mehr", "tempo"], 1),
        (["MEHR TEMPO"], 1),
        (["\"Tempo"], 1),
        (["Tempo-"], 1),
        (["Tempo", "NOT", "Dedy"], 0),
        (["Tempo AND Atlantis"], 0),
        (["Sozialleistung"], 1),
    ])
    func words(words: [String], minimum: Int) throws {
        let db = try CLI.database(with: [CLI.sample])
        let result = try CLI.run(["query", "search"] + words + ["--json", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        if minimum == 0 { #expect(hits.isEmpty) } else { #expect(hits.count >= minimum) }
    }

    @Test("search --json gives document, kind, span and entities")
    func json() throws {
        let db = try CLI.database(with: [CLI.sample])
        let result = try CLI.run(["query", "search", "Sozialleistungen", "--json", "--db", db])
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let hit = try #require(hits.first)
        #expect(hit["kind"] as? String == "sentence")
        #expect(hit["date"] as? String == "2025-10-10")
        #expect((hit["document"] as? String)?.count == 32)
        #expect((hit["entities"] as? [[String: Any]])?.compactMap { $0["name"] as? String }.contains("Reinhard Sager") == true)
    }

    @Test("Nothing to search for is a usage error; no hit is said so")
    func emptyAndNone() throws {
        let db = try CLI.database(with: [CLI.sample])
        let empty = try CLI.run(["query", "search", "--db", db, "--", "-"])
        #expect(empty.status == 2)
        let none = try CLI.run(["query", "search", "Atlantis", "--db", db])
        #expect(none.status == 0)
        #expect(none.stdout.contains("nothing stored matches \"Atlantis\""))
    }
}
