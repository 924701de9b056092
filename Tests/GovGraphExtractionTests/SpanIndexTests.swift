import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct SpanIndexTests {
    /// Candidates out of text order, two over the same tokens, as the recognisers leave them.
    static let spans = [
        SpanCandidate(tokens: 4..<6, entity: "a", origin: .gazetteer),
        SpanCandidate(tokens: 0..<1, entity: "b", origin: .gazetteer),
        SpanCandidate(tokens: 2..<6, entity: "c", origin: .pattern),
        SpanCandidate(tokens: 4..<6, entity: "d", origin: .typo),
        SpanCandidate(tokens: 5..<6, entity: "e", origin: .gazetteer),
        SpanCandidate(tokens: 2..<3, entity: "f", origin: .gazetteer),
    ]

    static func entities(_ spans: [SpanCandidate]) -> [String] {
        spans.map(\.entity.rawValue)
    }

    @Test("The spans that start at a token, in the array's order", arguments: [
        (0, ["b"]), (1, []), (2, ["c", "f"]), (4, ["a", "d"]), (5, ["e"]), (9, []),
    ] as [(Int, [String])])
    func starting(token: Int, expected: [String]) {
        #expect(Self.entities(SpanIndex(Self.spans).starting(at: token)) == expected)
    }

    @Test("The spans whose last token is a token, in the array's order", arguments: [
        (0, ["b"]), (1, []), (2, ["f"]), (5, ["a", "c", "d", "e"]), (6, []),
    ] as [(Int, [String])])
    func ending(token: Int, expected: [String]) {
        #expect(Self.entities(SpanIndex(Self.spans).ending(at: token)) == expected)
    }

    @Test("The span that ends last at or before a token, the later in the array's order among several", arguments: [
        (0, nil), (1, "b"), (2, "b"), (3, "f"), (5, "f"), (6, "e"), (9, "e"),
    ] as [(Int, String?)])
    func lastEnding(token: Int, expected: String?) {
        #expect(SpanIndex(Self.spans).last(endingBy: token).map(\.entity.rawValue) == expected)
    }

    @Test("The spans within a range, the range itself included, in the array's order", arguments: [
        (0..<6, ["a", "b", "c", "d", "e", "f"]), (2..<6, ["a", "c", "d", "e", "f"]), (4..<6, ["a", "d", "e"]),
        (2..<5, ["f"]), (1..<2, []), (3..<3, []),
    ] as [(Range<Int>, [String])])
    func inside(range: Range<Int>, expected: [String]) {
        #expect(Self.entities(SpanIndex(Self.spans).inside(range)) == expected)
    }
}
