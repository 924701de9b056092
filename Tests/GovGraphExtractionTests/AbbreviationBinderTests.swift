import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct AbbreviationBinderTests {
    @Test("A bracketed abbreviation after a name becomes a mention, here and later, also in compounds")
    func definedAbbreviation() {
        let text = "Der Deutsche Landkreistag (DLT) fordert Geld. DLT-Präsident Karsten Schulze sagt, der DLT helfe."
        let document = Document.prepared(text, through: .bind)
        #expect(document.spanSummary == [
            "Deutsche Landkreistag=organization:deutscher-landkreistag",
            "DLT=organization:deutscher-landkreistag",
            "DLT=organization:deutscher-landkreistag",
            "Karsten Schulze=person:karsten-schulze",
            "DLT=organization:deutscher-landkreistag",
        ])
        #expect(document.spans.filter { $0.origin == .abbreviation }.map(\.priority) == [5, 5, 5])
    }

    @Test(
        "No definition, no binding",
        arguments: [
            "Der DLT fordert Geld.",  // never defined
            "Der Deutsche Landkreistag (dlt) fordert.",  // not an abbreviation
            "Der Deutsche Landkreistag (D) fordert.",  // too short
            "Der Deutsche Landkreistag ( DLT fordert.",  // no closing bracket
            "Die Stadt (DLT) und der DLT.",  // no name before the bracket
        ])
    func noBinding(text: String) {
        let document = Document.prepared(text, through: .bind)
        #expect(!document.spans.contains { $0.origin == .abbreviation })
    }

    @Test("A gazetteer alias is not bound again")
    func aliasIsGazetteer() {
        let document = Document.prepared("Das Onlinezugangsgesetz (OZG) gilt. Das OZG wirkt.", through: .bind)
        #expect(document.spans.map(\.origin) == [.gazetteer, .gazetteer, .gazetteer])
        #expect(document.spans.map(\.entity) == [TestGazetteer.ozg, TestGazetteer.ozg, TestGazetteer.ozg])
    }

    @Test(
        "What looks like an abbreviation",
        arguments: [
            ("DLT", true), ("KoSIT", true), ("ITZBund", true), ("eGo-MV", true), ("Dlt", false), ("D", false), ("dLT", false),
            ("ABCDEFGHIJKLM", false),
        ])
    func looksLikeAbbreviation(text: String, expected: Bool) {
        #expect(AbbreviationBinder.looksLikeAbbreviation(text) == expected)
    }
}

extension AbbreviationBinderTests {
    @Test("Abbreviations defined after the name or before it, for known and unknown names", arguments: [
        ("Der DST (Deutscher Städtetag) tagt. Der DST lobt.",
         ["DST=organization:deutscher-staedtetag", "Deutscher Städtetag=organization:deutscher-staedtetag",
          "DST=organization:deutscher-staedtetag"]),
        ("Die Zentrale Stelle für Digitalisierung (ZSD) startet. Die ZSD hilft.",
         ["Zentrale Stelle für Digitalisierung=organization:zentrale-stelle-fuer-digitalisierung",
          "ZSD=organization:zentrale-stelle-fuer-digitalisierung", "ZSD=organization:zentrale-stelle-fuer-digitalisierung"]),
        ("Das Hamburgische Transparenzgesetz (HmbTG) gilt.",
         ["Hamburgische Transparenzgesetz=law:hamburgische-transparenzgesetz", "HmbTG=law:hamburgische-transparenzgesetz"]),
        // Hyphenated abbreviations, in both directions and as a compound's first part
        ("Die Zentrale Stelle für Digitalisierung (ZS-D) startet. Der ZS-D-Chef lobt.",
         ["Zentrale Stelle für Digitalisierung=organization:zentrale-stelle-fuer-digitalisierung",
          "ZS-D=organization:zentrale-stelle-fuer-digitalisierung", "ZS-D=organization:zentrale-stelle-fuer-digitalisierung"]),
        ("Der eDST-Bund (Deutscher Städtetag) tagt. Der eDST-Bund lobt.",
         ["eDST-Bund=organization:deutscher-staedtetag", "Deutscher Städtetag=organization:deutscher-staedtetag",
          "eDST-Bund=organization:deutscher-staedtetag"]),
        ("Das Nationale Once-Only-Technical-System (NOOTS) kommt.", [String]()),
        ("Die Stelle (XY) bleibt.", []),
    ])
    func bothDirections(text: String, expected: [String]) {
        #expect(Document.prepared(text, through: .bind).spanSummary == expected)
    }
}

extension AbbreviationBinderTests {
    @Test("The last word of a body named in full stands for it later", arguments: [
        ("Der Deutsche Städtetag tagt. Präsident des Städtetages ist Jung.",
         ["Deutsche Städtetag=organization:deutscher-staedtetag", "Städtetages=organization:deutscher-staedtetag"]),
        ("Der Städtetag tagt.", [String]()),
    ])
    func heads(text: String, expected: [String]) {
        #expect(Document.prepared(text, through: .bind).spanSummary.filter { !$0.contains("person:") } == expected)
    }

    static let ostholstein: CompiledGazetteer = {
        let district = GazetteerFile(
            name: "more-districts.tsv", contents: "district:01055\tKreis Ostholstein\tLandkreis Ostholstein\t\tags=01055;state=01\n")
        return CompiledGazetteer(try! Gazetteer(files: TestGazetteer.files + [district]))
    }()

    @Test("A Kreis named in full stands for itself later without \"Kreis\"", arguments: [
        ("Der Kreis Ostholstein baut aus. Ostholsteins Landrat lobt das.",
         ["Kreis Ostholstein=district:01055", "Ostholsteins=district:01055"]),
        // not before the Kreis is named in full, nor a name of another kind
        ("Ostholsteins Landrat lobt das.", [String]()),
        ("Der Landkreis Leipzig und Leipzig bauen aus.",
         ["Landkreis Leipzig=district:14729", "Leipzig=municipality:14713000"]),
    ])
    func districtNames(text: String, expected: [String]) {
        let gazetteer = text.contains("Ostholstein") ? Self.ostholstein : TestGazetteer.compiled
        let document = Document.prepared(text, through: .bind, gazetteer: gazetteer)
        #expect(document.spanSummary.filter { !$0.contains("person:") } == expected)
    }
}

extension AbbreviationBinderTests {
    @Test("An abbreviation the text defines overrides the gazetteer's reading of it")
    func textDefinitionWins() {
        // The test gazetteer reads "DST" as the Deutscher Städtetag.
        let document = Document.prepared("Der Deutsche Landkreistag (DST) tagt. Der DST lobt.", through: .bind)
        #expect(document.spanSummary == [
            "Deutsche Landkreistag=organization:deutscher-landkreistag", "DST=organization:deutscher-landkreistag",
            "DST=organization:deutscher-landkreistag",
        ])
    }
}
