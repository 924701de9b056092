import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct SuccessionRuleTests {
    static let cases: [(String, [String])] = [
        ("Lüneburgs Oberbürgermeisterin Claudia Kalisch ist die neue Vizepräsidentin des Deutschen Städtetags. Sie folgt auf Katja Dörner.",
         ["person:claudia-kalisch succeeds person:katja-doerner",
          "person:katja-doerner Vizepräsidentin/vizepräsident organization:deutscher-staedtetag"]),
        ("Claudia Kalisch löst Katja Dörner ab.", ["person:claudia-kalisch succeeds person:katja-doerner"]),
        ("Katja Dörner folgt auf niemanden.", []),
    ]

    @Test("Who follows whom, and the predecessor's role closed", arguments: cases)
    func succession(text: String, expected: [String]) {
        let document = Document.prepared(text, through: .link)
        var withRoles = document
        withRoles.relations = RoleRelationRule(roles: TestGazetteer.gazetteer.roles).relations(in: document)
        let relations = SuccessionRule().relations(in: withRoles)
        let summaries: [String] = relations.map(\.summary)
        #expect(summaries == expected)
        let closed: [RoleStatus] = relations.filter { $0.predicate == .holdsRole }.compactMap(\.status)
        #expect(closed.allSatisfy { $0 == .former })
    }
}
