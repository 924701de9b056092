import GovGraphEvaluation
import GovGraphModel
import Testing

struct GoldArticleMatchingTests {
    @Test(
        "An id names a file by its name, with or without extension, or by a path ending in it",
        arguments: [
            ("rathaus", "texte/rathaus.txt", true),
            ("rathaus.txt", "texte/rathaus.txt", true),
            ("seiten/rathaus.txt", "texte/rathaus.txt", true),
            ("texte/rathaus.txt", "texte/rathaus.txt", true),
            ("rat", "texte/rathaus.txt", false),
            ("rathaus.md", "texte/rathaus.txt", false),
            ("", "texte/rathaus.txt", false),
        ])
    func names(id: String, path: String, expected: Bool) throws {
        let articles = [GoldArticle(id: id, entities: []), GoldArticle(id: "anderes", entities: [])]
        if expected {
            let pairs = try GoldArticle.match(articles, to: [path, "anderes.txt"])
            #expect(pairs.map(\.file) == [path, "anderes.txt"])
            #expect(pairs.first?.gold.id == id)
        } else {
            #expect(throws: EvaluationError.unmatchedGold(id: id.isEmpty ? "(no id)" : id, files: [path, "anderes.txt"])) {
                try GoldArticle.match(articles, to: [path, "anderes.txt"])
            }
        }
    }

    @Test("One article and one file pair up whatever the id; files without gold are left out")
    func single() throws {
        let one = [GoldArticle(id: "seeds/seite.txt", entities: [])]
        #expect(try GoldArticle.match(one, to: ["kopie.txt"]).map(\.file) == ["kopie.txt"])
        let two = try GoldArticle.match(one, to: ["a.txt", "seite.txt"])
        #expect(two.map(\.file) == ["seite.txt"])
    }

    @Test("Articles with one id merge, each entity once by type and name")
    func merge() throws {
        let articles = [
            GoldArticle(
                id: "seite", entities: [GoldEntity(name: "Kiel", type: .municipality, mentions: ["Kiel"])],
                relations: [GoldRelation(subject: "Ute Muster", role: "Kämmerin", object: "Kiel")]),
            GoldArticle(
                id: "seite",
                entities: [
                    GoldEntity(name: "Kiel", type: .municipality, mentions: ["Kiels"]),
                    GoldEntity(name: "Kiel", type: .organization, optional: true),
                ],
                relations: [GoldRelation(subject: "Ute Muster", role: "Kämmerin", object: "Kiel")]),
        ]
        let pairs = try GoldArticle.match(articles, to: ["seite.txt"])
        let gold = try #require(pairs.first?.gold)
        #expect(gold.entities.count == 2)
        #expect(gold.entities[0].mentions == ["Kiel", "Kiels"])
        #expect(gold.relations.count == 1)
    }
}
