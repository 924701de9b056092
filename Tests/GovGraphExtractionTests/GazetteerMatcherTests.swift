import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct GazetteerMatcherTests {
    /// The resolved spans of `text` as "text=id".
    static func spans(_ text: String) -> [String] {
        Document.prepared(text, through: .resolve).spanSummary
    }

    @Test(
        "Case rules: abbreviations as written or in capitals, names capitalised",
        arguments: [
            ("Das OZG gilt.", ["OZG=law:ozg"]),
            ("Die OZG-Umsetzung läuft.", ["OZG=law:ozg"]),
            ("Die ozg-Umsetzung läuft.", []),
            ("Das Ozg gilt.", []),
            ("DEUTSCHER STÄDTETAG FORDERT GELD", ["DEUTSCHER STÄDTETAG=organization:deutscher-staedtetag"]),
            ("deutscher städtetag", []),
            ("Der DST tagt.", ["DST=organization:deutscher-staedtetag"]),
            ("Das Onlinezugangsgesetz gilt.", ["Onlinezugangsgesetz=law:ozg"]),
        ])
    func caseRules(text: String, expected: [String]) {
        #expect(Self.spans(text) == expected)
    }

    @Test(
        "Inflected forms",
        arguments: [
            ("Beim Deutschen Städtetag sprach sie.", ["Deutschen Städtetag=organization:deutscher-staedtetag"]),
            ("Der Präsident des Deutschen Städtetages lobte.", ["Deutschen Städtetages=organization:deutscher-staedtetag"]),
            ("Lüneburgs Verwaltung", ["Lüneburgs=municipality:03355022"]),
            ("Der Deutsche Landkreistag (DLT) fordert.", ["Deutsche Landkreistag=organization:deutscher-landkreistag"]),
        ])
    func inflected(text: String, expected: [String]) {
        #expect(Self.spans(text) == expected)
    }

    @Test(
        "Adjectival forms only before a role noun",
        arguments: [
            ("Der Leipziger Oberbürgermeister sprach.", ["Leipziger=municipality:14713000"]),
            ("Es gab Leipziger Allerlei.", []),
            ("Die niedersächsische Digitalministerin sprach.", ["niedersächsische=state:03"]),
            ("Die niedersächsische Verwaltung plant.", []),
            ("Der Leipziger", []),
        ])
    func adjectives(text: String, expected: [String]) {
        #expect(Self.spans(text) == expected)
    }

    @Test("Adjectival candidates are marked as such")
    func adjectiveOrigin() {
        let document = Document.prepared("Der Leipziger Oberbürgermeister sprach.", through: .match)
        #expect(document.candidates.map(\.origin) == [.adjective])
    }

    @Test(
        "The longest form wins",
        arguments: [
            (
                "Sie fuhr nach Frankfurt am Main und dann nach Frankfurt.",
                ["Frankfurt am Main=municipality:06412000", "Frankfurt=municipality:06412000"]
            ),
            ("Der Landkreis Leipzig wächst.", ["Landkreis Leipzig=district:14729"]),
            ("Die Hochschule Ludwigsburg bildet aus.", ["Hochschule Ludwigsburg=organization:hochschule-ludwigsburg"]),
            ("Im Land Berlin und in Berlin.", ["Land Berlin=state:11", "Berlin=municipality:11000000"]),
        ])
    func longest(text: String, expected: [String]) {
        #expect(Self.spans(text) == expected)
    }

    @Test("Every candidate is proposed before resolution, each ambiguous name for every entity")
    func candidates() {
        let document = Document.prepared("In Berlin und Frankfurt am Main", through: .match)
        #expect(document.candidateSummary == [
            "Berlin=municipality:11000000/gazetteer",
            "Berlin=state:11/gazetteer",
            "Frankfurt=municipality:06412000/gazetteer",
            "Frankfurt am Main=municipality:06412000/gazetteer",
        ])
        #expect(document.candidates.map(\.priority) == [1, 3, 1, 1])
    }

    @Test("Matched entities are added to the document with their keys")
    func entities() {
        let document = Document.prepared("Leipzig und das OZG", through: .match)
        #expect(document.entities[TestGazetteer.leipzig] == EntityInfo(
            id: TestGazetteer.leipzig, name: "Leipzig", type: .municipality, keys: ["ags": "14713000", "state": "14"]))
        #expect(document.entities[TestGazetteer.ozg]?.name == "Onlinezugangsgesetz")
        #expect(document.entities.count == 2)
    }

    @Test("A match does not cross a paragraph break")
    func paragraphBreak() {
        #expect(Self.spans("Frankfurt am\n\nMain") == ["Frankfurt=municipality:06412000"])
        #expect(Self.spans("Frankfurt am\nMain") == ["Frankfurt am\nMain=municipality:06412000"])
    }

    @Test(
        "Type priorities",
        arguments: [
            (EntityType.organization, 6), (.law, 5), (.district, 4), (.state, 3), (.country, 2), (.municipality, 1),
            (.person, 0),
        ])
    func priority(type: EntityType, expected: Int) {
        #expect(GazetteerMatcher.priority(of: type) == expected)
    }
}
