import GovGraphEvaluation
import GovGraphModel
import Testing

struct GoldArticleTests {
    @Test("An entity's forms are its name, mentions and aliases")
    func forms() {
        let entity = GoldEntity(
            name: "Deutscher Landkreistag", type: .organization, mentions: ["Landkreistag", "DLT"], aliases: ["DLT"])
        #expect(entity.forms == ["Deutscher Landkreistag", "Landkreistag", "DLT"])
    }

    @Test("Entities are looked up by their canonical name")
    func lookup() {
        let article = GoldArticle(id: "a", entities: [GoldEntity(name: "Kiel", type: .municipality)])
        #expect(article.entity(named: "Kiel")?.type == .municipality)
        #expect(article.entity(named: "Kiels") == nil)
    }
}
