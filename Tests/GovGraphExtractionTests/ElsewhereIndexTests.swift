import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct ElsewhereIndexTests {
    /// Mentions of three entities; "a" twice over the same tokens before another mention.
    static let spans = [
        SpanCandidate(tokens: 3..<4, entity: "a", origin: .gazetteer),
        SpanCandidate(tokens: 3..<4, entity: "a", origin: .typo),
        SpanCandidate(tokens: 7..<9, entity: "a", origin: .gazetteer),
        SpanCandidate(tokens: 10..<11, entity: "a", origin: .gazetteer),
        SpanCandidate(tokens: 5..<6, entity: "b", origin: .gazetteer),
        SpanCandidate(tokens: 12..<13, entity: "c", origin: .pattern),
    ]

    @Test("The first span of a key over other tokens, as the first match of a scan would be", arguments: [
        ("a", 3..<4, "7..<9"), ("a", 7..<9, "3..<4"), ("a", 10..<11, "3..<4"), ("a", 0..<1, "3..<4"),
        ("b", 5..<6, nil), ("b", 3..<4, "5..<6"), ("d", 3..<4, nil),
    ] as [(String, Range<Int>, String?)])
    func firstElsewhere(key: String, tokens: Range<Int>, expected: String?) {
        let index = ElsewhereIndex(Self.spans) { $0.entity }
        let found = index.first(EntityID(key), notOver: tokens)
        #expect(found.map { "\($0.tokens)" } == expected)
        let scanned = Self.spans.first { $0.entity == EntityID(key) && $0.tokens != tokens }
        #expect(found == scanned)
    }

    @Test("Spans without a key are left out", arguments: [(3..<4, "7..<9"), (7..<9, "10..<11")] as [(Range<Int>, String?)])
    func withoutKey(tokens: Range<Int>, expected: String?) {
        let index = ElsewhereIndex(Self.spans) { $0.origin == .gazetteer && $0.tokens != 3..<4 ? $0.entity : nil }
        #expect(index.first("a", notOver: tokens).map { "\($0.tokens)" } == expected)
    }
}
