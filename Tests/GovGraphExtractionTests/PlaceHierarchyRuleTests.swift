import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct PlaceHierarchyRuleTests {
    static func located(_ text: String) -> [String] {
        let document = Document.prepared(text, through: .link)
        let (relations, _) = PlaceHierarchyRule(gazetteer: TestGazetteer.compiled).relations(in: document)
        return relations.map(\.summary)
    }

    @Test("Places lie in their Land by their keys; bodies where their name or a possessive says", arguments: [
        ("Lüneburg wächst.", ["municipality:03355022 in state:03"]),
        ("Die Hochschule Ludwigsburg lehrt.", ["organization:hochschule-ludwigsburg in municipality:08118048"]),
        ("Der Landkreis Leipzig plant.", []),
        ("Die Hochschule Ludwigsburg lehrt in Lüneburg.",
         ["organization:hochschule-ludwigsburg in municipality:08118048", "municipality:03355022 in state:03"]),
    ] as [(String, [String])])
    func located(text: String, expected: [String]) {
        #expect(Self.located(text) == expected)
    }

    @Test("A name inside a body's name that is a Land's and a town's in another Land is the Land")
    func landOverTownElsewhere() {
        let gazetteer = try! Gazetteer(files: TestGazetteer.files + [
            GazetteerFile(name: "more-states.tsv", contents: "state:14\tSachsen\tFreistaat Sachsen\t\tags=14\n"),
            GazetteerFile(
                name: "more-municipalities.tsv",
                contents: "municipality:09571196\tSachsen bei Ansbach\tSachsen\t\tags=09571196;state=09;population=3628\n"),
        ])
        let compiled = CompiledGazetteer(gazetteer)
        let document = Document.prepared("Die Hochschule Sachsen lehrt.", through: .link, gazetteer: compiled)
        let (relations, _) = PlaceHierarchyRule(gazetteer: compiled).relations(in: document)
        #expect(relations.map(\.summary) == ["organization:hochschule-sachsen in state:14"])
    }

    @Test("The containing Land is implied, not named: it joins the article's implied list; evidence slices the text")
    func containers() throws {
        let articles = TestGazetteer.extractor.extract(text: "In Lüneburg tagte der Rat.")
        let article = try #require(articles.first)
        #expect(!article.entities.contains { $0.id == "state:03" })
        let land = try #require(article.implied.first { $0.id == "state:03" })
        #expect(land.mentions.isEmpty)
        let relation = try #require(article.relations.first { $0.predicate == .locatedIn })
        let scalars = Array("In Lüneburg tagte der Rat.".unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[relation.evidence.start..<relation.evidence.end])) == relation.evidence.text)
    }
}
