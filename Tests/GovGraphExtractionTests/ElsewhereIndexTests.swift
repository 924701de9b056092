import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct ElsewhereIndexTests {
    @Test("The first span of a key over other tokens, as the first match of a scan would be", arguments: [
        ("a", 4..<6, "7..<9"), ("a", 7..<9, "4..<6"), ("a", 10..<11, "4..<6"), ("a", 0..<1, "4..<6"),
        ("b", 0..<1, nil), ("b", 4..<6, "0..<1"), ("d", 4..<6, nil),
    ] as [(String, Range<Int>, String?)])
    func firstElsewhere(key: String, tokens: Range<Int>, expected: String?) {
        let index = ElsewhereIndex(SpanCandidate.fixture) { $0.entity }
        let found = index.first(EntityID(key), notOver: tokens)
        #expect(found.map { "\($0.tokens)" } == expected)
        #expect(found == SpanCandidate.fixture.first { $0.entity == EntityID(key) && $0.tokens != tokens })
    }

    @Test("Spans without a key are left out", arguments: [(4..<6, "7..<9"), (7..<9, "10..<11")] as [(Range<Int>, String?)])
    func withoutKey(tokens: Range<Int>, expected: String?) {
        let index = ElsewhereIndex(SpanCandidate.fixture) { $0.origin == .gazetteer && $0.tokens != 4..<6 ? $0.entity : nil }
        #expect(index.first("a", notOver: tokens).map { "\($0.tokens)" } == expected)
    }
}
