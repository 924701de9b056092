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
        arguments: [("DLT", true), ("KoSIT", true), ("ITZBund", true), ("Dlt", false), ("D", false), ("dLT", false), ("ABCDEFGHIJK", false)])
    func looksLikeAbbreviation(text: String, expected: Bool) {
        #expect(AbbreviationBinder.looksLikeAbbreviation(text) == expected)
    }
}
