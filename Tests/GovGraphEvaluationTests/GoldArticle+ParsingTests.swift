import GovGraphEvaluation
import Testing

struct GoldArticleParsingTests {
    @Test("The whole-page style: one object that names its text in \"document\"")
    func wholePage() throws {
        let json = """
            {"document": "texte/rathaus.txt", "about": "Testseite",
             "articles": [{"date": "2024-05-02", "title": "Neuer Kämmerer"}],
             "entities": [
               {"name": "Kiel", "type": "municipality", "mentions": ["Kiel", "Kiels"]},
               {"name": "Landeshauptstadt Kiel", "type": "organization", "mentions": ["Stadtverwaltung"], "optional": true},
               {"name": "Jana Beispiel", "type": "person", "mentions": ["Jana Beispiel"], "incidental": true}],
             "relations": [{"subject": "Ute Muster", "role": "Kämmerin", "object": "Kiel"}]}
            """
        let articles = try GoldArticle.parse(json)
        #expect(articles.count == 1)
        let article = try #require(articles.first)
        #expect(article.id == "texte/rathaus.txt")
        #expect(article.entities.map(\.name) == ["Kiel", "Landeshauptstadt Kiel", "Jana Beispiel"])
        #expect(article.entities.map(\.optional) == [false, true, false])
        #expect(article.entities.map(\.incidental) == [false, false, true])
        #expect(article.relations == [GoldRelation(subject: "Ute Muster", role: "Kämmerin", object: "Kiel")])
    }

    @Test(
        "JSON lines and arrays give one article per object, in order",
        arguments: [
            """
            {"id": "eins", "date": "2024-01-02", "entities": [{"name": "Kiel", "type": "municipality"}]}

            {"id": "zwei", "entities": [], "relations": []}
            """,
            """
            [{"id": "eins", "date": "2024-01-02", "entities": [{"name": "Kiel", "type": "municipality"}]},
             {"id": "zwei", "entities": []}]
            """,
        ])
    func lines(json: String) throws {
        let articles = try GoldArticle.parse(json)
        #expect(articles.map(\.id) == ["eins", "zwei"])
        #expect(articles.first?.date == "2024-01-02")
        #expect(articles.first?.entities.first?.mentions == [])
    }

    @Test("A bad JSON line is named by its number")
    func badLine() {
        let json = """
            {"id": "eins", "entities": []}
            {"id": "zwei", "entities": [{"name": "Kiel"}]}
            """
        let error = #expect(throws: EvaluationError.self) { try GoldArticle.parse(json) }
        guard case let .invalidGold(line, reason)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(line == 2)
        #expect(reason.contains("type"))
    }

    @Test(
        "Errors for empty files, broken JSON and unknown types",
        arguments: [
            ("  \n ", EvaluationError.emptyGold),
            (#"{"id": "a"}"#, .invalidGold(line: nil, reason: "missing field \"entities\"")),
            (#"{"id": "a", "entities": [{"name": "Kiel", "type": "city"}]}"#, .unknownEntityType("city", entity: "Kiel")),
        ])
    func errors(json: String, expected: EvaluationError) {
        #expect(throws: expected) { try GoldArticle.parse(json) }
    }
}
