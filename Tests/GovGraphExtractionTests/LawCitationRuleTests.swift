import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct LawCitationRuleTests {
    static func laws(_ text: String) -> [String] {
        let document = Document.prepared(text, through: .places)
        return LawCitationRule().matches(in: document).map { "\(document.text(ofTokens: $0.0.tokens))=\($0.0.entity)" }
    }

    @Test("Unknown law abbreviations after a citation", arguments: [
        ("Nach § 45 Abs. 1 Satz 2 SächsPersVG gilt das.", ["SächsPersVG=law:saechspersvg"]),
        ("Gemäß Art. 5 BayDSG ist es erlaubt.", ["BayDSG=law:baydsg"]),
        ("Die §§ 12 ff. LVwVfG regeln das.", ["LVwVfG=law:lvwvfg"]),
        ("Nach § 3 OZG gilt das.", [String]()),
        ("In § 5 steht Berlin.", []),
        ("Seit 2020 SachsenNetz.", []),
    ])
    func citations(text: String, expected: [String]) {
        #expect(Self.laws(text) == expected)
    }
}
