import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct OrganizationPatternRuleLandTests {
    /// The bodies the rule reads from bare nouns, as "mention=id".
    static func bodies(_ text: String) -> [String] {
        let document = Document.prepared(text, through: .persons)
        return OrganizationPatternRule(gazetteer: TestGazetteer.gazetteer).landBodies(in: document).map {
            "\(document.text(ofTokens: $0.0.tokens))=\($0.1.id.rawValue)"
        }
    }

    @Test("A ministry or Staatskanzlei named by its noun alone is the body of the article's Land", arguments: [
        ("Niedersachsen plant ein neues Meldeportal. Das Innenministerium will es bis Herbst starten.",
         ["Innenministerium=organization:niedersaechsisches-ministerium-fuer-inneres-und-sport"]),
        ("In Sachsen-Anhalt legt die Staatskanzlei den Haushalt vor; das Finanzministerium prüft ihn.",
         ["Staatskanzlei=organization:staatskanzlei-sachsen-anhalt",
          "Finanzministerium=organization:ministerium-der-finanzen-des-landes-sachsen-anhalt"]),
        // The Land named with the noun wins over the article's
        ("Aus Niedersachsen kam Lob für das Finanzministerium von Sachsen-Anhalt.",
         ["Finanzministerium von Sachsen-Anhalt=organization:ministerium-der-finanzen-des-landes-sachsen-anhalt"]),
        ("Sachsen-Anhalt lobt das niedersächsische Innenministerium.",
         ["niedersächsische Innenministerium=organization:niedersaechsisches-ministerium-fuer-inneres-und-sport"]),
        // Two portfolios joined: the ministry that has both
        ("Niedersachsen fördert Glasfaser über das Wirtschafts- und Digitalministerium.",
         ["Wirtschafts- und Digitalministerium=organization:niedersaechsisches-ministerium-fuer-wirtschaft-verkehr-bauen-und-digitalisierung"]),
        // The genitive names the same body
        ("Ein Sprecher des Innenministeriums in Niedersachsen bestätigte das.",
         ["Innenministeriums=organization:niedersaechsisches-ministerium-fuer-inneres-und-sport"]),
        // Two Länder named as often: the noun names nothing
        ("Niedersachsen und Sachsen-Anhalt arbeiten zusammen. Das Innenministerium schweigt.", [String]()),
        // No Land at all: nothing
        ("Das Innenministerium schweigt.", []),
        // A Land without such a body in the gazetteer: nothing
        ("Berlin plant viel. Das Innenministerium schweigt.", []),
    ])
    func bareNouns(text: String, expected: [String]) {
        #expect(Self.bodies(text) == expected)
    }

    @Test("The body table reads the body key of Land and federal organizations")
    func table() {
        let table = BodyTable(entries: TestGazetteer.gazetteer.entries)
        #expect(table.body(["innenministerium"], in: "state:03")?.name == "Niedersächsisches Ministerium für Inneres und Sport")
        #expect(table.body(["innenministerium"], in: "state:15") == nil)
        #expect(table.body(["wirtschaftsministerium", "digitalministerium"], in: "state:03") != nil)
        #expect(table.body(["innenministerium", "digitalministerium"], in: "state:03") == nil)
        #expect(BodyTable(entries: []).isEmpty)
    }
}
