import Foundation
import Testing

@Suite("govgraph remove")
struct RemoveTests {
    @Test("remove deletes a document and the entities only it named")
    func remove() throws {
        let db = try CLI.database(with: [CLI.sample])
        // The document of the Landkreistag item, found by search
        let search = try CLI.run(["query", "search", "Sozialleistungen", "--json", "--db", db])
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [[String: Any]])
        let id = try #require(hits.first?["document"] as? String)

        let result = try CLI.run(["remove", id, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("removed document \(id): "))
        #expect(result.stdout.contains("organization:deutscher-landkreistag"))
        #expect(result.stdout.contains("person:reinhard-sager"))

        let list = try CLI.run(["query", "list", "--db", db])
        #expect(!list.stdout.contains("Reinhard Sager"))
        #expect(!list.stdout.contains("Deutscher Landkreistag"))
        #expect(list.stdout.contains("Burkhard Jung"))
        let stats = try CLI.run(["stats", "--json", "--db", db])
        #expect(stats.stdout.contains("\"documents\" : 6"))
        let again = try CLI.run(["remove", id, "--db", db])
        #expect(again.status == 1)
        #expect(again.stderr.contains("Error: no document \(id) in \(db)"))
    }

    @Test("remove --json reports the counts")
    func json() throws {
        let db = try CLI.database(with: [CLI.staedtetagPage])
        let search = try CLI.run(["query", "search", "Kalisch", "--json", "--db", db])
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [[String: Any]])
        let id = try #require(hits.first?["document"] as? String)
        let result = try CLI.run(["remove", id, "--json", "--db", db])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["document"] as? String == id)
        #expect((object["entities"] as? [String])?.contains("person:claudia-kalisch") == true)
        #expect((object["relations"] as? Int ?? 0) > 0)
        let who = try CLI.run(["query", "who", "--role", "Vizepräsidentin", "--of", "Städtetag", "--db", db])
        #expect(who.stdout.contains("no Vizepräsidentin"))
    }
}
