import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("Result values")
struct GraphStoreResultsTests {
    @Test("A link counts its evidence")
    func linkCount() {
        let other = EntitySummary(id: Corpus.leipzig, name: "Leipzig", type: .municipality)
        let evidence = (0..<3).map {
            EdgeEvidence(documentID: "d\($0)", date: nil, start: 0, end: 1, text: "x")
        }
        #expect(
            Link(predicate: .coMentioned, outgoing: true, other: other, evidence: evidence).count
                == 3)
        #expect(Link(predicate: .coMentioned, outgoing: true, other: other).count == 0)
    }

    @Test("Statistics add up entities over types")
    func statsEntities() {
        let stats = StoreStats(
            documents: 1, mentions: 2, entitiesByType: [.person: 2, .law: 5],
            relationsByPredicate: [:],
            firstDate: nil, lastDate: nil)
        #expect(stats.entities == 7)
    }
}
